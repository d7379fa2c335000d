#include "utilizationchart.h"

#include "chartfactory.h"
#include "chartfactoryinternal.h"
#include "chartmodels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartdetail;

void UtilizationChart::update(QChart *chart, const UtilizationModel &model,
                              const ChartActivate &activate)
{
    // The fullest first: whatever is over 100 % is always drawn (decision 0012).
    const int total = model.rowCount();
    const std::vector<int> rows =
        largestRows(model, UtilizationModel::UtilizationColumn, ChartFactory::kMaxBars);
    const int n = int(rows.size());
    const bool filtered = !model.componentFilter().isEmpty();
    QStringList shape{u"utilization"_s, model.componentFilter()};
    QStringList ids, names;
    for (int r : rows) {
        shape << model.itemId(r) + u'|' + model.text(r, UtilizationModel::ResourceColumn);
        ids << model.itemId(r);
        const QString resource = UtilizationModel::resourceName(model.resource(r));
        names << (filtered ? resource
                           : model.text(r, UtilizationModel::ComponentNameColumn) + u" \u00b7 "_s +
                                 resource);
    }
    if (!filtered && n < total)
        chart->setTitle(
            tr("Demand against capacity \u2014 the %1 fullest of %2").arg(n).arg(total));
    else if (!filtered)
        chart->setTitle(tr("Demand against capacity"));
    else if (n > 0)
        chart->setTitle(tr("Demand against capacity: %1").arg(model.filterName()));
    else
        chart->setTitle(tr("%1 has no capacity figures yet").arg(model.filterName()));

    const bool dark = ChartFactory::isDark(chart);
    if (rebuildNeeded(chart, shape)) {
        QHorizontalStackedBarSeries *series =
            addStackedBars(chart, {tr("Up to 80 %"), tr("80 to 100 %"), tr("Over 100 %")}, n);
        const QList<QBarSet *> sets = series->barSets();
        for (int band = 0; band < 3; ++band)
            paintSet(sets[band], bandColor(band), bandColor(band), dark);
        valueAxis(chart)->setTitleText(tr("Demand / capacity (%)"));
        connectBarRows(series, model, UtilizationModel::UtilizationColumn, activate, rows);

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
    for (int r : rows) {
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
    for (int i = 0; i < n; ++i) {
        const double ratio = model.value(rows[size_t(i)], UtilizationModel::UtilizationColumn);
        const double shown = std::isnan(ratio) ? 0 : std::isinf(ratio) ? top : ratio * 100;
        const int band = std::isnan(ratio) ? 0 : bandOf(ratio);
        if (band < values.size())
            values[band][barOf(i, n)] = shown;
    }
    for (qsizetype b = 0; b < sets.size(); ++b)
        setBarValues(sets[b], values[b]);
    restyle(chart);
}

} // namespace tarmac
