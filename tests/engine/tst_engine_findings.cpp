// The requirements engine's findings (shared/design/ENGINE.md "Findings"): each code at
// its severity, on the right stage and component, with a message and a hint, errors
// first; and a clean project with none.

#include "engine/engine.h"
#include "engine/findingformat.h"
#include "engine/result.h"
#include "enginebuilders.h"
#include "model/project.h"

#include <QHash>
#include <QObject>
#include <QTest>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using namespace tarmac::testing;

class TestEngineFindings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void findings_data();
    void findings();
    void cleanProjectHasNoFindings();
    void defaultGpuCountFillsTheCluster();
};

void TestEngineFindings::initTestCase()
{
    // Everything below needs the compiled-in catalog (resources/catalog/*.json).
    QVERIFY2(Catalog::builtin().accelerator(u"nvidia-h100-sxm"_s),
             "the built-in catalog did not load: are the core's resources linked into the test?");
    QVERIFY(Catalog::builtin().accelerator(u"nvidia-a100-80gb"_s));
    QVERIFY(Catalog::builtin().profile(u"unet3d"_s));
}

// ---- findings ------------------------------------------------------------------------------

namespace {

Project trainingOn(const char *gpu, double hosts, Params sp, double nicPerHost = kNaN)
{
    Project p;
    p.components.push_back(gpuCluster("gpus", gpu, hosts, 8, nicPerHost));
    p.stages.push_back(stage("s", "training", std::move(sp)));
    p.bindings.push_back(bind("s", "gpus", "compute"));
    return p;
}

/// Processing 100 TB a day: 1,157,407,407 B/s → ⌈23.15⌉ = 24 cores, 96 GiB.
Project etlOn(Component cpu)
{
    Project p;
    p.components.push_back(std::move(cpu));
    p.stages.push_back(stage("s", "processing", params({{"inputBytes", number(100e12)}})));
    p.bindings.push_back(bind("s", "cpu", "compute"));
    return p;
}

Project featureStore(double entities, double features, double lookups, Component kv)
{
    Project p;
    p.components.push_back(std::move(kv));
    p.stages.push_back(stage("s", "feature-engineering",
                             params({{"entities", number(entities)},
                                     {"featuresPerEntity", number(features)},
                                     {"lookupsPerSecond", number(lookups)}})));
    p.bindings.push_back(bind("s", "redis", "online-store"));
    return p;
}

Project ingestInto(double daily, Component store)
{
    Project p;
    p.components.push_back(std::move(store));
    p.stages.push_back(stage("s", "ingestion", params({{"dailyBytes", number(daily)}})));
    p.bindings.push_back(bind("s", "nas", "writes"));
    return p;
}

/// What each row's finding says, word for word in SI units with names as ids: the numbers of
/// the message are the ones the row's title derives, and the hint is the fix for that code.
const QHash<QString, std::pair<QString, QString>> &expectedWords()
{
    static const QHash<QString, std::pair<QString, QString>> table = {
        {u"gpu-count error: 16 of 8 GPUs (ENGINE.md Findings, > 100 %)"_s,
         {u"gpus is asked for 16 GPUs but gives 8 GPUs (200 %)."_s,
          u"Add GPU hosts, set a later deadline, or move a stage to another cluster."_s}},
        {u"gpu-count warning: 7 of 8 GPUs (ENGINE.md Findings, > 80 %)"_s,
         {u"gpus is asked for 7 GPUs but gives 8 GPUs (87.5 %)."_s,
          u"Add GPU hosts, set a later deadline, or move a stage to another cluster."_s}},
        {u"gpu-memory error: 70B, ZeRO-0, 1.12 TB per A100 (Rajbhandari et al. 2019 Fig. 1)"_s,
         {u"s needs 1.02 TiB per GPU, but a A100 SXM4 80 GB has 80.0 GiB (1300 %)."_s,
          u"Raise the ZeRO stage, add model parallelism, or choose a GPU with more memory."_s}},
        {u"gpu-memory warning: 4.5B, ZeRO-0, 72 GB of 80 GiB (ENGINE.md Findings, > 80 %)"_s,
         {u"s needs 67.1 GiB per GPU, but a A100 SXM4 80 GB has 80.0 GiB (83.8 %)."_s,
          u"Raise the ZeRO stage, add model parallelism, or choose a GPU with more memory."_s}},
        {u"cpu-cores error: 24 cores on 16 usable (ENGINE.md processing, haHosts N+1)"_s,
         {u"cpu is asked for 24 cores but gives 16 cores (150 %)."_s,
          u"Add hosts or cores, widen the processing window, or raise throughput per core."_s}},
        {u"memory error: 96 GiB on 64 GiB usable (ENGINE.md processing memoryPerCore)"_s,
         {u"cpu is asked for 96.0 GiB but gives 64.0 GiB (150 %)."_s,
          u"Add memory or hosts, or reduce what is held in memory."_s}},
        {u"storage-capacity warning: full in month 16 (ENGINE.md flows growth)"_s,
         {u"nas holds 20.0 TB today of 50.0 TB usable and runs out in month 16 of 24."_s,
          u"Add capacity, keep fewer versions, use copy-on-write versioning, or a leaner protection scheme."_s}},
        {u"storage-capacity error: 1 TB/day x 30 days on 9 TB usable, full at month 0 (ENGINE.md ingestion)"_s,
         {u"nas is asked for 30.0 TB but gives 9.00 TB (333 %)."_s,
          u"Add capacity, keep fewer versions, use copy-on-write versioning, or a leaner protection scheme."_s}},
        {u"storage-read error: 8 A100 unet3d need 11.6 GB/s of 1 GB/s (MLPerf Storage MS-1)"_s,
         {u"nas is asked for 11.6 GB/s but gives 1.00 GB/s (1160 %)."_s,
          u"Add drives or nodes, use faster media, or cache the hot data closer to compute."_s}},
        {u"storage-write error: 3 GB/s peak ingest on 1 GB/s (ENGINE.md ingestion peakFactor)"_s,
         {u"nas is asked for 3.00 GB/s but gives 1.00 GB/s (300 %)."_s,
          u"Add drives or nodes, use faster media, or stagger the writers."_s}},
        {u"kv-memory error: 160 GB online store on 64 GiB (ENGINE.md feature-engineering)"_s,
         {u"redis is asked for 149 GiB but gives 64.0 GiB (233 %)."_s,
          u"Add memory or hosts, or reduce what is held in memory."_s}},
        {u"kv-ops error: 1M lookups/s on 100k ops/s (ENGINE.md feature-engineering)"_s,
         {u"redis is asked for 1.00M /s but gives 100k /s (1000 %)."_s,
          u"Add shards or replicas to the key-value store."_s}},
        {u"latency error: 20 ms store, 10 ms budget (ENGINE.md feature-engineering latencyBudget)"_s,
         {u"A lookup in redis takes 20.0 ms, over the budget of 10.0 ms of s."_s,
          u"Use a faster in-memory store, place it on a lower-latency fabric, or relax the budget."_s}},
        {u"latency error: 0.3 ms store + 15 ms fabric over 10 ms (ENGINE.md: component + network latency)"_s,
         {u"A lookup in redis takes 15.3 ms, over the budget of 10.0 ms of s."_s,
          u"Use a faster in-memory store, place it on a lower-latency fabric, or relax the budget."_s}},
        {u"latency error: 500 ms per request, 100 ms budget (ENGINE.md serving model mode)"_s,
         {u"s takes 500 ms per request, over its latency budget of 100 ms."_s,
          u"Use a faster model or accelerator, or relax the budget."_s}},
        {u"network error: 1.16 GB/s over 1 Gb/s (ENGINE.md fabric TCP goodput)"_s,
         {u"net is asked for 9.26 Gb/s but gives 949 Mb/s (975 %)."_s,
          u"Add ports or faster links, enable RDMA or jumbo frames, or spread the traffic."_s}},
        {u"nic error on the stage: 2.38 GB/s all-reduce per host on 10 Gb/s (nccl-tests PERFORMANCE.md)"_s,
         {u"Gradient all-reduce of s needs 19.0 Gb/s per host, but each host has a 10.0 Gb/s NIC."_s,
          u"Add NIC bandwidth per host (more or faster ports, RDMA) or raise the global batch."_s}},
        {u"nic error on the cluster: 4.76 GB/s of 2.5 GB/s (ENGINE.md Findings)"_s,
         {u"gpus is asked for 38.1 Gb/s but gives 20.0 Gb/s (190 %)."_s,
          u"Add ports or faster links, enable RDMA or jumbo frames, or spread the traffic."_s}},
        {u"unbound warning: training without a compute binding (ENGINE.md Bindings)"_s,
         {u"s has no compute binding, so GPU time is not checked against any component."_s,
          u"Bind the stage to a component in the compute role."_s}},
        {u"unbound warning: training bound to a CPU cluster only (ENGINE.md Bindings)"_s,
         {u"s is bound to a CPU cluster only; GPU time needs a GPU cluster."_s,
          u"Bind the stage to a GPU cluster in the compute role."_s}},
        {u"unbound warning: ingestion without a writes binding (ENGINE.md Bindings)"_s,
         {u"s has no writes binding, so where the data lands is not checked against any component."_s,
          u"Bind the stage to a component in the writes role."_s}},
        {u"unbound warning: a flow with no store (ENGINE.md Flows store)"_s,
         {u"Flow f (1.00 TB) has no store: neither a store parameter nor a writes binding of its producer."_s,
          u"Bind the producing stage to storage in the writes role, or set the flow's store."_s}},
        {u"invalid-binding error: compute bound to file storage (ENGINE.md Bindings)"_s,
         {u"s is bound to nas as compute, but a file-storage cannot serve that role."_s,
          u"Bind compute to a GPU or CPU cluster, reads/writes to storage, online-store to a key-value store."_s}},
        {u"invalid-binding error: a link to a component that is not a fabric (ENGINE.md Links)"_s,
         {u"cpu is linked to nas, which is not a network fabric."_s,
          u"Link components to fabric components only."_s}},
        {u"invalid-binding error: a flow stored on a GPU cluster (ENGINE.md Flows store)"_s,
         {u"Flow data is stored on gpus, which is not a storage component."_s,
          u"Choose a file, block, object or parallel file system as the store."_s}},
        {u"no-network-path info: no fabric between GPUs and storage (ENGINE.md Bindings and links)"_s,
         {u"No fabric links gpus and nas, so the 400 MB/s between them is not checked against a network."_s,
          u"Link both components to the fabric that carries this traffic."_s}},
        {u"missing-parameter error: training without modelParams (ENGINE.md training, required)"_s,
         {u"s needs Model parameters (modelParams) to compute its requirements."_s,
          u"Set Model parameters (modelParams) in the properties of this stage."_s}},
        {u"missing-parameter error: custom samples without sampleBytes (ENGINE.md samples mode)"_s,
         {u"s needs Sample size (sampleBytes) to compute its requirements."_s,
          u"Set Sample size (sampleBytes) in the properties of this stage."_s}},
        {u"missing-parameter warning: serving without an attention shape (ENGINE.md serving)"_s,
         {u"s has no attention shape (layers, kvHeads, headDim), so its KV cache counts as zero."_s,
          u"Set layers, kvHeads and headDim from the model card."_s}},
        {u"missing-parameter error: storage without rawCapacity (ENGINE.md components)"_s,
         {u"nas needs Raw capacity (rawCapacity) to state its capacity."_s,
          u"Set Raw capacity (rawCapacity) in the properties of this component."_s}},
        {u"unknown-parameter warning: a misspelt stage parameter (componentrules.cpp reportUnknownParams)"_s,
         {u"s has a parameter \"modelParam\" that Tarmac does not know; it is ignored."_s,
          u"Check the spelling; known parameters: mode, modelParams, trainingTokens, precision, mfu, workload, sampleBytes, samplesPerSecondPerGpu, gpuCount, deadlineHours, modelParallel, zeroStage, optimizerBytesPerParam, activationBytesPerGpu, checkpointBytesPerParam, checkpointWriteSeconds, tokenBytes, globalBatchTokens, datasetSamples, epochs."_s}},
        {u"unknown-parameter warning: a misspelt component parameter (componentrules.cpp reportUnknownParams)"_s,
         {u"gpus has a parameter \"gpuPerHost\" that Tarmac does not know; it is ignored."_s,
          u"Check the spelling; known parameters: hosts, gpu, gpusPerHost, cpuCoresPerHost, memoryPerHost, nicPerHost, haHosts."_s}},
        {u"no-profile warning: unet3d on MI300X (ENGINE.md MLPerf Storage profiles)"_s,
         {u"MLPerf Storage publishes no 3D U-Net (KiTS19) compute time for a Instinct MI300X 192 GB, so s's read rate is not estimated."_s,
          u"Use the custom workload with a measured samples per second per GPU."_s}},
        {u"unknown-catalog-id error: an accelerator not in the catalog (ENGINE.md catalog)"_s,
         {u"gpus names the accelerator \"nvidia-b200\", which is not in the catalog."_s,
          u"Pick an accelerator from the catalog."_s}},
        {u"unknown-catalog-id error: a protection scheme not in the catalog (ENGINE.md protection)"_s,
         {u"nas uses the protection scheme \"raid7\", which is not in the catalog."_s,
          u"Pick a scheme from the catalog or write ec-K-M for K+M erasure coding."_s}},
        {u"unsupported-precision error: fp8 training on A100 (ENGINE.md catalog, A100 has no FP8)"_s,
         {u"s computes in fp8, which a A100 SXM4 80 GB does not support."_s,
          u"Choose a precision the GPU supports or another GPU."_s}},
        {u"unsupported-precision error: bf16 validation on T4 (ENGINE.md catalog, T4 FP16 only)"_s,
         {u"s computes in bf16, which a T4 16 GB does not support."_s,
          u"Choose a precision the GPU supports or another GPU."_s}},
        {u"duration warning: 7B x 1T tokens on 4 A100 takes 974 d, horizon 24 months"_s,
         {u"s takes 974 d on 4 GPUs, longer than the horizon of 731 d (24 months)."_s,
          u"Give it more GPUs (a GPU count or a deadline), train on fewer tokens or samples, or choose a faster GPU."_s}},
    };
    return table;
}

} // namespace

void TestEngineFindings::findings_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("stage");     // "" any, "-" must be empty
    QTest::addColumn<QString>("component"); // likewise
    QTest::addColumn<int>("months");        // monthsUntilFull; -2: not checked

    const int error = int(Severity::Error), warning = int(Severity::Warning),
              info = int(Severity::Info);
    const QString any, none = u"-"_s, s = u"s"_s;

    // gpu-count: 16 GPUs asked of one 8-GPU host (200 %); 7 of 8 is 87.5 %.
    QTest::newRow("gpu-count error: 16 of 8 GPUs (ENGINE.md Findings, > 100 %)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(1e9, 1e9, {{"gpuCount", number(16)}}))
        << u"gpu-count"_s << error << none << u"gpus"_s << -2;
    QTest::newRow("gpu-count warning: 7 of 8 GPUs (ENGINE.md Findings, > 80 %)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(1e9, 1e9, {{"gpuCount", number(7)}}))
        << u"gpu-count"_s << warning << none << u"gpus"_s << -2;
    // duration: 6 × 7e9 × 1e12 FLOP / (312 TFLOP/s × 0.4) = 93,483 GPU-hours; on 4 GPUs
    // 23,371 h = 974 d, over 24 months × 730.5 h = 731 d.
    QTest::newRow("duration warning: 7B x 1T tokens on 4 A100 takes 974 d, horizon 24 months")
        << trainingOn("nvidia-a100-80gb", 1, tokens(7e9, 1e12, {{"gpuCount", number(4)}}))
        << u"duration"_s << warning << s << u"gpus"_s << -2;
    // gpu-memory: 70B under ZeRO-0 holds 16 × 70e9 = 1.12e12 B per GPU on an 80 GiB A100;
    // 4.5B holds 72e9 B = 83.8 % of 85,899,345,920.
    QTest::newRow(
        "gpu-memory error: 70B, ZeRO-0, 1.12 TB per A100 (Rajbhandari et al. 2019 Fig. 1)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(70e9, 1e9, {{"gpuCount", number(8)}}))
        << u"gpu-memory"_s << error << s << u"gpus"_s << -2;
    QTest::newRow("gpu-memory warning: 4.5B, ZeRO-0, 72 GB of 80 GiB (ENGINE.md Findings, > 80 %)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(4.5e9, 1e9, {{"gpuCount", number(8)}}))
        << u"gpu-memory"_s << warning << s << u"gpus"_s << -2;
    // cpu-cores: 24 cores on 2 hosts less 1 HA host × 16 cores = 16.
    QTest::newRow("cpu-cores error: 24 cores on 16 usable (ENGINE.md processing, haHosts N+1)")
        << etlOn(cpuCluster("cpu", 2, 16, 1024 * kGiB)) << u"cpu-cores"_s << error << none
        << u"cpu"_s << -2;
    // memory: 96 GiB on (3 − 1) hosts × 32 GiB = 64 GiB.
    QTest::newRow("memory error: 96 GiB on 64 GiB usable (ENGINE.md processing memoryPerCore)")
        << etlOn(cpuCluster("cpu", 3, 64, 32 * kGiB)) << u"memory"_s << error << none << u"cpu"_s
        << -2;
    // storage-capacity: see storageGrowth, row 1 (full in month 16) and 30 TB on 9 TB usable.
    {
        Project p = flowProject(params({{"sizeBytes", number(10e12)},
                                        {"growthBytesPerMonth", number(1e12)},
                                        {"versionsRetained", number(3)},
                                        {"changeFraction", number(0.5)}}),
                                100e12, "raid1-ftt1");
        QTest::newRow("storage-capacity warning: full in month 16 (ENGINE.md flows growth)")
            << p << u"storage-capacity"_s << warning << any << u"nas"_s << 16;
    }
    QTest::newRow("storage-capacity error: 1 TB/day x 30 days on 9 TB usable, full at month 0 "
                  "(ENGINE.md ingestion)")
        << ingestInto(1e12, storage("nas", "file-storage", 10e12, "none", kNaN))
        << u"storage-capacity"_s << error << none << u"nas"_s << 0;
    // storage-read: 8 A100 × 1.452 GB/s (MS-1) on a 1 GB/s file store.
    {
        Project p = trainingOn("nvidia-a100-80gb", 1,
                               params({{"mode", word("samples")},
                                       {"workload", word("unet3d")},
                                       {"gpuCount", number(8)}}));
        p.components.push_back(storage("nas", "file-storage", 1e15, "none", 0, 1e9, 1e9));
        p.bindings.push_back(bind("s", "nas", "reads"));
        QTest::newRow(
            "storage-read error: 8 A100 unet3d need 11.6 GB/s of 1 GB/s (MLPerf Storage MS-1)")
            << p << u"storage-read"_s << error << none << u"nas"_s << -2;
    }
    // storage-write: 86.4 TB/day = 1 GB/s × peak 3 on a 1 GB/s store.
    QTest::newRow(
        "storage-write error: 3 GB/s peak ingest on 1 GB/s (ENGINE.md ingestion peakFactor)")
        << ingestInto(86.4e12, storage("nas", "file-storage", 1e17, "none", kNaN, 1e12, 1e9))
        << u"storage-write"_s << error << none << u"nas"_s << -2;
    // kv-memory: 1e8 × 100 × 8 B × 2 = 160e9 B on 64 GiB.
    QTest::newRow("kv-memory error: 160 GB online store on 64 GiB (ENGINE.md feature-engineering)")
        << featureStore(1e8, 100, 1e4, kvStore("redis", 64 * kGiB, 1e6)) << u"kv-memory"_s << error
        << none << u"redis"_s << -2;
    // kv-ops: 1e6 lookups/s on a store that sustains 1e5.
    QTest::newRow("kv-ops error: 1M lookups/s on 100k ops/s (ENGINE.md feature-engineering)")
        << featureStore(1e6, 10, 1e6, kvStore("redis", 64 * kGiB, 1e5)) << u"kv-ops"_s << error
        << none << u"redis"_s << -2;
    // latency: the store alone (20 ms) exceeds the 10 ms default budget.
    QTest::newRow(
        "latency error: 20 ms store, 10 ms budget (ENGINE.md feature-engineering latencyBudget)")
        << featureStore(1e6, 10, 1e3, kvStore("redis", 64 * kGiB, 1e6, 0.020)) << u"latency"_s
        << error << s << u"redis"_s << -2;
    {
        // 0.3 ms store (Redis-class, ENGINE.md) + 15 ms fabric between compute and store.
        Project p = featureStore(1e6, 10, 1e3, kvStore("redis", 64 * kGiB, 1e6, 0.0003));
        p.components.push_back(cpuCluster("cpu", 3, 64, 512 * kGiB));
        p.components.push_back(fabric("wan", 1.25e9, 1, kNaN, false, 0.015));
        p.bindings.push_back(bind("s", "cpu", "compute"));
        p.links.push_back(linkTo("cpu", "wan"));
        p.links.push_back(linkTo("redis", "wan"));
        QTest::newRow("latency error: 0.3 ms store + 15 ms fabric over 10 ms (ENGINE.md: component "
                      "+ network latency)")
            << p << u"latency"_s << error << s << u"redis"_s << -2;
    }
    {
        Project p;
        p.components.push_back(cpuCluster("cpu", 3, 64, 512 * kGiB));
        p.stages.push_back(stage("s", "serving",
                                 params({{"mode", word("model")},
                                         {"requestsPerSecond", number(10)},
                                         {"serviceSeconds", number(0.5)},
                                         {"latencyBudget", number(0.1)}})));
        p.bindings.push_back(bind("s", "cpu", "compute"));
        QTest::newRow(
            "latency error: 500 ms per request, 100 ms budget (ENGINE.md serving model mode)")
            << p << u"latency"_s << error << s << any << -2;
    }
    // network: 1.157 GB/s of reads over one 1 Gb/s port (118.7 MB/s goodput).
    {
        Project p = etlOn(cpuCluster("cpu", 3, 64, 1024 * kGiB));
        p.components.push_back(storage("nas", "file-storage", 1e15, "none", 0));
        p.components.push_back(fabric("net", 1.25e8, 1));
        p.bindings.push_back(bind("s", "nas", "reads"));
        p.links.push_back(linkTo("cpu", "net"));
        p.links.push_back(linkTo("nas", "net"));
        QTest::newRow("network error: 1.16 GB/s over 1 Gb/s (ENGINE.md fabric TCP goodput)")
            << p << u"network"_s << error << none << u"net"_s << -2;
    }
    // nic: 7B on 16 A100 over 2 hosts, ZeRO-3. gpuHours = 4.2e22 / (312e12 × 0.4) / 3600 =
    // 93,482.9; 5842.7 h on 16 GPUs; 47,542.9 tokens/s; all-reduce 2 × 15/16 × 2 × 7e9 =
    // 26.25e9 B per step × 47,542.9 / 4,194,304 = 297.5 MB/s per GPU → 2.38 GB/s per host
    // against a 10 Gb/s (1.25 GB/s) NIC; the cluster: 4.76 GB/s of 2.5 GB/s.
    {
        const Project p = trainingOn(
            "nvidia-a100-80gb", 2,
            tokens(7e9, 1e12, {{"gpuCount", number(16)}, {"zeroStage", number(3)}}), 1.25e9);
        QTest::newRow("nic error on the stage: 2.38 GB/s all-reduce per host on 10 Gb/s "
                      "(nccl-tests PERFORMANCE.md)")
            << p << u"nic"_s << error << s << u"gpus"_s << -2;
        QTest::newRow("nic error on the cluster: 4.76 GB/s of 2.5 GB/s (ENGINE.md Findings)")
            << p << u"nic"_s << error << none << u"gpus"_s << -2;
    }
    // unbound.
    {
        Project p;
        p.stages.push_back(stage("s", "training", tokens(7e9, 1e12)));
        QTest::newRow("unbound warning: training without a compute binding (ENGINE.md Bindings)")
            << p << u"unbound"_s << warning << s << any << -2;
    }
    {
        Project p = etlOn(cpuCluster("cpu", 3, 64, 512 * kGiB));
        p.stages[0] = stage("s", "training", tokens(7e9, 1e12));
        QTest::newRow("unbound warning: training bound to a CPU cluster only (ENGINE.md Bindings)")
            << p << u"unbound"_s << warning << s << any << -2;
    }
    {
        Project p;
        p.stages.push_back(stage("s", "ingestion", params({{"dailyBytes", number(1e12)}})));
        QTest::newRow("unbound warning: ingestion without a writes binding (ENGINE.md Bindings)")
            << p << u"unbound"_s << warning << s << any << -2;
    }
    {
        Project p;
        p.stages.push_back(stage("a", "ingestion", {}));
        p.stages.push_back(stage("b", "processing", {}));
        p.flows.push_back(flow("f", "a", "b", params({{"sizeBytes", number(1e12)}})));
        QTest::newRow("unbound warning: a flow with no store (ENGINE.md Flows store)")
            << p << u"unbound"_s << warning << none << none << -2;
    }
    // invalid-binding.
    {
        Project p;
        p.components.push_back(storage("nas", "file-storage", 1e15, "none"));
        p.stages.push_back(stage("s", "training", tokens(7e9, 1e12)));
        p.bindings.push_back(bind("s", "nas", "compute"));
        QTest::newRow("invalid-binding error: compute bound to file storage (ENGINE.md Bindings)")
            << p << u"invalid-binding"_s << error << s << u"nas"_s << -2;
    }
    {
        Project p;
        p.components.push_back(storage("nas", "file-storage", 1e15, "none"));
        p.components.push_back(cpuCluster("cpu", 3, 64, 512 * kGiB));
        p.links.push_back(linkTo("cpu", "nas"));
        QTest::newRow(
            "invalid-binding error: a link to a component that is not a fabric (ENGINE.md Links)")
            << p << u"invalid-binding"_s << error << none << u"cpu"_s << -2;
    }
    {
        Project p = flowProject(params({{"sizeBytes", number(1e12)}}), 1e15, "none");
        p.components.push_back(gpuCluster("gpus", "nvidia-h100-sxm", 1));
        p.flows[0].params.insert(u"store"_s, ParamValue::fromText(u"gpus"_s));
        QTest::newRow(
            "invalid-binding error: a flow stored on a GPU cluster (ENGINE.md Flows store)")
            << p << u"invalid-binding"_s << error << none << none << -2;
    }
    // no-network-path: compute and storage with no fabric between them.
    {
        Project p = trainingOn("nvidia-a100-80gb", 1,
                               params({{"mode", word("samples")},
                                       {"sampleBytes", number(1e6)},
                                       {"samplesPerSecondPerGpu", number(100)},
                                       {"gpuCount", number(4)}}));
        p.components.push_back(storage("nas", "file-storage", 1e15, "none"));
        p.bindings.push_back(bind("s", "nas", "reads"));
        QTest::newRow("no-network-path info: no fabric between GPUs and storage (ENGINE.md "
                      "Bindings and links)")
            << p << u"no-network-path"_s << info << s << u"nas"_s << -2;
    }
    // missing-parameter.
    QTest::newRow(
        "missing-parameter error: training without modelParams (ENGINE.md training, required)")
        << trainingOn("nvidia-a100-80gb", 1, params({{"trainingTokens", number(1e12)}}))
        << u"missing-parameter"_s << error << s << any << -2;
    QTest::newRow(
        "missing-parameter error: custom samples without sampleBytes (ENGINE.md samples mode)")
        << trainingOn("nvidia-a100-80gb", 1,
                      params({{"mode", word("samples")}, {"samplesPerSecondPerGpu", number(100)}}))
        << u"missing-parameter"_s << error << s << any << -2;
    QTest::newRow(
        "missing-parameter warning: serving without an attention shape (ENGINE.md serving)")
        << gpuProject(u"serving"_s, params({{"modelParams", number(7e9)}}), u"nvidia-h100-sxm"_s)
        << u"missing-parameter"_s << warning << s << any << -2;
    {
        Project p;
        p.components.push_back(
            component("nas", "file-storage",
                      params({{"readBandwidth", number(1e9)}, {"writeBandwidth", number(1e9)}})));
        QTest::newRow("missing-parameter error: storage without rawCapacity (ENGINE.md components)")
            << p << u"missing-parameter"_s << error << none << u"nas"_s << -2;
    }
    // unknown-parameter (not in ENGINE.md's list; componentrules.cpp reportUnknownParams).
    QTest::newRow("unknown-parameter warning: a misspelt stage parameter (componentrules.cpp "
                  "reportUnknownParams)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(7e9, 1e12, {{"modelParam", number(7e9)}}))
        << u"unknown-parameter"_s << warning << s << none << -2;
    {
        Project p = trainingOn("nvidia-a100-80gb", 1, tokens(7e9, 1e12));
        p.components[0].params.insert(u"gpuPerHost"_s, number(4));
        QTest::newRow("unknown-parameter warning: a misspelt component parameter "
                      "(componentrules.cpp reportUnknownParams)")
            << p << u"unknown-parameter"_s << warning << none << u"gpus"_s << -2;
    }
    // no-profile: MLPerf Storage has no MI300X column.
    QTest::newRow("no-profile warning: unet3d on MI300X (ENGINE.md MLPerf Storage profiles)")
        << trainingOn("amd-mi300x", 1,
                      params({{"mode", word("samples")}, {"workload", word("unet3d")}}))
        << u"no-profile"_s << warning << s << u"gpus"_s << -2;
    // unknown-catalog-id.
    QTest::newRow("unknown-catalog-id error: an accelerator not in the catalog (ENGINE.md catalog)")
        << trainingOn("nvidia-b200", 1, tokens(7e9, 1e12)) << u"unknown-catalog-id"_s << error
        << none << u"gpus"_s << -2;
    {
        Project p;
        p.components.push_back(storage("nas", "block-storage", 1e15, "raid7"));
        QTest::newRow("unknown-catalog-id error: a protection scheme not in the catalog (ENGINE.md "
                      "protection)")
            << p << u"unknown-catalog-id"_s << error << none << u"nas"_s << -2;
    }
    // unsupported-precision: the A100 has no FP8, the T4 no BF16 (ENGINE.md catalog).
    QTest::newRow(
        "unsupported-precision error: fp8 training on A100 (ENGINE.md catalog, A100 has no FP8)")
        << trainingOn("nvidia-a100-80gb", 1, tokens(7e9, 1e12, {{"precision", word("fp8")}}))
        << u"unsupported-precision"_s << error << s << u"gpus"_s << -2;
    QTest::newRow(
        "unsupported-precision error: bf16 validation on T4 (ENGINE.md catalog, T4 FP16 only)")
        << gpuProject(u"validation"_s,
                      params({{"modelParams", number(7e9)}, {"evalTokens", number(1e9)}}),
                      u"nvidia-t4"_s)
        << u"unsupported-precision"_s << error << s << u"gpus"_s << -2;
}

void TestEngineFindings::findings()
{
    QFETCH(Project, project);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(QString, stage);
    QFETCH(QString, component);
    QFETCH(int, months);

    const EngineResult r = computeRequirements(project);
    auto matches = [&](const QString &want, const QString &have) {
        return want.isEmpty() || (want == u"-" ? have.isEmpty() : want == have);
    };
    const Finding *found = nullptr;
    for (const Finding &f : r.findings) {
        if (f.code == code && int(f.severity) == severity && matches(stage, f.stage) &&
            matches(component, f.component)) {
            found = &f;
            break;
        }
    }
    QVERIFY2(found, describe(r.findings).constData());
    const FindingFormatter words(project, UnitSystem::SI);
    const auto expected = expectedWords().constFind(QString::fromUtf8(QTest::currentDataTag()));
    QVERIFY2(expected != expectedWords().constEnd(), "every row states its message and hint");
    QCOMPARE(words.message(*found), expected->first);
    QCOMPARE(words.hint(*found), expected->second);
    if (months != -2)
        QCOMPARE(found->monthsUntilFull, months);
    // Errors first, then warnings, then info.
    for (size_t i = 1; i < r.findings.size(); ++i)
        QVERIFY2(int(r.findings[i - 1].severity) >= int(r.findings[i].severity),
                 describe(r.findings).constData());
}

void TestEngineFindings::cleanProjectHasNoFindings()
{
    // 7B on 4 of 8 A100 under ZeRO-3 (28 GB per GPU), data and checkpoints on a file store,
    // both on a 400 Gb/s RDMA fabric: nothing to report.
    Project p = trainingOn("nvidia-a100-80gb", 1,
                           tokens(7e9, 1e11, {{"gpuCount", number(4)}, {"zeroStage", number(3)}}));
    p.components.push_back(storage("nas", "file-storage", 1e15, "none", kNaN, 20e9, 10e9));
    p.components.push_back(fabric("net", 50e9, 1, kNaN, true));
    p.bindings.push_back(bind("s", "nas", "reads"));
    p.bindings.push_back(bind("s", "nas", "writes"));
    p.links.push_back(linkTo("gpus", "net"));
    p.links.push_back(linkTo("nas", "net"));
    const EngineResult r = computeRequirements(p);
    QVERIFY2(r.findings.empty(), describe(r.findings).constData());
    QCOMPARE(r.errorCount(), 0);
    QCOMPARE(r.warningCount(), 0);
}

void TestEngineFindings::defaultGpuCountFillsTheCluster()
{
    // No gpuCount: the run takes all 8 GPUs and says how long it takes on them; a full cluster
    // is what it asked for, so no gpu-count warning whose hint could not fix it.
    Project p = trainingOn("nvidia-a100-80gb", 1, tokens(1e9, 1e10));
    EngineResult r = computeRequirements(p);
    QCOMPARE(r.stages[0].value("gpusNeeded"), 8.0);
    // 6 × 1e9 × 1e10 / (312e12 × 0.4) / 3600 = 133.5 GPU-hours, over 8 GPUs.
    QCOMPARE(r.stages[0].value("durationHours"), r.stages[0].value("gpuHours") / 8);
    QVERIFY(qAbs(r.stages[0].value("gpuHours") - 6e19 / (312e12 * 0.4) / 3600) < 1e-9);
    for (const Finding &f : r.findings)
        QVERIFY2(f.code != u"gpu-count"_s, describe(r.findings).constData());

    // Another stage asking for 2 GPUs on top: now the cluster is over, and the hint says
    // what would fix it.
    p.stages.push_back(stage("v", "training", tokens(1e9, 1e9, {{"gpuCount", number(2)}})));
    p.bindings.push_back(bind("v", "gpus", "compute"));
    r = computeRequirements(p);
    const auto gpuCount = std::find_if(r.findings.begin(), r.findings.end(),
                                       [](const Finding &f) { return f.code == u"gpu-count"_s; });
    QVERIFY2(gpuCount != r.findings.end(), describe(r.findings).constData());
    QCOMPARE(gpuCount->severity, Severity::Error);
    const FindingFormatter words(p, UnitSystem::SI);
    QCOMPARE(words.message(*gpuCount), u"gpus is asked for 10 GPUs but gives 8 GPUs (125 %)."_s);
    QCOMPARE(words.hint(*gpuCount),
             u"A training stage without a GPU count takes every GPU of the cluster: set GPU "
             u"counts so that the stages sharing it fit, or add GPU hosts."_s);
}

QTEST_GUILESS_MAIN(TestEngineFindings)
#include "tst_engine_findings.moc"
