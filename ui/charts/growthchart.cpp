#include "growthchart.h"

#include "chartfactory.h"
#include "chartfactoryinternal.h"
#include "chartmodels.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartdetail;

void GrowthChart::update(QChart *chart, const GrowthModel &model, const ChartActivate &activate)
{
    static const QColor palette[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E),
                                     QColor(0x2C, 0xA0, 0x2C), QColor(0x94, 0x67, 0xBD),
                                     QColor(0x8C, 0x56, 0x4B), QColor(0xE3, 0x77, 0xC2),
                                     QColor(0x17, 0xBE, 0xCF), QColor(0xBC, 0xBD, 0x22)};
    const int n = model.storageCount();
    const int horizon = std::max(0, model.horizon());
    QStringList shape{u"growth"_s, QString::number(horizon)};
    for (int k = 0; k < n; ++k)
        shape << model.componentId(k);
    const bool dark = ChartFactory::isDark(chart);
    // Each store's capacity is the dashed line in its colour; naming it in the title instead
    // of once per store keeps the legend short enough to show every name whole.
    chart->setTitle(
        tr("Storage growth, months 0 to %1 (dashed: raw capacity less slack)").arg(horizon));

    if (rebuildNeeded(chart, shape)) {
        auto *months = new QValueAxis;
        months->setTitleText(tr("Month"));
        months->setLabelFormat(u"%d"_s);
        months->setRange(0, std::max(1, horizon));
        months->setTickType(QValueAxis::TicksDynamic);
        months->setTickAnchor(0);
        months->setTickInterval(horizon <= 12 ? 1 : horizon <= 36 ? 3 : horizon <= 72 ? 6 : 12);
        addAxis(chart, months, kMonthAxis, Qt::AlignBottom);
        auto *bytes = new QValueAxis;
        bytes->setLabelFormat(u"%g"_s);
        addAxis(chart, bytes, kValueAxis, Qt::AlignLeft);

        auto add = [&](QXYSeries *series) {
            chart->addSeries(series);
            series->attachAxis(months);
            series->attachAxis(bytes);
        };
        auto hover = [&model](int column) {
            return [&model, column](const QPointF &point, bool state) {
                showToolTip(state ? cellToolTip(model, int(std::lround(point.x())), column)
                                  : QString());
            };
        };
        for (int pass = 0; pass < 2; ++pass) {
            for (int k = 0; k < n; ++k) {
                auto *line = new QLineSeries;
                line->setProperty(kItemId, model.componentId(k));
                add(line);
                const QColor color = palette[k % std::size(palette)];
                paintSeries(line, color, color, dark, pass == 0 ? 2.5 : 1.5,
                            pass == 0 ? Qt::SolidLine : Qt::DashLine);
                const int column = pass == 0 ? model.usedColumn(k) : model.capacityColumn(k);
                QObject::connect(line, &QXYSeries::hovered, &model, hover(column));
                if (activate) {
                    const QString id = model.componentId(k);
                    QObject::connect(line, &QXYSeries::clicked, &model,
                                     [activate, id] { activate(id); });
                }
            }
        }
        auto *runsOut = new QScatterSeries;
        runsOut->setName(tr("Runs out"));
        runsOut->setMarkerSize(12);
        add(runsOut);
        paintSeries(runsOut, bandColor(2), bandColor(2), dark);
        QObject::connect(
            runsOut, &QXYSeries::hovered, &model, [&model](const QPointF &point, bool state) {
                const int month = int(std::lround(point.x()));
                for (int k = 0; k < model.storageCount() && state; ++k) {
                    if (model.monthsUntilFull(k) == month)
                        return showToolTip(cellToolTip(model, month, model.usedColumn(k)));
                }
                showToolTip({});
            });
        if (activate) {
            QObject::connect(runsOut, &QXYSeries::clicked, &model,
                             [&model, activate](const QPointF &point) {
                                 for (int k = 0; k < model.storageCount(); ++k) {
                                     if (model.monthsUntilFull(k) == int(std::lround(point.x())))
                                         return activate(model.componentId(k));
                                 }
                             });
        }
    }

    // Values: in place, only the series whose points differ.
    double max = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 1; c < model.columnCount(); ++c) {
            const double v = model.value(row, c);
            if (std::isfinite(v))
                max = std::max(max, v);
        }
    }
    const ChartFactory::AxisUnit unit =
        ChartFactory::axisUnit(ChartFactory::Quantity::Bytes, max, model.units());
    chart->setProperty(kScale, unit.scale);
    QValueAxis *bytes = valueAxis(chart);
    bytes->setTitleText(tr("Stored after protection (%1)").arg(unit.symbol));
    setNiceRange(bytes, max / unit.scale);

    const QList<QAbstractSeries *> series = chart->series();
    QList<QPointF> markers;
    for (int k = 0; k < n; ++k) {
        auto *used = static_cast<QXYSeries *>(series[k]);
        auto *capacity = static_cast<QXYSeries *>(series[n + k]);
        QList<QPointF> points;
        for (int m = 0; m <= horizon && m < model.rowCount(); ++m) {
            const double v = model.value(m, model.usedColumn(k));
            if (std::isfinite(v))
                points << QPointF(m, v / unit.scale);
        }
        if (used->points() != points)
            used->replace(points);
        const double cap = model.value(0, model.capacityColumn(k));
        const QList<QPointF> capPoints =
            std::isfinite(cap)
                ? QList<QPointF>{QPointF(0, cap / unit.scale), QPointF(horizon, cap / unit.scale)}
                : QList<QPointF>{};
        if (capacity->points() != capPoints)
            capacity->replace(capPoints);
        used->setName(model.componentName(k));
        // Physical bytes against raw capacity (less slack): the card quotes usable capacity,
        // after protection, so the line says which one it is.
        capacity->setName(tr("%1: raw capacity less slack").arg(model.componentName(k)));
        const QList<QLegendMarker *> legend = chart->legend()->markers(capacity);
        for (QLegendMarker *marker : legend)
            marker->setVisible(false); // the title says what the dashed lines are
        const int full = model.monthsUntilFull(k);
        if (full >= 0 && full < model.rowCount())
            markers << QPointF(full, model.value(full, model.usedColumn(k)) / unit.scale);
    }
    auto *runsOut = static_cast<QXYSeries *>(series.last());
    if (runsOut->points() != markers)
        runsOut->replace(markers);
    const QList<QLegendMarker *> legend = chart->legend()->markers(runsOut);
    for (QLegendMarker *marker : legend)
        marker->setVisible(!markers.isEmpty());
    restyle(chart);
}

} // namespace tarmac
