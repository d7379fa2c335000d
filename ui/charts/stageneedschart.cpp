#include "stageneedschart.h"

#include "chartfactory.h"
#include "chartfactoryinternal.h"
#include "chartmodels.h"
#include "model/paramschema.h"
#include "model/starterparams.h"
#include "style/lifecyclecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartdetail;

int StageNeedsChart::column(Metric metric)
{
    switch (metric) {
    case Metric::GpuHours:
        return StageNeedsModel::GpuHoursColumn;
    case Metric::Gpus:
        return StageNeedsModel::GpusColumn;
    case Metric::Memory:
        return StageNeedsModel::MemoryColumn;
    case Metric::Throughput:
        return StageNeedsModel::ThroughputColumn;
    }
    return StageNeedsModel::GpuHoursColumn;
}

QString StageNeedsChart::title(Metric metric)
{
    switch (metric) {
    case Metric::GpuHours:
        return tr("GPU-hours");
    case Metric::Gpus:
        return tr("GPUs needed");
    case Metric::Memory:
        return tr("Memory");
    case Metric::Throughput:
        return tr("Read + write throughput");
    }
    return {};
}

QStringList StageNeedsChart::stageKinds(const StageNeedsModel &model)
{
    QStringList present;
    for (int r = 0; r < model.rowCount(); ++r)
        present << model.text(r, StageNeedsModel::KindColumn);
    QStringList kinds;
    for (const QString &kind : ParamSchema::stageKinds()) {
        if (present.contains(kind))
            kinds << kind;
    }
    for (const QString &kind : std::as_const(present)) {
        if (!kinds.contains(kind)) // a kind from a newer file: after the known ones
            kinds << kind;
    }
    return kinds;
}

qreal StageNeedsChart::paintLegend(QPainter *painter, const QRectF &rect, const QStringList &kinds,
                                   bool dark)
{
    const QFont font = painter ? painter->font() : QFont();
    const QFontMetricsF metrics(font);
    const qreal swatch = std::round(metrics.height() * 0.7);
    const qreal lineHeight = metrics.height() + 6;
    const qreal gap = metrics.height();
    // Lay the entries out in lines, then centre each line.
    QList<QList<int>> lines{{}};
    QList<qreal> widths{0};
    for (int i = 0; i < kinds.size(); ++i) {
        const qreal w = swatch + 4 + metrics.horizontalAdvance(starterName(kinds[i]));
        if (!lines.last().isEmpty() && widths.last() + gap + w > rect.width()) {
            lines << QList<int>();
            widths << 0;
        }
        widths.last() += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last() << i;
    }
    const qreal height = kinds.isEmpty() ? 0 : lines.size() * lineHeight;
    if (!painter)
        return height;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor text = dark ? QColor(0xEC, 0xEF, 0xF1) : QColor(0x37, 0x47, 0x4F);
    qreal y = rect.top() + std::max<qreal>(0, (rect.height() - height) / 2);
    for (int l = 0; l < lines.size(); ++l, y += lineHeight) {
        qreal x = rect.left() + std::max<qreal>(0, (rect.width() - widths[l]) / 2);
        for (int i : std::as_const(lines[l])) {
            const QString name = starterName(kinds[i]);
            painter->setPen(Qt::NoPen);
            painter->setBrush(lifecycleColor(kinds[i]));
            painter->drawRect(QRectF(x, y + (lineHeight - swatch) / 2, swatch, swatch));
            x += swatch + 4;
            painter->setPen(text);
            painter->drawText(QRectF(x, y, metrics.horizontalAdvance(name) + 1, lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, name);
            x += metrics.horizontalAdvance(name) + gap;
        }
    }
    painter->restore();
    return height;
}

void StageNeedsChart::update(QChart *chart, const StageNeedsModel &model, Metric metric,
                             const ChartActivate &activate)
{
    const int total = model.rowCount();
    const int column = StageNeedsChart::column(metric);
    const std::vector<int> rows = largestRows(model, column, kMaxBars);
    const int n = int(rows.size());
    // One bar set per lifecycle kind present: every stage's bar has its kind's colour.
    const QStringList kinds = stageKinds(model);
    QStringList ids, names;
    bool perDay = false;
    for (int r : rows) {
        ids << model.itemId(r);
        names << model.text(r, StageNeedsModel::StageNameColumn);
        perDay = perDay || (model.gpuHoursPerDay(r) && std::isfinite(model.value(r, column)));
    }
    QStringList shape{u"stages"_s, QString::number(column)};
    shape << kinds << ids;
    const bool dark = ChartFactory::isDark(chart);
    if (rebuildNeeded(chart, shape)) {
        QStringList setNames;
        for (const QString &kind : kinds)
            setNames << starterName(kind);
        QHorizontalStackedBarSeries *series = addStackedBars(chart, setNames, n);
        const QList<QBarSet *> sets = series->barSets();
        for (int k = 0; k < kinds.size(); ++k)
            paintSet(sets[k], lifecycleColor(kinds[k]), lifecycleColor(kinds[k]).lighter(115),
                     dark);
        connectBarRows(series, model, column, activate, rows);
        chart->legend()->setVisible(false); // shared by the four charts: paintStageLegend()
    }
    chart->setProperty(kRowIds, backwards(ids));
    setCategoriesIfChanged(categoryAxis(chart), backwards(categoryLabels(names, ids)));

    double max = 0;
    for (int r : rows) {
        const double v = model.value(r, column);
        if (std::isfinite(v))
            max = std::max(max, v);
    }
    using Quantity = ChartFactory::Quantity;
    const Quantity quantity = metric == Metric::Memory       ? Quantity::MemoryBytes
                              : metric == Metric::Throughput ? Quantity::BytesPerSecond
                                                             : Quantity::Count;
    const ChartFactory::AxisUnit unit = ChartFactory::axisUnit(quantity, max, model.units());
    chart->setProperty(kScale, unit.scale);
    const QString title = StageNeedsChart::title(metric);
    QString heading = metric == Metric::GpuHours && perDay
                          ? tr("GPU-hours (in total; per day for validation)")
                          : title;
    if (n < total)
        heading = tr("%1 \u2014 the %2 largest of %3 stages").arg(heading).arg(n).arg(total);
    chart->setTitle(heading);
    QValueAxis *values = valueAxis(chart);
    values->setTitleText(unit.symbol.isEmpty() ? title : tr("%1 (%2)").arg(title, unit.symbol));
    setNiceRange(values, max / unit.scale);

    const QList<QBarSet *> sets = barSets(chart);
    QList<QList<qreal>> perKind(sets.size(), QList<qreal>(n, 0));
    for (int i = 0; i < n; ++i) {
        const int r = rows[size_t(i)];
        const double v = model.value(r, column);
        const int kind = int(kinds.indexOf(model.text(r, StageNeedsModel::KindColumn)));
        if (kind >= 0 && kind < perKind.size())
            perKind[kind][barOf(i, n)] = std::isfinite(v) ? v / unit.scale : 0;
    }
    for (qsizetype k = 0; k < sets.size(); ++k)
        setBarValues(sets[k], perKind[k]);
    restyle(chart);
}

} // namespace tarmac
