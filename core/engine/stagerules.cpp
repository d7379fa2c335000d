// The formulas of ENGINE.md, one function per stage kind. Every number is SI base units.

#include "engineinternal.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::engine {
namespace {

constexpr double kHour = 3600;
/// An average month (365.25 days / 12), for comparing a run with the horizon in months.
constexpr double kHoursPerMonth = 365.25 * 24 / 12;
constexpr double kDay = 86400;

double bytesPerValue(const QString &precision)
{
    if (precision == u"fp32")
        return 4;
    if (precision == u"fp8" || precision == u"int8")
        return 1;
    if (precision == u"int4" || precision == u"fp4")
        return 0.5;
    return 2; // bf16, fp16
}

class StageRules {
public:
    /// Writes into `out`, whose lists keep their memory from the last recompute.
    StageRules(const Context &c, int index, StageResult &out)
        : m_c(c)
        , m_stage(c.project.stages[size_t(index)])
        , m_links(c.index.stageLinks[size_t(index)])
        , m_p(m_stage.params, ParamSchema::forStage(m_stage.kind))
        , m_r(out)
    {
        m_r.requirements.clear();
        m_r.charges.clear();
        m_r.findings.clear();
        m_r.requirements.reserve(16); // no regrowth in the hot loop of a full recompute
        m_r.charges.reserve(8);
    }

    void run();

private:
    void add(const char *key, double value) { m_r.requirements.push_back({key, value}); }
    void charge(int component, Resource r, double amount, double perMonth = 0,
                bool fillsCluster = false)
    {
        if (component >= 0 && (amount > 0 || perMonth > 0))
            m_r.charges.push_back({component, r, amount, perMonth, fillsCluster});
    }
    void find(Severity s, const char *code, FindingText message, FindingText hint,
              int component = -1)
    {
        Finding f = makeFinding(s, code, std::move(message), std::move(hint));
        f.stage = m_stage.id;
        if (component >= 0)
            f.component = m_c.project.components[size_t(component)].id;
        m_r.findings.push_back(std::move(f));
    }
    bool requireParams(std::initializer_list<ParamName> names);
    const Component *componentAt(int i) const
    {
        return i < 0 ? nullptr : &m_c.project.components[size_t(i)];
    }
    int first(const std::vector<int> &list) const { return list.empty() ? -1 : list.front(); }
    /// The GPU cluster this stage computes on, with its accelerator; reports why not.
    const Accelerator *accelerator(int *cluster);
    void requireBinding(const std::vector<int> &list, const QString &role, const char *why);
    void chargeStorageTraffic(int storage, double bytesPerSecond);
    void checkPerGpuMemory(double bytes, int cluster, const Accelerator &acc);
    /// A stage that needs GPUs on a cluster that offers none: an error, not a silent zero.
    bool requireGpus(double gpus, int cluster);
    /// A training run that outlasts the project's horizon is a warning (`duration`).
    void checkDuration(double hours, double gpus);
    /// Results the parameters drive to infinity are dropped and reported, never printed.
    void dropUnrepresentable();

    void ingestion(double peakFactor);
    void processing();
    void featureStore();
    void trainingTokens();
    void trainingSamples();
    void validation();
    void servingLlm();
    void servingModel();

    const Context &m_c;
    const Stage &m_stage;
    const ProjectIndex::StageLinks &m_links;
    ParamView m_p;
    StageResult &m_r;
};

bool StageRules::requireParams(std::initializer_list<ParamName> names)
{
    QStringList missing;
    for (const ParamName &name : names) {
        if (std::isnan(m_p.num(name)))
            missing << name.toString();
    }
    if (missing.isEmpty())
        return true;
    find(
        Severity::Error, "missing-parameter",
        say::text(QT_TRANSLATE_NOOP("tarmac::Findings", "%1 needs %2 to compute its requirements."),
                  {say::stage(m_stage.id), say::parameters(missing)}),
        say::text(QT_TRANSLATE_NOOP("tarmac::Findings", "Set %1 in the properties of this stage."),
                  {say::parameters(missing)}));
    return false;
}

void StageRules::requireBinding(const std::vector<int> &list, const QString &role, const char *why)
{
    if (!list.empty())
        return;
    find(Severity::Warning, "unbound",
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "%1 has no %2 binding, so %3 is not checked against any "
                                     "component."),
                   {say::stage(m_stage.id), say::role(role), say::phrase(why)}),
         say::text(
             QT_TRANSLATE_NOOP("tarmac::Findings", "Bind the stage to a component in the %1 role."),
             {say::role(role)}));
}

const Accelerator *StageRules::accelerator(int *cluster)
{
    *cluster = -1;
    for (int i : m_links.compute) {
        const Component &c = m_c.project.components[size_t(i)];
        if (c.kind != u"gpu-cluster")
            continue;
        *cluster = i;
        const QString id = c.params.value(u"gpu"_s).text;
        return m_c.catalog.accelerator(id); // unknown ids are reported on the component
    }
    if (m_links.compute.empty()) {
        requireBinding(m_links.compute, u"compute"_s,
                       QT_TRANSLATE_NOOP("tarmac::Findings", "GPU time"));
    } else {
        find(Severity::Warning, "unbound",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 is bound to a CPU cluster only; GPU time needs a "
                                         "GPU cluster."),
                       {say::stage(m_stage.id)}),
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "Bind the stage to a GPU cluster in the compute role.")));
    }
    return nullptr;
}

void StageRules::chargeStorageTraffic(int storage, double bytesPerSecond)
{
    const int compute = first(m_links.compute);
    if (compute < 0 || storage < 0 || bytesPerSecond <= 0)
        return;
    bool linked = false;
    m_c.index.forEachCommonFabric(compute, storage, [&](int fabric) {
        linked = true;
        charge(fabric, Resource::NetworkBytesPerSecond, bytesPerSecond);
    });
    if (!linked) {
        find(Severity::Info, "no-network-path",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "No fabric links %1 and %2, so the %3 between them is not "
                                         "checked against a network."),
                       {say::component(componentAt(compute)->id),
                        say::component(componentAt(storage)->id),
                        say::quantity(bytesPerSecond, Dimension::BytesPerSecond)}),
             say::text(QT_TRANSLATE_NOOP(
                 "tarmac::Findings",
                 "Link both components to the fabric that carries this traffic.")),
             storage);
    }
}

void StageRules::checkPerGpuMemory(double bytes, int cluster, const Accelerator &acc)
{
    const double ratio = bytes / acc.memoryBytes;
    if (ratio <= 0.8)
        return;
    const Severity s = ratio > 1 ? Severity::Error : Severity::Warning;
    find(s, "gpu-memory",
         say::text(
             QT_TRANSLATE_NOOP("tarmac::Findings", "%1 needs %2 per GPU, but a %3 has %4 (%5)."),
             {say::stage(m_stage.id), say::memory(bytes), say::word(acc.name),
              say::memory(acc.memoryBytes), say::quantity(ratio, Dimension::Ratio)}),
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "Raise the ZeRO stage, add model parallelism, or choose a GPU "
                                     "with more memory.")),
         cluster);
}

void StageRules::ingestion(double peakFactor)
{
    const double daily = m_p.num(u"dailyBytes");
    const double storage = daily * (m_p.num(u"retentionDays") / kDay);
    const double write = daily / kDay * peakFactor;
    add("storageBytes", storage);
    add("writeBytesPerSecond", write);
    requireBinding(m_links.writes, u"writes"_s,
                   QT_TRANSLATE_NOOP("tarmac::Findings", "where the data lands"));
    const int store = first(m_links.writes);
    charge(store, Resource::CapacityBytes, storage);
    charge(store, Resource::WriteBytesPerSecond, write);
}

void StageRules::processing()
{
    double input = m_p.num(u"inputBytes");
    const bool derivedInput = std::isnan(input);
    if (derivedInput) {
        input = 0;
        for (int f : m_links.incoming) {
            const Flow &flow = m_c.project.flows[size_t(f)];
            input += ParamView(flow.params, ParamSchema::forFlow()).num(u"sizeBytes");
        }
    }
    const double read = input / m_p.num(u"windowHours");
    const double write = read * m_p.num(u"outputRatio");
    const double cores = std::ceil(read / m_p.num(u"throughputPerCore"));
    const double memory = cores * m_p.num(u"memoryPerCore");
    add("inputBytes", input);
    add("readBytesPerSecond", read);
    add("writeBytesPerSecond", write);
    add("cpuCores", cores);
    add("memoryBytes", memory);
    requireBinding(m_links.compute, u"compute"_s,
                   QT_TRANSLATE_NOOP("tarmac::Findings", "its CPU cores"));
    const int compute = first(m_links.compute);
    charge(compute, Resource::CpuCores, cores);
    charge(compute, Resource::MemoryBytes, memory);
    // With the input derived from incoming flows, those flows already charge the reads.
    if (!derivedInput) {
        charge(first(m_links.reads), Resource::ReadBytesPerSecond, read);
        chargeStorageTraffic(first(m_links.reads), read);
    }
    charge(first(m_links.writes), Resource::WriteBytesPerSecond, write);
    chargeStorageTraffic(first(m_links.writes), write);
}

void StageRules::featureStore()
{
    const double bytes = m_p.num(u"entities") * m_p.num(u"featuresPerEntity") *
                         m_p.num(u"bytesPerFeature") * m_p.num(u"storeOverhead");
    const double lookups = m_p.num(u"lookupsPerSecond");
    add("onlineStoreBytes", bytes);
    add("lookupsPerSecond", lookups);
    if (bytes <= 0 && lookups <= 0)
        return;
    requireBinding(m_links.online, u"online-store"_s,
                   QT_TRANSLATE_NOOP("tarmac::Findings", "the online feature store"));
    const int kv = first(m_links.online);
    if (kv < 0)
        return;
    charge(kv, Resource::MemoryBytes, bytes);
    charge(kv, Resource::OpsPerSecond, lookups);
    const Component &store = *componentAt(kv);
    double latency = ParamView(store.params, ParamSchema::forComponent(store.kind)).num(u"latency");
    if (std::isnan(latency))
        return;
    const int compute = first(m_links.compute);
    if (compute >= 0) {
        double network = kUnknown;
        m_c.index.forEachCommonFabric(compute, kv, [&](int f) {
            const Component &fabric = *componentAt(f);
            const double l =
                ParamView(fabric.params, ParamSchema::forComponent(fabric.kind)).num(u"latency");
            if (!std::isnan(l))
                network = std::isnan(network) ? l : std::min(network, l);
        });
        if (!std::isnan(network))
            latency += network;
    }
    add("lookupLatencySeconds", latency);
    const double budget = m_p.num(u"latencyBudget");
    if (latency > budget) {
        find(Severity::Error, "latency",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "A lookup in %1 takes %2, over the budget of %3 of %4."),
                       {say::component(store.id), say::quantity(latency, Dimension::Seconds),
                        say::quantity(budget, Dimension::Seconds), say::stage(m_stage.id)}),
             say::text(QT_TRANSLATE_NOOP(
                 "tarmac::Findings", "Use a faster in-memory store, place it on a lower-latency "
                                     "fabric, or relax the budget.")),
             kv);
    }
}

void StageRules::trainingTokens()
{
    if (!requireParams({u"modelParams", u"trainingTokens"}))
        return;
    const double n = m_p.num(u"modelParams");
    const double d = m_p.num(u"trainingTokens");
    const double flops = 6 * n * d; // Kaplan et al. 2020 §2.1
    add("trainingFlops", flops);
    const double checkpoint = m_p.num(u"checkpointBytesPerParam") * n;
    add("checkpointBytes", checkpoint);
    add("checkpointWriteBytesPerSecond", checkpoint / m_p.num(u"checkpointWriteSeconds"));

    int cluster = -1;
    const Accelerator *acc = accelerator(&cluster);
    if (!acc)
        return;
    const QString precision = m_p.text(u"precision");
    const double peak = acc->peak(precision);
    if (peak <= 0) {
        find(Severity::Error, "unsupported-precision",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 computes in %2, which a %3 does not support."),
                       {say::stage(m_stage.id), say::word(precision), say::word(acc->name)}),
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "Choose a precision the GPU supports or another GPU.")),
             cluster);
        return;
    }
    const double gpuHours = flops / (peak * m_p.num(u"mfu")) / kHour;
    add("gpuHours", gpuHours);
    double gpus = m_p.num(u"gpuCount");
    bool fills = std::isnan(gpus);
    if (fills)
        gpus = usableGpus(*componentAt(cluster));
    const double deadline = m_p.num(u"deadlineHours") / kHour;
    if (!std::isnan(deadline)) {
        gpus = std::ceil(gpuHours / deadline);
        fills = false;
    }
    add("gpusNeeded", gpus);
    charge(cluster, Resource::Gpus, gpus, 0, fills);
    if (!requireGpus(gpus, cluster))
        return;
    const double hours = gpuHours / gpus;
    add("durationHours", hours);
    checkDuration(hours, gpus);

    // Model states per GPU under ZeRO (Rajbhandari et al. 2019, Fig. 1).
    const double mp = m_p.num(u"modelParallel");
    const double psi = n / mp;
    const double nd = std::max(1.0, std::floor(gpus / mp));
    const double k = m_p.num(u"optimizerBytesPerParam");
    double states = 0;
    switch (int(m_p.num(u"zeroStage"))) {
    case 0:
        states = (2 + 2 + k) * psi;
        break;
    case 1:
        states = 4 * psi + k * psi / nd;
        break;
    case 2:
        states = 2 * psi + (2 + k) * psi / nd;
        break;
    default:
        states = (2 + 2 + k) * psi / nd;
        break;
    }
    const double perGpu = states + m_p.num(u"activationBytesPerGpu");
    add("modelStateBytesPerGpu", states);
    add("memoryPerGpuBytes", perGpu);
    charge(cluster, Resource::GpuMemoryBytes, perGpu);
    checkPerGpuMemory(perGpu, cluster, *acc);

    const double tokensPerSecond = d / (hours * kHour);
    const double read = tokensPerSecond * m_p.num(u"tokenBytes");
    add("tokensPerSecond", tokensPerSecond);
    add("readBytesPerSecond", read);
    charge(first(m_links.reads), Resource::ReadBytesPerSecond, read);
    chargeStorageTraffic(first(m_links.reads), read);
    const int ckptStore = first(m_links.writes);
    charge(ckptStore, Resource::WriteBytesPerSecond,
           checkpoint / m_p.num(u"checkpointWriteSeconds"));
    charge(ckptStore, Resource::CapacityBytes, checkpoint);
    chargeStorageTraffic(ckptStore, checkpoint / m_p.num(u"checkpointWriteSeconds"));

    // Ring all-reduce of bf16 gradients (nccl-tests PERFORMANCE.md).
    const double perStep = 2 * (nd - 1) / nd * 2 * psi;
    const double perGpuNetwork = perStep * tokensPerSecond / m_p.num(u"globalBatchTokens");
    add("networkBytesPerSecondPerGpu", perGpuNetwork);
    const Component &gpuCluster = *componentAt(cluster);
    const ParamView cp(gpuCluster.params, ParamSchema::forComponent(gpuCluster.kind));
    const double gpusPerHost = cp.num(u"gpusPerHost");
    // Within one host the all-reduce stays on NVLink; only a job spanning hosts uses the NICs.
    if (gpus > gpusPerHost && perGpuNetwork > 0) {
        const double perHost = perGpuNetwork * gpusPerHost;
        add("networkBytesPerSecondPerHost", perHost);
        charge(cluster, Resource::NetworkBytesPerSecond, perGpuNetwork * gpus);
        for (int fabric : m_c.index.fabricsOf[size_t(cluster)])
            charge(fabric, Resource::NetworkBytesPerSecond, perGpuNetwork * gpus);
        const double nic = cp.num(u"nicPerHost");
        if (!std::isnan(nic) && nic > 0 && perHost > 0.8 * nic) {
            find(
                perHost > nic ? Severity::Error : Severity::Warning, "nic",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Gradient all-reduce of %1 needs %2 per host, but each "
                                            "host has a %3 NIC."),
                          {say::stage(m_stage.id), say::bits(perHost), say::bits(nic)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Add NIC bandwidth per host (more or faster ports, RDMA) "
                                        "or raise the global batch.")),
                cluster);
        }
    }
}

void StageRules::trainingSamples()
{
    int cluster = -1;
    const Accelerator *acc = accelerator(&cluster);
    const QString workload = m_p.text(u"workload");
    double sampleBytes = 0, perGpu = 0;
    if (workload == u"custom") {
        if (!requireParams({u"sampleBytes", u"samplesPerSecondPerGpu"}))
            return;
        sampleBytes = m_p.num(u"sampleBytes");
        perGpu = m_p.num(u"samplesPerSecondPerGpu");
    } else {
        const StorageProfile *profile = m_c.catalog.profile(workload);
        if (!profile || !acc)
            return;
        const double step = profile->computeSecondsPerStep.value(acc->mlperfStorage, 0.0);
        if (step <= 0) {
            find(
                Severity::Warning, "no-profile",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "MLPerf Storage publishes no %1 compute time for a %2, "
                                            "so %3's read rate is not estimated."),
                          {say::word(profile->name), say::word(acc->name), say::stage(m_stage.id)}),
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Use the custom workload with a measured samples per "
                                            "second per GPU.")),
                cluster);
            return;
        }
        sampleBytes = profile->sampleBytes;
        // DLIO emulation: AU × batch samples per compute time of one step.
        perGpu = profile->auFloor * profile->batch / step;
    }
    double gpus = m_p.num(u"gpuCount");
    const bool fills = std::isnan(gpus);
    if (fills)
        gpus = cluster >= 0 ? usableGpus(*componentAt(cluster)) : 0;
    if (cluster >= 0 && !requireGpus(gpus, cluster))
        return;
    const double read = gpus * perGpu * sampleBytes;
    add("gpusNeeded", gpus);
    add("samplesPerSecondPerGpu", perGpu);
    add("readBytesPerSecondPerGpu", perGpu * sampleBytes);
    add("readBytesPerSecond", read);
    charge(cluster, Resource::Gpus, gpus, 0, fills);
    const double samples = m_p.num(u"datasetSamples");
    if (samples > 0) {
        add("datasetBytes", samples * sampleBytes);
        if (gpus > 0 && perGpu > 0) {
            const double hours = samples * m_p.num(u"epochs") / (gpus * perGpu) / kHour;
            add("durationHours", hours);
            checkDuration(hours, gpus);
        }
    }
    charge(first(m_links.reads), Resource::ReadBytesPerSecond, read);
    chargeStorageTraffic(first(m_links.reads), read);
}

void StageRules::validation()
{
    if (!requireParams({u"modelParams", u"evalTokens"}))
        return;
    const double flops = 2 * m_p.num(u"modelParams") * m_p.num(u"evalTokens") *
                         m_p.num(u"runsPerDay"); // Kaplan et al. 2020, Table 1
    add("inferenceFlopsPerDay", flops);
    int cluster = -1;
    const Accelerator *acc = accelerator(&cluster);
    if (!acc)
        return;
    const double peak = acc->peak(m_p.text(u"precision"));
    if (peak <= 0) {
        find(Severity::Error, "unsupported-precision",
             say::text(
                 QT_TRANSLATE_NOOP("tarmac::Findings",
                                   "%1 computes in %2, which a %3 does not support."),
                 {say::stage(m_stage.id), say::word(m_p.text(u"precision")), say::word(acc->name)}),
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "Choose a precision the GPU supports or another GPU.")),
             cluster);
        return;
    }
    const double gpuHoursPerDay = flops / (peak * m_p.num(u"mfu")) / kHour;
    add("gpuHoursPerDay", gpuHoursPerDay);
    // Averaged over the day: the GPUs it keeps busy around the clock.
    const double gpus = std::ceil(gpuHoursPerDay / 24);
    add("gpusNeeded", gpus);
    charge(cluster, Resource::Gpus, gpus);
}

void StageRules::servingLlm()
{
    if (!requireParams({u"modelParams"}))
        return;
    if (m_p.num(u"concurrentSequences") <= 0) {
        find(Severity::Error, "invalid-value",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 serves 0 sequences at a time, so it can answer no "
                                         "request."),
                       {say::stage(m_stage.id)}),
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "Set concurrentSequences to the sequences in flight, at "
                                         "least 1.")));
        return;
    }
    const double n = m_p.num(u"modelParams");
    const QString precision = m_p.text(u"weightPrecision");
    const double weights = n * bytesPerValue(precision);
    add("weightsBytes", weights);
    double kv = 0;
    const double layers = m_p.num(u"layers"), heads = m_p.num(u"kvHeads"),
                 dim = m_p.num(u"headDim");
    if (std::isnan(layers) || std::isnan(heads) || std::isnan(dim)) {
        find(Severity::Warning, "missing-parameter",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 has no attention shape (layers, kvHeads, headDim), so "
                                         "its KV cache counts as zero."),
                       {say::stage(m_stage.id)}),
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "Set layers, kvHeads and headDim from the model card.")));
    } else {
        // NVIDIA, "Mastering LLM Techniques: Inference Optimization": K and V per layer.
        kv = 2 * layers * heads * dim * bytesPerValue(m_p.text(u"kvPrecision")) *
             m_p.num(u"contextTokens") * m_p.num(u"concurrentSequences");
    }
    add("kvCacheBytes", kv);
    const double memory = (weights + kv) * (1 + m_p.num(u"memoryOverhead"));
    add("memoryBytes", memory);
    const double rps = m_p.num(u"requestsPerSecond");
    const double compute = 2 * n * rps * (m_p.num(u"inputTokens") + m_p.num(u"outputTokens"));
    add("computeFlopsPerSecond", compute);

    int cluster = -1;
    const Accelerator *acc = accelerator(&cluster);
    if (!acc)
        return;
    double peak = acc->peak(precision);
    if (peak <= 0)
        peak = acc->peak(u"bf16"_s) > 0 ? acc->peak(u"bf16"_s) : acc->peak(u"fp16"_s);
    const double forMemory =
        std::ceil(memory / (acc->memoryBytes * m_p.num(u"usableMemoryFraction")));
    const double forCompute = peak > 0 ? std::ceil(compute / (peak * m_p.num(u"mfu"))) : 0;
    // Decode reads the weights once per step for every sequence in flight.
    const double decodeTokensPerSecond =
        m_p.num(u"concurrentSequences") * forMemory * acc->memoryBandwidth / weights;
    const double replicas =
        std::max(1.0, std::ceil(rps * m_p.num(u"outputTokens") / decodeTokensPerSecond));
    const double gpus = std::max(forMemory * replicas, forCompute);
    add("gpusForMemory", forMemory);
    add("gpusForCompute", forCompute);
    add("decodeTokensPerSecondPerReplica", decodeTokensPerSecond);
    add("replicas", replicas);
    add("gpusNeeded", gpus);
    charge(cluster, Resource::Gpus, gpus);
    // One replica's weights and KV cache spread over its GPUs.
    if (forMemory > 0)
        charge(cluster, Resource::GpuMemoryBytes, memory / forMemory);
}

void StageRules::servingModel()
{
    if (!requireParams({u"serviceSeconds"}))
        return;
    const double service = m_p.num(u"serviceSeconds");
    const double concurrency = m_p.num(u"requestsPerSecond") * service; // Little's law
    const double units = std::ceil(concurrency / m_p.num(u"targetUtilization"));
    add("concurrency", concurrency);
    requireBinding(m_links.compute, u"compute"_s,
                   QT_TRANSLATE_NOOP("tarmac::Findings", "its cores or GPUs"));
    const int compute = first(m_links.compute);
    if (compute >= 0 && componentAt(compute)->kind == u"gpu-cluster") {
        add("gpusNeeded", units);
        charge(compute, Resource::Gpus, units);
    } else {
        add("cpuCores", units);
        charge(compute, Resource::CpuCores, units);
    }
    const double budget = m_p.num(u"latencyBudget");
    if (!std::isnan(budget) && service > budget) {
        find(Severity::Error, "latency",
             say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 takes %2 per request, over its latency budget of %3."),
                       {say::stage(m_stage.id), say::quantity(service, Dimension::Seconds),
                        say::quantity(budget, Dimension::Seconds)}),
             say::text(QT_TRANSLATE_NOOP(
                 "tarmac::Findings", "Use a faster model or accelerator, or relax the budget.")),
             compute);
    }
}

void StageRules::checkDuration(double hours, double gpus)
{
    const int months = m_c.project.horizonMonths;
    const double horizonHours = months * kHoursPerMonth;
    if (months <= 0 || !(hours > horizonHours))
        return;
    find(Severity::Warning, "duration",
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "%1 takes %2 on %3, longer than the horizon of %4 (%5)."),
                   {say::stage(m_stage.id), say::quantity(hours * kHour, Dimension::Seconds),
                    say::counted(gpus, QT_TRANSLATE_NOOP("tarmac::Findings", "%1 GPUs")),
                    say::quantity(horizonHours * kHour, Dimension::Seconds),
                    say::counted(months, QT_TRANSLATE_NOOP("tarmac::Findings", "%1 months"))}),
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "Give it more GPUs (a GPU count or a deadline), train on "
                                     "fewer tokens or samples, or choose a faster GPU.")),
         first(m_links.compute));
}

bool StageRules::requireGpus(double gpus, int cluster)
{
    if (gpus > 0)
        return true;
    const Component *c = componentAt(cluster);
    find(Severity::Error, "gpu-count",
         c ? say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                         "%1 has no GPU to run on: %2 offers 0 usable GPUs."),
                       {say::stage(m_stage.id), say::component(c->id)})
           : say::text(QT_TRANSLATE_NOOP("tarmac::Findings", "%1 is set to run on 0 GPUs."),
                       {say::stage(m_stage.id)}),
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "Give the cluster hosts beyond those held back for failover "
                                     "and GPUs per host, or set gpuCount to at least 1.")),
         cluster);
    return false;
}

void StageRules::dropUnrepresentable()
{
    QStringList keys;
    auto &reqs = m_r.requirements;
    for (auto it = reqs.begin(); it != reqs.end();) {
        if (std::isinf(it->value)) {
            keys << QString::fromLatin1(it->key);
            it = reqs.erase(it);
        } else {
            ++it;
        }
    }
    auto &charges = m_r.charges;
    charges.erase(std::remove_if(charges.begin(), charges.end(),
                                 [](const Charge &c) {
                                     return !std::isfinite(c.amount) || !std::isfinite(c.perMonth);
                                 }),
                  charges.end());
    if (keys.isEmpty())
        return;
    find(Severity::Error, "invalid-value",
         say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                     "%1: %2 cannot be computed from these parameters (the result "
                                     "is infinite)."),
                   {say::stage(m_stage.id), say::word(keys.join(u", "_s))}),
         say::text(QT_TRANSLATE_NOOP(
             "tarmac::Findings", "Look for a zero where a rate, a count or a size is divided by: "
                                 "sequences in flight, GPUs, throughput or a time window.")));
}

void StageRules::run()
{
    const QString &kind = m_stage.kind;
    reportUnknownParams(m_p, ItemType::Stage, m_stage.id, &m_r.findings);
    if (kind == u"ingestion") {
        ingestion(m_p.num(u"peakFactor"));
    } else if (kind == u"monitoring") {
        ingestion(1.0);
    } else if (kind == u"processing") {
        processing();
    } else if (kind == u"feature-engineering") {
        processing();
        featureStore();
    } else if (kind == u"training") {
        if (m_p.text(u"mode") == u"samples")
            trainingSamples();
        else
            trainingTokens();
    } else if (kind == u"validation") {
        validation();
    } else if (kind == u"serving") {
        if (m_p.text(u"mode") == u"model")
            servingModel();
        else
            servingLlm();
    }
    dropUnrepresentable();
}

} // namespace

void computeStage(const Context &context, int stageIndex, StageResult &into)
{
    StageRules(context, stageIndex, into).run();
}

} // namespace tarmac::engine
