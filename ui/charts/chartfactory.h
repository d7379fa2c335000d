#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QChart;

namespace tarmac {

/// Called with the stage, component or flow id of a clicked bar or line.
using ChartActivate = std::function<void(const QString &id)>;

/// What every chart of Tarmac shares: the empty chart with its theme, units for value axes,
/// highlighting, and where a model row's bar is. The charts themselves are UtilizationChart,
/// GrowthChart, StageNeedsChart and BandwidthChart, each with an idempotent update(): on an
/// empty chart it builds the series and axes; when the model has the same rows as last time it
/// only replaces the values that changed (so the chart does not flicker); when the rows
/// changed it rebuilds the series in the same QChart.
///
/// Axes carry units chosen from the magnitude ("TB", "Gb/s"); the chart's valueScale() says
/// how many base units one axis unit is. Hovering a bar or line shows the model's exact
/// figures as a tooltip; clicking it calls the chart's ChartActivate with its id.
class ChartFactory {
    Q_DECLARE_TR_FUNCTIONS(tarmac::ChartFactory)
public:
    using Activate = ChartActivate;
    /// Bars a bar chart draws at most: beyond that the largest ones, and the title says so
    /// (decision 0012).
    static constexpr int kMaxBars = 30;

    /// How a value axis shows a quantity: axis value = base value / scale.
    struct AxisUnit {
        double scale = 1;
        QString symbol; ///< "TB", "GiB", "Gb/s", "thousand"; empty for plain counts
    };
    enum class Quantity { Count, Bytes, MemoryBytes, BytesPerSecond, BitsPerSecond };
    /// The unit in which `maxBaseValue` reads as a number between 1 and 1000 (or so).
    static AxisUnit axisUnit(Quantity quantity, double maxBaseValue, UnitSystem units);

    /// An empty chart with Tarmac's theme, margins and legend.
    static QChart *createChart(bool dark);

    /// Emphasises item `id` (a stage's bar, a storage component's line, a flow's or fabric's
    /// bar) and fades the rest; empty clears. Survives later updates.
    static void setHighlight(QChart *chart, const QString &id);
    /// Light or dark chart theme, then Tarmac's own colours again (the theme resets them).
    static void applyTheme(QChart *chart, bool dark);
    static bool isDark(const QChart *chart);
    /// Base units per unit of the chart's value axis: 1e12 for TB, 0.01 for percent, …
    static double valueScale(const QChart *chart);

    /// The bar of model row `row` in a bar chart's sets (the first row is the top bar, which
    /// Qt numbers last).
    static int barIndex(const QChart *chart, int row);
};

} // namespace tarmac
