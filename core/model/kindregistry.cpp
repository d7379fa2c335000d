#include "kindregistry.h"

#include "fieldlabels.h"
#include "idtable.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

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

std::vector<ParamSpec> flowSchema()
{
    return {
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
}

// ---- The kinds ---------------------------------------------------------------------------
// One entry per kind: what people read (name and the palette's two-persona description, both
// in the "tarmac::Kinds" context), its colour (the same values are baked into
// resources/icons/<id>.svg), who owns a stage, which binding roles a component serves (the
// first is the default), and what a new element starts with. Its parameters are the table of
// the same id above; its formulas are in engine/stagerules.cpp or componentrules.cpp.

std::vector<KindInfo> buildKinds()
{
    // What every kind has; stages add their owner, components their roles.
    auto kind = [](KindCategory category, const char *id, const char *name, const char *description,
                   QRgb color, std::vector<StarterValue> starter = {}) {
        KindInfo k;
        k.id = QString::fromLatin1(id);
        k.category = category;
        k.name = name;
        k.description = description;
        k.color = QColor::fromRgb(color);
        k.starter = std::move(starter);
        return k;
    };
    auto stage = [&](const char *id, const char *name, const char *description, QRgb color,
                     const char *persona, std::vector<StarterValue> starter) {
        KindInfo k = kind(KindCategory::Stage, id, name, description, color, std::move(starter));
        k.persona = QString::fromLatin1(persona);
        return k;
    };
    auto component = [&](const char *id, const char *name, const char *description, QRgb color,
                         QStringList roles, std::vector<StarterValue> starter) {
        KindInfo k =
            kind(KindCategory::Component, id, name, description, color, std::move(starter));
        k.roles = std::move(roles);
        return k;
    };
    auto zone = [&](const char *id, const char *name, const char *description) {
        return kind(KindCategory::Zone, id, name, description, 0x78909C);
    };
    const QStringList compute = words({"compute"});
    const QStringList storage = words({"reads", "writes"});
    auto storageStarter = [](const char *protection, const char *latency) {
        return std::vector<StarterValue>{{"rawCapacity", "500 TB"},
                                         {"protection", protection},
                                         {"readBandwidth", "20 GB/s"},
                                         {"writeBandwidth", "10 GB/s"},
                                         {"latency", latency}};
    };
    return {
        stage("ingestion", QT_TRANSLATE_NOOP("tarmac::Kinds", "Ingestion"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Ingestion \u2014 bringing raw data in from its sources (data scientist). "
                  "Needs landing capacity for the retention period and write bandwidth for "
                  "the peak arrival rate (architect)."),
              0x2E86DE, "data-engineer", {{"dailyBytes", "100 GB"}}),
        stage("processing", QT_TRANSLATE_NOOP("tarmac::Kinds", "Processing"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Processing \u2014 cleaning, joining and transforming data in batch passes "
                  "(data scientist). Needs CPU cores, memory, and read and write bandwidth "
                  "to finish a pass within its window (architect)."),
              0x10AC84, "data-engineer", {}),
        stage("feature-engineering", QT_TRANSLATE_NOOP("tarmac::Kinds", "Feature engineering"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Feature engineering \u2014 computing the model's inputs and serving them "
                  "online (data scientist). Needs CPU cores for batch passes and an in-memory "
                  "key-value store sized for lookups per second and latency (architect)."),
              0x8E44AD, "data-scientist", {}),
        stage("training", QT_TRANSLATE_NOOP("tarmac::Kinds", "Training"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Training \u2014 fitting the model to data (data scientist). Needs GPU "
                  "hours, GPU memory, fast reads and checkpoint writes (architect)."),
              0xE67E22, "ml-engineer",
              // ZeRO-3 (sharded states, as DeepSpeed and FSDP do) is how 7B models are trained.
              {{"modelParams", "7B"}, {"trainingTokens", "140B"}, {"zeroStage", "3"}}),
        stage("validation", QT_TRANSLATE_NOOP("tarmac::Kinds", "Validation"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Validation \u2014 evaluating candidate models on held-out data (data "
                  "scientist). Needs GPU hours for every evaluation run and read bandwidth "
                  "for the evaluation set (architect)."),
              0xF1C40F, "data-scientist", {{"modelParams", "7B"}, {"evalTokens", "10M"}}),
        stage("serving", QT_TRANSLATE_NOOP("tarmac::Kinds", "Serving"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Serving \u2014 answering prediction requests in production (data "
                  "scientist). Needs GPU memory for weights and KV cache, GPUs or cores for "
                  "the request rate, and a latency budget (architect)."),
              0xE74C3C, "ml-engineer",
              {{"modelParams", "7B"},
               {"layers", "32"},
               {"kvHeads", "32"},
               {"headDim", "128"},
               {"requestsPerSecond", "5"}}),
        stage("monitoring", QT_TRANSLATE_NOOP("tarmac::Kinds", "Monitoring"),
              QT_TRANSLATE_NOOP(
                  "tarmac::Kinds",
                  "Monitoring \u2014 watching predictions, drift and model quality (data "
                  "scientist). Needs capacity for metrics, logs and predictions over the "
                  "retention period (architect)."),
              0x16A085, "platform-architect", {{"dailyBytes", "10 GB"}}),
        component("gpu-cluster", QT_TRANSLATE_NOOP("tarmac::Kinds", "GPU cluster"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "GPU cluster \u2014 where models are trained and served (data scientist). "
                      "Hosts with accelerators: GPU count and memory, host cores, memory and "
                      "NICs, minus hosts held back for failover (architect)."),
                  0x3D5A80, compute,
                  {{"hosts", "4"},
                   {"gpu", "nvidia-h100-sxm"},
                   {"gpusPerHost", "8"},
                   {"nicPerHost", "400 Gb/s"}}),
        component("cpu-cluster", QT_TRANSLATE_NOOP("tarmac::Kinds", "CPU / vSphere cluster"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "CPU / vSphere cluster \u2014 where data preparation and classic models run "
                      "(data scientist). ESXi or Kubernetes hosts: cores, memory, NICs, HA "
                      "reserve and vCPU overcommit (architect)."),
                  0x4F6D8A, compute,
                  {{"hosts", "4"},
                   {"cpuCoresPerHost", "64"},
                   {"memoryPerHost", "1 TiB"},
                   {"nicPerHost", "100 Gb/s"}}),
        component("file-storage", QT_TRANSLATE_NOOP("tarmac::Kinds", "File storage (NFS)"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "File storage (NFS) \u2014 a shared folder for datasets, notebooks and "
                      "models (data scientist). NAS or NFS system: raw capacity, protection, "
                      "read and write bandwidth, latency (architect)."),
                  0x5D6D7E, storage, storageStarter("raid6", "0.7 ms")),
        component("block-storage", QT_TRANSLATE_NOOP("tarmac::Kinds", "Block storage (vSAN)"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "Block storage (vSAN) \u2014 the disks of the virtual machines (data "
                      "scientist). vSAN or SAN datastore: raw capacity, RAID/FTT storage policy, "
                      "slack space, bandwidth (architect)."),
                  0x4A6274, storage, storageStarter("esa-raid5-4p1", "0.7 ms")),
        component("object-storage",
                  QT_TRANSLATE_NOOP("tarmac::Kinds", "Object storage (data lake)"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "Object storage (data lake) \u2014 the buckets where raw data and dataset "
                      "versions live (data scientist). S3-compatible store: raw capacity, "
                      "erasure coding, throughput, first-byte latency (architect)."),
                  0x607D8B, storage, storageStarter("ec-6-3", "100 ms")),
        component("parallel-fs", QT_TRANSLATE_NOOP("tarmac::Kinds", "Parallel file system"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "Parallel file system \u2014 fast shared storage that keeps the GPUs fed "
                      "(data scientist). Lustre, GPFS or WEKA-class system: capacity and "
                      "aggregate read/write bandwidth for training data and checkpoints "
                      "(architect)."),
                  0x455A64, storage, storageStarter("ec-8-2", "0.7 ms")),
        component("kv-store", QT_TRANSLATE_NOOP("tarmac::Kinds", "In-memory key-value store"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "In-memory key-value store \u2014 the online feature store (data "
                      "scientist). Redis-class cluster: memory for the data, operations per "
                      "second, lookup latency (architect)."),
                  0x546E7A, words({"online-store"}),
                  {{"memory", "512 GiB"}, {"opsPerSecond", "1M"}, {"latency", "0.2 ms"}}),
        component("fabric", QT_TRANSLATE_NOOP("tarmac::Kinds", "Network fabric"),
                  QT_TRANSLATE_NOOP(
                      "tarmac::Kinds",
                      "Network fabric \u2014 how data gets from storage to the GPUs and between "
                      "sites (data scientist). Switches and links: port speed, port count, MTU, "
                      "RDMA, latency (architect)."),
                  0x37474F, {}, {{"linkSpeed", "100 Gb/s"}, {"ports", "32"}, {"mtu", "9000"}}),
        zone("site", QT_TRANSLATE_NOOP("tarmac::Kinds", "Site"),
             QT_TRANSLATE_NOOP(
                 "tarmac::Kinds",
                 "Site \u2014 a data centre or cloud region where the work runs (data "
                 "scientist). A location: traffic between sites crosses the fabrics that "
                 "link them (architect).")),
        zone("rack", QT_TRANSLATE_NOOP("tarmac::Kinds", "Rack"),
             QT_TRANSLATE_NOOP(
                 "tarmac::Kinds",
                 "Rack \u2014 machines that sit together (data scientist). A rack inside a "
                 "site: group components to show where they are installed (architect).")),
    };
}

struct Registry {
    std::vector<KindInfo> kinds = buildKinds();
    IdTable byId; ///< kind id → position in kinds
    QHash<QString, std::vector<ParamSpec>> stageParams = buildStageSchemas();
    QHash<QString, std::vector<ParamSpec>> componentParams = buildComponentSchemas();
    std::vector<ParamSpec> flowParams = flowSchema();
    std::vector<const std::vector<ParamSpec> *> paramsOf; ///< by position in kinds
    QStringList ids[3];
    Registry()
    {
        static const std::vector<ParamSpec> none;
        for (int i = 0; i < int(kinds.size()); ++i) {
            const KindInfo &k = kinds[size_t(i)];
            byId.insert(k.id, i);
            ids[int(k.category)] << k.id;
            const auto stage = stageParams.constFind(k.id);
            const auto component = componentParams.constFind(k.id);
            paramsOf.push_back(stage != stageParams.constEnd()           ? &*stage
                               : component != componentParams.constEnd() ? &*component
                                                                         : &none);
        }
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

const char *labelSource(const std::vector<FieldLabel> &table, const QString &key)
{
    const QByteArray latin = key.toLatin1();
    const auto it = std::lower_bound(
        table.begin(), table.end(), latin,
        [](const FieldLabel &l, const QByteArray &k) { return qstrcmp(l.key, k.constData()) < 0; });
    return it != table.end() && qstrcmp(it->key, latin.constData()) == 0 ? it->label : nullptr;
}

} // namespace

const std::vector<KindInfo> &KindRegistry::kinds()
{
    return registry().kinds;
}

const KindInfo *KindRegistry::find(const QString &id)
{
    const Registry &r = registry();
    const int i = r.byId.value(id);
    return i < 0 ? nullptr : &r.kinds[size_t(i)];
}

const QStringList &KindRegistry::ids(KindCategory category)
{
    return registry().ids[int(category)];
}

QString KindRegistry::displayName(const QString &id)
{
    const KindInfo *k = find(id);
    return k ? QCoreApplication::translate("tarmac::Kinds", k->name) : id;
}

QString KindRegistry::description(const QString &id)
{
    const KindInfo *k = find(id);
    return k ? QCoreApplication::translate("tarmac::Kinds", k->description) : QString();
}

QColor KindRegistry::color(const QString &id)
{
    const KindInfo *k = find(id);
    if (k)
        return k->color;
    // Unknown kinds: neutral grey, never mistaken for a lifecycle stage.
    return QColor(0x7F, 0x8C, 0x8D);
}

QString KindRegistry::iconPath(const QString &id)
{
    return u":/icons/"_s + id + u".svg"_s;
}

const std::vector<ParamSpec> &KindRegistry::params(const QString &id)
{
    static const std::vector<ParamSpec> none;
    const Registry &r = registry();
    const int i = r.byId.value(id);
    return i < 0 ? none : *r.paramsOf[size_t(i)];
}

const std::vector<ParamSpec> &KindRegistry::flowParams()
{
    return registry().flowParams;
}

const QStringList &KindRegistry::personas()
{
    static const QStringList list =
        words({"data-engineer", "data-scientist", "ml-engineer", "platform-architect", "vi-admin"});
    return list;
}

const QStringList &KindRegistry::roles()
{
    static const QStringList list = words({"compute", "reads", "writes", "online-store"});
    return list;
}

QString parameterLabel(const QString &name)
{
    const char *source = labelSource(parameterLabels(), name);
    return source ? QCoreApplication::translate("tarmac::Labels", source) : name;
}

QString requirementLabel(const QString &key)
{
    const char *source = labelSource(requirementLabels(), key);
    return source ? QCoreApplication::translate("tarmac::Labels", source) : key;
}

QString roleLabel(const QString &role)
{
    // The binding roles as the canvas and undo texts say them; files keep the ids.
    static const std::pair<const char *, const char *> labels[] = {
        {"compute", QT_TRANSLATE_NOOP("tarmac::Labels", "compute")},
        {"reads", QT_TRANSLATE_NOOP("tarmac::Labels", "reads")},
        {"writes", QT_TRANSLATE_NOOP("tarmac::Labels", "writes")},
        {"online-store", QT_TRANSLATE_NOOP("tarmac::Labels", "online store")},
    };
    for (const auto &[id, label] : labels) {
        if (role == QLatin1StringView(id))
            return QCoreApplication::translate("tarmac::Labels", label);
    }
    return role;
}

} // namespace tarmac
