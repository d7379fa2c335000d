// What the bar charts share: stacked bar series, bar order, hover and click, the largest rows.

#include "chartfactory.h"
#include "chartfactoryinternal.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::chartdetail {

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

int barOf(int row, int rows)
{
    return rows - 1 - row;
}
QStringList backwards(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

QValueAxis *addIndexAxis(QChart *chart, int rows)
{
    auto *index = new QValueAxis;
    index->setRange(-0.5, std::max(rows, 1) - 0.5);
    index->setVisible(false);
    addAxis(chart, index, kIndexAxis, Qt::AlignLeft);
    return index;
}

void connectBarRows(QAbstractBarSeries *series, const ChartModel &model, int tooltipColumn,
                    const ChartActivate &activate, std::vector<int> rows)
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
                 const ChartActivate &activate, int first, int rows)
{
    if (rows < 0)
        rows = model.rowCount(); // fixed until the next rebuild
    std::vector<int> all(static_cast<size_t>(std::max(0, rows)));
    for (int i = 0; i < rows; ++i)
        all[size_t(i)] = first + i;
    connectBarRows(series, model, tooltipColumn, activate, std::move(all));
}

std::vector<int> largestRows(const ChartModel &model, int column, int cap, int first, int count)
{
    const int n = count < 0 ? model.rowCount() - first : count;
    std::vector<int> rows(static_cast<size_t>(std::max(0, n)));
    for (int r = 0; r < n; ++r)
        rows[size_t(r)] = first + r;
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

} // namespace tarmac::chartdetail

namespace tarmac {

int ChartFactory::barIndex(const QChart *chart, int row)
{
    const QAbstractBarSeries *series = nullptr;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (!series)
            series = qobject_cast<QAbstractBarSeries *>(s);
    }
    const QList<QBarSet *> sets = series ? series->barSets() : QList<QBarSet *>();
    return sets.isEmpty() ? -1 : chartdetail::barOf(row, int(sets.first()->count()));
}

} // namespace tarmac
