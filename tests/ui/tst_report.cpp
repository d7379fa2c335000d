// The design-document report and the Arrange action.

#include "engine/engine.h"
#include "engine/findingformat.h"
#include "report/reportwriter.h"
#include "storage/projectformat.h"
#include "window/arrangecontroller.h"
#include "window/mainwindow.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestReport : public QObject {
    Q_OBJECT
private:
    Project m_project;
    EngineResult m_result;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const ReadResult read = readProjectFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        m_project = read.project;
        m_result = computeRequirements(m_project);
    }

    void htmlIsSelfContainedAndComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.html"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(path), QString());
        const QString html = QString::fromUtf8(readAll(path));
        for (const Stage &s : m_project.stages)
            QVERIFY2(html.contains(s.name.toHtmlEscaped()), qPrintable(s.name));
        const FindingFormatter words(m_project, UnitSystem::SI);
        for (const Finding &f : m_result.findings) {
            QVERIFY2(html.contains(words.message(f).toHtmlEscaped()), qPrintable(words.message(f)));
            QVERIFY(html.contains(words.hint(f).toHtmlEscaped()));
        }
        QVERIFY(html.count(u"<svg"_s) >= 7); // three diagrams, four charts, inline
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"src=\"http"_s));
        QVERIFY(!html.contains(u"href=\"http"_s));
        QVERIFY(html.contains(u"Defaults and assumptions in force"_s));
        QVERIFY(html.contains(u"Kaplan et al. 2020"_s));
        QVERIFY(html.contains(u"H100 SXM5"_s)); // catalog entries used
    }

    void sameInputSameOutput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("html") << u"r.html"_s;
        QTest::newRow("markdown") << u"r.md"_s;
        QTest::newRow("pdf") << u"r.pdf"_s;
    }
    void sameInputSameOutput()
    {
        QFETCH(QString, name);
        QTemporaryDir a, b;
        if (name.endsWith(u".pdf"_s)) {
            // The contract is for separate runs (as in CI); within one process Qt's glyph cache
            // may antialias a raster figure a shade differently on a second pass.
            for (const QTemporaryDir *dir : {&a, &b}) {
                QProcess p;
                p.start(QStringLiteral(TARMAC_BINARY),
                        {u"report"_s,
                         QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"),
                         u"-o"_s, dir->filePath(name)});
                QVERIFY(p.waitForFinished(60000));
                QCOMPARE(p.exitCode(), 0);
            }
        } else {
            QCOMPARE(ReportWriter(m_project, m_result).write(a.filePath(name)), QString());
            QCOMPARE(ReportWriter(m_project, m_result).write(b.filePath(name)), QString());
        }
        QCOMPARE(readAll(a.filePath(name)), readAll(b.filePath(name)));
    }

    void pdfIsReadable()
    {
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.pdf"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(path), QString());
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished());
        QCOMPARE(info.exitCode(), 0);
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(out).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(out));
        QProcess text;
        text.start(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(body.contains(u"Findings"_s));
        QVERIFY(body.contains(u"gpu-count"_s));
    }

    void markdownWritesImagesBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"design.md"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(path), QString());
        const QString md = QString::fromUtf8(readAll(path));
        QVERIFY(md.contains(u"| Severity | Code |"_s));
        QVERIFY(md.contains(u"](design_files/diagram-mapping.svg)"_s));
        QVERIFY(QFile::exists(dir.filePath(u"design_files/diagram-mapping.svg"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"design_files/chart-growth.svg"_s)));
        // Each of the three diagrams also as a Mermaid block, fenced and closed.
        QCOMPARE(md.count(u"```mermaid\nflowchart "_s), 3);
        QCOMPARE(md.count(u"```"_s), 6);
        QVERIFY(md.contains(u"subgraph z0[\"Site: Amsterdam DC\"]"_s));
    }

    void wordDocumentsThroughPandoc_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("docx") << u"design.docx"_s;
        QTest::newRow("odt") << u"design.odt"_s;
    }

    void wordDocumentsThroughPandoc()
    {
        QFETCH(QString, file);
        const QString pandoc = QStandardPaths::findExecutable(u"pandoc"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const QString error = ReportWriter(m_project, m_result).write(path);
        if (pandoc.isEmpty()) {
            // Without pandoc: one clear message that names the package, and no file.
            QVERIFY2(error.contains(u"apt install pandoc"_s), qPrintable(error));
            QVERIFY(!QFile::exists(path));
            QSKIP("pandoc is not installed (dev.sh installs it)");
        }
        QCOMPARE(error, QString());
        // Opened back by pandoc: every stage and component name and a finding's numbers.
        QProcess back;
        back.start(pandoc, {path, u"--to=plain"_s, u"--wrap=none"_s});
        QVERIFY(back.waitForFinished(120000));
        QCOMPARE(back.exitCode(), 0);
        const QString text = QString::fromUtf8(back.readAllStandardOutput());
        for (const Stage &s : m_project.stages)
            QVERIFY2(text.contains(s.name), qPrintable(s.name));
        for (const Component &c : m_project.components)
            QVERIFY2(text.contains(c.name), qPrintable(c.name));
        QVERIFY(text.contains(u"33 GPUs"_s));
        QVERIFY(!text.contains(u"```"_s)); // no Mermaid source in a word processor's document
        // The figures are embedded, not linked.
        QVERIFY(!text.contains(u"figures/"_s));
    }

    void defaultsTableSpeaksInWords()
    {
        // The defaults in force name items and parameters as the application does.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"design.md"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(path), QString());
        const QString md = QString::fromUtf8(readAll(path));
        QVERIFY2(
            md.contains(u"| Fine-tune Llama-2-70B | Optimizer bytes per parameter | 12\\.0 B |"_s),
            qPrintable(md));
        for (const char *key : {"optimizerBytesPerParam", "windowHours", "growthBytesPerMonth",
                                "peakFactor", "throughputPerCore"})
            QVERIFY2(!md.contains(QLatin1StringView(key)), key);
    }

    void hostileLabelsAreEscaped()
    {
        Project p = m_project;
        p.stages[0].name = u"</text><script>alert(1)</script> & \"q\" | <b>"_s;
        p.name = u"<img src=x onerror=alert(1)>"_s;
        const EngineResult r = computeRequirements(p);
        const QString html = QString::fromUtf8(ReportWriter(p, r).html());
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<img src=x"_s));
        QVERIFY(html.contains(u"&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QList<std::pair<QString, QByteArray>> images;
        const QString md = QString::fromUtf8(ReportWriter(p, r).markdown(u"x"_s, &images));
        QVERIFY(!md.contains(u"<script>"_s));
        QVERIFY(md.contains(u"\\|"_s)); // pipes cannot break the tables
    }

    void decisionsInEveryFormat()
    {
        // Two notes: one on the serving stage, whose findings the Decisions table prints
        // beside it, one on the project; the text is hostile to every format.
        Project p = m_project;
        const QString servingId = u"serve"_s;
        QVERIFY(p.stage(servingId));
        p.notes = {{u"n1"_s, servingId, u"L40S over H100 for serving: <cost> & \"power\" | ](x)"_s,
                    u"Ana Ruiz"_s, u"2026-12-02T10:15:00Z"_s},
                   {u"n2"_s, {}, u"Second site in year two"_s, u"Ben"_s, {}}};
        const EngineResult r = computeRequirements(p);
        QStringList onServing;
        const FindingFormatter words(p, UnitSystem::SI);
        for (const Finding &f : r.findings) {
            if (f.stage == servingId)
                onServing << f.code;
        }
        QTemporaryDir dir;
        // HTML: the section, both notes escaped, the author, the UTC time, the finding codes.
        const QString html = QString::fromUtf8(ReportWriter(p, r).html());
        QVERIFY(html.contains(u">Decisions<"_s));
        QVERIFY(
            html.contains(u"L40S over H100 for serving: &lt;cost&gt; &amp; &quot;power&quot;"_s));
        QVERIFY(!html.contains(u"<cost>"_s));
        QVERIFY(html.contains(u"Ana Ruiz"_s));
        QVERIFY(html.contains(u"2026-12-02 10:15 UTC"_s));
        QVERIFY(html.contains(u"Second site in year two"_s));
        for (const QString &code : std::as_const(onServing))
            QVERIFY2(html.contains(code), qPrintable(code));
        // Markdown: a table row whose pipe and link syntax cannot break out.
        QList<std::pair<QString, QByteArray>> images;
        const QString md = QString::fromUtf8(ReportWriter(p, r).markdown(u"x"_s, &images));
        QVERIFY(md.contains(u"## Decisions"_s));
        QVERIFY(md.contains(u"| On | Decision | Author | When | Findings on it |"_s));
        QVERIFY(md.contains(u"\\|"_s));
        QVERIFY(md.contains(u"Ana Ruiz"_s));
        // PDF, read back by pdftotext.
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = dir.filePath(u"d.pdf"_s);
        QCOMPARE(ReportWriter(p, r).write(pdf), QString());
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(body.contains(u"Decisions"_s));
        QVERIFY2(body.contains(u"L40S over H100 for serving"_s), qPrintable(body.right(3000)));
        QVERIFY(body.contains(u"Second site in year two"_s));
        QVERIFY(body.contains(u"Ana Ruiz"_s));
    }

    void noDecisionsSaysSo()
    {
        QVERIFY(m_project.notes.empty());
        const QString html = QString::fromUtf8(ReportWriter(m_project, m_result).html());
        QVERIFY(html.contains(u"No decisions were recorded in this project."_s));
    }

    void unknownFormatRefused()
    {
        QTemporaryDir dir;
        QVERIFY(ReportWriter(m_project, m_result)
                    .write(dir.filePath(u"r.rtf"_s))
                    .contains(u"unknown report format"_s));
    }

    void arrangeIsOneUndoableMove()
    {
        MainWindow window;
        QVERIFY(window.openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        const Project before = window.document()->project();
        QSignalSpy done(window.arranger(), &ArrangeController::finished);
        window.arranger()->start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(window.document()->project().layout != before.layout);
        QCOMPARE(window.document()->undoStack()->undoText(), u"Arrange"_s);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->project(), before);
    }

    void cancelledArrangeChangesNothing()
    {
        MainWindow window;
        QVERIFY(window.openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        const Project before = window.document()->project();
        const int commands = window.document()->undoStack()->count();
        QSignalSpy done(window.arranger(), &ArrangeController::finished);
        window.arranger()->start();
        window.arranger()->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(window.document()->project(), before);
        QCOMPARE(window.document()->undoStack()->count(), commands);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
