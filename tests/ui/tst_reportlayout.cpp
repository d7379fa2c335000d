// The report as its readers open it: the PDF through poppler (pdftotext, pdfimages, pdftoppm),
// the HTML through headless Chromium. These check layout, not content: contents with page
// numbers, headings kept with what follows, table headers repeated, vector figures, every
// chart label whole, large views split into parts a page can hold.

#include "engine/engine.h"
#include "projectgenerator.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"
#include "storage/projectformat.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

namespace {

QString runTool(const QString &tool, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportLayout : public QObject {
    Q_OBJECT
private:
    Project m_project;
    EngineResult m_result;
    QTemporaryDir m_dir;
    QString m_pdf;
    QStringList m_pages; ///< pdftotext of each page, layout kept

    static bool have(const char *tool)
    {
        return !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty();
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
        m_pdf = m_dir.filePath(u"design.pdf"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(m_pdf), QString());
        if (!have("pdftotext"))
            return;
        int code = 0;
        const QString info = runTool(u"pdfinfo"_s, {m_pdf}, &code);
        QCOMPARE(code, 0);
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
        QVERIFY(pages >= 5);
        for (int n = 1; n <= pages; ++n)
            m_pages << runTool(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, QString::number(n), u"-l"_s,
                                                QString::number(n), m_pdf, u"-"_s});
    }

    void pdfHasContentsWithPageNumbers()
    {
        if (m_pages.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; dev.sh installs it");
        const QList<ReportSection> sections = buildReportContent(m_project, m_result);
        for (int i = 0; i < sections.size(); ++i) {
            // "3  Charts . . . . . 5", and the section really starts on page 5.
            const QRegularExpression entry(u"%1\\s+%2[ .]+(\\d+)\\s*$"_s.arg(i + 1).arg(
                                               QRegularExpression::escape(sections[i].title)),
                                           QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = entry.match(m_pages[0]);
            QVERIFY2(m.hasMatch(), qPrintable(sections[i].title + u"\n"_s + m_pages[0]));
            const int page = m.captured(1).toInt();
            QVERIFY(page >= 1 && page <= m_pages.size());
            QVERIFY2(m_pages[page - 1].contains(sections[i].title), qPrintable(sections[i].title));
        }
        QVERIFY(m_pages.last().contains(u"page %1 of %1"_s.arg(m_pages.size())));
    }

    void pdfNamesEveryStageAndClipsNoNumber()
    {
        if (m_pages.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; dev.sh installs it");
        const QString all = m_pages.join(u'\n');
        for (const Stage &s : m_project.stages)
            QVERIFY2(all.contains(s.name), qPrintable(s.name));
        for (const Component &c : m_project.components)
            QVERIFY2(all.contains(c.name), qPrintable(c.name));
        // A number cut off by the page edge or a too narrow cell ("12(" for 120) never.
        const QRegularExpressionMatch clipped = QRegularExpression(u"\\d\\((?=\\s|$)"_s).match(all);
        QVERIFY2(!clipped.hasMatch(), qPrintable(all.mid(clipped.capturedStart() - 40, 80)));
        // Every chart category label whole: the stage names on the stage-needs charts are
        // not cut on the left ("t documents and chat logs").
        QVERIFY(!all.contains(u"\nest documents"_s));
        QVERIFY(!all.contains(u" t documents"_s));
    }

    void pdfFiguresAreVector()
    {
        if (!have("pdfimages"))
            QSKIP("pdfimages (poppler-utils) is not installed; dev.sh installs it");
        const QString list = runTool(u"pdfimages"_s, {u"-list"_s, m_pdf});
        // The header lines only: no raster image anywhere in the document.
        QCOMPARE(list.trimmed().split(u'\n').size(), 2);
        // Nor a ligature in the text ("All-\uFB02ash"): what a reader copies is what is written.
        QVERIFY(!m_pages.join(u'\n').contains(QChar(0xFB02)));
        QVERIFY(!m_pages.join(u'\n').contains(QChar(0xFB01)));
    }

    void pdfKeepsHeadingsWithTheirContent()
    {
        if (m_pages.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; dev.sh installs it");
        const QList<ReportSection> sections = buildReportContent(m_project, m_result);
        for (int n = 0; n < m_pages.size(); ++n) {
            QStringList lines = m_pages[n].split(u'\n', Qt::SkipEmptyParts);
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            QVERIFY(lines.size() >= 2);
            // The last line is the footer; the one above it must not be a heading.
            const QString lastBody = lines[lines.size() - 2].trimmed();
            for (const ReportSection &s : sections)
                QVERIFY2(lastBody != s.title,
                         qPrintable(u"page %1 ends with %2"_s.arg(n + 1).arg(s.title)));
        }
        // A table running onto the next page repeats its header there, and names the stage
        // whose rows continue.
        bool continued = false;
        for (const QString &page : m_pages) {
            if (page.contains(u"(continued)"_s)) {
                continued = true;
                const QString firstLine = page.trimmed().section(u'\n', 0, 0);
                QVERIFY2(firstLine.contains(u"Requirement"_s) || firstLine.contains(u"Item"_s) ||
                             firstLine.contains(u"Component"_s),
                         qPrintable(firstLine));
            }
        }
        QVERIFY(continued);
    }

    void pdfPagesRenderWithInk()
    {
        if (!have("pdftoppm"))
            QSKIP("pdftoppm (poppler-utils) is not installed; dev.sh installs it");
        int code = 0;
        runTool(u"pdftoppm"_s, {u"-r"_s, u"40"_s, u"-png"_s, m_pdf, m_dir.filePath(u"page"_s)},
                &code);
        QCOMPARE(code, 0);
        const QStringList pngs = QDir(m_dir.path()).entryList({u"page*.png"_s});
        QCOMPARE(pngs.size(), m_pages.isEmpty() ? pngs.size() : m_pages.size());
        for (const QString &png : pngs) {
            const QImage image(m_dir.filePath(png));
            QVERIFY(!image.isNull());
            QCOMPARE(image.width(), 331); // A4 portrait at 40 dpi
            int ink = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    ink += qGray(image.pixel(x, y)) < 200;
            }
            QVERIFY2(ink > 200, qPrintable(png)); // no blank page
        }
    }

    void largeViewsSplitIntoZones()
    {
        // Two sites of 50 components each: each view is an overview plus one figure per site.
        const Project big = testing::generateProject(7, 20, 100, 24);
        const EngineResult r = computeRequirements(big);
        const QList<ReportSection> sections = buildReportContent(big, r);
        QStringList captions;
        for (const ReportFigure &f : sections[1].figures) {
            captions << f.caption;
            QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        }
        QVERIFY2(captions.contains(u"Infrastructure in Site 0"_s), qPrintable(captions.join(u'|')));
        QVERIFY(captions.contains(u"Infrastructure in Site 1"_s));
        QVERIFY(captions.contains(u"Mapping: the work on what Site 0 holds"_s));
        QVERIFY(captions.filter(u"overview"_s).size() == 2);
    }

    void htmlInChromium()
    {
        const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
        if (chromium.isEmpty())
            QSKIP("chromium is not installed; dev.sh installs it for the tests");
        const QString html = m_dir.filePath(u"design.html"_s);
        QCOMPARE(ReportWriter(m_project, m_result).write(html), QString());
        const QStringList common{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                 u"--hide-scrollbars"_s,
                                 u"--user-data-dir="_s + m_dir.filePath(u"chromium"_s)};
        // The DOM as Chromium parsed it: contents linking to every section, every figure an
        // inline SVG, every table with a header row.
        int code = 0;
        const QString dom =
            runTool(chromium, common + QStringList{u"--dump-dom"_s, u"file://"_s + html}, &code);
        QCOMPARE(code, 0);
        const QList<ReportSection> sections = buildReportContent(m_project, m_result);
        for (int i = 0; i < sections.size(); ++i) {
            QVERIFY(dom.contains(u"href=\"#section-%1\""_s.arg(i + 1)));
            QVERIFY(dom.contains(u"id=\"section-%1\""_s.arg(i + 1)));
        }
        QCOMPARE(dom.count(u"<thead>"_s), dom.count(u"<table>"_s));
        QVERIFY(dom.count(u"<svg"_s) >= 7);
        // A screenshot at a laptop's width: drawn, not blank, and the figures no wider than
        // the page.
        const QString shot = m_dir.filePath(u"html.png"_s);
        runTool(chromium,
                common + QStringList{u"--window-size=1280,2400"_s, u"--screenshot="_s + shot,
                                     u"file://"_s + html},
                &code);
        QCOMPARE(code, 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1280);
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 60;
            }
        }
        QVERIFY2(coloured > 500, "the diagrams' coloured cards are on the screenshot");
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
