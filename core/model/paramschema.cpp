#include "paramschema.h"

#include <QHash>

namespace tarmac {
namespace {

constexpr double kHour = 3600;
constexpr double kDay = 86400;
constexpr double kGiB = 1024.0 * 1024 * 1024;

// Small builders keep the tables below readable as tables.
ParamSpec num(const char *name, Dimension d, const char *description)
{
    ParamSpec s;
    s.name = QString::fromLatin1(name);
    s.dimension = d;
    s.description = description;
    return s;
}
ParamSpec with(ParamSpec s, double value, bool assumed = false)
{
    s.hasDefault = true;
    s.defaultValue = value;
    s.assumed = assumed;
    return s;
}
ParamSpec required(ParamSpec s)
{
    s.required = true;
    return s;
}
ParamSpec derived(ParamSpec s, const char *how)
{
    s.derivedFrom = QString::fromLatin1(how);
    return s;
}
ParamSpec hours(ParamSpec s)
{
    s.plainScale = kHour;
    s.plainUnit = QStringLiteral("h");
    return s;
}
ParamSpec days(ParamSpec s)
{
    s.plainScale = kDay;
    s.plainUnit = QStringLiteral("d");
    return s;
}
ParamSpec range(ParamSpec s, double minimum, double maximum, bool integral = false)
{
    s.minimum = minimum;
    s.maximum = maximum;
    s.integral = integral;
    return s;
}
ParamSpec integral(ParamSpec s)
{
    s.integral = true;
    return s;
}
ParamSpec inMode(ParamSpec s, const char *mode)
{
    s.mode = QString::fromLatin1(mode);
    return s;
}
ParamSpec text(const char *name, QStringList choices, const char *defaultText,
               const char *description)
{
    ParamSpec s;
    s.name = QString::fromLatin1(name);
    s.type = ParamType::Text;
    s.choices = std::move(choices);
    s.defaultText = QString::fromLatin1(defaultText);
    s.hasDefault = s.defaultText.size() > 0;
    s.description = description;
    return s;
}
ParamSpec flag(const char *name, bool value, const char *description)
{
    ParamSpec s;
    s.name = QString::fromLatin1(name);
    s.type = ParamType::Bool;
    s.hasDefault = true;
    s.defaultText = value ? QStringLiteral("true") : QStringLiteral("false");
    s.description = description;
    return s;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

std::vector<ParamSpec> processingParams()
{
    return {
        derived(num("inputBytes", Dimension::Bytes,
                    QT_TRANSLATE_NOOP("tarmac::Param", "Data read per full pass")),
                "sum of the sizes of the incoming flows"),
        range(with(num("outputRatio", Dimension::Ratio,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Output size / input size")),
                   1.0),
              0, 1e6),
        range(hours(with(num("windowHours", Dimension::Seconds,
                             QT_TRANSLATE_NOOP("tarmac::Param", "A full pass must finish within")),
                         24 * kHour)),
              1, 1e12),
        range(with(num("throughputPerCore", Dimension::BytesPerSecond,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Bytes per second one core processes")),
                   50e6, true),
              1, 1e15),
        with(num("memoryPerCore", Dimension::Bytes,
                 QT_TRANSLATE_NOOP("tarmac::Param", "Memory per core")),
             4 * kGiB, true),
    };
}

QHash<QString, std::vector<ParamSpec>> buildStageSchemas()
{
    QHash<QString, std::vector<ParamSpec>> map;
    const QStringList precisions = words({"bf16", "fp16", "fp8", "tf32", "fp32"});
    const QStringList weightPrecisions =
        words({"fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4"});

    map.insert(QStringLiteral("ingestion"),
               {
                   with(num("dailyBytes", Dimension::Bytes,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Data arriving per day")),
                        0),
                   days(with(num("retentionDays", Dimension::Seconds,
                                 QT_TRANSLATE_NOOP("tarmac::Param", "Days the raw data is kept")),
                             30 * kDay)),
                   range(with(num("peakFactor", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "Peak rate / average rate")),
                              3, true),
                         1, 1e6),
               });

    map.insert(QStringLiteral("processing"), processingParams());

    auto feature = processingParams();
    feature.push_back(with(num("entities", Dimension::Count,
                               QT_TRANSLATE_NOOP("tarmac::Param", "Rows (entities) served online")),
                           0));
    feature.push_back(with(num("featuresPerEntity", Dimension::Count,
                               QT_TRANSLATE_NOOP("tarmac::Param", "Columns (features) per entity")),
                           0));
    feature.push_back(
        with(num("bytesPerFeature", Dimension::Bytes,
                 QT_TRANSLATE_NOOP("tarmac::Param", "Stored size of one feature value")),
             8));
    feature.push_back(
        range(with(num("storeOverhead", Dimension::Ratio,
                       QT_TRANSLATE_NOOP("tarmac::Param",
                                         "In-memory store overhead factor (keys, indexes)")),
                   2.0, true),
              1, 1e3));
    feature.push_back(with(num("lookupsPerSecond", Dimension::PerSecond,
                               QT_TRANSLATE_NOOP("tarmac::Param", "Online lookups per second")),
                           0));
    feature.push_back(with(num("latencyBudget", Dimension::Seconds,
                               QT_TRANSLATE_NOOP("tarmac::Param", "A lookup must answer within")),
                           0.010));
    map.insert(QStringLiteral("feature-engineering"), feature);

    map.insert(
        QStringLiteral("training"),
        {
            text("mode", words({"tokens", "samples"}), "tokens",
                 QT_TRANSLATE_NOOP(
                     "tarmac::Param",
                     "Tokens (transformers, LLMs) or samples (files: vision, tabular)")),
            inMode(required(num("modelParams", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param", "Model parameters (N)"))),
                   "tokens"),
            inMode(required(num(
                       "trainingTokens", Dimension::Count,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Tokens processed over all epochs (D)"))),
                   "tokens"),
            inMode(text("precision", precisions, "bf16",
                        QT_TRANSLATE_NOOP("tarmac::Param", "Compute precision")),
                   "tokens"),
            inMode(range(with(num("mfu", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP(
                                      "tarmac::Param",
                                      "Model FLOPs utilisation (published runs: 0.21-0.52)")),
                              0.40, true),
                         1e-6, 1),
                   "tokens"),
            inMode(text("workload", words({"custom", "unet3d", "resnet50", "cosmoflow"}), "custom",
                        QT_TRANSLATE_NOOP("tarmac::Param", "MLPerf Storage profile or custom")),
                   "samples"),
            inMode(num("sampleBytes", Dimension::Bytes,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Mean sample size (custom workload)")),
                   "samples"),
            inMode(num("samplesPerSecondPerGpu", Dimension::PerSecond,
                       QT_TRANSLATE_NOOP("tarmac::Param",
                                         "Samples one GPU consumes per second (custom workload)")),
                   "samples"),
            integral(derived(num("gpuCount", Dimension::Count,
                                 QT_TRANSLATE_NOOP("tarmac::Param", "GPUs the job uses")),
                             "all usable GPUs of the bound compute component")),
            inMode(range(hours(num("deadlineHours", Dimension::Seconds,
                                   QT_TRANSLATE_NOOP(
                                       "tarmac::Param",
                                       "Finish within; the engine then computes the GPUs needed"))),
                         1, 1e15),
                   "tokens"),
            inMode(range(with(num("modelParallel", Dimension::Count,
                                  QT_TRANSLATE_NOOP("tarmac::Param",
                                                    "Tensor x pipeline parallel degree")),
                              1),
                         1, 1e6, true),
                   "tokens"),
            inMode(range(with(num("zeroStage", Dimension::Count,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "ZeRO stage (0-3)")),
                              0),
                         0, 3, true),
                   "tokens"),
            inMode(
                with(num("optimizerBytesPerParam", Dimension::Bytes,
                         QT_TRANSLATE_NOOP(
                             "tarmac::Param",
                             "Optimizer state bytes per parameter (K; Adam mixed precision: 12)")),
                     12),
                "tokens"),
            inMode(with(num("activationBytesPerGpu", Dimension::Bytes,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Activation memory per GPU")),
                        0),
                   "tokens"),
            inMode(
                with(num("checkpointBytesPerParam", Dimension::Bytes,
                         QT_TRANSLATE_NOOP("tarmac::Param", "Checkpoint bytes per parameter (bf16 "
                                                            "weights 2 + fp32 master 4 + Adam 8)")),
                     14),
                "tokens"),
            inMode(range(with(num("checkpointWriteSeconds", Dimension::Seconds,
                                  QT_TRANSLATE_NOOP("tarmac::Param",
                                                    "A checkpoint must be written within")),
                              120, true),
                         1e-3, 1e12),
                   "tokens"),
            inMode(with(num("tokenBytes", Dimension::Bytes,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Stored bytes per training token")),
                        4, true),
                   "tokens"),
            inMode(range(with(num("globalBatchTokens", Dimension::Count,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "Tokens per optimizer step")),
                              4194304, true),
                         1, 1e15),
                   "tokens"),
            inMode(with(num("datasetSamples", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Samples in the dataset")),
                        0),
                   "samples"),
            inMode(range(with(num("epochs", Dimension::Count,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "Passes over the dataset")),
                              1),
                         0, 1e9),
                   "samples"),
        });

    map.insert(QStringLiteral("validation"),
               {
                   required(num("modelParams", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param", "Model parameters (N)"))),
                   required(num("evalTokens", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param", "Tokens evaluated per run"))),
                   with(num("runsPerDay", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Evaluation runs per day")),
                        1),
                   text("precision", precisions, "bf16",
                        QT_TRANSLATE_NOOP("tarmac::Param", "Compute precision")),
                   range(with(num("mfu", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "Model FLOPs utilisation")),
                              0.30, true),
                         1e-6, 1),
               });

    map.insert(
        QStringLiteral("serving"),
        {
            text("mode", words({"llm", "model"}), "llm",
                 QT_TRANSLATE_NOOP("tarmac::Param", "Large language model or classic model")),
            inMode(required(num("modelParams", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param", "Model parameters (N)"))),
                   "llm"),
            inMode(text("weightPrecision", weightPrecisions, "bf16",
                        QT_TRANSLATE_NOOP("tarmac::Param", "Precision of the served weights")),
                   "llm"),
            inMode(integral(num("layers", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param",
                                                  "Transformer layers (for the KV cache)"))),
                   "llm"),
            inMode(integral(num("kvHeads", Dimension::Count,
                                QT_TRANSLATE_NOOP("tarmac::Param",
                                                  "KV heads (GQA/MQA: the KV-head count)"))),
                   "llm"),
            inMode(integral(
                       num("headDim", Dimension::Count,
                           QT_TRANSLATE_NOOP("tarmac::Param", "Dimension of one attention head"))),
                   "llm"),
            inMode(text("kvPrecision", weightPrecisions, "bf16",
                        QT_TRANSLATE_NOOP("tarmac::Param", "Precision of cached keys and values")),
                   "llm"),
            inMode(with(num("contextTokens", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Tokens cached per sequence")),
                        4096),
                   "llm"),
            inMode(with(num("concurrentSequences", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Sequences in flight")),
                        1),
                   "llm"),
            with(num("requestsPerSecond", Dimension::PerSecond,
                     QT_TRANSLATE_NOOP("tarmac::Param", "Requests per second")),
                 0),
            inMode(with(num("inputTokens", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Prompt tokens per request")),
                        512),
                   "llm"),
            inMode(with(num("outputTokens", Dimension::Count,
                            QT_TRANSLATE_NOOP("tarmac::Param", "Generated tokens per request")),
                        256),
                   "llm"),
            inMode(range(with(num("memoryOverhead", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP(
                                      "tarmac::Param",
                                      "Runtime and activation overhead on weights + KV")),
                              0.10, true),
                         0, 100),
                   "llm"),
            inMode(range(with(num("usableMemoryFraction", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP("tarmac::Param",
                                                    "Usable fraction of each GPU's memory")),
                              0.90, true),
                         0.01, 1),
                   "llm"),
            inMode(range(with(num("mfu", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP("tarmac::Param",
                                                    "Model FLOPs utilisation for prefill")),
                              0.30, true),
                         1e-6, 1),
                   "llm"),
            inMode(required(num("serviceSeconds", Dimension::Seconds,
                                QT_TRANSLATE_NOOP("tarmac::Param",
                                                  "Time one request takes on one core or GPU"))),
                   "model"),
            inMode(range(with(num("targetUtilization", Dimension::Ratio,
                                  QT_TRANSLATE_NOOP("tarmac::Param",
                                                    "Target utilisation of the serving cores")),
                              0.6, true),
                         0.01, 1),
                   "model"),
            inMode(num("latencyBudget", Dimension::Seconds,
                       QT_TRANSLATE_NOOP("tarmac::Param", "A request must answer within")),
                   "model"),
        });

    map.insert(QStringLiteral("monitoring"),
               {
                   with(num("dailyBytes", Dimension::Bytes,
                            QT_TRANSLATE_NOOP("tarmac::Param",
                                              "Metrics, logs and predictions recorded per day")),
                        0),
                   days(with(num("retentionDays", Dimension::Seconds,
                                 QT_TRANSLATE_NOOP("tarmac::Param", "Days the records are kept")),
                             90 * kDay)),
               });
    return map;
}

std::vector<ParamSpec> storageParams(double slack)
{
    return {
        required(num("rawCapacity", Dimension::Bytes,
                     QT_TRANSLATE_NOOP("tarmac::Param", "Raw capacity of all devices"))),
        text("protection", {}, "none",
             QT_TRANSLATE_NOOP("tarmac::Param",
                               "Protection scheme (RAID, replication, erasure coding)")),
        range(with(num("slack", Dimension::Ratio,
                       QT_TRANSLATE_NOOP("tarmac::Param",
                                         "Capacity kept free (rebuilds, snapshots, operations)")),
                   slack, true),
              0, 0.99),
        required(num("readBandwidth", Dimension::BytesPerSecond,
                     QT_TRANSLATE_NOOP("tarmac::Param", "Aggregate read bandwidth"))),
        required(num("writeBandwidth", Dimension::BytesPerSecond,
                     QT_TRANSLATE_NOOP("tarmac::Param", "Aggregate write bandwidth"))),
        num("latency", Dimension::Seconds, QT_TRANSLATE_NOOP("tarmac::Param", "Access latency")),
    };
}

QHash<QString, std::vector<ParamSpec>> buildComponentSchemas()
{
    QHash<QString, std::vector<ParamSpec>> map;
    map.insert(
        QStringLiteral("gpu-cluster"),
        {
            integral(required(
                num("hosts", Dimension::Count, QT_TRANSLATE_NOOP("tarmac::Param", "GPU hosts")))),
            text("gpu", {}, "",
                 QT_TRANSLATE_NOOP("tarmac::Param", "Accelerator model (catalog id)")),
            integral(with(num("gpusPerHost", Dimension::Count,
                              QT_TRANSLATE_NOOP("tarmac::Param", "GPUs per host")),
                          8)),
            integral(num("cpuCoresPerHost", Dimension::Count,
                         QT_TRANSLATE_NOOP("tarmac::Param", "CPU cores per host"))),
            num("memoryPerHost", Dimension::Bytes,
                QT_TRANSLATE_NOOP("tarmac::Param", "Host memory per host")),
            num("nicPerHost", Dimension::BytesPerSecond,
                QT_TRANSLATE_NOOP("tarmac::Param", "Network bandwidth per host")),
            integral(with(num("haHosts", Dimension::Count,
                              QT_TRANSLATE_NOOP("tarmac::Param", "Hosts held back for failover")),
                          0)),
        });
    map[QStringLiteral("gpu-cluster")][1].required = true;
    map.insert(
        QStringLiteral("cpu-cluster"),
        {
            integral(required(
                num("hosts", Dimension::Count, QT_TRANSLATE_NOOP("tarmac::Param", "Hosts")))),
            integral(required(num("cpuCoresPerHost", Dimension::Count,
                                  QT_TRANSLATE_NOOP("tarmac::Param", "CPU cores per host")))),
            required(num("memoryPerHost", Dimension::Bytes,
                         QT_TRANSLATE_NOOP("tarmac::Param", "Memory per host"))),
            num("nicPerHost", Dimension::BytesPerSecond,
                QT_TRANSLATE_NOOP("tarmac::Param", "Network bandwidth per host")),
            integral(with(num("haHosts", Dimension::Count,
                              QT_TRANSLATE_NOOP("tarmac::Param",
                                                "Hosts held back for failover (vSphere HA N+1)")),
                          1)),
            range(with(num("cpuOvercommit", Dimension::Ratio,
                           QT_TRANSLATE_NOOP("tarmac::Param", "vCPU : physical core ratio")),
                       1.0),
                  0.01, 100),
        });
    map.insert(QStringLiteral("file-storage"), storageParams(0.10));
    map.insert(QStringLiteral("block-storage"), storageParams(0.25));
    map.insert(QStringLiteral("object-storage"), storageParams(0.10));
    map.insert(QStringLiteral("parallel-fs"), storageParams(0.10));
    map.insert(QStringLiteral("kv-store"),
               {
                   required(num("memory", Dimension::Bytes,
                                QT_TRANSLATE_NOOP("tarmac::Param", "Memory for data"))),
                   num("opsPerSecond", Dimension::PerSecond,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Operations per second it sustains")),
                   num("latency", Dimension::Seconds,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Lookup latency")),
               });
    map.insert(
        QStringLiteral("fabric"),
        {
            required(num("linkSpeed", Dimension::BytesPerSecond,
                         QT_TRANSLATE_NOOP("tarmac::Param", "Speed of one port"))),
            integral(
                required(num("ports", Dimension::Count,
                             QT_TRANSLATE_NOOP("tarmac::Param", "Ports carrying the traffic")))),
            range(with(num("mtu", Dimension::Count,
                           QT_TRANSLATE_NOOP("tarmac::Param", "MTU in bytes")),
                       1500),
                  576, 65536, true),
            flag("rdma", false,
                 QT_TRANSLATE_NOOP("tarmac::Param", "RDMA (RoCE or InfiniBand): no TCP overhead")),
            num("latency", Dimension::Seconds,
                QT_TRANSLATE_NOOP("tarmac::Param", "One-way latency")),
        });
    // Hardware is counted in hosts, GPUs and ports a site can hold: a million of each at most.
    for (auto &specs : map) {
        for (ParamSpec &spec : specs) {
            if (spec.name == u"hosts" || spec.name == u"haHosts" || spec.name == u"gpusPerHost" ||
                spec.name == u"cpuCoresPerHost" || spec.name == u"ports")
                spec.maximum = 1e6;
        }
    }
    return map;
}

} // namespace

const std::vector<ParamSpec> &ParamSchema::forStage(const QString &kind)
{
    static const auto schemas = buildStageSchemas();
    static const std::vector<ParamSpec> none;
    auto it = schemas.constFind(kind);
    return it == schemas.constEnd() ? none : *it;
}

const std::vector<ParamSpec> &ParamSchema::forComponent(const QString &kind)
{
    static const auto schemas = buildComponentSchemas();
    static const std::vector<ParamSpec> none;
    auto it = schemas.constFind(kind);
    return it == schemas.constEnd() ? none : *it;
}

const std::vector<ParamSpec> &ParamSchema::forFlow()
{
    static const std::vector<ParamSpec> specs = {
        text("dataset", {}, "",
             QT_TRANSLATE_NOOP("tarmac::Param",
                               "Name of the dataset carried (default: the flow's id)")),
        with(num("sizeBytes", Dimension::Bytes,
                 QT_TRANSLATE_NOOP("tarmac::Param", "Size of one version")),
             0),
        with(num("growthBytesPerMonth", Dimension::Bytes,
                 QT_TRANSLATE_NOOP("tarmac::Param", "Growth per month")),
             0),
        range(with(num("versionsRetained", Dimension::Count,
                       QT_TRANSLATE_NOOP("tarmac::Param",
                                         "Versions kept for lineage and reproducibility")),
                   1),
              1, 1e9, true),
        range(with(num("changeFraction", Dimension::Ratio,
                       QT_TRANSLATE_NOOP("tarmac::Param", "Fraction of a version that differs from "
                                                          "the previous one (1 = full copies)")),
                   1.0),
              0, 1),
        range(hours(with(num("windowHours", Dimension::Seconds,
                             QT_TRANSLATE_NOOP("tarmac::Param", "The dataset must move within")),
                         24 * kHour)),
              1, 1e15),
        text(
            "store", {}, "",
            QT_TRANSLATE_NOOP(
                "tarmac::Param",
                "Storage component that holds it (default: the producing stage's writes binding)")),
    };
    return specs;
}

const ParamSpec *ParamSchema::find(const std::vector<ParamSpec> &specs, const QString &name)
{
    // The engine asks this thousands of times per recompute: index every table once.
    using Index = QHash<const std::vector<ParamSpec> *, QHash<QString, const ParamSpec *>>;
    static const Index index = [] {
        Index all;
        auto add = [&all](const std::vector<ParamSpec> &table) {
            QHash<QString, const ParamSpec *> byName;
            for (const ParamSpec &spec : table)
                byName.insert(spec.name, &spec);
            all.insert(&table, byName);
        };
        for (const QString &kind : stageKinds())
            add(forStage(kind));
        for (const QString &kind : componentKinds())
            add(forComponent(kind));
        add(forFlow());
        return all;
    }();
    const auto table = index.constFind(&specs);
    if (table == index.constEnd()) {
        for (const ParamSpec &spec : specs) {
            if (spec.name == name)
                return &spec;
        }
        return nullptr;
    }
    return table->value(name, nullptr);
}

const QStringList &ParamSchema::stageKinds()
{
    static const QStringList kinds = words({"ingestion", "processing", "feature-engineering",
                                            "training", "validation", "serving", "monitoring"});
    return kinds;
}

const QStringList &ParamSchema::componentKinds()
{
    static const QStringList kinds =
        words({"gpu-cluster", "cpu-cluster", "file-storage", "block-storage", "object-storage",
               "parallel-fs", "kv-store", "fabric"});
    return kinds;
}

const QStringList &ParamSchema::zoneKinds()
{
    static const QStringList kinds = words({"site", "rack"});
    return kinds;
}

const QStringList &ParamSchema::personas()
{
    static const QStringList list =
        words({"data-engineer", "data-scientist", "ml-engineer", "platform-architect", "vi-admin"});
    return list;
}

const QStringList &ParamSchema::roles()
{
    static const QStringList list = words({"compute", "reads", "writes", "online-store"});
    return list;
}

bool ParamSchema::isStorageKind(const QString &k)
{
    return k == u"file-storage" || k == u"block-storage" || k == u"object-storage" ||
           k == u"parallel-fs";
}

bool ParamSchema::isComputeKind(const QString &k)
{
    return k == u"gpu-cluster" || k == u"cpu-cluster";
}

bool ParamSchema::roleFits(const QString &role, const QString &componentKind)
{
    if (role == u"compute")
        return isComputeKind(componentKind);
    if (role == u"reads" || role == u"writes")
        return isStorageKind(componentKind);
    if (role == u"online-store")
        return componentKind == u"kv-store";
    return false;
}

QString ParamSchema::defaultRole(const QString &componentKind)
{
    if (isComputeKind(componentKind))
        return QStringLiteral("compute");
    if (isStorageKind(componentKind))
        return QStringLiteral("reads");
    if (componentKind == u"kv-store")
        return QStringLiteral("online-store");
    return {};
}

QString ParamSchema::defaultMode(const QString &stageKind)
{
    if (stageKind == u"training")
        return QStringLiteral("tokens");
    if (stageKind == u"serving")
        return QStringLiteral("llm");
    return {};
}

} // namespace tarmac
