#pragma once

// Reading values back out of the charts, for tst_charts.

#include "charts/chartfactory.h"
#include "model/project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QSet>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

namespace tarmac::probe {

inline bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

inline QAbstractBarSeries *bars(const QChart *chart)
{
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            return b;
    }
    return nullptr;
}

// The length of the bar of model row `row` in axis units: its one non-zero set (stacked).
inline double barValue(const QChart *chart, int row)
{
    double sum = 0;
    const QList<QBarSet *> sets = bars(chart)->barSets();
    for (const QBarSet *set : sets)
        sum += set->at(ChartFactory::barIndex(chart, row));
    return sum;
}

inline QXYSeries *xySeries(const QChart *chart, int index)
{
    return qobject_cast<QXYSeries *>(chart->series().value(index));
}

inline int componentIndex(const Project &project, const QString &id)
{
    for (size_t i = 0; i < project.components.size(); ++i) {
        if (project.components[i].id == id)
            return int(i);
    }
    return -1;
}

// Number of categories of the chart's bar category axis, -1 without one.
inline int categoryCount(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return int(categories->count());
    }
    return -1;
}

inline int distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}

} // namespace tarmac::probe
