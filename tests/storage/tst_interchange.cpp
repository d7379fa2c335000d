// The JSON interchange format (core/storage/jsonformat.cpp) against FORMAT.md and
// docs/file-format.md: exact round trips, the bundled example, and one clear refusal for
// every kind of bad input.

#include "model/kindregistry.h"
#include "model/project.h"
#include "projectdiff.h"
#include "projectgenerator.h"
#include "storage/jsonformat.h"
#include "storage/projectformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using tarmac::testing::generateProject;
using tarmac::testing::projectDifference;
using tarmac::testing::textDifference;

namespace {

QString examplePath()
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
}

// A small valid project. components[0] is a storage system so that the wrong-dimension row
// names "components[0].params.rawCapacity" as FORMAT.md does.
const char *const kBase = R"json({
  "format": "tarmac-project", "version": 1, "name": "Base", "description": "d", "horizonMonths": 12,
  "zones": [{"id": "site", "kind": "site", "name": "Site"},
            {"id": "rack", "kind": "rack", "name": "Rack", "parent": "site"}],
  "components": [
    {"id": "store", "kind": "file-storage", "name": "NFS", "zone": "rack",
     "params": {"rawCapacity": "100 TB", "readBandwidth": "10 GB/s", "writeBandwidth": "5 GB/s"}},
    {"id": "gpu", "kind": "gpu-cluster", "name": "GPUs", "zone": "rack",
     "params": {"hosts": 4, "gpu": "nvidia-h100-sxm"}},
    {"id": "fab", "kind": "fabric", "name": "Fabric", "params": {"linkSpeed": "100 Gb/s", "ports": 32}}],
  "stages": [
    {"id": "prep", "kind": "processing", "name": "Prep", "persona": "data-engineer",
     "params": {"windowHours": 24}},
    {"id": "train", "kind": "training", "name": "Train", "persona": "ml-engineer",
     "params": {"modelParams": "7B", "trainingTokens": "1T", "mfu": 0.4, "zeroStage": 1}}],
  "flows": [{"id": "corpus", "from": "prep", "to": "train", "params": {"sizeBytes": "1 TB", "store": "store"}}],
  "bindings": [{"stage": "train", "component": "gpu", "role": "compute"},
               {"stage": "prep", "component": "store", "role": "writes"}],
  "links": [{"component": "gpu", "fabric": "fab"}],
  "notes": [{"id": "n1", "target": "store", "text": "NFS over Lustre: <read> once & \"sequentially\"",
             "author": "Ana", "created": "2026-12-02T10:15:00Z"},
            {"id": "n2", "target": "", "text": "One site for now"}],
  "layout": {"prep": {"x": 10, "y": 20}, "site": {"x": 0, "y": 300, "width": 800, "height": 400}}
})json";

QJsonObject baseObject()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(kBase), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}

// Sets (or, with an undefined value, removes) the value at a dotted path such as
// "components.0.params.rawCapacity"; an array index equal to the size appends.
QJsonValue setIn(const QJsonValue &node, const QStringList &path, qsizetype at,
                 const QJsonValue &value)
{
    if (at == path.size())
        return value;
    const QString &key = path[at];
    const bool last = at + 1 == path.size();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const qsizetype i = key.toInt();
        if (last && value.isUndefined())
            a.removeAt(i);
        else if (i == a.size())
            a.append(setIn(QJsonValue(), path, at + 1, value));
        else
            a[i] = setIn(a.at(i), path, at + 1, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (last && value.isUndefined())
        o.remove(key);
    else
        o[key] = setIn(o.value(key), path, at + 1, value);
    return o;
}

QByteArray edited(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = setIn(baseObject(), path.split(u'.'), 0, value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray removed(const QString &path)
{
    return edited(path, QJsonValue(QJsonValue::Undefined));
}

// For values QJsonValue cannot hold (1e400): a placeholder replaced by raw text.
QByteArray editedRaw(const QString &path, const QByteArray &raw)
{
    QByteArray json = edited(path, u"@@RAW@@"_s);
    json.replace("\"@@RAW@@\"", raw);
    return json;
}

// "re:" fragments are regular expressions; others are plain text. Both ignore case.
bool errorMentions(const QString &error, const QString &fragment)
{
    if (fragment.startsWith(u"re:"))
        return QRegularExpression(fragment.mid(3), QRegularExpression::CaseInsensitiveOption)
            .match(error)
            .hasMatch();
    return error.contains(fragment, Qt::CaseInsensitive);
}

QByteArray nestedArrays(int depth)
{
    return QByteArray("{\"format\": \"tarmac-project\", \"version\": 1, \"name\": \"deep\", "
                      "\"x-deep\": ") +
           QByteArray(depth, '[') + QByteArray(depth, ']') + QByteArray("}");
}

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void baseFixtureIsValid();
    void exampleRoundTrip();
    void fileRoundTrip();
    void badInput_data();
    void badInput();
    void labelsSurvive_data();
    void labelsSurvive();
    void unknownKeysPreserved_data();
    void unknownKeysPreserved();
    void deepNesting_data();
    void deepNesting();
    void zoneChain_data();
    void zoneChain();
    void manyBindingsAndLinks();
    void nullMeansAbsent();
    void missingFile_data();
    void missingFile();
};

void TestInterchange::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("flows");
    // 30 projects from 5 to 60 stages, 2 to 80 components (one or two sites), 1 to 2 flows
    // per stage.
    for (int i = 0; i < 30; ++i) {
        const quint32 seed = 1000 + quint32(i);
        const int stages = 5 + (i * 55) / 29;
        const int components = 2 + (i * 37) % 79;
        const int flows = stages + (i % 3) * stages / 2;
        QTest::addRow("seed%u-%dst-%dco-%dfl", seed, stages, components, flows)
            << seed << stages << components << flows;
    }
}

void TestInterchange::roundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(int, stages);
    QFETCH(int, components);
    QFETCH(int, flows);
    const Project original = generateProject(seed, stages, components, flows);
    QCOMPARE(int(original.stages.size()), stages);
    QCOMPARE(int(original.components.size()), components);

    const QByteArray json = JsonFormat::toJson(original);
    const ReadResult read = JsonFormat::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY2(read.project == original, qPrintable(projectDifference(read.project, original)));
    // And the text is stable: writing what was read gives the same bytes.
    const QByteArray again = JsonFormat::toJson(read.project);
    QVERIFY2(again == json, qPrintable(textDifference(again, json)));
}

void TestInterchange::baseFixtureIsValid()
{
    // Every badInput row is one edit away from this; it must itself be accepted.
    const ReadResult r = JsonFormat::fromJson(QByteArray(kBase));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(int(r.project.stages.size()), 2);
    // Notes read as written: on an element, on the project (empty target), without author.
    QCOMPARE(int(r.project.notes.size()), 2);
    QCOMPARE(r.project.notes[0],
             (Note{u"n1"_s, u"store"_s, u"NFS over Lustre: <read> once & \"sequentially\""_s,
                   u"Ana"_s, u"2026-12-02T10:15:00Z"_s}));
    QCOMPARE(r.project.notes[1], (Note{u"n2"_s, {}, u"One site for now"_s, {}, {}}));
    const QJsonArray written =
        QJsonDocument::fromJson(JsonFormat::toJson(r.project)).object().value(u"notes"_s).toArray();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written[0].toObject().keys(),
             (QStringList{u"author"_s, u"created"_s, u"id"_s, u"target"_s, u"text"_s}));
    const ReadResult again = JsonFormat::fromJson(JsonFormat::toJson(r.project));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.project == r.project, qPrintable(projectDifference(again.project, r.project)));
}

void TestInterchange::exampleRoundTrip()
{
    const ReadResult r = readProjectFile(examplePath());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Project &p = r.project;
    QCOMPARE(p.name, u"LLM fine-tuning and serving platform"_s);
    QCOMPARE(int(p.zones.size()), 3);
    QCOMPARE(int(p.components.size()), 7);
    QCOMPARE(int(p.stages.size()), 7);
    QCOMPARE(int(p.flows.size()), 6);
    QCOMPARE(int(p.bindings.size()), 16);
    QCOMPARE(int(p.links.size()), 6);
    QCOMPARE(int(p.layout.size()), 17);
    // Units converted to base units, the typed text kept.
    QVERIFY(p.stage(u"train"_s));
    QCOMPARE(p.stage(u"train"_s)->params.value(u"modelParams"_s).number, 70e9);
    QVERIFY(p.component(u"lake"_s));
    const ParamValue raw = p.component(u"lake"_s)->params.value(u"rawCapacity"_s);
    QVERIFY(qFuzzyCompare(raw.number, 1.2e15));
    QCOMPARE(raw.text, u"1.2 PB"_s);
    // 24 (hours) is kept as typed and means 24 h in seconds.
    QCOMPARE(p.stage(u"prep"_s)->params.value(u"windowHours"_s).number, 24 * 3600.0);
    // Every reference holds the very characters of the id it names (the engine finds it by
    // that, without reading them), and kinds and roles the registry's own.
    for (const Binding &b : p.bindings) {
        QVERIFY2(b.stage.isSharedWith(p.stage(b.stage)->id), qPrintable(b.stage));
        QVERIFY2(b.component.isSharedWith(p.component(b.component)->id), qPrintable(b.component));
    }
    for (const Flow &f : p.flows) {
        QVERIFY2(f.from.isSharedWith(p.stage(f.from)->id), qPrintable(f.id));
        QVERIFY2(f.to.isSharedWith(p.stage(f.to)->id), qPrintable(f.id));
    }
    for (const Link &l : p.links)
        QVERIFY2(l.fabric.isSharedWith(p.component(l.fabric)->id), qPrintable(l.fabric));
    for (const Stage &s : p.stages)
        QVERIFY2(s.kind.isSharedWith(KindRegistry::find(s.kind)->id), qPrintable(s.id));
    const auto sameRole =
        std::find_if(p.bindings.begin() + 1, p.bindings.end(),
                     [&](const Binding &b) { return b.role == p.bindings[0].role; });
    QVERIFY(sameRole != p.bindings.end());
    QVERIFY(sameRole->role.isSharedWith(p.bindings[0].role));

    const QByteArray json = JsonFormat::toJson(p);
    const ReadResult again = JsonFormat::fromJson(json);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.project == p, qPrintable(projectDifference(again.project, p)));
    const QByteArray third = JsonFormat::toJson(again.project);
    QVERIFY2(third == json, qPrintable(textDifference(third, json)));
}

void TestInterchange::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Project original = generateProject(77, 20, 30, 25);
    const QString path = dir.filePath(u"project.json"_s);
    const QString error = writeProjectFile(original, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), JsonFormat::toJson(original));
    const ReadResult r = readProjectFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.project == original, qPrintable(projectDifference(r.project, original)));
}

void TestInterchange::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // every fragment must occur in the error

    // Not a project at all
    QTest::newRow("not JSON") << QByteArray("this is { not JSON") << QStringList{u"JSON"_s};
    QTest::newRow("empty input") << QByteArray() << QStringList{u"JSON"_s};
    QTest::newRow("JSON array") << QByteArray("[1, 2, 3]") << QStringList{u"object"_s};
    QTest::newRow("wrong format") << edited(u"format"_s, u"tarmac-diagram"_s)
                                  << QStringList{u"format"_s, u"tarmac-diagram"_s};
    QTest::newRow("missing format") << removed(u"format"_s) << QStringList{u"format"_s};

    // Versions
    QTest::newRow("version 2") << edited(u"version"_s, 2)
                               << QStringList{u"newer"_s, u"re:\\b2\\b"_s, u"re:\\b1\\b"_s};
    // 3e9 does not fit an int: it must still be refused as newer, never taken for version 1.
    QTest::newRow("version 3000000000")
        << edited(u"version"_s, 3e9) << QStringList{u"newer"_s, u"re:3000000000|3e\\+?0*9"_s};
    QTest::newRow("version \"1\" (string)")
        << edited(u"version"_s, u"1"_s) << QStringList{u"version"_s};
    QTest::newRow("version 1.5") << edited(u"version"_s, 1.5) << QStringList{u"version"_s};
    QTest::newRow("version 0") << edited(u"version"_s, 0) << QStringList{u"version"_s};
    QTest::newRow("missing version") << removed(u"version"_s) << QStringList{u"version"_s};

    // Structure
    QTest::newRow("name not a string") << edited(u"name"_s, 5) << QStringList{u"name"_s};
    QTest::newRow("stages not an array")
        << edited(u"stages"_s, QJsonObject()) << QStringList{u"stages"_s};
    QTest::newRow("stage not an object")
        << edited(u"stages.0"_s, u"prep"_s) << QStringList{u"stages[0]"_s};
    QTest::newRow("stage without id")
        << removed(u"stages.0.id"_s) << QStringList{u"stages[0].id"_s};
    QTest::newRow("stage with empty id")
        << edited(u"stages.0.id"_s, u""_s) << QStringList{u"stages[0].id"_s};

    // Decision notes
    QTest::newRow("notes not an array")
        << edited(u"notes"_s, QJsonObject()) << QStringList{u"notes"_s};
    QTest::newRow("note without text")
        << removed(u"notes.0.text"_s) << QStringList{u"notes[0].text"_s};
    QTest::newRow("note without id") << removed(u"notes.1.id"_s) << QStringList{u"notes[1].id"_s};
    QTest::newRow("note text a number")
        << edited(u"notes.0.text"_s, 42) << QStringList{u"notes[0].text"_s};
    QTest::newRow("dangling note target")
        << edited(u"notes.0.target"_s, u"nowhere"_s) << QStringList{u"n1"_s, u"nowhere"_s};
    QTest::newRow("note on a note")
        << edited(u"notes.0.target"_s, u"n2"_s) << QStringList{u"n1"_s, u"n2"_s};
    QTest::newRow("note id taken by a stage")
        << edited(u"notes.1.id"_s, u"train"_s) << QStringList{u"duplicate"_s, u"train"_s};
    QTest::newRow("note created not a date")
        << edited(u"notes.0.created"_s, u"last Tuesday"_s)
        << QStringList{u"notes[0].created"_s, u"ISO 8601"_s, u"last Tuesday"_s};
    QTest::newRow("layout of a note")
        << edited(u"layout.n1"_s, QJsonObject{{u"x"_s, 1}, {u"y"_s, 2}})
        << QStringList{u"layout"_s, u"n1"_s};

    // Ids and references
    QTest::newRow("duplicate id (stage and component)")
        << edited(u"stages.0.id"_s, u"store"_s) << QStringList{u"duplicate"_s, u"store"_s};
    QTest::newRow("duplicate id (two zones)")
        << edited(u"zones.1.id"_s, u"site"_s) << QStringList{u"duplicate"_s, u"site"_s};
    QTest::newRow("dangling flow from")
        << edited(u"flows.0.from"_s, u"nowhere"_s) << QStringList{u"corpus"_s, u"nowhere"_s};
    QTest::newRow("dangling flow to")
        << edited(u"flows.0.to"_s, u"nowhere"_s) << QStringList{u"corpus"_s, u"nowhere"_s};
    QTest::newRow("dangling flow store")
        << edited(u"flows.0.params.store"_s, u"nowhere"_s) << QStringList{u"store"_s, u"nowhere"_s};
    QTest::newRow("dangling binding component") << edited(u"bindings.0.component"_s, u"nowhere"_s)
                                                << QStringList{u"component"_s, u"nowhere"_s};
    QTest::newRow("dangling binding stage")
        << edited(u"bindings.0.stage"_s, u"nowhere"_s) << QStringList{u"stage"_s, u"nowhere"_s};
    QTest::newRow("dangling link fabric")
        << edited(u"links.0.fabric"_s, u"nowhere"_s) << QStringList{u"fabric"_s, u"nowhere"_s};
    QTest::newRow("dangling component zone")
        << edited(u"components.0.zone"_s, u"nowhere"_s) << QStringList{u"store"_s, u"nowhere"_s};
    QTest::newRow("dangling zone parent") << edited(u"zones.1.parent"_s, u"nowhere"_s)
                                          << QStringList{u"rack"_s, u"parent"_s, u"nowhere"_s};
    QTest::newRow("dangling layout item")
        << edited(u"layout.ghost"_s, QJsonObject{{u"x"_s, 1}, {u"y"_s, 2}})
        << QStringList{u"ghost"_s};
    QTest::newRow("zone cycle") << edited(u"zones.0.parent"_s, u"rack"_s)
                                << QStringList{u"cycle"_s};
    QTest::newRow("zone is its own parent")
        << edited(u"zones.0.parent"_s, u"site"_s) << QStringList{u"cycle"_s};
    QTest::newRow("same binding twice")
        << edited(u"bindings.2"_s, QJsonObject{{u"stage"_s, u"train"_s},
                                               {u"component"_s, u"gpu"_s},
                                               {u"role"_s, u"compute"_s}})
        << QStringList{u"bindings[2]"_s, u"twice"_s};

    // Vocabulary
    QTest::newRow("unknown stage kind")
        << edited(u"stages.0.kind"_s, u"cooking"_s) << QStringList{u"stages[0]"_s, u"cooking"_s};
    QTest::newRow("unknown component kind") << edited(u"components.0.kind"_s, u"toaster"_s)
                                            << QStringList{u"components[0]"_s, u"toaster"_s};
    QTest::newRow("unknown zone kind")
        << edited(u"zones.0.kind"_s, u"planet"_s) << QStringList{u"zones[0]"_s, u"planet"_s};
    QTest::newRow("unknown role") << edited(u"bindings.0.role"_s, u"juggles"_s)
                                  << QStringList{u"bindings[0]"_s, u"juggles"_s};
    QTest::newRow("unknown persona") << edited(u"stages.0.persona"_s, u"astronaut"_s)
                                     << QStringList{u"stages[0]"_s, u"astronaut"_s};
    QTest::newRow("word not among the choices")
        << edited(u"stages.1.params.precision"_s, u"fp64"_s)
        << QStringList{u"stages[1].params.precision"_s, u"fp64"_s};

    // Values
    QTest::newRow("wrong-dimension unit")
        << edited(u"components.0.params.rawCapacity"_s, u"25 Gb/s"_s)
        << QStringList{u"components[0].params.rawCapacity"_s, u"25 Gb/s"_s};
    QTest::newRow("unknown unit") << edited(u"components.0.params.rawCapacity"_s, u"12 parsecs"_s)
                                  << QStringList{u"components[0].params.rawCapacity"_s,
                                                 u"parsecs"_s};
    QTest::newRow("negative number") << edited(u"components.1.params.hosts"_s, -4)
                                     << QStringList{u"components[1].params.hosts"_s, u"negative"_s};
    QTest::newRow("negative quantity")
        << edited(u"components.0.params.rawCapacity"_s, u"-5 TB"_s)
        << QStringList{u"components[0].params.rawCapacity"_s, u"negative"_s};
    QTest::newRow("string nan") << edited(u"stages.1.params.mfu"_s, u"nan"_s)
                                << QStringList{u"stages[1].params.mfu"_s};
    QTest::newRow("string inf") << edited(u"flows.0.params.sizeBytes"_s, u"inf"_s)
                                << QStringList{u"flows[0].params.sizeBytes"_s};
    QTest::newRow("string NaN TB") << edited(u"flows.0.params.sizeBytes"_s, u"NaN TB"_s)
                                   << QStringList{u"flows[0].params.sizeBytes"_s};
    // Either the JSON parser refuses the literal or the value is refused as infinite.
    QTest::newRow("huge literal 1e400") << editedRaw(u"flows.0.params.sizeBytes"_s, "1e400")
                                        << QStringList{u"re:number|infinite"_s};
    QTest::newRow("mfu 1.5 out of range") << edited(u"stages.1.params.mfu"_s, 1.5)
                                          << QStringList{u"stages[1].params.mfu"_s, u"1.5"_s};
    QTest::newRow("mfu \"150%\" out of range")
        << edited(u"stages.1.params.mfu"_s, u"150%"_s) << QStringList{u"stages[1].params.mfu"_s};
    QTest::newRow("zeroStage 2.5 not whole")
        << edited(u"stages.1.params.zeroStage"_s, 2.5)
        << QStringList{u"stages[1].params.zeroStage"_s, u"whole"_s};
    QTest::newRow("hosts 4.5 not whole")
        << edited(u"components.1.params.hosts"_s, 4.5)
        << QStringList{u"components[1].params.hosts"_s, u"whole"_s};
    QTest::newRow("bool where a number is expected")
        << edited(u"components.1.params.hosts"_s, true)
        << QStringList{u"components[1].params.hosts"_s};
    QTest::newRow("number where a flag is expected")
        << edited(u"components.2.params.rdma"_s, 1) << QStringList{u"components[2].params.rdma"_s};
    QTest::newRow("params as array")
        << edited(u"stages.0.params"_s, QJsonArray{1, 2}) << QStringList{u"stages[0].params"_s};
    QTest::newRow("param value nested object")
        << edited(u"stages.0.params.windowHours"_s, QJsonObject{{u"value"_s, 24}})
        << QStringList{u"stages[0].params.windowHours"_s};
    QTest::newRow("param value array") << edited(u"stages.0.params.windowHours"_s, QJsonArray{24})
                                       << QStringList{u"stages[0].params.windowHours"_s};
    QTest::newRow("param value null") << edited(u"stages.0.params.windowHours"_s, QJsonValue::Null)
                                      << QStringList{u"stages[0].params.windowHours"_s};

    // Layout and project values
    QTest::newRow("layout with string x")
        << edited(u"layout.prep.x"_s, u"10"_s) << QStringList{u"layout.prep"_s};
    QTest::newRow("layout not an object")
        << edited(u"layout"_s, QJsonArray()) << QStringList{u"layout"_s};
    QTest::newRow("layout entry not an object")
        << edited(u"layout.prep"_s, 5) << QStringList{u"layout.prep"_s};
    QTest::newRow("layout negative width")
        << edited(u"layout.site.width"_s, -1) << QStringList{u"layout.site"_s};
    QTest::newRow("layout far away")
        << edited(u"layout.prep.y"_s, 1e300) << QStringList{u"layout.prep"_s};
    QTest::newRow("horizonMonths 0")
        << edited(u"horizonMonths"_s, 0) << QStringList{u"horizonMonths"_s};
    QTest::newRow("horizonMonths 601")
        << edited(u"horizonMonths"_s, 601) << QStringList{u"horizonMonths"_s};
    QTest::newRow("horizonMonths 1.5")
        << edited(u"horizonMonths"_s, 1.5) << QStringList{u"horizonMonths"_s};
    QTest::newRow("horizonMonths \"24\"")
        << edited(u"horizonMonths"_s, u"24"_s) << QStringList{u"horizonMonths"_s};
    QTest::newRow("layout without x")
        << removed(u"layout.prep.x"_s) << QStringList{u"layout.prep"_s, u"x, y"_s};
    QTest::newRow("layout without x and y")
        << edited(u"layout.prep"_s, QJsonObject()) << QStringList{u"layout.prep"_s};

    // Numbers JSON does not allow, though Qt's parser takes them.
    auto withNumber = [](const char *text) {
        return editedRaw(u"horizonMonths"_s, QByteArray(text));
    };
    QTest::newRow("number .5") << withNumber(".5") << QStringList{u"JSON"_s, u".5"_s};
    QTest::newRow("number 1.") << withNumber("1.") << QStringList{u"JSON"_s, u"1."_s};
    QTest::newRow("number 024") << withNumber("024") << QStringList{u"JSON"_s};
    QTest::newRow("number +24") << withNumber("+24") << QStringList{u"JSON"_s};

    // Values no design can have.
    QTest::newRow("versionsRetained 1.5") << edited(u"flows.0.params.versionsRetained"_s, 1.5)
                                          << QStringList{u"versionsRetained"_s, u"whole number"_s};
    QTest::newRow("hosts 1e308") << edited(u"components.1.params.hosts"_s, 1e308)
                                 << QStringList{u"hosts"_s, u"range"_s};
    QTest::newRow("hosts \"1e308\"")
        << edited(u"components.1.params.hosts"_s, u"1e308"_s) << QStringList{u"hosts"_s};
}

void TestInterchange::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const ReadResult r = JsonFormat::fromJson(json);
    QVERIFY2(!r.ok(), "accepted bad input");
    QVERIFY(!r.error.contains(u'\n')); // one line
    for (const QString &fragment : mentions) {
        QVERIFY2(errorMentions(r.error, fragment),
                 qPrintable(u"error \"%1\" does not mention \"%2\""_s.arg(r.error, fragment)));
    }
}

void TestInterchange::labelsSurvive_data()
{
    QTest::addColumn<QString>("path"); // where the label goes
    QTest::addColumn<QString>("label");
    const QString nasty = u"<b>\"A & B\"</b> &amp; <script>alert('x')</script> \u00e9\u4e2d"_s;
    QTest::newRow("project name") << u"name"_s << nasty;
    QTest::newRow("description") << u"description"_s << u"a < b && c > \"d\"\nsecond line\ttab"_s;
    QTest::newRow("zone name") << u"zones.0.name"_s << nasty;
    QTest::newRow("component name") << u"components.0.name"_s << nasty;
    QTest::newRow("stage name") << u"stages.0.name"_s << u"\"quoted\" & <angled>"_s;
    QTest::newRow("flow dataset") << u"flows.0.params.dataset"_s << nasty;
    QTest::newRow("unknown parameter text") << u"stages.0.params.x-note"_s << nasty;
}

void TestInterchange::labelsSurvive()
{
    QFETCH(QString, path);
    QFETCH(QString, label);
    const ReadResult first = JsonFormat::fromJson(edited(path, label));
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QByteArray json = JsonFormat::toJson(first.project);
    const ReadResult second = JsonFormat::fromJson(json);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY2(second.project == first.project,
             qPrintable(projectDifference(second.project, first.project)));
    // The label itself is unchanged, found at the same place in the written JSON.
    QJsonValue v = QJsonDocument::fromJson(json).object();
    for (const QString &key : path.split(u'.'))
        v = v.isArray() ? v.toArray().at(key.toInt()) : v.toObject().value(key);
    QCOMPARE(v.toString(), label);
}

void TestInterchange::unknownKeysPreserved_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("object") << u"x-review"_s
                            << QJsonValue(QJsonObject{{u"owner"_s, u"ops"_s},
                                                      {u"tickets"_s, QJsonArray{1, 2}}});
    QTest::newRow("string") << u"comment"_s << QJsonValue(u"kept <&> as is"_s);
    QTest::newRow("number") << u"revision"_s << QJsonValue(42);
    QTest::newRow("null") << u"nothing"_s << QJsonValue(QJsonValue::Null);
    QTest::newRow("array of objects")
        << u"history"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"v"_s, 1}}, QJsonObject{{u"v"_s, 2}}});
}

void TestInterchange::unknownKeysPreserved()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const ReadResult r = JsonFormat::fromJson(edited(key, value));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project.extra.contains(key));
    QCOMPARE(r.project.extra.value(key), value);
    const QJsonObject written = JsonFormat::toObject(r.project);
    QCOMPARE(written.value(key), value);
    const ReadResult again = JsonFormat::fromJson(JsonFormat::toJson(r.project));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.project == r.project, qPrintable(projectDifference(again.project, r.project)));
}

void TestInterchange::deepNesting_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("10") << 10;
    QTest::newRow("1000") << 1000;
    QTest::newRow("10000") << 10000;
    QTest::newRow("100000") << 100000;
}

void TestInterchange::deepNesting()
{
    QFETCH(int, depth);
    // Must not crash (stack overflow): either refused with a message, or kept intact.
    const ReadResult r = JsonFormat::fromJson(nestedArrays(depth));
    if (!r.ok()) {
        QVERIFY(!r.error.isEmpty());
        return;
    }
    QVERIFY(r.project.extra.value(u"x-deep"_s).isArray());
    const ReadResult again = JsonFormat::fromJson(JsonFormat::toJson(r.project));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.project.extra == r.project.extra);
}

// A chain of zones, each inside the one before: real sites nest a handful deep.
QByteArray zoneChainJson(int depth)
{
    QJsonArray zones;
    for (int i = 0; i < depth; ++i) {
        QJsonObject z{{u"id"_s, u"z%1"_s.arg(i)}, {u"kind"_s, u"rack"_s}};
        if (i > 0)
            z.insert(u"parent"_s, u"z%1"_s.arg(i - 1));
        zones.append(z);
    }
    return QJsonDocument(QJsonObject{{u"format"_s, u"tarmac-project"_s},
                                     {u"version"_s, 1},
                                     {u"zones"_s, zones}})
        .toJson(QJsonDocument::Compact);
}

void TestInterchange::zoneChain_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("32 levels") << 32 << true;
    QTest::newRow("33 levels") << 33 << false;
    QTest::newRow("10,000 levels") << 10000 << false;
    QTest::newRow("100,000 levels") << 100000 << false;
}

void TestInterchange::zoneChain()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    const ReadResult r = JsonFormat::fromJson(zoneChainJson(depth));
    if (accepted) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(int(r.project.zones.size()), depth);
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"%1 levels deep"_s.arg(33)) && r.error.contains(u"at most 32"_s),
             qPrintable(r.error));
}

void TestInterchange::manyBindingsAndLinks()
{
    // 100,000 bindings (1,000 stages × 100 storage systems) and 100,000 links: the duplicate and
    // reference checks are hash lookups, so this reads in well under a second.
    QJsonArray stages, components, bindings, links;
    for (int s = 0; s < 1000; ++s)
        stages.append(QJsonObject{{u"id"_s, u"s%1"_s.arg(s)}, {u"kind"_s, u"processing"_s}});
    for (int c = 0; c < 100; ++c)
        components.append(QJsonObject{{u"id"_s, u"c%1"_s.arg(c)},
                                      {u"kind"_s, u"file-storage"_s},
                                      {u"params"_s, QJsonObject{{u"rawCapacity"_s, u"1 PB"_s}}}});
    components.append(
        QJsonObject{{u"id"_s, u"fab"_s},
                    {u"kind"_s, u"fabric"_s},
                    {u"params"_s, QJsonObject{{u"linkSpeed"_s, u"100 Gb/s"_s}, {u"ports"_s, 64}}}});
    for (int s = 0; s < 1000; ++s) {
        for (int c = 0; c < 100; ++c)
            bindings.append(QJsonObject{{u"stage"_s, u"s%1"_s.arg(s)},
                                        {u"component"_s, u"c%1"_s.arg(c)},
                                        {u"role"_s, u"reads"_s}});
    }
    for (int c = 0; c < 100000; ++c) {
        components.append(QJsonObject{{u"id"_s, u"n%1"_s.arg(c)},
                                      {u"kind"_s, u"kv-store"_s},
                                      {u"params"_s, QJsonObject{{u"memory"_s, u"1 GiB"_s}}}});
        links.append(QJsonObject{{u"component"_s, u"n%1"_s.arg(c)}, {u"fabric"_s, u"fab"_s}});
    }
    QJsonObject root{
        {u"format"_s, u"tarmac-project"_s}, {u"version"_s, 1},         {u"stages"_s, stages},
        {u"components"_s, components},      {u"bindings"_s, bindings}, {u"links"_s, links}};
    const ReadResult r = JsonFormat::fromObject(root);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project.bindings.size(), size_t(100000));
    QCOMPARE(r.project.links.size(), size_t(100000));
    // The last duplicate is still found.
    bindings.append(bindings.at(99999));
    root.insert(u"bindings"_s, bindings);
    const ReadResult dup = JsonFormat::fromObject(root);
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error.contains(u"bindings[100000]"_s) && dup.error.contains(u"twice"_s),
             qPrintable(dup.error));
}

void TestInterchange::nullMeansAbsent()
{
    // FORMAT.md's example writes "parent": null for a top-level zone.
    QByteArray json = edited(u"zones.0.parent"_s, QJsonValue::Null);
    ReadResult r = JsonFormat::fromJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project.zone(u"site"_s));
    QVERIFY(r.project.zone(u"site"_s)->parent.isEmpty());
    // Absent lists are empty lists; absent horizon is the default.
    r = JsonFormat::fromJson(R"({"format": "tarmac-project", "version": 1})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project.stages.empty());
    QCOMPARE(r.project.horizonMonths, 24);
}

void TestInterchange::missingFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow(".json") << u"missing.json"_s;
    QTest::newRow(".tarmac") << u"missing.tarmac"_s;
    QTest::newRow(".bak") << u"missing.bak"_s;
    QTest::newRow("no suffix") << u"missing"_s;
}

void TestInterchange::missingFile()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/"_s + fileName);
    const ReadResult r = readProjectFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(path + u':'), qPrintable(r.error));
    QVERIFY2(r.error.contains(u"no such file"_s, Qt::CaseInsensitive), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
