#include "chartspanel.h"

#include "chartmodels.h"
#include "engine/liveengine.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

using charts::ChartKind;

QString kindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Utilization:
        return u"Utilization"_s;
    case ChartKind::Growth:
        return u"Growth"_s;
    case ChartKind::StageNeeds:
        return u"StageNeeds"_s;
    case ChartKind::Bandwidth:
        return u"Bandwidth"_s;
    }
    return {};
}

QString metricKey(StageNeedsChart::Metric metric)
{
    switch (metric) {
    case StageNeedsChart::Metric::GpuHours:
        return u"GpuHours"_s;
    case StageNeedsChart::Metric::Gpus:
        return u"Gpus"_s;
    case StageNeedsChart::Metric::Memory:
        return u"Memory"_s;
    case StageNeedsChart::Metric::Throughput:
        return u"Throughput"_s;
    }
    return {};
}

// The stage charts' one legend, painted as the offscreen picture paints it.
class StageLegend : public QWidget {
public:
    using QWidget::QWidget;

    void setKinds(const QStringList &kinds, const QChart *chart)
    {
        // The charts' own background: the legend reads as part of them.
        const QBrush brush = chart->backgroundBrush();
        const QColor background = brush.gradient() && !brush.gradient()->stops().isEmpty()
                                      ? brush.gradient()->stops().constLast().second
                                      : brush.color();
        const bool dark = ChartFactory::isDark(chart);
        if (kinds == m_kinds && dark == m_dark && background == m_background)
            return;
        m_kinds = kinds;
        m_dark = dark;
        m_background = background;
        fitHeight();
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), m_background);
        painter.setFont(font());
        StageNeedsChart::paintLegend(&painter, QRectF(rect()).adjusted(4, 0, -4, 0), m_kinds,
                                     m_dark);
    }
    void resizeEvent(QResizeEvent *) override { fitHeight(); }

private:
    void fitHeight()
    {
        QPainter *measure = nullptr; // measuring only
        const int h = int(std::ceil(StageNeedsChart::paintLegend(
            measure, QRectF(0, 0, std::max(width() - 8, 100), 0), m_kinds, m_dark)));
        if (h + 4 != height())
            setFixedHeight(h + 4);
    }

    QStringList m_kinds;
    bool m_dark = false;
    QColor m_background = Qt::white;
};

} // namespace

ChartsPanel::ChartsPanel(ProjectDocument *document, LiveEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_utilization(new UtilizationModel(this))
    , m_growth(new GrowthModel(this))
    , m_stageNeeds(new StageNeedsModel(this))
    , m_bandwidth(new BandwidthModel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"chartsPanel"_s);
    m_tabs->setObjectName(u"chartTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Charts"));

    m_views[0] = createView(u"chartUtilization"_s, tr("Demand against capacity chart"));
    m_views[1] = createView(u"chartGrowth"_s, tr("Storage growth chart"));

    m_bandwidthPage = new QWidget;
    m_bandwidthPage->setObjectName(u"chartBandwidth"_s);
    m_bandwidthPage->setAccessibleName(tr("Bandwidth per flow and fabric"));
    m_bandwidthViews[0] = createView(u"chartBandwidthFlows"_s, tr("Bandwidth per flow chart"));
    m_bandwidthViews[1] = createView(u"chartBandwidthFabrics"_s, tr("Bandwidth per fabric chart"));
    auto *bandwidth = new QVBoxLayout(m_bandwidthPage);
    bandwidth->setContentsMargins(0, 0, 0, 0);
    bandwidth->setSpacing(0);
    bandwidth->addWidget(m_bandwidthViews[0], 3);
    bandwidth->addWidget(m_bandwidthViews[1], 2);

    // The stage needs are four small charts side by side, each with its own unit, rather
    // than one chart mixing hours, counts and bytes on one axis.
    m_stagePage = new QWidget;
    m_stagePage->setObjectName(u"chartStageNeeds"_s);
    m_stagePage->setAccessibleName(tr("What each stage needs"));
    auto *grid = new QGridLayout(m_stagePage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    for (int i = 0; i < 4; ++i) {
        const StageNeedsChart::Metric metric = StageNeedsChart::kMetrics[i];
        m_stageViews[i] = createView(u"chartStageNeeds"_s + metricKey(metric),
                                     tr("%1 per stage chart").arg(StageNeedsChart::title(metric)));
        grid->addWidget(m_stageViews[i], i / 2, i % 2);
    }
    m_stageLegend = new StageLegend;
    m_stageLegend->setObjectName(u"chartStageNeedsLegend"_s);
    m_stageLegend->setAccessibleName(tr("Lifecycle colours"));
    grid->addWidget(m_stageLegend, 2, 0, 1, 2);

    // Bar charts scroll rather than skip category labels: each bar keeps the height its
    // label needs (fitToRows).
    m_tabs->addTab(createPage(ChartKind::Utilization, scrollable(m_views[0])), tr("Utilisation"));
    m_tabs->addTab(createPage(ChartKind::Growth, m_views[1]), tr("Growth"));
    m_tabs->addTab(createPage(ChartKind::StageNeeds, scrollable(m_stagePage)), tr("Stage needs"));
    m_tabs->addTab(createPage(ChartKind::Bandwidth, scrollable(m_bandwidthPage)), tr("Bandwidth"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_engine, &LiveEngine::resultChanged, this, &ChartsPanel::refresh);
    refresh();
}

ChartsPanel::~ChartsPanel()
{
    // The charts' hover and click connections refer to the models: views go first.
    delete m_tabs;
}

QChartView *ChartsPanel::createView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(ChartFactory::createChart(darkPalette()));
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(240, kMinimumChartHeight);
    return view;
}

QWidget *ChartsPanel::scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

void ChartsPanel::fitToRows(QChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    int rows = 0;
    for (QAbstractAxis *axis : axes) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            rows = std::max(rows, int(categories->count()));
    }
    // A category label is one line of the axis font; with a little air it is never skipped.
    const int perRow = QFontMetrics(view->chart()->font()).height() + 6;
    view->setMinimumHeight(std::max(kMinimumChartHeight, rows * perRow + kChartFrameHeight));
}

QWidget *ChartsPanel::createPage(ChartKind kind, QWidget *content)
{
    auto *exportButton = new QPushButton(tr("Export\u2026"));
    exportButton->setObjectName(u"export"_s + kindKey(kind));
    exportButton->setAccessibleName(
        tr("Export the chart \u201c%1\u201d").arg(charts::chartTitle(kind)));
    exportButton->setToolTip(tr("Save this chart as a PNG or SVG image"));
    connect(exportButton, &QPushButton::clicked, this, [this, kind] { exportInteractively(kind); });

    auto *page = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 4);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(content, 1);
    layout->addLayout(bar);
    return page;
}

QChartView *ChartsPanel::stageNeedsView(StageNeedsChart::Metric metric) const
{
    for (int i = 0; i < 4; ++i) {
        if (StageNeedsChart::kMetrics[i] == metric)
            return m_stageViews[i];
    }
    return nullptr;
}

void ChartsPanel::setUnits(UnitSystem units)
{
    if (units == m_utilization->units())
        return;
    for (ChartModel *model :
         std::initializer_list<ChartModel *>{m_utilization, m_growth, m_stageNeeds, m_bandwidth})
        model->setUnits(units);
    updateCharts();
}

void ChartsPanel::refresh()
{
    const Project &project = m_document->project();
    const EngineResult &result = m_engine->result();
    m_utilization->update(project, result);
    m_growth->update(project, result);
    m_stageNeeds->update(project, result);
    m_bandwidth->update(project, result);
    updateCharts();
}

ChartFactory::Activate ChartsPanel::activator()
{
    return [this](const QString &id) {
        if (!id.isEmpty())
            emit itemActivated(id);
    };
}

void ChartsPanel::updateCharts()
{
    const ChartFactory::Activate activate = activator();
    UtilizationChart::update(utilizationView()->chart(), *m_utilization, activate);
    GrowthChart::update(growthView()->chart(), *m_growth, activate);
    for (int i = 0; i < 4; ++i) {
        StageNeedsChart::update(m_stageViews[i]->chart(), *m_stageNeeds,
                                StageNeedsChart::kMetrics[i], activate);
    }
    BandwidthChart::update(m_bandwidthViews[0]->chart(), *m_bandwidth, BandwidthChart::Part::Flows,
                           activate);
    BandwidthChart::update(m_bandwidthViews[1]->chart(), *m_bandwidth,
                           BandwidthChart::Part::Fabrics, activate);
    fitToRows(m_views[0]);
    for (QChartView *view : m_stageViews)
        fitToRows(view);
    for (QChartView *view : m_bandwidthViews)
        fitToRows(view);
    static_cast<StageLegend *>(m_stageLegend)
        ->setKinds(StageNeedsChart::stageKinds(*m_stageNeeds), m_stageViews[0]->chart());
}

QList<QChartView *> ChartsPanel::allViews() const
{
    QList<QChartView *> views{m_views[0], m_views[1]};
    for (QChartView *view : m_stageViews)
        views << view;
    for (QChartView *view : m_bandwidthViews)
        views << view;
    return views;
}

void ChartsPanel::setSelection(ItemType type, const QString &id)
{
    m_selectionType = id.isEmpty() ? ItemType::Project : type;
    m_selectionId = id;
    const QString component = m_selectionType == ItemType::Component ? id : QString();
    if (component != m_utilization->componentFilter()) {
        m_utilization->setComponentFilter(component);
        UtilizationChart::update(utilizationView()->chart(), *m_utilization, activator());
    }
    updateHighlights();
}

QString ChartsPanel::highlightFor(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::Utilization:
        return {}; // filtered instead
    case ChartKind::Growth:
        return m_selectionType == ItemType::Component ? m_selectionId : QString();
    case ChartKind::StageNeeds:
        return m_selectionType == ItemType::Stage ? m_selectionId : QString();
    case ChartKind::Bandwidth:
        return m_selectionType == ItemType::Flow || m_selectionType == ItemType::Component
                   ? m_selectionId
                   : QString();
    }
    return {};
}

void ChartsPanel::updateHighlights()
{
    ChartFactory::setHighlight(growthView()->chart(), highlightFor(ChartKind::Growth));
    for (QChartView *view : m_stageViews)
        ChartFactory::setHighlight(view->chart(), highlightFor(ChartKind::StageNeeds));
    for (QChartView *view : m_bandwidthViews)
        ChartFactory::setHighlight(view->chart(), highlightFor(ChartKind::Bandwidth));
}

bool ChartsPanel::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_stageLegend)
        return; // still being built
    const bool dark = darkPalette();
    const QList<QChartView *> views = allViews();
    for (QChartView *view : views)
        ChartFactory::applyTheme(view->chart(), dark);
    static_cast<StageLegend *>(m_stageLegend)
        ->setKinds(StageNeedsChart::stageKinds(*m_stageNeeds), m_stageViews[0]->chart());
}

QSize ChartsPanel::shownSize(ChartKind kind) const
{
    const QWidget *shown = kind == ChartKind::Utilization ? m_views[0]
                           : kind == ChartKind::Growth    ? m_views[1]
                           : kind == ChartKind::Bandwidth ? m_bandwidthPage
                                                          : m_stagePage;
    // A dock never shown has no real size yet: then the report's size.
    const QSize size = shown->size();
    return shown->isVisible() && size.width() >= 320 && size.height() >= 200
               ? size
               : charts::RenderOptions().size;
}

QString ChartsPanel::exportChart(ChartKind kind, const QString &path) const
{
    charts::RenderOptions options;
    options.size = shownSize(kind);
    options.dark = ChartFactory::isDark(m_views[0]->chart());
    options.highlight = highlightFor(kind);
    return charts::writeChartFile(path, kind, {m_utilization, m_growth, m_stageNeeds, m_bandwidth},
                                  options);
}

void ChartsPanel::exportInteractively(ChartKind kind)
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString dir = m_document->fileName().isEmpty()
                            ? QString()
                            : QFileInfo(m_document->fileName()).absolutePath();
    const QString suggested = (dir.isEmpty() ? QString() : dir + u'/') + u"chart-"_s +
                              kindKey(kind).toLower() + u".png"_s;
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                png + u";;"_s + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? u".svg"_s : u".png"_s;
    const QString error = exportChart(kind, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace tarmac
