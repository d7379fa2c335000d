// The bundled templates (core/storage/templates.cpp, resources/examples/*.json in the Qt
// resource): every one loads, produces exactly the findings it was written to show (computed as
// `tarmac check` computes them), and closes its description with a "Worth discussing: "
// sentence whose codes in parentheses are findings the engine really produces.

#include "engine/engine.h"
#include "model/project.h"
#include "storage/templates.h"

#include <QObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

namespace {

const QString kWorthDiscussing = u"Worth discussing: "_s;

// The template's project, read from the resource as `tarmac new --template` reads it.
Project templateProject(const QString &name)
{
    QString error;
    Project p = loadTemplate(name, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return p;
}

// The distinct finding codes, sorted, of the engine's full result for the project: what
// `tarmac check` prints (app/cli.cpp computes the same one-shot result with the built-in
// catalog).
QStringList findingCodes(const Project &project)
{
    const EngineResult result = computeRequirements(project);
    QStringList codes;
    for (const Finding &f : result.findings)
        codes << f.code;
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

// Every bundled template that has a project file (the "empty" template has none).
QStringList templateNames()
{
    QStringList names;
    for (const TemplateInfo &t : bundledTemplates()) {
        if (!t.resource.isEmpty())
            names << t.name;
    }
    return names;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT

    // The expected codes, one row per template. A change in the engine or in a template that
    // changes these must also change the template's "Worth discussing" sentence.
    void addRows()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");
        auto row = [](const char *name, QStringList codes) {
            QTest::newRow(name) << QString::fromLatin1(name) << codes;
        };
        row("llm-platform", {u"gpu-count"_s, u"gpu-memory"_s, u"kv-memory"_s, u"storage-capacity"_s,
                             u"storage-write"_s});
        row("vision-training", {u"storage-read"_s});
        row("llm-pretraining", {u"storage-write"_s});
        row("llm-rag-vsphere", {u"gpu-count"_s, u"kv-memory"_s});
        row("vision-nfs", {u"storage-read"_s});
        row("tabular-realtime", {u"kv-ops"_s});
        row("edge-inference", {u"gpu-count"_s});
        row("notebook-platform", {u"gpu-count"_s});
        row("two-site", {u"storage-capacity"_s});
    }

private slots:
    void bundledTemplatesListed()
    {
        const QStringList names = templateNames();
        QVERIFY2(names.size() >= 9, qPrintable(names.join(u", "_s)));
        for (const char *name :
             {"llm-platform", "vision-training", "llm-pretraining", "llm-rag-vsphere", "vision-nfs",
              "tabular-realtime", "edge-inference", "notebook-platform", "two-site"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
        for (const TemplateInfo &t : bundledTemplates())
            QVERIFY2(!t.title.isEmpty(), qPrintable(t.name));
    }

    void producesItsFindings_data() { addRows(); }

    void producesItsFindings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        QString error;
        const Project p = loadTemplate(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!p.stages.empty());
        QVERIFY(!p.components.empty());
        // Every stage, component and zone has a place on the canvas.
        for (const Stage &s : p.stages)
            QVERIFY2(p.layout.contains(s.id), qPrintable(name + u": "_s + s.id));
        for (const Component &c : p.components)
            QVERIFY2(p.layout.contains(c.id), qPrintable(name + u": "_s + c.id));
        for (const Zone &z : p.zones)
            QVERIFY2(p.layout.contains(z.id), qPrintable(name + u": "_s + z.id));
        QCOMPARE(findingCodes(p), codes);
    }

    void descriptionNamesItsFindings_data() { addRows(); }

    void descriptionNamesItsFindings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        const Project p = templateProject(name);
        const QString description = p.description.trimmed();
        QVERIFY2(!description.isEmpty(), qPrintable(name));
        const qsizetype at = description.lastIndexOf(kWorthDiscussing);
        QVERIFY2(at >= 0, qPrintable(description));
        // It starts a sentence and is the last one.
        QVERIFY2(at == 0 || description.left(at).endsWith(u". "_s), qPrintable(description));
        const QString sentence = description.mid(at);
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
        QVERIFY2(!sentence.chopped(1).contains(u". "_s), qPrintable(sentence));
        // Every parenthesis in it lists codes ("(kv-memory)", "(gpu-count, nic)"), and each is
        // among the codes the engine produces for the template.
        static const QRegularExpression parenthesis(u"\\(([^()]*)\\)"_s);
        static const QRegularExpression separator(u",\\s*|\\s+and\\s+"_s);
        const QStringList produced = findingCodes(p);
        QCOMPARE(produced, codes);
        int named = 0;
        for (const QRegularExpressionMatch &m : parenthesis.globalMatch(sentence)) {
            for (const QString &code : m.captured(1).split(separator, Qt::SkipEmptyParts)) {
                QVERIFY2(produced.contains(code.trimmed()),
                         qPrintable(u"%1: \"%2\" is not among %3"_s.arg(name, code,
                                                                        produced.join(u", "_s))));
                ++named;
            }
        }
        QVERIFY2(named > 0, qPrintable(u"%1 names no finding code: %2"_s.arg(name, sentence)));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
