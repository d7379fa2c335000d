#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QChart;
class QPainter;
class QRectF;

namespace tarmac {

class BandwidthModel;
class GrowthModel;
class StageNeedsModel;
class UtilizationModel;

/// Builds the charts from their models and keeps them in step. Every update function is
/// idempotent: on an empty chart it builds the series and axes; when the model has the same
/// rows as last time it only replaces the values that changed (so the chart does not
/// flicker); when the rows changed it rebuilds the series in the same QChart.
///
/// Axes carry units chosen from the magnitude ("TB", "Gb/s"); the chart's valueScale() says
/// how many base units one axis unit is. Hovering a bar or line shows the model's exact
/// figures as a tooltip; clicking it calls `activate` with its stage, component or flow id.
class ChartFactory {
    Q_DECLARE_TR_FUNCTIONS(tarmac::ChartFactory)
public:
    using Activate = std::function<void(const QString &id)>;

    /// The four small charts of "what each stage needs", one figure each.
    enum class StageMetric { GpuHours, Gpus, Memory, Throughput };
    static constexpr StageMetric kStageMetrics[] = {StageMetric::GpuHours, StageMetric::Gpus,
                                                    StageMetric::Memory, StageMetric::Throughput};

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

    /// Horizontal bars of demand / capacity in percent, coloured by band (≤ 80 %, ≤ 100 %,
    /// above), with reference lines at 80 % and 100 %.
    static void updateUtilization(QChart *chart, const UtilizationModel &model,
                                  const Activate &activate = {});
    /// Physical bytes per storage component over the months, its capacity dashed, and a
    /// marker at the month it runs out.
    static void updateGrowth(QChart *chart, const GrowthModel &model,
                             const Activate &activate = {});
    /// Bars a per-stage chart draws at most: beyond that the largest ones, and the title says
    /// so (decision 0012).
    static constexpr int kMaxStageBars = 30;
    /// One figure of every stage (up to kMaxStageBars, the largest) as horizontal bars
    /// coloured by lifecycle kind. The four small charts share one legend (paintStageLegend)
    /// instead of each squeezing its own.
    static void updateStageNeeds(QChart *chart, const StageNeedsModel &model, StageMetric metric,
                                 const Activate &activate = {});
    /// Lifecycle kinds of the model's stages in lifecycle order: the legend's entries.
    static QStringList stageKinds(const StageNeedsModel &model);
    /// Draws that legend into `rect`: a swatch and a name per kind, wrapped into lines.
    /// Returns the height it needs (call with a null painter to measure).
    static qreal paintStageLegend(QPainter *painter, const QRectF &rect, const QStringList &kinds,
                                  bool dark);

    /// Flows and fabrics differ by orders of magnitude (one dataset a day against a fabric's
    /// training traffic), so each has a chart of its own with its own unit.
    enum class BandwidthPart { Flows, Fabrics };
    /// Bits per second of every flow, or of every fabric with its capacity as a mark.
    static void updateBandwidth(QChart *chart, const BandwidthModel &model, BandwidthPart part,
                                const Activate &activate = {});

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
    static int stageColumn(StageMetric metric);
    static QString stageMetricTitle(StageMetric metric);
};

} // namespace tarmac
