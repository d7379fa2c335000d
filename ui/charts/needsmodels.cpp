#include "chartmodels.h"
#include "chartmodelsinternal.h"
#include "engine/stagetotals.h"
#include "model/idindex.h"
#include "model/starterparams.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartmodels;

// ---- StageNeedsModel ----------------------------------------------------------------------

namespace {
// A hidden extra after the three text columns: "day" when GPU-hours are per day.
constexpr int kPerDayText = StageNeedsModel::GpuHoursColumn;
} // namespace

StageNeedsModel::StageNeedsModel(QObject *parent)
    : ChartModel(parent)
{
    setTextColumnCount(GpuHoursColumn);
    update({}, {});
}

StageNeedsModel::StageNeedsModel(const Project &project, const EngineResult &result,
                                 QObject *parent)
    : StageNeedsModel(parent)
{
    update(project, result);
}

double StageNeedsModel::needOf(const StageResult &stage, int column)
{
    switch (column) {
    case GpuHoursColumn:
        return stageTotal(stage, StageTotal::GpuHours);
    case GpusColumn:
        return stageTotal(stage, StageTotal::Gpus);
    case MemoryColumn:
        return stageTotal(stage, StageTotal::MemoryBytes);
    case ThroughputColumn:
        return stageTotal(stage, StageTotal::ThroughputBytesPerSecond);
    default:
        return kUnknown;
    }
}

void StageNeedsModel::update(const Project &project, const EngineResult &result)
{
    std::vector<Row> rows;
    const size_t n = std::min(project.stages.size(), result.stages.size());
    for (size_t i = 0; i < n; ++i) {
        const Stage &s = project.stages[i];
        const StageResult &sr = result.stages[i];
        const bool perDay = gpuHoursArePerDay(sr);
        Row row{s.id,
                s.id,
                s.kind,
                {s.id, nameOf(s.name, s.id), s.kind, perDay ? u"day"_s : QString()},
                {}};
        for (int c = GpuHoursColumn; c < ColumnCount; ++c)
            row.values.push_back(needOf(sr, c));
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows),
            {u"stageId"_s, u"stageName"_s, u"kind"_s, u"gpuHours"_s, u"gpus"_s, u"memory"_s,
             u"throughput"_s},
            {tr("Stage id"), tr("Stage"), tr("Kind"), tr("GPU-hours"), tr("GPUs"), tr("Memory"),
             tr("Throughput")});
}

bool StageNeedsModel::gpuHoursPerDay(int r) const
{
    return r >= 0 && r < rowCount() && !row(r).texts.value(kPerDayText).isEmpty();
}

QString StageNeedsModel::displayText(const Row &row, int column) const
{
    return column == KindColumn ? starterName(row.kind) : ChartModel::displayText(row, column);
}

QString StageNeedsModel::formatValue(const Row &row, int valueIndex, double value) const
{
    if (std::isnan(value))
        return dash();
    switch (valueIndex + GpuHoursColumn) {
    case GpuHoursColumn:
        return row.texts.value(kPerDayText).isEmpty()
                   ? formatRequirement("gpuHours", value)
                   : tr("%1 per day").arg(formatRequirement("gpuHoursPerDay", value));
    case GpusColumn:
        return tr("%1 GPUs").arg(wholeOrOne(value));
    case MemoryColumn:
        return formatQuantity(value, Dimension::Bytes, UnitSystem::IEC);
    case ThroughputColumn:
        return formatQuantity(value, Dimension::BytesPerSecond, units());
    }
    return {};
}

QString StageNeedsModel::toolTip(const Row &row, int column) const
{
    const QString stage =
        tr("%1 (%2)").arg(row.texts.value(StageNameColumn), starterName(row.kind));
    if (column < GpuHoursColumn) {
        QStringList lines{stage};
        for (int c = GpuHoursColumn; c < ColumnCount; ++c) {
            lines << tr("%1: %2").arg(
                headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                formatValue(row, c - GpuHoursColumn, row.values[size_t(c - GpuHoursColumn)]));
        }
        return lines.join(u'\n');
    }
    return tr("%1 \u2014 %2: %3")
        .arg(
            stage, headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
            formatValue(row, column - GpuHoursColumn, row.values[size_t(column - GpuHoursColumn)]));
}

// ---- BandwidthModel -----------------------------------------------------------------------

namespace {
// Hidden extras after the three text columns: a flow's source and target stage names.
constexpr int kFromText = BandwidthModel::DemandColumn;
constexpr int kToText = kFromText + 1;
} // namespace

BandwidthModel::BandwidthModel(QObject *parent)
    : ChartModel(parent)
{
    setTextColumnCount(DemandColumn);
    update({}, {});
}

BandwidthModel::BandwidthModel(const Project &project, const EngineResult &result, QObject *parent)
    : BandwidthModel(parent)
{
    update(project, result);
}

void BandwidthModel::update(const Project &project, const EngineResult &result)
{
    std::vector<Row> rows;
    const IdIndex index(project);
    auto stageName = [&](const QString &id) {
        const Stage *s = stageAt(project, index, id);
        return s ? nameOf(s->name, s->id) : id;
    };
    const size_t flows = std::min(project.flows.size(), result.flows.size());
    for (size_t i = 0; i < flows; ++i) {
        const Flow &f = project.flows[i];
        const ParamValue dataset = f.params.value(u"dataset"_s);
        const QString name =
            dataset.type == ParamValue::Type::Text && !dataset.text.isEmpty() ? dataset.text : f.id;
        rows.push_back({u"flow:"_s + f.id,
                        f.id,
                        u"flow"_s,
                        {u"flow"_s, f.id, name, stageName(f.from), stageName(f.to)},
                        {result.flows[i].bytesPerSecond, kUnknown}});
    }
    const size_t components = std::min(project.components.size(), result.components.size());
    for (size_t i = 0; i < components; ++i) {
        const Component &c = project.components[i];
        if (c.kind != u"fabric")
            continue;
        const ComponentResult &cr = result.components[i];
        const int network = int(Resource::NetworkBytesPerSecond);
        rows.push_back({u"fabric:"_s + c.id,
                        c.id,
                        c.kind,
                        {u"fabric"_s, c.id, nameOf(c.name, c.id)},
                        {cr.demand[network], cr.capacity[network]}});
    }
    setRows(std::move(rows), {u"kind"_s, u"id"_s, u"name"_s, u"demand"_s, u"capacity"_s},
            {tr("Kind"), tr("Id"), tr("Name"), tr("Bandwidth"), tr("Capacity")},
            [this, flows] { m_flows = int(flows); });
}

bool BandwidthModel::isFabric(int r) const
{
    return r >= m_flows && r < rowCount();
}

QString BandwidthModel::displayText(const Row &row, int column) const
{
    if (column == KindColumn)
        return row.kind == u"fabric" ? tr("Fabric") : tr("Flow");
    return ChartModel::displayText(row, column);
}

QString BandwidthModel::formatValue(const Row &, int, double value) const
{
    return std::isnan(value) ? dash() : formatBitsPerSecond(value);
}

QString BandwidthModel::toolTip(const Row &row, int) const
{
    const QString name = row.texts.value(NameColumn);
    const double demand = row.values[0];
    const double capacity = row.values[1];
    if (row.kind != u"fabric") {
        //: dataset, from stage, to stage, rate
        return tr("%1 (%2 \u2192 %3): %4 while it moves")
            .arg(name, row.texts.value(kFromText), row.texts.value(kToText),
                 formatBitsPerSecond(demand));
    }
    if (std::isnan(capacity))
        return tr("%1: %2 crosses it; its capacity is not known")
            .arg(name, formatBitsPerSecond(demand));
    return tr("%1: %2 of %3 (%4)")
        .arg(name, formatBitsPerSecond(demand), formatBitsPerSecond(capacity),
             formatRatio(capacity > 0
                             ? demand / capacity
                             : (demand > 0 ? std::numeric_limits<double>::infinity() : kUnknown)));
}

} // namespace tarmac
