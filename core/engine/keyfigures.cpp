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
