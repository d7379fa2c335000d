// The requirements engine's incremental updates (RequirementsEngine::stageChanged,
// componentChanged, flowChanged in engine.h): after one parameter change, the updated
// result equals a full recompute, fact by fact.

#include "engine/engine.h"
#include "engine/result.h"
#include "enginebuilders.h"
#include "model/idindex.h"
#include "model/paramschema.h"
#include "model/project.h"
#include "projectgenerator.h"

#include <QObject>
#include <QStringList>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using namespace tarmac::testing;

class TestEngineIncremental : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void incremental_data();
    void incremental();
    void chainOfEditsKeepsFindingsInStep();
    void twoThreadsGiveTheSameResult();
    void referencesWithTheirOwnCharactersGiveTheSameResult();
};

void TestEngineIncremental::initTestCase()
{
    // Everything below needs the compiled-in catalog (resources/catalog/*.json).
    QVERIFY2(Catalog::builtin().accelerator(u"nvidia-h100-sxm"_s),
             "the built-in catalog did not load: are the core's resources linked into the test?");
    QVERIFY(Catalog::builtin().accelerator(u"nvidia-a100-80gb"_s));
    QVERIFY(Catalog::builtin().profile(u"unet3d"_s));
}

// ---- incremental update = full recompute ---------------------------------------------------

namespace {

/// Everything the engine computed, one fact per line, for comparing two results.
QStringList summary(const Project &p, const EngineResult &r)
{
    QStringList lines;
    auto n = [](double v) { return QString::number(v, 'g', 15); };
    for (size_t s = 0; s < r.stages.size(); ++s) {
        const QString id = p.stages[s].id;
        for (const Requirement &q : r.stages[s].requirements)
            lines << u"stage %1 %2 = %3"_s.arg(id, QString::fromLatin1(q.key), n(q.value));
        for (const Charge &c : r.stages[s].charges)
            lines << u"stage %1 charges %2 %3 %4 +%5/month"_s.arg(
                id, p.components[size_t(c.component)].id,
                QString::fromLatin1(resourceKey(c.resource)), n(c.amount), n(c.perMonth));
    }
    for (size_t f = 0; f < r.flows.size(); ++f) {
        const FlowResult &fr = r.flows[f];
        lines << u"flow %1 logical %2 rate %3 store %4"_s
                     .arg(p.flows[f].id, n(fr.logicalBytes), n(fr.bytesPerSecond))
                     .arg(fr.store);
        for (const Charge &c : fr.charges)
            lines << u"flow %1 charges %2 %3 %4 +%5/month"_s.arg(
                p.flows[f].id, p.components[size_t(c.component)].id,
                QString::fromLatin1(resourceKey(c.resource)), n(c.amount), n(c.perMonth));
    }
    for (size_t c = 0; c < r.components.size(); ++c) {
        const ComponentResult &cr = r.components[c];
        const QString id = p.components[c].id;
        for (int i = 0; i < kResourceCount; ++i) {
            lines << u"component %1 %2 capacity %3 demand %4"_s.arg(
                id, QString::fromLatin1(resourceKey(Resource(i))), n(cr.capacity[size_t(i)]),
                n(cr.demand[size_t(i)]));
        }
        lines << u"component %1 growth %2 physical %3 full in %4"_s
                     .arg(id, n(cr.growthPerMonth), n(cr.physicalCapacityBytes))
                     .arg(cr.monthsUntilFull);
        for (size_t m = 0; m < cr.monthlyBytes.size(); ++m)
            lines << u"component %1 month %2 %3"_s.arg(id).arg(m).arg(n(cr.monthlyBytes[m]));
    }
    const Project none; // names as ids: the comparison is of data, not of wording
    const FindingFormatter words(none, UnitSystem::SI);
    for (const Finding &f : r.findings) {
        lines << u"finding [%1] %2 stage=%3 component=%4 flow=%5 months=%6: %7 | %8"_s
                     .arg(severityName(f.severity), f.code, f.stage, f.component, f.flow)
                     .arg(f.monthsUntilFull)
                     .arg(words.message(f), words.hint(f));
    }
    return lines;
}

/// Five stages on GPUs, CPUs, a NAS and a key-value store, all on one fabric, three flows.
Project pipeline()
{
    Project p;
    p.name = u"pipeline"_s;
    p.components.push_back(gpuCluster("gpus", "nvidia-a100-80gb", 2, 8, 25e9));
    p.components.push_back(cpuCluster("cpu", 4, 64, 512 * kGiB));
    Component nas = storage("nas", "file-storage", 2e15, "raid6", kNaN, 20e9, 10e9);
    nas.params.insert(u"latency"_s, number(0.0005));
    p.components.push_back(nas);
    p.components.push_back(kvStore("redis", 256 * kGiB, 1e6, 0.0002));
    p.components.push_back(fabric("net", 12.5e9, 4, 9000, false, 0.00001));

    p.stages.push_back(
        stage("ingest", "ingestion",
              params({{"dailyBytes", number(2e12)}, {"retentionDays", number(30 * kDay)}})));
    p.stages.push_back(stage("prep", "processing", {}));
    p.stages.push_back(stage("features", "feature-engineering",
                             params({{"inputBytes", number(1e12)},
                                     {"entities", number(1e7)},
                                     {"featuresPerEntity", number(50)},
                                     {"lookupsPerSecond", number(5e4)}})));
    p.stages.push_back(
        stage("train", "training",
              tokens(7e9, 1e12, {{"gpuCount", number(8)}, {"zeroStage", number(1)}})));
    p.stages.push_back(stage("serve", "serving",
                             params({{"modelParams", number(7e9)},
                                     {"layers", number(32)},
                                     {"kvHeads", number(32)},
                                     {"headDim", number(128)},
                                     {"requestsPerSecond", number(5)}})));

    p.bindings = {bind("ingest", "nas", "writes"),    bind("prep", "cpu", "compute"),
                  bind("prep", "nas", "reads"),       bind("prep", "nas", "writes"),
                  bind("features", "cpu", "compute"), bind("features", "redis", "online-store"),
                  bind("features", "nas", "reads"),   bind("train", "gpus", "compute"),
                  bind("train", "nas", "reads"),      bind("train", "nas", "writes"),
                  bind("serve", "gpus", "compute")};
    p.links = {linkTo("gpus", "net"), linkTo("cpu", "net"), linkTo("nas", "net"),
               linkTo("redis", "net")};

    p.flows.push_back(flow("raw", "ingest", "prep",
                           params({{"sizeBytes", number(2e12)},
                                   {"growthBytesPerMonth", number(5e11)},
                                   {"versionsRetained", number(3)},
                                   {"changeFraction", number(0.2)}})));
    p.flows.push_back(flow("clean", "prep", "train", params({{"sizeBytes", number(1e12)}})));
    p.flows.push_back(flow("feat", "prep", "features", params({{"sizeBytes", number(2e11)}})));
    return p;
}

} // namespace

void TestEngineIncremental::incremental_data()
{
    QTest::addColumn<QString>("item"); // stage, component or flow
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("param");
    QTest::addColumn<ParamValue>("value");

    const QString stageItem = u"stage"_s, componentItem = u"component"_s, flowItem = u"flow"_s;
    auto row = [&](const char *name, const QString &item, const char *id, const char *param,
                   const ParamValue &value) {
        QTest::newRow(name) << item << QString::fromLatin1(id) << QString::fromLatin1(param)
                            << value;
    };
    // The brief: RequirementsEngine::stageChanged must equal a full recompute (engine.h).
    row("stage train gpuCount 8 -> 64: gpu-count appears (engine.h stageChanged)", stageItem,
        "train", "gpuCount", number(64));
    row("stage train gpuCount 8 -> 16: all-reduce crosses hosts (engine.h stageChanged)", stageItem,
        "train", "gpuCount", number(16));
    row("stage train zeroStage 1 -> 0: gpu-memory appears (engine.h stageChanged)", stageItem,
        "train", "zeroStage", number(0));
    row("stage train precision fp8 on A100: charges disappear (engine.h stageChanged)", stageItem,
        "train", "precision", word("fp8"));
    row("stage train mode samples: different requirements (engine.h stageChanged)", stageItem,
        "train", "mode", word("samples"));
    row("stage ingest dailyBytes x100: storage fills (engine.h stageChanged)", stageItem, "ingest",
        "dailyBytes", number(200e12));
    row("stage prep inputBytes set: reads charged by the stage (engine.h stageChanged)", stageItem,
        "prep", "inputBytes", number(50e12));
    row("stage features lookups x100: kv-ops (engine.h stageChanged)", stageItem, "features",
        "lookupsPerSecond", number(5e6));
    row("stage serve 500 req/s: more GPUs (engine.h stageChanged)", stageItem, "serve",
        "requestsPerSecond", number(500));
    row("component nas rawCapacity 2 PB -> 100 TB (engine.h componentChanged)", componentItem,
        "nas", "rawCapacity", number(100e12));
    row("component gpus hosts 2 -> 1 (engine.h componentChanged)", componentItem, "gpus", "hosts",
        number(1));
    row("component gpus gpu -> H100 (engine.h componentChanged)", componentItem, "gpus", "gpu",
        word("nvidia-h100-sxm"));
    row("component net latency 20 ms: lookup latency (engine.h componentChanged)", componentItem,
        "net", "latency", number(0.020));
    row("component redis latency 20 ms (engine.h componentChanged)", componentItem, "redis",
        "latency", number(0.020));
    row("flow raw sizeBytes 2 TB -> 20 TB: derived ETL input (engine.h flowChanged)", flowItem,
        "raw", "sizeBytes", number(20e12));
    // (raw's producer is ingestion writing to the same store: its capacity is the stage's.)
    row("flow clean growth 5 TB/month (engine.h flowChanged)", flowItem, "clean",
        "growthBytesPerMonth", number(5e12));
    row("flow clean store -> redis: invalid, charges removed (engine.h flowChanged)", flowItem,
        "clean", "store", word("redis"));
}

void TestEngineIncremental::incremental()
{
    QFETCH(QString, item);
    QFETCH(QString, id);
    QFETCH(QString, param);
    QFETCH(ParamValue, value);

    Project p = pipeline();
    RequirementsEngine engine;
    const QStringList before = summary(p, engine.compute(p));

    if (item == u"stage")
        p.stage(id)->params.insert(param, value);
    else if (item == u"component")
        p.component(id)->params.insert(param, value);
    else
        p.flow(id)->params.insert(param, value);

    const EngineResult updated = item == u"stage"       ? engine.stageChanged(p, id)
                                 : item == u"component" ? engine.componentChanged(p, id)
                                                        : engine.flowChanged(p, id);
    const EngineResult full = computeRequirements(p);
    const QStringList got = summary(p, updated);
    const QStringList want = summary(p, full);
    QVERIFY2(want != before, "the change should change the result; pick another row");
    for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
        QCOMPARE(got[i], want[i]);
    QCOMPARE(got.size(), want.size());

    // The same facts, not only the same text.
    QCOMPARE(updated.findings.size(), full.findings.size());
    for (size_t i = 0; i < full.findings.size(); ++i)
        QVERIFY2(updated.findings[i] == full.findings[i], describe(updated.findings).constData());
    for (size_t s = 0; s < full.stages.size(); ++s) {
        const auto &a = updated.stages[s].requirements;
        const auto &b = full.stages[s].requirements;
        QCOMPARE(a.size(), b.size());
        for (size_t k = 0; k < b.size(); ++k) {
            QCOMPARE(QByteArray(a[k].key), QByteArray(b[k].key));
            QVERIFY2(a[k].value == b[k].value || (std::isnan(a[k].value) && std::isnan(b[k].value)),
                     closeMessage(b[k].key, a[k].value, b[k].value, 0).constData());
        }
    }
    for (size_t c = 0; c < full.components.size(); ++c) {
        for (int r = 0; r < kResourceCount; ++r) {
            // Demand is a sum whose order may differ after an update: 1e-12.
            const double a = updated.components[c].demand[size_t(r)];
            const double b = full.components[c].demand[size_t(r)];
            QVERIFY2(relClose(a, b, 1e-12),
                     closeMessage(resourceKey(Resource(r)), a, b, 1e-12).constData());
        }
        QCOMPARE(updated.components[c].monthsUntilFull, full.components[c].monthsUntilFull);
    }
}

namespace {

/// Requirements, charges and findings of two results, compared exactly (bit for bit).
void compareExactly(const Project &p, const EngineResult &got, const EngineResult &want)
{
    const QStringList a = summary(p, got);
    const QStringList b = summary(p, want);
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        QCOMPARE(a[i], b[i]);
    QCOMPARE(a.size(), b.size());
    QCOMPARE(got.findings.size(), want.findings.size());
    // Messages are made only for a failure: thousands of findings and demands are compared.
    for (size_t i = 0; i < want.findings.size(); ++i) {
        if (!(got.findings[i] == want.findings[i]))
            QFAIL(describe({got.findings[i], want.findings[i]}).constData());
    }
    for (size_t c = 0; c < want.components.size(); ++c) {
        for (int r = 0; r < kResourceCount; ++r) {
            const double x = got.components[c].demand[size_t(r)];
            const double y = want.components[c].demand[size_t(r)];
            if (!(x == y || (std::isnan(x) && std::isnan(y))))
                QFAIL(closeMessage(resourceKey(Resource(r)), x, y, 0).constData());
        }
    }
}

} // namespace

void TestEngineIncremental::twoThreadsGiveTheSameResult()
{
    // 3,000 stages and 6,000 flows: large enough that a full recompute takes a second thread.
    const Project p = generateProject(11, 3000, 900, 6000);
    RequirementsEngine two;
    RequirementsEngine one;
    one.setSingleThreaded(true);
    const EngineResult &a = two.compute(p);
    const EngineResult &b = one.compute(p);
    QVERIFY(b.findings.size() > 100); // a project with something to say
    compareExactly(p, a, b);
    // And again on the memory the first recompute left: refilled in place, still the same.
    compareExactly(p, two.compute(p), one.compute(p));
}

void TestEngineIncremental::referencesWithTheirOwnCharactersGiveTheSameResult()
{
    // Readers and the document make references share their ids' characters, and the engine
    // finds them by that identity; a project whose references hold their own copies (built by
    // hand, or by a caller that never interned) must give the same result through content.
    // 1,500 stages and 3,000 flows: computed on two threads, which then look up by content
    // the stores named below (a table made under a lock by whichever thread asks first).
    Project shared = generateProject(5, 1500, 450, 3000);
    const auto storage =
        std::find_if(shared.components.begin(), shared.components.end(),
                     [](const Component &c) { return ParamSchema::isStorageKind(c.kind); });
    QVERIFY(storage != shared.components.end());
    for (size_t f = 0; f < shared.flows.size(); f += 10)
        shared.flows[f].params.insert(u"store"_s, ParamValue::fromText(storage->id));
    QVERIFY(shared.bindings.front().stage.isSharedWith(shared.stages.front().id));
    Project own = shared;
    auto copy = [](QString &s) { s = QString(s.constData(), s.size()); };
    for (Binding &b : own.bindings) {
        copy(b.stage);
        copy(b.component);
        copy(b.role);
    }
    for (Flow &f : own.flows) {
        copy(f.from);
        copy(f.to);
        if (f.params.contains(u"store"))
            f.params.insert(u"store"_s, ParamValue::fromText(
                                            QString(storage->id.constData(), storage->id.size())));
    }
    for (Link &l : own.links) {
        copy(l.component);
        copy(l.fabric);
    }
    QVERIFY(!own.bindings.front().stage.isSharedWith(own.stages.front().id));
    const EngineResult want = computeRequirements(shared);
    compareExactly(own, computeRequirements(own), want);
    // Only the stores their own: the content table is made inside the two threads' work.
    Project ownStores = shared;
    for (Flow &f : ownStores.flows) {
        if (f.params.contains(u"store"))
            f.params.insert(u"store"_s, ParamValue::fromText(
                                            QString(storage->id.constData(), storage->id.size())));
    }
    compareExactly(ownStores, computeRequirements(ownStores), want);

    // internReferences makes them shared again, and changes nothing else.
    Project interned = own;
    internReferences(interned, IdIndex(interned));
    QCOMPARE(interned, own);
    QVERIFY(interned.bindings.front().stage.isSharedWith(interned.stages.front().id));
    QVERIFY(interned.flows.front().to.isSharedWith(
        interned.stages[size_t(IdIndex(interned).stage(interned.flows.front().to))].id));
}

QTEST_GUILESS_MAIN(TestEngineIncremental)
void TestEngineIncremental::chainOfEditsKeepsFindingsInStep()
{
    // Enough stages that an edit touches a small part of the project: the engine then moves
    // the untouched findings over and copies only the changed ones. After every one of 300
    // edits the list must equal a full recompute's, in order.
    Project p = pipeline();
    for (int i = 0; i < 40; ++i) {
        const QString id = u"t%1"_s.arg(i);
        p.stages.push_back(stage(id.toLatin1().constData(), "training",
                                 tokens(7e9, 1e12, {{"gpuCount", number(8)}})));
        p.bindings.push_back(bind(id.toLatin1().constData(), "gpus", "compute"));
        p.bindings.push_back(bind(id.toLatin1().constData(), "nas", "reads"));
    }
    RequirementsEngine engine;
    engine.compute(p);
    quint32 seed = 11;
    auto next = [&seed](quint32 n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    for (int step = 0; step < 300; ++step) {
        const quint32 what = next(10);
        EngineResult updated;
        if (what < 7) {
            // 700 B parameters do not fit on the GPUs, 7 B do: errors come and go.
            Stage &s = p.stages[5 + next(40)];
            s.params.insert(u"modelParams"_s, number(next(2) ? 700e9 : 7e9));
            updated = engine.stageChanged(p, s.id);
        } else if (what < 9) {
            Flow &f = p.flows[next(quint32(p.flows.size()))];
            f.params.insert(u"sizeBytes"_s, number(next(2) ? 1e16 : 1e12));
            updated = engine.flowChanged(p, f.id);
        } else {
            Component &c = *p.component(u"gpus"_s);
            c.params.insert(u"hosts"_s, number(1 + next(4)));
            updated = engine.componentChanged(p, c.id);
        }
        const EngineResult full = computeRequirements(p);
        QCOMPARE(updated.findings.size(), full.findings.size());
        for (size_t i = 0; i < full.findings.size(); ++i)
            QVERIFY2(updated.findings[i] == full.findings[i],
                     qPrintable(u"step %1, finding %2"_s.arg(step).arg(i)));
    }
}

#include "tst_engine_incremental.moc"
