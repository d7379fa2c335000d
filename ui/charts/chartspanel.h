#pragma once

#include "bandwidthchart.h"
#include "chartfactory.h"
#include "chartrender.h"
#include "growthchart.h"
#include "model/projectdocument.h"
#include "stageneedschart.h"
#include "utilizationchart.h"

#include <QWidget>

class QChart;
class QChartView;
class QTabWidget;

namespace tarmac {

class BandwidthModel;
class GrowthModel;
class LiveEngine;
class StageNeedsModel;
class UtilizationModel;

/// The Charts dock: demand against capacity, storage growth, what each stage needs, and
/// bandwidth, one tab each with an Export… button (PNG or SVG). Follows the engine's result
/// (values move in place; series are rebuilt only when the rows change) and the canvas
/// selection; clicking a bar or line reports its item through itemActivated().
///
/// Object names for tests and accessibility: the views "chartUtilization" and "chartGrowth";
/// the stage page "chartStageNeeds" with its four views "chartStageNeedsGpuHours", "…Gpus",
/// "…Memory", "…Throughput"; the bandwidth page "chartBandwidth" with "chartBandwidthFlows"
/// and "chartBandwidthFabrics"; the buttons "export<Kind>".
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    ChartsPanel(ProjectDocument *document, LiveEngine *engine, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    UtilizationModel *utilizationModel() const { return m_utilization; }
    GrowthModel *growthModel() const { return m_growth; }
    StageNeedsModel *stageNeedsModel() const { return m_stageNeeds; }
    BandwidthModel *bandwidthModel() const { return m_bandwidth; }

    QChartView *utilizationView() const { return m_views[0]; }
    QChartView *growthView() const { return m_views[1]; }
    QChartView *stageNeedsView(StageNeedsChart::Metric metric) const;
    QChartView *bandwidthView(BandwidthChart::Part part) const
    {
        return m_bandwidthViews[part == BandwidthChart::Part::Flows ? 0 : 1];
    }
    QTabWidget *tabs() const { return m_tabs; }

    /// Writes chart `kind` as it is shown (selection, theme, size) to a .png or .svg file;
    /// returns an empty string or the error.
    QString exportChart(charts::ChartKind kind, const QString &path) const;

public slots:
    /// The canvas selection: a component limits the utilisation chart to its own dimensions
    /// and emphasises its growth line or fabric bar; a stage is emphasised among the stages;
    /// a flow among the flows; nothing (empty id) shows everything.
    void setSelection(tarmac::ItemType type, const QString &id);
    /// Takes the engine's current result (connected to LiveEngine::resultChanged).
    void refresh();
    /// Shows sizes in other prefixes: every model and axis is rendered again at once.
    void setUnits(tarmac::UnitSystem units);

signals:
    /// The user clicked the bar or line of a stage, component or flow.
    void itemActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QWidget *scrollable(QWidget *content);
    /// Gives a bar chart the height that shows every category label.
    static void fitToRows(QChartView *view);
    static constexpr int kMinimumChartHeight = 180;
    static constexpr int kChartFrameHeight = 120; ///< title, value axis, legend
    QWidget *createPage(charts::ChartKind kind, QWidget *content);
    QChartView *createView(const QString &objectName, const QString &accessibleName);
    ChartFactory::Activate activator();
    void updateCharts();
    void updateHighlights();
    void exportInteractively(charts::ChartKind kind);
    QString highlightFor(charts::ChartKind kind) const;
    QList<QChartView *> allViews() const;
    QSize shownSize(charts::ChartKind kind) const;
    bool darkPalette() const;

    ProjectDocument *m_document;
    LiveEngine *m_engine;
    UtilizationModel *m_utilization;
    GrowthModel *m_growth;
    StageNeedsModel *m_stageNeeds;
    BandwidthModel *m_bandwidth;
    QTabWidget *m_tabs;
    QWidget *m_stagePage = nullptr;
    QWidget *m_bandwidthPage = nullptr;
    QWidget *m_stageLegend = nullptr;
    QChartView *m_views[2] = {};          ///< utilisation, growth
    QChartView *m_stageViews[4] = {};     ///< in the order of StageNeedsChart::kMetrics
    QChartView *m_bandwidthViews[2] = {}; ///< flows, fabrics
    ItemType m_selectionType = ItemType::Project;
    QString m_selectionId;
};

} // namespace tarmac
