// The model rules that live in core, headless: the id index, copy and paste renumbering,
// which connections are allowed, zone ancestry and cycles, and the per-stage totals.

#include "engine/stagetotals.h"
#include "enginebuilders.h"
#include "model/clipboard.h"
#include "model/connectionrules.h"
#include "model/idindex.h"
#include "model/idtable.h"
#include "model/paramschema.h"
#include "model/projectdocument.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTest>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using namespace tarmac::testing;

namespace {

Zone zone(const char *id, const char *kind, const char *parent = "")
{
    return {QString::fromLatin1(id), QString::fromLatin1(id), QString::fromLatin1(kind),
            QString::fromLatin1(parent)};
}

/// Two stages with a flow between them and a third outside, a GPU cluster in a rack, a NAS
/// outside it, a fabric both link to.
Project sample()
{
    Project p;
    p.zones = {zone("site", "site"), zone("rack", "rack", "site")};
    Component gpus = component("gpus", "gpu-cluster", {});
    gpus.zone = u"rack"_s;
    p.components = {gpus, component("nas", "file-storage", {}), fabric("net", 1e10, 8)};
    p.stages = {stage("prep", "processing", {}), stage("train", "training", {}),
                stage("serve", "serving", {})};
    Flow toTrain = flow("prep-to-train", "prep", "train", {});
    toTrain.params.insert(u"store"_s, ParamValue::fromText(u"nas"_s));
    p.flows = {toTrain, flow("train-to-serve", "train", "serve", {})};
    p.bindings = {bind("train", "gpus", "compute"), bind("prep", "nas", "writes"),
                  bind("train", "nas", "reads")};
    p.links = {linkTo("gpus", "net"), linkTo("nas", "net")};
    for (const char *id : {"prep", "train", "serve", "gpus", "nas", "net"})
        p.layout.insert(QString::fromLatin1(id), {100, 200, 0, 0});
    p.layout.insert(u"rack"_s, {0, 0, 400, 300});
    return p;
}

StageResult withRequirements(std::initializer_list<Requirement> requirements)
{
    StageResult r;
    r.requirements = requirements;
    return r;
}

} // namespace

class TestModelRules : public QObject {
    Q_OBJECT

private slots:
    void idTableAgainstAReference()
    {
        // Random inserts, overwrites and removals (which shift later members of a probe run
        // back) checked step by step against QHash, with enough keys to grow the table often.
        IdTable table;
        QHash<QString, int> reference;
        quint32 seed = 7;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        for (int step = 0; step < 20000; ++step) {
            const QString key = u"s"_s + QString::number(next() % 3000);
            switch (next() % 3) {
            case 0:
                QCOMPARE(table.insert(key, step), !reference.contains(key));
                reference.insert(key, reference.value(key, step));
                break;
            case 1:
                table.set(key, step);
                reference.insert(key, step);
                break;
            default:
                QCOMPARE(table.remove(key), reference.remove(key));
                break;
            }
            if (step % 997 == 0) {
                QCOMPARE(table.size(), size_t(reference.size()));
                for (auto it = reference.cbegin(); it != reference.cend(); ++it)
                    QCOMPARE(table.value(it.key()), it.value());
            }
        }
        QCOMPARE(table.size(), size_t(reference.size()));
        for (int i = 0; i < 3000; ++i) {
            const QString key = u"s"_s + QString::number(i);
            QCOMPARE(table.value(key), reference.value(key, -1));
        }
        table.clear();
        QVERIFY(table.isEmpty());
        QCOMPARE(table.value(u"s1"_s), -1);
        QVERIFY(table.insert(u"s1"_s, 4));
        QCOMPARE(table.value(u"s1"_s), 4);
    }

    void idIndexPositions()
    {
        const Project p = sample();
        const IdIndex index(p);
        QCOMPARE(index.stage(u"serve"_s), 2);
        QCOMPARE(index.component(u"net"_s), 2);
        QCOMPARE(index.zone(u"rack"_s), 1);
        QCOMPARE(index.flow(u"train-to-serve"_s), 1);
        QCOMPARE(index.stage(u"gpus"_s), -1); // a component is not a stage
        QVERIFY(index.contains(u"site"_s));
        QVERIFY(index.contains(u"prep-to-train"_s));
        QVERIFY(!index.contains(u"nothing"_s));
    }

    void uniqueIds()
    {
        Project p = sample();
        QCOMPARE(IdIndex(p).uniqueId(u"training"_s), u"training"_s);
        QCOMPARE(IdIndex(p).uniqueId(u"train"_s), u"train-2"_s);
        p.stages.push_back(stage("train-2", "training", {}));
        QCOMPARE(IdIndex(p).uniqueId(u"train"_s), u"train-3"_s);
        QCOMPARE(IdIndex(p).uniqueId(QString()), u"item"_s);

        // Taken ids are never handed out twice, and each candidate is probed once.
        IdIndex index(p);
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(index.takeUniqueId(u"prep"_s));
        QCOMPARE(seen.size(), 1000);
        QVERIFY(seen.contains(u"prep-2"_s));
        QVERIFY(seen.contains(u"prep-1001"_s));
        QVERIFY(!seen.contains(u"prep"_s));
    }

    void copyTakesWhatHangsBetween()
    {
        const Project p = sample();
        const Project part = copyOf(p, {u"prep"_s, u"train"_s, u"gpus"_s});
        QCOMPARE(int(part.stages.size()), 2);
        QCOMPARE(int(part.components.size()), 1);
        QCOMPARE(int(part.flows.size()), 1); // prep → train; train → serve leads outside
        QCOMPARE(part.flows[0].id, u"prep-to-train"_s);
        QVERIFY2(!part.flows[0].params.contains(u"store"_s), "the NAS was not copied");
        QCOMPARE(int(part.bindings.size()), 1); // train → gpus; the NAS bindings stay behind
        QCOMPARE(part.bindings[0].component, u"gpus"_s);
        QVERIFY(part.links.empty());                  // the fabric was not copied
        QCOMPARE(part.components[0].zone, QString()); // its rack was not copied
        QCOMPARE(QStringList(part.layout.keys()), (QStringList{u"gpus"_s, u"prep"_s, u"train"_s}));

        const Project withRack = copyOf(p, {u"gpus"_s, u"rack"_s, u"nas"_s, u"net"_s});
        QCOMPARE(withRack.components[0].zone, u"rack"_s);
        QCOMPARE(withRack.zones[0].parent, QString()); // the site stays behind
        QCOMPARE(int(withRack.links.size()), 2);
    }

    void pasteRenumbersAndFollowsReferences()
    {
        const Project p = sample();
        const Project part =
            copyOf(p, {u"site"_s, u"rack"_s, u"gpus"_s, u"nas"_s, u"net"_s, u"prep"_s, u"train"_s});
        const ItemBatch batch = pasteBatch(p, IdIndex(p), part, 40);
        QCOMPARE(int(batch.stages.size()), 2);
        QCOMPARE(batch.stages[0].first, 3); // appended after the three stages
        QCOMPARE(batch.stages[0].second.id, u"prep-2"_s);
        QCOMPARE(batch.zones[1].second.id, u"rack-2"_s);
        QCOMPARE(batch.zones[1].second.parent, u"site-2"_s);
        QCOMPARE(batch.components[0].second.zone, u"rack-2"_s);
        const Flow &f = batch.flows[0].second;
        QCOMPARE(f.id, u"prep-to-train-2"_s);
        QCOMPARE(f.from, u"prep-2"_s);
        QCOMPARE(f.to, u"train-2"_s);
        QCOMPARE(f.params.value(u"store"_s).text, u"nas-2"_s);
        QCOMPARE(batch.bindings[0].second.stage, u"train-2"_s);
        QCOMPARE(batch.bindings[0].second.component, u"gpus-2"_s);
        QCOMPARE(batch.links[0].second.component, u"gpus-2"_s);
        QCOMPARE(batch.links[0].second.fabric, u"net-2"_s);
        QCOMPARE(batch.layout.value(u"prep-2"_s).x, 140.0);
        QCOMPARE(batch.layout.value(u"prep-2"_s).y, 240.0);

        // A second paste into the document that holds the first gets the next numbers.
        ProjectDocument document;
        document.reset(p);
        document.insertBatch(batch);
        const ItemBatch again = pasteBatch(document.project(), document.index(), part, 80);
        QCOMPARE(again.stages[0].second.id, u"prep-3"_s);
        QCOMPARE(again.flows[0].second.to, u"train-3"_s);
    }

    void notesTravelWithWhatTheyAreOn()
    {
        // Cut and Paste moves a stage: its decisions go with it, renumbered, on the new ids;
        // a note on something left behind, or on the project, stays.
        Project p = sample();
        p.notes = {{u"n1"_s, u"train"_s, u"Fine-tune only"_s, u"Ana"_s, {}},
                   {u"n2"_s, u"prep-to-train"_s, u"Keep 3 versions"_s, {}, {}},
                   {u"n3"_s, u"nas"_s, u"NFS for now"_s, {}, {}},
                   {u"n4"_s, {}, u"One site"_s, {}, {}}};
        const Project part = copyOf(p, {u"prep"_s, u"train"_s});
        QCOMPARE(int(part.notes.size()), 2);
        QCOMPARE(part.notes[0].id, u"n1"_s);
        QCOMPARE(part.notes[1].target, u"prep-to-train"_s);
        const ItemBatch batch = pasteBatch(p, IdIndex(p), part, 40);
        QCOMPARE(int(batch.notes.size()), 2);
        QCOMPARE(batch.notes[0].first, 4); // after the four notes
        QCOMPARE(batch.notes[0].second.id, u"n1-2"_s);
        QCOMPARE(batch.notes[0].second.target, u"train-2"_s);
        QCOMPARE(batch.notes[0].second.text, u"Fine-tune only"_s);
        QCOMPARE(batch.notes[1].second.target, u"prep-to-train-2"_s);
        QVERIFY(!batch.layout.contains(u"n1-2"_s));
    }

    void pasteOfAThousandCopies()
    {
        // A thousand stages copied from the project they are pasted into, with the flows
        // between neighbours: every copy gets an id of its own and the flows follow.
        Project p = sample();
        QStringList chosen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray id = "s" + QByteArray::number(i);
            p.stages.push_back(stage(id.constData(), "processing", {}));
            chosen << QString::fromLatin1(id);
            if (i > 0) {
                const QByteArray from = "s" + QByteArray::number(i - 1);
                p.flows.push_back(
                    flow(("f" + id).constData(), from.constData(), id.constData(), {}));
            }
        }
        const Project part = copyOf(p, chosen);
        QCOMPARE(int(part.flows.size()), 999);
        const IdIndex target(p);
        const ItemBatch batch = pasteBatch(p, target, part, 0);
        QSet<QString> ids;
        for (const auto &[at, s] : batch.stages) {
            QVERIFY2(!target.contains(s.id), qPrintable(s.id));
            ids.insert(s.id);
        }
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(batch.stages[7].second.id, u"s7-2"_s);
        QCOMPARE(batch.flows[6].second.from, u"s6-2"_s);
        QCOMPARE(batch.flows[6].second.to, u"s7-2"_s);
    }

    void connectionRules_data()
    {
        QTest::addColumn<int>("connection");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("toKind");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("refusal");
        using R = ConnectionRefusal;
        const int flow = int(Connection::Flow), binding = int(Connection::Binding),
                  link = int(Connection::Link);
        QTest::newRow("flow stage to stage")
            << flow << u"prep"_s << u"serving"_s << u"serve"_s << int(R::None);
        QTest::newRow("flow onto itself")
            << flow << u"prep"_s << u"processing"_s << u"prep"_s << int(R::SameItem);
        QTest::newRow("flow onto a component")
            << flow << u"prep"_s << u"gpu-cluster"_s << u"gpus"_s << int(R::FlowNeedsStage);
        QTest::newRow("binding onto a stage")
            << binding << u"prep"_s << u"serving"_s << u"serve"_s << int(R::BindingNeedsComponent);
        QTest::newRow("binding onto a fabric")
            << binding << u"prep"_s << u"fabric"_s << u"net"_s << int(R::BindingToFabric);
        QTest::newRow("storage bound once: the second role is allowed")
            << binding << u"prep"_s << u"file-storage"_s << u"nas"_s << int(R::None);
        QTest::newRow("a cluster bound again")
            << binding << u"train"_s << u"gpu-cluster"_s << u"gpus"_s << int(R::AlreadyBound);
        QTest::newRow("a new compute binding")
            << binding << u"serve"_s << u"gpu-cluster"_s << u"gpus"_s << int(R::None);
        QTest::newRow("link onto storage")
            << link << u"gpus"_s << u"file-storage"_s << u"nas"_s << int(R::LinkNeedsFabric);
        QTest::newRow("a link again")
            << link << u"gpus"_s << u"fabric"_s << u"net"_s << int(R::AlreadyLinked);
    }

    void connectionRules()
    {
        QFETCH(int, connection);
        QFETCH(QString, from);
        QFETCH(QString, toKind);
        QFETCH(QString, to);
        QFETCH(int, refusal);
        const Project p = sample();
        const bool stage = ParamSchema::stageKinds().contains(toKind);
        const ConnectionEnd fromEnd{connection == int(Connection::Link) ? ItemType::Component
                                                                        : ItemType::Stage,
                                    from, QString()};
        const ConnectionEnd toEnd{stage ? ItemType::Stage : ItemType::Component, to, toKind};
        QCOMPARE(int(connectionRule(p, Connection(connection), fromEnd, toEnd)), refusal);
    }

    void storageBoundAsReadsAndWrites()
    {
        Project p = sample();
        p.bindings.push_back(bind("prep", "nas", "reads")); // writes was there already
        QCOMPARE(connectionRule(p, Connection::Binding, {ItemType::Stage, u"prep"_s, {}},
                                {ItemType::Component, u"nas"_s, u"file-storage"_s}),
                 ConnectionRefusal::AlreadyReadsWrites);
    }

    void zoneAncestry()
    {
        Project p;
        p.zones = {zone("site", "site"), zone("rack", "rack", "site"), zone("sub", "rack", "rack"),
                   zone("other", "rack", "site")};
        const IdIndex index(p);
        QVERIFY(zoneWithin(p, index, u"sub"_s, u"site"_s));
        QVERIFY(zoneWithin(p, index, u"sub"_s, u"sub"_s)); // a zone is within itself
        QVERIFY(!zoneWithin(p, index, u"site"_s, u"sub"_s));
        QVERIFY(!zoneWithin(p, index, u"other"_s, u"rack"_s));
        QVERIFY(zonesInCycles(p, index).isEmpty());
    }

    void zoneCycles()
    {
        Project p;
        p.zones = {zone("a", "rack", "b"), zone("b", "rack", "a"), zone("c", "rack", "a"),
                   zone("self", "rack", "self")};
        const IdIndex index(p);
        QCOMPARE(zonesInCycles(p, index), (QStringList{u"a"_s, u"b"_s, u"self"_s}));
        // Ancestry stops on a cycle instead of looping.
        QVERIFY(!zoneWithin(p, index, u"c"_s, u"elsewhere"_s));

        Project chain;
        for (int i = 0; i < 10000; ++i)
            chain.zones.push_back(
                {u"z%1"_s.arg(i), {}, u"rack"_s, i == 0 ? QString() : u"z%1"_s.arg(i - 1)});
        QVERIFY(zonesInCycles(chain, IdIndex(chain)).isEmpty());
    }

    void stageTotals()
    {
        const StageResult training = withRequirements(
            {{"gpuHours", 120}, {"gpusNeeded", 8}, {"memoryPerGpuBytes", 40 * kGiB}});
        QCOMPARE(stageTotal(training, StageTotal::GpuHours), 120.0);
        QVERIFY(!gpuHoursArePerDay(training));
        QCOMPARE(stageTotal(training, StageTotal::Gpus), 8.0);
        QCOMPARE(stageTotal(training, StageTotal::MemoryBytes), 320 * kGiB);
        QVERIFY(std::isnan(stageTotal(training, StageTotal::ThroughputBytesPerSecond)));

        const StageResult validation = withRequirements({{"gpuHoursPerDay", 6}});
        QCOMPARE(stageTotal(validation, StageTotal::GpuHours), 6.0);
        QVERIFY(gpuHoursArePerDay(validation));

        const StageResult etl = withRequirements(
            {{"memoryBytes", 4 * kGiB}, {"readBytesPerSecond", 2e9}, {"writeBytesPerSecond", 1e9}});
        QCOMPARE(stageTotal(etl, StageTotal::MemoryBytes), 4 * kGiB);
        QCOMPARE(stageTotal(etl, StageTotal::ThroughputBytesPerSecond), 3e9);
        const StageResult ingest = withRequirements({{"writeBytesPerSecond", 5e8}});
        QCOMPARE(stageTotal(ingest, StageTotal::ThroughputBytesPerSecond), 5e8);
    }
};

QTEST_GUILESS_MAIN(TestModelRules)
#include "tst_modelrules.moc"
