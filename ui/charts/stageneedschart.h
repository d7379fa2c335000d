#pragma once

#include "chartfactory.h"

#include <QStringList>

class QPainter;
class QRectF;

namespace tarmac {

class StageNeedsModel;

/// What each stage needs: four small charts, one figure each, as horizontal bars coloured by
/// lifecycle kind. The four share one legend (paintLegend) instead of each squeezing its own.
class StageNeedsChart {
    Q_DECLARE_TR_FUNCTIONS(tarmac::StageNeedsChart)
public:
    enum class Metric { GpuHours, Gpus, Memory, Throughput };
    static constexpr Metric kMetrics[] = {Metric::GpuHours, Metric::Gpus, Metric::Memory,
                                          Metric::Throughput};
    static constexpr int kMaxBars = ChartFactory::kMaxBars;

    static void update(QChart *chart, const StageNeedsModel &model, Metric metric,
                       const ChartActivate &activate = {});
    /// Lifecycle kinds of the model's stages in lifecycle order: the legend's entries.
    static QStringList stageKinds(const StageNeedsModel &model);
    /// Draws the shared legend into `rect`: a swatch and a name per kind, wrapped into lines.
    /// Returns the height it needs (call with a null painter to measure).
    static qreal paintLegend(QPainter *painter, const QRectF &rect, const QStringList &kinds,
                             bool dark);
    /// The model column a metric shows, and its title.
    static int column(Metric metric);
    static QString title(Metric metric);
};

} // namespace tarmac
