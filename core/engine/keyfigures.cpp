#include "keyfigures.h"

#include "catalog/catalog.h"
#include "model/quantity.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

// A translation context lupdate can see (a free KeyFigures::tr() would be filed under the wrong
// one).
struct KeyFigures {
    Q_DECLARE_TR_FUNCTIONS(tarmac::KeyFigures)
};

QString count(double v)
{
    return std::isnan(v) ? u"?"_s : QString::number(v, 'f', 0);
}

QString percent(double ratio)
{
    if (std::isnan(ratio))
        return u"\u2014"_s;
    if (std::isinf(ratio))
        return u"\u221e %"_s;
    return QString::number(ratio * 100, 'f', 0) + u" %"_s;
}

// "1 core", "24 cores": a card is read aloud by screen readers too.
QString cores(double n)
{
    return count(n) + (n == 1 ? KeyFigures::tr(" core") : KeyFigures::tr(" cores"));
}

// "70 B", "20 T", "168": a count as a card reads it (the parser's "70.0B" is for typing).
QString compactCount(double v)
{
    auto digits = [](double x) {
        QString text = threeSignificant(x);
        if (text.contains(u'.') && !text.contains(u'e')) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(u'.'))
                text.chop(1);
        }
        return text;
    };
    static const std::pair<double, const char *> scales[] = {
        {1e15, " P"}, {1e12, " T"}, {1e9, " B"}, {1e6, " M"}, {1e3, " k"}};
    for (const auto &[scale, suffix] : scales) {
        if (std::abs(v) >= scale)
            return digits(v / scale) + QLatin1StringView(suffix);
    }
    return digits(v);
}

// A run's length in the unit people say: "52.9 min", "10.3 d", not "0.882 h" or "248 h".
QString hours(double h)
{
    return formatQuantity(h * 3600, Dimension::Seconds);
}

} // namespace

QString stageFigures(const Stage &stage, const StageResult &r, UnitSystem units)
{
    const QString &k = stage.kind;
    auto v = [&](const char *key) { return r.value(key); };
    QStringList parts;
    if (k == u"training") {
        if (!std::isnan(v("gpusNeeded")))
            parts << count(v("gpusNeeded")) + KeyFigures::tr(" \u00d7 GPU");
        if (!std::isnan(v("durationHours")))
            parts << hours(v("durationHours"));
        if (!std::isnan(v("memoryPerGpuBytes")))
            parts << formatQuantity(v("memoryPerGpuBytes"), Dimension::Bytes, UnitSystem::IEC) +
                         KeyFigures::tr("/GPU");
        else if (!std::isnan(v("readBytesPerSecond")))
            parts << formatQuantity(v("readBytesPerSecond"), Dimension::BytesPerSecond, units) +
                         KeyFigures::tr(" read");
        if (parts.isEmpty() && !std::isnan(v("trainingFlops")))
            parts << formatQuantity(v("trainingFlops"), Dimension::Flops);
    } else if (k == u"validation") {
        if (!std::isnan(v("gpuHoursPerDay")))
            parts << threeSignificant(v("gpuHoursPerDay")) + KeyFigures::tr(" GPU-h/day");
        else if (!std::isnan(v("inferenceFlopsPerDay")))
            parts << formatQuantity(v("inferenceFlopsPerDay"), Dimension::Flops) +
                         KeyFigures::tr("/day");
    } else if (k == u"serving") {
        if (!std::isnan(v("gpusNeeded")))
            parts << count(v("gpusNeeded")) +
                         (v("gpusNeeded") == 1 ? KeyFigures::tr(" GPU") : KeyFigures::tr(" GPUs"));
        if (!std::isnan(v("cpuCores")))
            parts << cores(v("cpuCores"));
        if (!std::isnan(v("memoryBytes")))
            parts << formatQuantity(v("memoryBytes"), Dimension::Bytes, UnitSystem::IEC);
    } else if (k == u"processing" || k == u"feature-engineering") {
        parts << cores(v("cpuCores"));
        parts << formatQuantity(v("readBytesPerSecond"), Dimension::BytesPerSecond, units);
        if (v("onlineStoreBytes") > 0)
            parts << formatQuantity(v("onlineStoreBytes"), Dimension::Bytes, units) +
                         KeyFigures::tr(" online");
    } else {
        parts << formatQuantity(v("storageBytes"), Dimension::Bytes, units);
        parts << formatQuantity(v("writeBytesPerSecond"), Dimension::BytesPerSecond, units);
    }
    return parts.join(u" \u00b7 "_s);
}

QString dataScienceFigures(const Stage &stage, const StageResult &r, UnitSystem units)
{
    const QString &k = stage.kind;
    auto v = [&](const char *key) { return r.value(key); };
    // Only what the user gave: a default is not a fact about their model.
    auto given = [&](const char *name) {
        const auto it = stage.params.constFind(QString::fromLatin1(name));
        return it == stage.params.cend() || it->type != ParamValue::Type::Number ? kUnknown
                                                                                 : it->number;
    };
    QStringList parts;
    // One part per figure that is known, worded by `say`.
    auto put = [&parts](double x, const auto &say) {
        if (!std::isnan(x))
            parts << say(x);
    };
    auto counted = [](const QString &suffix) {
        return [suffix](double x) { return compactCount(x) + suffix; };
    };
    auto quantity = [](Dimension d, UnitSystem system, const QString &suffix) {
        return [=](double x) { return formatQuantity(x, d, system) + suffix; };
    };
    auto duration = [](const QString &pattern) {
        return [pattern](double seconds) { return pattern.arg(hours(seconds / 3600)); };
    };
    if (k == u"training" || k == u"experimentation") {
        // The outcome first (a card shows what fits, in this order), then what defines it.
        put(v("durationHours"), [](double h) { return hours(h) + KeyFigures::tr(" to train"); });
        double gpuHours = v("gpuHours");
        if (std::isnan(gpuHours))
            gpuHours = v("gpusNeeded") * v("durationHours"); // NaN when either is unknown
        put(gpuHours, [](double h) { return threeSignificant(h) + KeyFigures::tr(" GPU-h"); });
        put(given("modelParams"), counted(KeyFigures::tr(" params")));
        put(given("trainingTokens"), counted(KeyFigures::tr(" tokens")));
        put(given("datasetSamples"), counted(KeyFigures::tr(" samples")));
        put(given("epochs"), counted(KeyFigures::tr(" epochs")));
    } else if (k == u"validation") {
        put(given("evalTokens"), counted(KeyFigures::tr(" tokens/run")));
        put(given("runsPerDay"), counted(KeyFigures::tr(" runs/day")));
        put(v("gpuHoursPerDay"),
            [](double h) { return threeSignificant(h) + KeyFigures::tr(" GPU-h/day"); });
    } else if (k == u"serving") {
        put(given("modelParams"), counted(KeyFigures::tr(" params")));
        put(given("requestsPerSecond"),
            quantity(Dimension::PerSecond, UnitSystem::SI, KeyFigures::tr(" requests")));
        put(given("outputTokens"), counted(KeyFigures::tr(" tokens out")));
    } else if (k == u"ingestion") {
        put(given("dailyBytes"), quantity(Dimension::Bytes, units, KeyFigures::tr("/day")));
        put(given("retentionDays"), duration(KeyFigures::tr("kept %1")));
    } else if (k == u"processing") {
        put(v("inputBytes"), quantity(Dimension::Bytes, units, KeyFigures::tr(" per run")));
        put(given("windowHours"), duration(KeyFigures::tr("within %1")));
    } else if (k == u"feature-engineering") {
        put(given("entities"), counted(KeyFigures::tr(" entities")));
        put(given("featuresPerEntity"), counted(KeyFigures::tr(" features")));
        put(given("lookupsPerSecond"),
            quantity(Dimension::PerSecond, UnitSystem::SI, KeyFigures::tr(" lookups")));
    }
    if (parts.isEmpty())
        return stageFigures(stage, r, units);
    return parts.join(u" \u00b7 "_s);
}

QString demandFigures(const Component &c, const ComponentResult &r, const Catalog &catalog,
                      UnitSystem units)
{
    // The resource closest to its limit: that is the demand the room talks about.
    int worst = -1;
    double worstRatio = -1;
    for (int i = 0; i < kResourceCount; ++i) {
        const double ratio = r.utilization(Resource(i));
        if (!std::isnan(ratio) && r.demand[size_t(i)] > 0 && ratio > worstRatio) {
            worst = i;
            worstRatio = ratio;
        }
    }
    if (worst < 0)
        return componentFigures(c, r, catalog, units) + u" \u00b7 "_s + KeyFigures::tr("no demand");
    const double demand = r.demand[size_t(worst)], capacity = r.capacity[size_t(worst)];
    auto amount = [&](double x) -> QString {
        switch (Resource(worst)) {
        case Resource::Gpus:
        case Resource::CpuCores:
            return count(x);
        case Resource::MemoryBytes:
        case Resource::GpuMemoryBytes:
            return formatQuantity(x, Dimension::Bytes, UnitSystem::IEC);
        case Resource::NetworkBytesPerSecond:
            return formatBitsPerSecond(x);
        case Resource::CapacityBytes:
            return formatQuantity(x, Dimension::Bytes, units);
        case Resource::ReadBytesPerSecond:
        case Resource::WriteBytesPerSecond:
            return formatQuantity(x, Dimension::BytesPerSecond, units);
        case Resource::OpsPerSecond:
            return formatQuantity(x, Dimension::PerSecond);
        }
        return threeSignificant(x);
    };
    static const char *const words[kResourceCount] = {
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "GPUs"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "cores"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "memory"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "network"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "stored"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "read"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "write"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "ops"),
        QT_TRANSLATE_NOOP("tarmac::KeyFigures", "GPU memory")};
    return KeyFigures::tr("%1 of %2 %3")
               .arg(amount(demand), amount(capacity), KeyFigures::tr(words[worst])) +
           u" \u00b7 "_s + percent(worstRatio);
}

QString componentFigures(const Component &c, const ComponentResult &r, const Catalog &catalog,
                         UnitSystem units)
{
    auto cap = [&](Resource res) { return r.capacity[size_t(res)]; };
    const QString &k = c.kind;
    if (k == u"gpu-cluster") {
        const Accelerator *a = catalog.accelerator(c.params.value(u"gpu"_s).text);
        QString name = a ? a->name.section(u' ', 0, 1) : KeyFigures::tr("GPU");
        return count(cap(Resource::Gpus)) + u" \u00d7 "_s + name + u" \u00b7 "_s +
               percent(r.utilization(Resource::Gpus)) + KeyFigures::tr(" GPUs");
    }
    if (k == u"cpu-cluster")
        return count(cap(Resource::CpuCores)) + KeyFigures::tr(" cores") + u" \u00b7 "_s +
               percent(r.utilization(Resource::CpuCores)) + KeyFigures::tr(" cores");
    if (k == u"kv-store")
        return formatQuantity(cap(Resource::MemoryBytes), Dimension::Bytes, UnitSystem::IEC) +
               u" \u00b7 "_s + percent(r.utilization(Resource::MemoryBytes)) +
               KeyFigures::tr(" memory");
    if (k == u"fabric")
        return formatBitsPerSecond(cap(Resource::NetworkBytesPerSecond)) + u" \u00b7 "_s +
               percent(r.utilization(Resource::NetworkBytesPerSecond));
    // storage
    QString text = formatQuantity(cap(Resource::CapacityBytes), Dimension::Bytes, units) +
                   KeyFigures::tr(" usable") + u" \u00b7 "_s +
                   percent(r.utilization(Resource::CapacityBytes)) + KeyFigures::tr(" full");
    if (r.monthsUntilFull >= 0)
        text += u" \u00b7 "_s + KeyFigures::tr("full in month %1").arg(r.monthsUntilFull);
    return text;
}

QHash<QString, ItemVerdict> verdictsById(const std::vector<Finding> &findings,
                                         const FindingFormatter &words)
{
    QHash<QString, ItemVerdict> verdicts;
    for (const Finding &f : findings) {
        for (const QString *id : {&f.stage, &f.component, &f.flow}) {
            if (id->isEmpty())
                continue;
            ItemVerdict &v = verdicts[*id];
            if (v.lines.isEmpty() || int(f.severity) > int(v.worst))
                v.worst = f.severity;
            v.lines << severityName(f.severity) + u": "_s + words.message(f);
        }
    }
    return verdicts;
}

} // namespace tarmac
