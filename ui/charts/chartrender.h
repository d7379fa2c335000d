#pragma once

#include "engine/result.h"
#include "model/project.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace tarmac {
class BandwidthModel;
class GrowthModel;
class StageNeedsModel;
class UtilizationModel;
} // namespace tarmac

/// Charts drawn without a window: for the design-document report (headless, with the
/// offscreen platform) and for exporting what the Charts dock shows. A QApplication must
/// exist (charts are graphics widgets), but nothing is shown.
namespace tarmac::charts {

enum class ChartKind { Utilization, Growth, StageNeeds, Bandwidth };

/// "Demand against capacity", "Storage growth", …
QString chartTitle(ChartKind kind);

/// The models a chart is drawn from; only the one of the kind drawn is needed.
struct ChartModels {
    const UtilizationModel *utilization = nullptr;
    const GrowthModel *growth = nullptr;
    const StageNeedsModel *stageNeeds = nullptr;
    const BandwidthModel *bandwidth = nullptr;
};

/// How a chart is drawn offscreen. "What each stage needs" is four small charts (GPU-hours,
/// GPUs, memory, throughput) in a 2 × 2 grid with one legend; bandwidth is two, flows above
/// fabrics.
struct RenderOptions {
    QSize size{900, 560}; ///< logical pixels (SVG: its view box)
    bool dark = false;
    QString highlight;          ///< item to emphasise, as on the canvas selection
    qreal devicePixelRatio = 1; ///< images only: 2 for crisp pictures in documents
};

QImage renderChartImage(ChartKind kind, const ChartModels &models, const RenderOptions &options);
QByteArray renderChartSvg(ChartKind kind, const ChartModels &models, const RenderOptions &options);

/// The height at which a chart `width` wide gives every category its own label line (a bar
/// chart squeezed below it skips labels): rows × a line of the chart font plus the title,
/// axes and legend; the growth chart, which has no categories, a fixed aspect.
int heightForEveryLabel(ChartKind kind, const ChartModels &models, int width);

/// A chart of a project's result, as the report embeds it.
QImage renderChartImage(ChartKind kind, const Project &project, const EngineResult &result,
                        QSize size, bool dark);
/// The same as SVG (UTF-8 XML). A height of 0: as tall as every category label needs
/// (heightForEveryLabel).
QByteArray renderChartSvg(ChartKind kind, const Project &project, const EngineResult &result,
                          QSize size, bool dark);

/// Writes PNG or SVG by the extension of `path` (anything but .svg is written as PNG at twice
/// the resolution). Returns an empty string or the error, starting with the file name.
QString writeChartFile(const QString &path, ChartKind kind, const ChartModels &models,
                       const RenderOptions &options);

} // namespace tarmac::charts
