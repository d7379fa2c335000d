#include "bandwidthchart.h"

#include "chartfactory.h"
#include "chartfactoryinternal.h"
#include "chartmodels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartdetail;

void BandwidthChart::update(QChart *chart, const BandwidthModel &model, Part part,
                            const ChartActivate &activate)
{
    const bool fabrics = part == Part::Fabrics;
    const int first = fabrics ? model.flowCount() : 0;
    const int total = fabrics ? model.rowCount() - model.flowCount() : model.flowCount();
    // The busiest first (decision 0012): a bar per flow of a 10,000-stage project is noise.
    const std::vector<int> rows =
        largestRows(model, BandwidthModel::DemandColumn, ChartFactory::kMaxBars, first, total);
    const int n = int(rows.size());
    QStringList shape{fabrics ? u"fabrics"_s : u"flows"_s};
    QStringList ids, names;
    for (int i = 0; i < n; ++i) {
        shape << model.itemId(rows[size_t(i)]);
        ids << model.itemId(rows[size_t(i)]);
        names << model.text(rows[size_t(i)], BandwidthModel::NameColumn);
    }
    if (fabrics)
        chart->setTitle(n > 0 ? tr("Bandwidth across each fabric")
                              : tr("No network fabric modelled yet"));
    else
        chart->setTitle(n > 0 ? tr("Bandwidth of each flow while it moves")
                              : tr("No data flows yet"));
    if (n < total)
        chart->setTitle(tr("%1 \u2014 the %2 busiest of %3").arg(chart->title()).arg(n).arg(total));
    const bool dark = ChartFactory::isDark(chart);
    const QColor mark = dark ? QColor(0xEC, 0xEF, 0xF1) : QColor(0x26, 0x32, 0x38);
    if (rebuildNeeded(chart, shape)) {
        QHorizontalStackedBarSeries *series =
            addStackedBars(chart, {fabrics ? tr("Traffic") : tr("Flow")}, n);
        QBarSet *set = series->barSets().first();
        if (fabrics)
            paintSet(set, QColor(0x60, 0x7D, 0x8B), QColor(0x90, 0xA4, 0xAE), dark);
        else
            paintSet(set, QColor(0x2E, 0x86, 0xDE), QColor(0x54, 0xA0, 0xFF), dark);
        connectBarRows(series, model, BandwidthModel::DemandColumn, activate, rows);
        if (!fabrics)
            chart->legend()->setVisible(false); // one colour, the title says what it is
        QValueAxis *index = addIndexAxis(chart, n);
        for (int i = 0; fabrics && i < n; ++i) {
            // One short line per fabric across its bar: where its capacity ends.
            auto *capacity = new QLineSeries;
            capacity->setName(tr("Capacity"));
            capacity->setProperty(kItemId, model.itemId(rows[size_t(i)]));
            chart->addSeries(capacity);
            capacity->attachAxis(valueAxis(chart));
            capacity->attachAxis(index);
            paintSeries(capacity, mark, mark, dark, 3);
            setLegendVisible(chart, capacity, i == 0);
            const int row = rows[size_t(i)];
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
            const double v = model.value(rows[size_t(i)], c);
            if (std::isfinite(v))
                max = std::max(max, v);
        }
    }
    const ChartFactory::AxisUnit unit =
        ChartFactory::axisUnit(ChartFactory::Quantity::BitsPerSecond, max, model.units());
    chart->setProperty(kScale, unit.scale);
    QValueAxis *values = valueAxis(chart);
    values->setTitleText(tr("Bandwidth (%1)").arg(unit.symbol));
    setNiceRange(values, max / unit.scale);

    QBarSet *set = barSets(chart).value(0);
    const QList<QAbstractSeries *> series = chart->series();
    if (set) {
        QList<qreal> demand(n, 0);
        for (int i = 0; i < n; ++i) {
            const double v = model.value(rows[size_t(i)], BandwidthModel::DemandColumn);
            demand[barOf(i, n)] = std::isfinite(v) ? v / unit.scale : 0;
        }
        setBarValues(set, demand);
    }
    for (int i = 0; i < n && set; ++i) {
        if (!fabrics || i + 1 >= series.size())
            continue;
        auto *capacity = static_cast<QXYSeries *>(series[i + 1]);
        const double cap =
            model.value(rows[size_t(i)], BandwidthModel::CapacityColumn) / unit.scale;
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
