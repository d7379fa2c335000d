// The command line as scripts and CI use it: exit codes, outputs, and refusal of bad input.

#include "diagram/diagram.h"
#include "engine/engine.h"
#include "storage/projectformat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // subcommands must need no display at all
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TARMAC_BINARY), args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString example() const
    {
        return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
    }

private slots:
    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QRegularExpression(u"^tarmac \\d+\\.\\d+\\.\\d+\n$"_s)
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *cmd :
             {"check", "requirements", "export", "report", "convert", "templates", "new", "import"})
            QVERIFY2(r.out.contains(cmd), cmd);
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *cmd :
             {"check", "requirements", "export", "report", "convert", "templates", "new", "import"})
            QTest::newRow(cmd) << QString::fromLatin1(cmd);
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        const Run r = run({command, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: tarmac " + command.toUtf8()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{u"nonsense"_s};
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s};
        QTest::newRow("check unknown option") << QStringList{u"check"_s, example(), u"--bogus"_s};
        QTest::newRow("check no file") << QStringList{u"check"_s};
        QTest::newRow("check bad format")
            << QStringList{u"check"_s, example(), u"--format"_s, u"xml"_s};
        QTest::newRow("requirements bad format")
            << QStringList{u"requirements"_s, example(), u"--format"_s, u"pdf"_s};
        QTest::newRow("new unknown template")
            << QStringList{u"new"_s, u"--template"_s, u"nope"_s, u"-o"_s, u"/tmp/x.json"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1); // one clear line
        QVERIFY(r.out.isEmpty());
    }

    void checkExample()
    {
        const Run r = run({u"check"_s, example()});
        QCOMPARE(r.exitCode, 1); // the example has errors worth discussing
        QVERIFY(r.out.contains("error   gpu-count"));
        QVERIFY(r.out.contains("warning"));
        QVERIFY(r.out.contains("hint:"));
    }

    void checkUnits()
    {
        // The same findings, sizes in the prefixes asked for; JSON numbers stay base units.
        const Run si = run({u"check"_s, example()});
        const Run iec = run({u"check"_s, example(), u"--units"_s, u"iec"_s});
        QCOMPARE(iec.exitCode, 1);
        QVERIFY2(si.out.contains("is asked for 8.19 GB/s but gives 8.00 GB/s (102 %)"),
                 si.out.constData());
        QVERIFY2(iec.out.contains("is asked for 7.63 GiB/s but gives 7.45 GiB/s (102 %)"),
                 iec.out.constData());
        QCOMPARE(iec.out.count('\n'), si.out.count('\n'));
        QCOMPARE(run({u"check"_s, example(), u"--units"_s, u"si"_s}).out, si.out);
        const Run text =
            run({u"requirements"_s, example(), u"--format"_s, u"text"_s, u"--units"_s, u"iec"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("TiB"), text.out.constData());
        const Run json = run({u"requirements"_s, example(), u"--units"_s, u"iec"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out)[u"stages"_s],
                 QJsonDocument::fromJson(run({u"requirements"_s, example()}).out)[u"stages"_s]);
        const Run bad = run({u"check"_s, example(), u"--units"_s, u"furlongs"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QCOMPARE(bad.err,
                 QByteArray("tarmac: check: unknown units \"furlongs\" (expected si, iec)\n"));
    }

    void checkJson()
    {
        const Run r = run({u"check"_s, example(), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"errors").toInt() >= 1);
        QVERIFY(o.value(u"warnings").toInt() >= 1);
        const QJsonArray findings = o.value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &f : findings) {
            QVERIFY(!f[u"code"].toString().isEmpty());
            QVERIFY(!f[u"message"].toString().isEmpty());
            QVERIFY(!f[u"hint"].toString().isEmpty());
        }
    }

    void checkCleanProjectExitsZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ok.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"tarmac-project","version":1,"name":"ok"})");
        f.close();
        const Run r = run({u"check"_s, path});
        QCOMPARE(r.exitCode, 0);
    }

    void requirementsJson()
    {
        const Run r = run({u"requirements"_s, example()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"stages").toArray().size(), 7);
        QCOMPARE(o.value(u"components").toArray().size(), 7);
        QCOMPARE(o.value(u"flows").toArray().size(), 6);
        const QJsonObject train = o.value(u"stages").toArray().at(3).toObject();
        QCOMPARE(train.value(u"id").toString(), u"train"_s);
        // 6 N D with N = 70e9, D = 20e9 (Kaplan et al. 2020)
        QCOMPARE(train[u"requirements"][u"trainingFlops"].toDouble(), 6 * 70e9 * 20e9);
        // GPU memory per GPU on the cluster: the largest need of any stage bound to it.
        const QJsonObject gpu = o.value(u"components").toArray().at(0).toObject();
        QCOMPARE(gpu[u"id"].toString(), u"gpu"_s);
        QCOMPARE(gpu[u"capacity"][u"gpuMemoryBytes"].toDouble(), 80.0 * 1024 * 1024 * 1024);
        QCOMPARE(gpu[u"demand"][u"gpuMemoryBytes"].toDouble(),
                 train[u"requirements"][u"memoryPerGpuBytes"].toDouble());
        for (const QJsonValue &g : o.value(u"growth").toArray())
            QCOMPARE(g[u"monthlyBytes"].toArray().size(), 25); // horizon 24 + month 0
    }

    void requirementsWorkbook()
    {
        // The workbook opened by a real reader (openpyxl): a sheet per table, numbers as
        // numbers, equal to the JSON output's values; names as people read them.
        const QString python = u"/usr/bin/python3"_s;
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import openpyxl"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-openpyxl is not installed (dev.sh installs it)");
        QTemporaryDir dir;
        const QString book = dir.filePath(u"r.xlsx"_s);
        const Run r = run({u"requirements"_s, example(), u"--format"_s, u"xlsx"_s, u"-o"_s, book});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QProcess read;
        read.start(python,
                   {u"-c"_s,
                    u"import json,sys,openpyxl\n"
                    u"wb=openpyxl.load_workbook(sys.argv[1])\n"
                    u"print(json.dumps({ws.title:[list(r) for r in ws.iter_rows(values_only=True)]"
                    u" for ws in wb}))"_s,
                    book});
        QVERIFY(read.waitForFinished(60000));
        QVERIFY2(read.exitCode() == 0, read.readAllStandardError().constData());
        const QJsonObject sheets = QJsonDocument::fromJson(read.readAllStandardOutput()).object();
        QCOMPARE(sheets.keys(),
                 (QStringList{u"Components"_s, u"Findings"_s, u"Flows"_s, u"Stages"_s}));
        // Every stage requirement of the JSON output is a row with the same number.
        const QJsonObject json =
            QJsonDocument::fromJson(run({u"requirements"_s, example()}).out).object();
        QHash<QString, double> inBook; // "stage id|key" -> value
        for (const QJsonValue &row : sheets[u"Stages"_s].toArray()) {
            const QJsonArray cells = row.toArray();
            if (cells.at(3).isDouble())
                inBook.insert(cells.at(6).toString() + u'|' + cells.at(5).toString(),
                              cells.at(3).toDouble());
        }
        int compared = 0;
        for (const QJsonValue &stage : json[u"stages"_s].toArray()) {
            const QJsonObject req = stage[u"requirements"_s].toObject();
            for (auto it = req.begin(); it != req.end(); ++it) {
                if (!it->isDouble())
                    continue;
                const QString k = stage[u"id"_s].toString() + u'|' + it.key();
                QVERIFY2(inBook.contains(k), qPrintable(k));
                QCOMPARE(inBook.value(k), it->toDouble());
                ++compared;
            }
        }
        QVERIFY(compared > 30);
        // Words where people read, the unit in its own column.
        const QJsonArray first = sheets[u"Stages"_s].toArray().at(1).toArray();
        QCOMPARE(first.at(0).toString(), u"Ingest documents and chat logs"_s);
        QCOMPARE(first.at(2).toString(), u"Storage"_s);
        QCOMPARE(first.at(4).toString(), u"B"_s);
        const QJsonArray gpu = sheets[u"Components"_s].toArray().at(1).toArray();
        QCOMPARE(gpu.at(0).toString(), u"HGX H100 hosts"_s);
        QCOMPARE(gpu.at(3).toDouble(), 32.0);
        QCOMPARE(gpu.at(4).toDouble(), 33.0);
        QCOMPARE(sheets[u"Findings"_s].toArray().size(), 6); // header + 5 findings
        // A workbook has no stdout form, and never overwrites its input.
        const Run bare = run({u"requirements"_s, example(), u"--format"_s, u"xlsx"_s});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.err.contains("-o OUT.xlsx"));
        const Run self =
            run({u"requirements"_s, example(), u"--format"_s, u"xlsx"_s, u"-o"_s, example()});
        QCOMPARE(self.exitCode, 2);
    }

    void requirementsCsvAndText()
    {
        const Run csv = run({u"requirements"_s, example(), u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("section,id,kind,key,value\r\n"));
        QVERIFY(csv.out.contains("stage,train,training,trainingFlops,"));
        const Run text = run({u"requirements"_s, example(), u"--format"_s, u"text"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("stage train (training)"));
    }

    void badInputExitsTwoWithoutOutput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << u"not valid JSON"_s;
        QTest::newRow("foreign") << QByteArray(R"({"format":"other"})")
                                 << u"not a Tarmac project"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"tarmac-project","version":9})")
                               << u"newer"_s;
        QTest::newRow("negative")
            << QByteArray(
                   R"({"format":"tarmac-project","version":1,"stages":[{"id":"a","kind":"ingestion","params":{"dailyBytes":-1}}]})")
            << u"negative"_s;
        QTest::newRow("wrong unit")
            << QByteArray(
                   R"({"format":"tarmac-project","version":1,"stages":[{"id":"a","kind":"ingestion","params":{"dailyBytes":"25 Gb/s"}}]})")
            << u"stages[0].params.dailyBytes"_s;
    }
    void badInputExitsTwoWithoutOutput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        for (const QString &command : {u"check"_s, u"requirements"_s}) {
            const Run r = run({command, path});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
            QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        }
        const QString out = dir.filePath(u"out.tarmac"_s);
        QCOMPARE(run({u"convert"_s, path, out}).exitCode, 2);
        QVERIFY(!QFile::exists(out)); // never a partial output file
    }

    void missingFile()
    {
        const Run r = run({u"check"_s, u"/nonexistent/x.tarmac"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("/nonexistent/x.tarmac"));
    }

    void convertRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"p.tarmac"_s);
        const QString json = dir.filePath(u"p.json"_s);
        QCOMPARE(run({u"convert"_s, example(), db}).exitCode, 0);
        QCOMPARE(run({u"convert"_s, db, json}).exitCode, 0);
        QFile a(example()), b(json);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(b.readAll()), QJsonDocument::fromJson(a.readAll()));
        // Both forms give the same verdict.
        QCOMPARE(run({u"check"_s, db}).out.mid(run({u"check"_s, db}).out.indexOf(':')),
                 run({u"check"_s, json}).out.mid(run({u"check"_s, json}).out.indexOf(':')));
        QCOMPARE(run({u"convert"_s, json, dir.filePath(u"p.txt"_s)}).exitCode, 2);
    }

    void templates()
    {
        const Run list = run({u"templates"_s});
        QCOMPARE(list.exitCode, 0);
        // One line per template, the titles in one column; each one creates a project that
        // checks (findings allowed: exit 1; a broken file would be 2).
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        const QStringList names = {u"llm-platform"_s,    u"vision-training"_s,
                                   u"llm-pretraining"_s, u"llm-rag-vsphere"_s,
                                   u"vision-nfs"_s,      u"tabular-realtime"_s,
                                   u"edge-inference"_s,  u"notebook-platform"_s,
                                   u"two-site"_s,        u"empty"_s};
        QCOMPARE(lines.size(), names.size());
        const qsizetype column = lines.first().indexOf("  LLM") + 2;
        QTemporaryDir all;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(lines[i].startsWith(names[i].toUtf8() + ' '), lines[i].constData());
            QVERIFY2(lines[i].at(column - 1) == ' ' && lines[i].at(column) != ' ',
                     lines[i].constData());
            const QString file = all.filePath(names[i] + u".json"_s);
            QCOMPARE(run({u"new"_s, u"--template"_s, names[i], u"-o"_s, file}).exitCode, 0);
            QVERIFY2(run({u"check"_s, file}).exitCode != 2, qPrintable(names[i]));
        }
        QTemporaryDir dir;
        const QString target = dir.filePath(u"new.tarmac"_s);
        QCOMPARE(run({u"new"_s, u"--template"_s, u"vision-training"_s, u"-o"_s, target}).exitCode,
                 0);
        QCOMPARE(run({u"check"_s, target}).exitCode == 2, false);
        QCOMPARE(run({u"new"_s, u"--template"_s, u"empty"_s, u"-o"_s, target}).exitCode,
                 2); // no overwrite
    }

    void importRvTools()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"inventory.tarmac"_s);
        const QString workbook =
            QStringLiteral(TARMAC_SOURCE_DIR "/tests/data/rvtools/inventory.xlsx");
        const Run r = run({u"import"_s, u"rvtools"_s, workbook, u"--gpus"_s,
                           u"PowerEdge XE9680=nvidia-h100-sxm:8"_s, u"-o"_s, target});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("GPU cluster AMS-GPU: 2 hosts \u00d7 8 H100"), r.out);
        QVERIFY2(r.out.contains("File storage FRA-NFS-01: 10.0 TiB (NFS)"), r.out);

        // The project opens and computes: check runs (exit 1: the storage bandwidths RVTools
        // cannot know are reported missing, and nothing else).
        const Run check = run({u"check"_s, target, u"--format"_s, u"json"_s});
        QCOMPARE(check.exitCode, 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(check.out).object().value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 4);
        for (const QJsonValue &f : findings)
            QCOMPARE(f[u"code"_s].toString(), u"missing-parameter"_s);
        const Run json = run({u"convert"_s, target, dir.filePath(u"inventory.json"_s)});
        QCOMPARE(json.exitCode, 0);
        QFile file(dir.filePath(u"inventory.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject project = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(project[u"zones"_s].toArray().size(), 2);
        QCOMPARE(project[u"components"_s].toArray().size(), 7);

        // Refusals: an existing target, a bad mapping, an unknown source, no inventory.
        QCOMPARE(run({u"import"_s, u"rvtools"_s, workbook, u"-o"_s, target}).exitCode, 2);
        const Run badMap = run({u"import"_s, u"rvtools"_s, workbook, u"--gpus"_s, u"XE9680"_s,
                                u"-o"_s, dir.filePath(u"x.tarmac"_s)});
        QCOMPARE(badMap.exitCode, 2);
        QVERIFY(badMap.err.contains("MODEL=ACCELERATOR:COUNT"));
        QCOMPARE(run({u"import"_s, u"vcenter"_s, workbook, u"-o"_s, dir.filePath(u"x.tarmac"_s)})
                     .exitCode,
                 2);
        const Run none =
            run({u"import"_s, u"rvtools"_s, dir.path(), u"-o"_s, dir.filePath(u"x.tarmac"_s)});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no vHost tab"));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"x.tarmac"_s)));
    }

    void exportEveryViewAndFormat_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("format");
        for (const char *view : {"lifecycle", "infrastructure", "mapping"})
            for (const char *format : {"svg", "png", "pdf", "dot"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(view),
                                                                     QLatin1StringView(format))))
                    << QString::fromLatin1(view) << QString::fromLatin1(format);
    }
    void exportEveryViewAndFormat()
    {
        QFETCH(QString, view);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString out = dir.filePath(view + u'.' + format);
        const Run r =
            run({u"export"_s, example(), u"--view"_s, view, u"--format"_s, format, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        if (format == u"svg")
            QVERIFY(data.contains("<svg"));
        else if (format == u"png")
            QVERIFY(data.startsWith("\x89PNG"));
        else if (format == u"pdf")
            QVERIFY(data.startsWith("%PDF"));
        else
            QVERIFY(data.contains("digraph") || data.contains("graph"));
    }

    void rememberedTextSizesDrawTheSame()
    {
        // Each distinct text of an SVG is measured once per process and then remembered
        // (core/diagram/graphviztext.h). So a diagram drawn after the others, whose names and
        // kind lines it shares, must be byte for byte the one a fresh process draws.
        const QStringList examples = QDir(QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples"))
                                         .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(examples.size() >= 9);
        auto inProcess = [](const QString &path, DiagramView view) {
            const ReadResult read = readProjectFile(path);
            DiagramOptions options;
            options.view = view;
            return renderDiagram(read.project, computeRequirements(read.project), options).data;
        };
        for (const QString &name : examples) // warm: every text of every example measured
            inProcess(QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/") + name,
                      DiagramView::Mapping);
        QTemporaryDir dir;
        for (const QString &name : examples) {
            const QString path = QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/") + name;
            for (const char *view : {"mapping", "infrastructure"}) {
                const QString out = dir.filePath(name + u'.' + QLatin1StringView(view) + u".svg"_s);
                const Run r = run({u"export"_s, path, u"--view"_s,
                                   QLatin1StringView(view).toString(), u"-o"_s, out});
                QVERIFY2(r.exitCode == 0, r.err.constData());
                QFile fresh(out);
                QVERIFY(fresh.open(QIODevice::ReadOnly));
                DiagramView v = DiagramView::Mapping;
                QVERIFY(parseDiagramView(QLatin1StringView(view).toString(), &v));
                const QByteArray remembered = inProcess(path, v);
                QVERIFY(remembered.contains("<svg"));
                QVERIFY2(fresh.readAll() == remembered,
                         qPrintable(name + u' ' + QLatin1StringView(view)));
            }
        }
    }

    void exportUsageErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"x.svg"_s);
        QCOMPARE(run({u"export"_s, example(), u"--view"_s, u"nope"_s, u"-o"_s, out}).exitCode, 2);
        QCOMPARE(run({u"export"_s, example(), u"--view"_s, u"mapping"_s, u"--format"_s, u"gif"_s,
                      u"-o"_s, out})
                     .exitCode,
                 2);
        QCOMPARE(run({u"export"_s, example(), u"--view"_s, u"mapping"_s, u"--dpi"_s, u"-3"_s,
                      u"-o"_s, out})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out));
    }

    void reportFormats()
    {
        QTemporaryDir dir;
        for (const char *ext : {"html", "pdf", "md"}) {
            const QString out = dir.filePath(u"report."_s + QLatin1StringView(ext));
            const Run r = run({u"report"_s, example(), u"-o"_s, out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(out).size() > 0);
        }
        QCOMPARE(run({u"report"_s, example(), u"-o"_s, dir.filePath(u"r.doc"_s)}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
