// The three bar charts: utilisation, what each stage needs, bandwidth.

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
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartdetail;

namespace {

// Bars of one row each sit in a stacked series: a row's value goes into the set that gives it
// its colour and the other sets hold 0 there, so every bar shows in exactly one colour.
QHorizontalStackedBarSeries *addStackedBars(QChart *chart, const QStringList &setNames, int rows)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (const QString &name : setNames) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < rows; ++i)
            *set << 0;
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    // Names like "HGX H100 hosts · GPUs" are the point of the chart: never shorten them to "…".
    categories->setTruncateLabels(false);
    addAxis(chart, categories, kCategoryAxis, Qt::AlignLeft);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%g"_s);
    addAxis(chart, values, kValueAxis, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return series;
}

// Horizontal bars put index 0 at the bottom, and QBarCategoryAxis ignores setReverse(), so
// rows go in backwards: the first row is the top bar, as in the tables.
int barOf(int row, int rows)
{
    return rows - 1 - row;
}
QStringList backwards(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

// A hidden axis over the bar indices (-0.5 … n-0.5), for lines drawn across or on the bars.
QValueAxis *addIndexAxis(QChart *chart, int rows)
{
    auto *index = new QValueAxis;
    index->setRange(-0.5, std::max(rows, 1) - 0.5);
    index->setVisible(false);
    addAxis(chart, index, kIndexAxis, Qt::AlignLeft);
    return index;
}

// Hover and click on bar `index` of a chart showing model rows first … first + rows - 1.
/// Hover and click on bar `index` of a chart that draws the model rows `rows` (top bar first).
void connectBarRows(QAbstractBarSeries *series, const ChartModel &model, int tooltipColumn,
                    const ChartFactory::Activate &activate, std::vector<int> rows)
{
    auto rowOf = [rows](int index) {
        const int n = int(rows.size());
        return index >= 0 && index < n ? rows[size_t(barOf(index, n))] : -1;
    };
    QObject::connect(series, &QAbstractBarSeries::hovered, &model,
                     [&model, tooltipColumn, rowOf](bool status, int index, QBarSet *) {
                         const int row = rowOf(index);
                         showToolTip(status && row >= 0 ? cellToolTip(model, row, tooltipColumn)
                                                        : QString());
                     });
    if (activate) {
        QObject::connect(series, &QAbstractBarSeries::clicked, &model,
                         [&model, activate, rowOf](int index, QBarSet *) {
                             if (const int row = rowOf(index); row >= 0)
                                 activate(model.itemId(row));
                         });
    }
}

void connectBars(QAbstractBarSeries *series, const ChartModel &model, int tooltipColumn,
                 const ChartFactory::Activate &activate, int first = 0, int rows = -1)
{
    if (rows < 0)
        rows = model.rowCount(); // fixed until the next rebuild
    std::vector<int> all(static_cast<size_t>(std::max(0, rows)));
    for (int i = 0; i < rows; ++i)
        all[size_t(i)] = first + i;
    connectBarRows(series, model, tooltipColumn, activate, std::move(all));
}

/// The rows a per-stage chart draws: all of them up to `cap`, else the `cap` with the largest
/// finite values in `column` (a bar chart of 2,000 stages shows nobody anything, and Qt Charts
/// lays out every category on every update), in model order.
std::vector<int> largestRows(const ChartModel &model, int column, int cap)
{
    const int n = model.rowCount();
    std::vector<int> rows(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        rows[size_t(r)] = r;
    if (n <= cap)
        return rows;
    auto value = [&](int r) {
        const double v = model.value(r, column);
        return std::isfinite(v) ? v : -1.0;
    };
    std::nth_element(rows.begin(), rows.begin() + cap, rows.end(), [&](int a, int b) {
        const double va = value(a), vb = value(b);
        return va != vb ? va > vb : a < b;
    });
    rows.resize(size_t(cap));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<QBarSet *> barSets(const QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars->barSets();
    }
    return {};
}

void setLegendVisible(QChart *chart, QAbstractSeries *series, bool visible)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(visible);
}

} // namespace

int ChartFactory::barIndex(const QChart *chart, int row)
{
    const QAbstractBarSeries *series = nullptr;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (!series)
            series = qobject_cast<QAbstractBarSeries *>(s);
    }
    const QList<QBarSet *> sets = series ? series->barSets() : QList<QBarSet *>();
    return sets.isEmpty() ? -1 : barOf(row, int(sets.first()->count()));
}

void ChartFactory::updateUtilization(QChart *chart, const UtilizationModel &model,
                                     const Activate &activate)
{
    const int n = model.rowCount();
    const bool filtered = !model.componentFilter().isEmpty();
    QStringList shape{u"utilization"_s, model.componentFilter()};
    QStringList ids, names;
    for (int r = 0; r < n; ++r) {
        shape << model.itemId(r) + u'|' + model.text(r, UtilizationModel::ResourceColumn);
        ids << model.itemId(r);
        const QString resource = UtilizationModel::resourceName(model.resource(r));
        names << (filtered ? resource
                           : model.text(r, UtilizationModel::ComponentNameColumn) + u" \u00b7 "_s +
                                 resource);
    }
    if (!filtered)
        chart->setTitle(tr("Demand against capacity"));
    else if (n > 0)
        chart->setTitle(tr("Demand against capacity: %1").arg(model.filterName()));
    else
        chart->setTitle(tr("%1 has no capacity figures yet").arg(model.filterName()));

    const bool dark = isDark(chart);
    if (rebuildNeeded(chart, shape)) {
        QHorizontalStackedBarSeries *series =
            addStackedBars(chart, {tr("Up to 80 %"), tr("80 to 100 %"), tr("Over 100 %")}, n);
        const QList<QBarSet *> sets = series->barSets();
        for (int band = 0; band < 3; ++band)
            paintSet(sets[band], bandColor(band), bandColor(band), dark);
        valueAxis(chart)->setTitleText(tr("Demand / capacity (%)"));
        connectBars(series, model, UtilizationModel::UtilizationColumn, activate);

        QValueAxis *index = addIndexAxis(chart, n);
        const struct {
            double percent;
            QString name;
            int band;
        } thresholds[] = {{80, tr("80 % (warning)"), 1}, {100, tr("100 % (full)"), 2}};
        for (const auto &t : thresholds) {
            auto *line = new QLineSeries;
            line->setName(t.name);
            *line << QPointF(t.percent, -0.5) << QPointF(t.percent, std::max(n, 1) - 0.5);
            chart->addSeries(line);
            line->attachAxis(valueAxis(chart));
            line->attachAxis(index);
            paintSeries(line, bandColor(t.band), bandColor(t.band), dark, 1.5, Qt::DashLine);
        }
    }
    chart->setProperty(kRowIds, backwards(ids));
    chart->setProperty(kScale, 0.01); // the axis is in percent of a ratio
    setCategoriesIfChanged(categoryAxis(chart), backwards(categoryLabels(names, ids)));

    double max = 0;
    for (int r = 0; r < n; ++r) {
        const double ratio = model.value(r, UtilizationModel::UtilizationColumn);
        if (std::isfinite(ratio))
            max = std::max(max, ratio * 100);
    }
    // At least 120 % so both reference lines show; at most 300 %, beyond which bars are cut
    // off (the tooltip has the exact figure) rather than squash everything else.
    const int step = max * 1.05 <= 200 ? 20 : 50;
    const double top = std::min(300.0, std::max(120.0, std::ceil(max * 1.05 / step) * step));
    QValueAxis *percent = valueAxis(chart);
    if (percent->max() != top || percent->min() != 0)
        percent->setRange(0, top);
    if (percent->tickCount() != int(top) / step + 1)
        percent->setTickCount(int(top) / step + 1);

    const QList<QBarSet *> sets = barSets(chart);
    QList<QList<qreal>> values(sets.size(), QList<qreal>(n, 0));
    for (int r = 0; r < n; ++r) {
        const double ratio = model.value(r, UtilizationModel::UtilizationColumn);
        const double shown = std::isnan(ratio) ? 0 : std::isinf(ratio) ? top : ratio * 100;
        const int band = std::isnan(ratio) ? 0 : bandOf(ratio);
        if (band < values.size())
            values[band][barOf(r, n)] = shown;
    }
    for (qsizetype b = 0; b < sets.size(); ++b)
        setBarValues(sets[b], values[b]);
    restyle(chart);
}

QStringList ChartFactory::stageKinds(const StageNeedsModel &model)
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

qreal ChartFactory::paintStageLegend(QPainter *painter, const QRectF &rect,
                                     const QStringList &kinds, bool dark)
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

void ChartFactory::updateStageNeeds(QChart *chart, const StageNeedsModel &model, StageMetric metric,
                                    const Activate &activate)
{
    const int total = model.rowCount();
    const int column = stageColumn(metric);
    const std::vector<int> rows = largestRows(model, column, kMaxStageBars);
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
    const bool dark = isDark(chart);
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
    const Quantity quantity = metric == StageMetric::Memory       ? Quantity::MemoryBytes
                              : metric == StageMetric::Throughput ? Quantity::BytesPerSecond
                                                                  : Quantity::Count;
    const AxisUnit unit = axisUnit(quantity, max, model.units());
    chart->setProperty(kScale, unit.scale);
    const QString title = stageMetricTitle(metric);
    QString heading = metric == StageMetric::GpuHours && perDay
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

void ChartFactory::updateBandwidth(QChart *chart, const BandwidthModel &model, BandwidthPart part,
                                   const Activate &activate)
{
    const bool fabrics = part == BandwidthPart::Fabrics;
    const int first = fabrics ? model.flowCount() : 0;
    const int n = fabrics ? model.rowCount() - model.flowCount() : model.flowCount();
    QStringList shape{fabrics ? u"fabrics"_s : u"flows"_s};
    QStringList ids, names;
    for (int i = 0; i < n; ++i) {
        shape << model.itemId(first + i);
        ids << model.itemId(first + i);
        names << model.text(first + i, BandwidthModel::NameColumn);
    }
    if (fabrics)
        chart->setTitle(n > 0 ? tr("Bandwidth across each fabric")
                              : tr("No network fabric modelled yet"));
    else
        chart->setTitle(n > 0 ? tr("Bandwidth of each flow while it moves")
                              : tr("No data flows yet"));
    const bool dark = isDark(chart);
    const QColor mark = dark ? QColor(0xEC, 0xEF, 0xF1) : QColor(0x26, 0x32, 0x38);
    if (rebuildNeeded(chart, shape)) {
        QHorizontalStackedBarSeries *series =
            addStackedBars(chart, {fabrics ? tr("Traffic") : tr("Flow")}, n);
        QBarSet *set = series->barSets().first();
        if (fabrics)
            paintSet(set, QColor(0x60, 0x7D, 0x8B), QColor(0x90, 0xA4, 0xAE), dark);
        else
            paintSet(set, QColor(0x2E, 0x86, 0xDE), QColor(0x54, 0xA0, 0xFF), dark);
        connectBars(series, model, BandwidthModel::DemandColumn, activate, first, n);
        if (!fabrics)
            chart->legend()->setVisible(false); // one colour, the title says what it is
        QValueAxis *index = addIndexAxis(chart, n);
        for (int i = 0; fabrics && i < n; ++i) {
            // One short line per fabric across its bar: where its capacity ends.
            auto *capacity = new QLineSeries;
            capacity->setName(tr("Capacity"));
            capacity->setProperty(kItemId, model.itemId(first + i));
            chart->addSeries(capacity);
            capacity->attachAxis(valueAxis(chart));
            capacity->attachAxis(index);
            paintSeries(capacity, mark, mark, dark, 3);
            setLegendVisible(chart, capacity, i == 0);
            const int row = first + i;
            QObject::connect(
                capacity, &QXYSeries::hovered, &model, [&model, row](const QPointF &, bool state) {
                    showToolTip(state ? cellToolTip(model, row, BandwidthModel::CapacityColumn)
                                      : QString());
                });
        }
    }
    chart->setProperty(kRowIds, backwards(ids));
    setCategoriesIfChanged(categoryAxis(chart), backwards(categoryLabels(names, ids)));

    double max = 0;
    for (int i = 0; i < n; ++i) {
        for (int c : {int(BandwidthModel::DemandColumn), int(BandwidthModel::CapacityColumn)}) {
            const double v = model.value(first + i, c);
            if (std::isfinite(v))
                max = std::max(max, v);
        }
    }
    const AxisUnit unit = axisUnit(Quantity::BitsPerSecond, max, model.units());
    chart->setProperty(kScale, unit.scale);
    QValueAxis *values = valueAxis(chart);
    values->setTitleText(tr("Bandwidth (%1)").arg(unit.symbol));
    setNiceRange(values, max / unit.scale);

    QBarSet *set = barSets(chart).value(0);
    const QList<QAbstractSeries *> series = chart->series();
    if (set) {
        QList<qreal> demand(n, 0);
        for (int i = 0; i < n; ++i) {
            const double v = model.value(first + i, BandwidthModel::DemandColumn);
            demand[barOf(i, n)] = std::isfinite(v) ? v / unit.scale : 0;
        }
        setBarValues(set, demand);
    }
    for (int i = 0; i < n && set; ++i) {
        if (!fabrics || i + 1 >= series.size())
            continue;
        auto *capacity = static_cast<QXYSeries *>(series[i + 1]);
        const double cap = model.value(first + i, BandwidthModel::CapacityColumn) / unit.scale;
        const double bar = barOf(i, n);
        const QList<QPointF> points =
            std::isfinite(cap) ? QList<QPointF>{QPointF(cap, bar - 0.4), QPointF(cap, bar + 0.4)}
                               : QList<QPointF>{};
        if (capacity->points() != points)
            capacity->replace(points);
    }
    restyle(chart);
}

} // namespace tarmac
