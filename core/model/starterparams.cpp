#include "starterparams.h"

#include "paramschema.h"
#include "quantity.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

void set(Params &p, const QString &kind, const char *name, const char *typed)
{
    const QString key = QString::fromLatin1(name);
    const QString text = QString::fromUtf8(typed);
    const std::vector<ParamSpec> &specs = ParamSchema::forStage(kind).empty()
                                              ? ParamSchema::forComponent(kind)
                                              : ParamSchema::forStage(kind);
    const ParamSpec *spec = ParamSchema::find(specs, key);
    if (!spec)
        return;
    if (spec->type == ParamType::Text) {
        p.insert(key, ParamValue::fromText(text));
        return;
    }
    const ParsedQuantity q = parseQuantity(text, spec->dimension, key, spec->plainScale);
    if (q.ok())
        p.insert(key, ParamValue::fromNumber(q.value, text));
}

} // namespace

Params starterParams(const QString &kind)
{
    Params p;
    auto s = [&](const char *name, const char *typed) { set(p, kind, name, typed); };
    if (kind == u"ingestion") {
        s("dailyBytes", "100 GB");
    } else if (kind == u"monitoring") {
        s("dailyBytes", "10 GB");
    } else if (kind == u"training") {
        s("modelParams", "7B");
        s("trainingTokens", "140B");
        s("zeroStage", "3"); // sharded states (DeepSpeed ZeRO-3 / FSDP): how 7B models are trained

    } else if (kind == u"validation") {
        s("modelParams", "7B");
        s("evalTokens", "10M");
    } else if (kind == u"serving") {
        s("modelParams", "7B");
        s("layers", "32");
        s("kvHeads", "32");
        s("headDim", "128");
        s("requestsPerSecond", "5");
    } else if (kind == u"gpu-cluster") {
        s("hosts", "4");
        s("gpu", "nvidia-h100-sxm");
        s("gpusPerHost", "8");
        s("nicPerHost", "400 Gb/s");
    } else if (kind == u"cpu-cluster") {
        s("hosts", "4");
        s("cpuCoresPerHost", "64");
        s("memoryPerHost", "1 TiB");
        s("nicPerHost", "100 Gb/s");
    } else if (ParamSchema::isStorageKind(kind)) {
        s("rawCapacity", "500 TB");
        s("protection", kind == u"block-storage"    ? "esa-raid5-4p1"
                        : kind == u"object-storage" ? "ec-6-3"
                        : kind == u"parallel-fs"    ? "ec-8-2"
                                                    : "raid6");
        s("readBandwidth", "20 GB/s");
        s("writeBandwidth", "10 GB/s");
        s("latency", kind == u"object-storage" ? "100 ms" : "0.7 ms");
    } else if (kind == u"kv-store") {
        s("memory", "512 GiB");
        s("opsPerSecond", "1M");
        s("latency", "0.2 ms");
    } else if (kind == u"fabric") {
        s("linkSpeed", "100 Gb/s");
        s("ports", "32");
        s("mtu", "9000");
    }
    return p;
}

QString starterName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {u"ingestion"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Ingestion")},
        {u"processing"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Processing")},
        {u"feature-engineering"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Feature engineering")},
        {u"training"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Training")},
        {u"validation"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Validation")},
        {u"serving"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Serving")},
        {u"monitoring"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Monitoring")},
        {u"gpu-cluster"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "GPU cluster")},
        {u"cpu-cluster"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "CPU cluster")},
        {u"file-storage"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "File storage")},
        {u"block-storage"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Block storage")},
        {u"object-storage"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Object storage")},
        {u"parallel-fs"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Parallel file system")},
        {u"kv-store"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Key-value store")},
        {u"fabric"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Network fabric")},
        {u"site"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Site")},
        {u"rack"_s, QT_TRANSLATE_NOOP("tarmac::Kinds", "Rack")},
    };
    const char *name = names.value(kind, nullptr);
    return name ? QCoreApplication::translate("tarmac::Kinds", name) : kind;
}

QString starterPersona(const QString &stageKind)
{
    if (stageKind == u"ingestion" || stageKind == u"processing")
        return u"data-engineer"_s;
    if (stageKind == u"feature-engineering" || stageKind == u"validation")
        return u"data-scientist"_s;
    if (stageKind == u"training" || stageKind == u"serving")
        return u"ml-engineer"_s;
    return u"platform-architect"_s;
}

} // namespace tarmac
