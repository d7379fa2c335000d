#include "chartrender.h"

#include "bandwidthchart.h"
#include "chartfactory.h"
#include "chartmodels.h"
#include "growthchart.h"
#include "stageneedschart.h"
#include "storage/safefile.h"
#include "utilizationchart.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace tarmac::charts {
namespace {

// A translation context lupdate can see (a free ChartText::tr() would be filed under the wrong
// one).
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::charts)
};

// "What each stage needs" is four charts: two by two where each keeps about 450 pixels,
// else one above the other (a report page, a narrow export).
int stageNeedsColumns(qreal width)
{
    return width >= 900 ? 2 : 1;
}

// Charts laid out in a scene of their own. A QChartView that is never shown never receives
// its resize event, so its chart would keep a default size; a scene takes the geometry we give.
class OffscreenCharts {
public:
    OffscreenCharts(ChartKind kind, const ChartModels &models, const RenderOptions &options)
        : m_size(options.size)
        , m_dark(options.dark)
    {
        const QRectF all{QPointF(), QSizeF(options.size)};
        QList<QRectF> cells;
        auto add = [&](const QRectF &cell) {
            QChart *chart = ChartFactory::createChart(options.dark);
            m_scene.addItem(chart); // the scene owns and deletes it
            m_charts << chart;
            cells << cell;
            return chart;
        };
        switch (kind) {
        case ChartKind::Utilization:
            if (models.utilization)
                UtilizationChart::update(add(all), *models.utilization);
            break;
        case ChartKind::Growth:
            if (models.growth)
                GrowthChart::update(add(all), *models.growth);
            break;
        case ChartKind::Bandwidth: {
            if (!models.bandwidth)
                break;
            // Flows on top, fabrics below, heights after their bar counts.
            const int flows = models.bandwidth->flowCount();
            const int fabrics = models.bandwidth->rowCount() - flows;
            // Each keeps room for its title, axis and legend, however few bars it has.
            constexpr qreal kMinimum = 230;
            const qreal share = (flows + 3.0) / (flows + fabrics + 6.0);
            const qreal top = all.height() < 2 * kMinimum
                                  ? std::round(all.height() / 2)
                                  : std::clamp(std::round(all.height() * share), kMinimum,
                                               all.height() - kMinimum);
            BandwidthChart::update(add(QRectF(0, 0, all.width(), top)), *models.bandwidth,
                                   BandwidthChart::Part::Flows);
            BandwidthChart::update(add(QRectF(0, top, all.width(), all.height() - top)),
                                   *models.bandwidth, BandwidthChart::Part::Fabrics);
            break;
        }
        case ChartKind::StageNeeds: {
            if (!models.stageNeeds)
                break;
            m_legendKinds = StageNeedsChart::stageKinds(*models.stageNeeds);
            const qreal legend =
                StageNeedsChart::paintLegend(nullptr, all, m_legendKinds, options.dark) + 8;
            m_legendRect = QRectF(0, all.height() - legend, all.width(), legend);
            // Side by side only where each half keeps room for the stage names.
            const int columns = stageNeedsColumns(all.width());
            const QSizeF cell(all.width() / columns, (all.height() - legend) / (4 / columns));
            for (int i = 0; i < 4; ++i) {
                const QPointF at((i % columns) * cell.width(), (i / columns) * cell.height());
                StageNeedsChart::update(add(QRectF(at, cell)), *models.stageNeeds,
                                        StageNeedsChart::kMetrics[i]);
            }
            break;
        }
        }
        for (int i = 0; i < m_charts.size(); ++i) {
            QChart *chart = m_charts[i];
            ChartFactory::setHighlight(chart, options.highlight);
            // Geometry last, and the layout now: there is no event loop to run the layout
            // request that building the series posted, and titles and labels would be missing.
            chart->setGeometry(cells[i]);
            if (chart->layout())
                chart->layout()->activate();
        }
    }

    bool isEmpty() const { return m_charts.isEmpty(); }

    void paint(QPainter *painter)
    {
        const QRectF all{QPointF(), QSizeF(m_size)};
        painter->fillRect(all, m_charts.first()->backgroundBrush());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        m_scene.render(painter, all, all, Qt::IgnoreAspectRatio);
        if (!m_legendKinds.isEmpty()) {
            painter->setFont(QFont()); // as measured
            StageNeedsChart::paintLegend(painter, m_legendRect, m_legendKinds, m_dark);
        }
    }

private:
    QSize m_size;
    bool m_dark;
    QGraphicsScene m_scene;
    QList<QChart *> m_charts;
    QStringList m_legendKinds; ///< the stage charts' shared legend
    QRectF m_legendRect;
};

} // namespace

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Utilization:
        return ChartText::tr("Demand against capacity");
    case ChartKind::Growth:
        return ChartText::tr("Storage growth");
    case ChartKind::StageNeeds:
        return ChartText::tr("What each stage needs");
    case ChartKind::Bandwidth:
        return ChartText::tr("Bandwidth per flow and fabric");
    }
    return {};
}

QImage renderChartImage(ChartKind kind, const ChartModels &models, const RenderOptions &options)
{
    if (options.size.isEmpty())
        return {};
    OffscreenCharts charts(kind, models, options);
    if (charts.isEmpty())
        return {};
    QImage image(options.size * options.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    charts.paint(&painter);
    painter.end();
    return image;
}

QByteArray renderChartSvg(ChartKind kind, const ChartModels &models, const RenderOptions &options)
{
    if (options.size.isEmpty())
        return {};
    OffscreenCharts charts(kind, models, options);
    if (charts.isEmpty())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(), options.size));
    generator.setResolution(96); // pixels as on screen, so the page size reads sensibly
    generator.setTitle(chartTitle(kind));
    generator.setDescription(ChartText::tr("Drawn by Tarmac"));
    QPainter painter(&generator);
    charts.paint(&painter);
    painter.end();
    return buffer.data();
}

namespace {

// Models of a result that live as long as one rendering.
struct OwnModels {
    OwnModels(const Project &project, const EngineResult &result)
        : utilization(project, result)
        , growth(project, result)
        , stageNeeds(project, result)
        , bandwidth(project, result)
    {
    }
    ChartModels pointers() const { return {&utilization, &growth, &stageNeeds, &bandwidth}; }
    UtilizationModel utilization;
    GrowthModel growth;
    StageNeedsModel stageNeeds;
    BandwidthModel bandwidth;
};

} // namespace

int heightForEveryLabel(ChartKind kind, const ChartModels &models, int width)
{
    // The charts draw their category labels in the application font.
    const int line = QFontMetrics(QFont()).height() + 6;
    constexpr int kFrame = 130; // title, value axis and its title, legend
    auto shown = [](int rows) { return std::min(rows, ChartFactory::kMaxBars); };
    switch (kind) {
    case ChartKind::Utilization:
        return models.utilization
                   ? std::max(320, shown(models.utilization->rowCount()) * line + kFrame)
                   : 320;
    case ChartKind::StageNeeds:
        // Two or four rows of charts, each listing every stage, and the shared legend.
        return (4 / stageNeedsColumns(width)) *
                   std::max(200, models.stageNeeds
                                     ? shown(models.stageNeeds->rowCount()) * line + 110
                                     : 0) +
               60;
    case ChartKind::Bandwidth: {
        if (!models.bandwidth)
            return 460;
        const int flows = models.bandwidth->flowCount();
        const int fabrics = models.bandwidth->rowCount() - flows;
        return std::max(230, shown(flows) * line + kFrame) +
               std::max(230, shown(fabrics) * line + kFrame);
    }
    case ChartKind::Growth:
        break;
    }
    return std::max(320, width * 11 / 20);
}

QImage renderChartImage(ChartKind kind, const Project &project, const EngineResult &result,
                        QSize size, bool dark)
{
    const OwnModels models(project, result);
    RenderOptions options;
    options.size = size;
    options.dark = dark;
    return renderChartImage(kind, models.pointers(), options);
}

QByteArray renderChartSvg(ChartKind kind, const Project &project, const EngineResult &result,
                          QSize size, bool dark)
{
    const OwnModels models(project, result);
    RenderOptions options;
    options.size = size;
    if (size.height() <= 0)
        options.size.setHeight(heightForEveryLabel(kind, models.pointers(), size.width()));
    options.dark = dark;
    return renderChartSvg(kind, models.pointers(), options);
}

QString writeChartFile(const QString &path, ChartKind kind, const ChartModels &models,
                       const RenderOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QByteArray data;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        data = renderChartSvg(kind, models, options);
    } else {
        RenderOptions sharp = options;
        sharp.devicePixelRatio = std::max<qreal>(2, options.devicePixelRatio);
        const QImage image = renderChartImage(kind, models, sharp);
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            data.clear();
    }
    if (data.isEmpty())
        return ChartText::tr("%1: there is no chart to export").arg(name);
    const QString error = writeFileAtomically(path, data);
    return error.isEmpty() ? error : ChartText::tr("%1: %2").arg(name, error);
}

} // namespace tarmac::charts
