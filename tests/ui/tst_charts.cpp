// The Charts dock: its models against the engine's output, the series against the models,
// in-place updates after an edit, selection both ways, and offscreen rendering.

#include "chartprobe.h"
#include "charts/bandwidthchart.h"
#include "charts/chartfactory.h"
#include "charts/chartmodels.h"
#include "charts/chartrender.h"
#include "charts/chartspanel.h"
#include "charts/growthchart.h"
#include "charts/stageneedschart.h"
#include "charts/utilizationchart.h"
#include "commands/commands.h"
#include "engine/liveengine.h"
#include "storage/projectformat.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolTip>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using charts::ChartKind;
using namespace tarmac::probe;

namespace {

double expectedNeed(const StageResult &s, int column)
{
    switch (column) {
    case StageNeedsModel::GpuHoursColumn:
        return std::isnan(s.value("gpuHours")) ? s.value("gpuHoursPerDay") : s.value("gpuHours");
    case StageNeedsModel::GpusColumn:
        return s.value("gpusNeeded");
    case StageNeedsModel::MemoryColumn:
        return std::isnan(s.value("memoryBytes"))
                   ? s.value("memoryPerGpuBytes") * s.value("gpusNeeded")
                   : s.value("memoryBytes");
    case StageNeedsModel::ThroughputColumn: {
        const double r = s.value("readBytesPerSecond"), w = s.value("writeBytesPerSecond");
        return std::isnan(r) && std::isnan(w) ? kUnknown
                                              : (std::isnan(r) ? 0 : r) + (std::isnan(w) ? 0 : w);
    }
    }
    return kUnknown;
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private:
    Project m_project;
    EngineResult m_result;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<LiveEngine> m_engine;
    std::unique_ptr<ChartsPanel> m_panel;

    QChart *utilizationChart() { return m_panel->utilizationView()->chart(); }
    QChart *growthChart() { return m_panel->growthView()->chart(); }
    QChart *stageChart(StageNeedsChart::Metric m) { return m_panel->stageNeedsView(m)->chart(); }
    QChart *flowsChart() { return m_panel->bandwidthView(BandwidthChart::Part::Flows)->chart(); }
    QChart *fabricsChart()
    {
        return m_panel->bandwidthView(BandwidthChart::Part::Fabrics)->chart();
    }
    const EngineResult &live() { return m_engine->result(); }

private slots:
    void initTestCase()
    {
        const ReadResult read = readProjectFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        m_project = read.project;
        m_result = computeRequirements(m_project);
    }

    void init()
    {
        m_doc = std::make_unique<ProjectDocument>();
        m_doc->reset(m_project);
        m_engine = std::make_unique<LiveEngine>(m_doc.get());
        m_panel = std::make_unique<ChartsPanel>(m_doc.get(), m_engine.get());
        m_panel->resize(900, 600);
    }

    void cleanup()
    {
        m_panel.reset();
        m_engine.reset();
        m_doc.reset();
    }

    void modelsPassTester()
    {
        UtilizationModel utilization;
        GrowthModel growth;
        StageNeedsModel stages;
        BandwidthModel bandwidth;
        const QList<QAbstractItemModel *> models{&utilization, &growth, &stages, &bandwidth};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        auto updateAll = [&](const Project &p, const EngineResult &r) {
            utilization.update(p, r);
            growth.update(p, r);
            stages.update(p, r);
            bandwidth.update(p, r);
        };
        updateAll(m_project, m_result); // reset: empty → rows
        QVERIFY(utilization.rowCount() > 0 && growth.rowCount() > 0 && stages.rowCount() > 0 &&
                bandwidth.rowCount() > 0);

        Project edited = m_project;
        edited.components[size_t(componentIndex(edited, u"nfs"_s))].params[u"rawCapacity"_s] =
            ParamValue::fromNumber(900e12);
        edited.stages[0].name = u"Renamed ingest"_s;
        updateAll(edited, computeRequirements(edited)); // in place
        utilization.setComponentFilter(u"gpu"_s);       // reset to one component
        utilization.setComponentFilter({});
        Project smaller = m_project;
        smaller.horizonMonths = 6;
        smaller.flows.pop_back();
        updateAll(smaller, computeRequirements(smaller)); // structure changed
        updateAll({}, {});                                // back to empty
        QCOMPARE(bandwidth.rowCount(), 0);
    }

    void utilizationEqualsEngine()
    {
        const UtilizationModel &model = *m_panel->utilizationModel();
        int expectedRows = 0;
        for (const ComponentResult &c : m_result.components) {
            for (int r = 0; r < kResourceCount; ++r) {
                if (!std::isnan(c.capacity[size_t(r)]) &&
                    (c.capacity[size_t(r)] != 0 || c.demand[size_t(r)] != 0))
                    ++expectedRows;
            }
        }
        QCOMPARE(model.rowCount(), expectedRows);
        const double scale = ChartFactory::valueScale(utilizationChart());
        QCOMPARE(scale, 0.01);
        QCOMPARE(categoryCount(utilizationChart()), expectedRows);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int ci = componentIndex(m_project, model.itemId(row));
            QVERIFY(ci >= 0);
            const ComponentResult &c = m_result.components[size_t(ci)];
            const Resource res = model.resource(row);
            QCOMPARE(model.value(row, UtilizationModel::DemandColumn), c.demand[size_t(res)]);
            QCOMPARE(model.value(row, UtilizationModel::CapacityColumn), c.capacity[size_t(res)]);
            QCOMPARE(model.data(model.index(row, UtilizationModel::CapacityColumn), Qt::EditRole)
                         .toDouble(),
                     c.capacity[size_t(res)]);
            const double ratio = c.utilization(res);
            QVERIFY(close(model.value(row, UtilizationModel::UtilizationColumn), ratio));
            if (std::isfinite(ratio))
                QVERIFY2(
                    close(barValue(utilizationChart(), row) * scale, ratio),
                    qPrintable(model.itemId(row) + u' ' + QString::fromLatin1(resourceKey(res))));
        }
        // Formatted with units for people.
        const int gpuRow = m_panel->utilizationModel()->rowOf(u"gpu"_s);
        QVERIFY(model.data(model.index(gpuRow, UtilizationModel::CapacityColumn), Qt::DisplayRole)
                    .toString()
                    .contains(u"GPUs"_s));
    }

    void growthEqualsEngine()
    {
        const GrowthModel &model = *m_panel->growthModel();
        QCOMPARE(model.horizon(), m_project.horizonMonths);
        const double scale = ChartFactory::valueScale(growthChart());
        QVERIFY(scale >= 1e9); // a real storage unit, not bytes
        int storage = 0;
        bool anyFull = false;
        for (size_t i = 0; i < m_project.components.size(); ++i) {
            const ComponentResult &c = m_result.components[i];
            if (c.monthlyBytes.empty())
                continue;
            const int k = model.storageIndex(m_project.components[i].id);
            QCOMPARE(k, storage++);
            QCOMPARE(model.monthsUntilFull(k), c.monthsUntilFull);
            const QXYSeries *line = xySeries(growthChart(), k);
            const QXYSeries *capacity = xySeries(growthChart(), model.storageCount() + k);
            QCOMPARE(line->count(), int(c.monthlyBytes.size()));
            for (size_t m = 0; m < c.monthlyBytes.size(); ++m) {
                QCOMPARE(model.value(int(m), model.usedColumn(k)), c.monthlyBytes[m]);
                QVERIFY(close(line->at(int(m)).y() * scale, c.monthlyBytes[m]));
                QCOMPARE(line->at(int(m)).x(), double(m));
            }
            QCOMPARE(model.value(0, model.capacityColumn(k)), c.physicalCapacityBytes);
            QVERIFY(close(capacity->at(0).y() * scale, c.physicalCapacityBytes));
            if (c.monthsUntilFull >= 0) {
                anyFull = true;
                const QXYSeries *runsOut = xySeries(growthChart(), 2 * model.storageCount());
                bool marked = false;
                for (const QPointF &p : runsOut->points())
                    marked =
                        marked || (p.x() == c.monthsUntilFull &&
                                   close(p.y() * scale, c.monthlyBytes[size_t(c.monthsUntilFull)]));
                QVERIFY(marked);
            }
        }
        QCOMPARE(model.storageCount(), storage);
        QVERIFY(storage > 0);
        QVERIFY(anyFull); // the example's vSAN fills within the horizon: its month is marked
    }

    void stageNeedsEqualRequirements()
    {
        const StageNeedsModel &model = *m_panel->stageNeedsModel();
        QCOMPARE(model.rowCount(), int(m_project.stages.size()));
        for (StageNeedsChart::Metric metric : StageNeedsChart::kMetrics) {
            const int column = StageNeedsChart::column(metric);
            QChart *chart = stageChart(metric);
            const double scale = ChartFactory::valueScale(chart);
            QCOMPARE(categoryCount(chart), model.rowCount());
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.itemId(row), m_project.stages[size_t(row)].id);
                const double expected = expectedNeed(m_result.stages[size_t(row)], column);
                QVERIFY(close(model.value(row, column), expected));
                QVERIFY(close(barValue(chart, row) * scale, std::isnan(expected) ? 0 : expected));
                QCOMPARE(model.data(model.index(row, column), Qt::EditRole).isValid(),
                         !std::isnan(expected));
            }
        }
        const int train = model.rowOf(u"train"_s);
        QVERIFY(model.value(train, StageNeedsModel::GpuHoursColumn) > 0);
        QVERIFY(!model.gpuHoursPerDay(train));
        QVERIFY(model.gpuHoursPerDay(model.rowOf(u"validate"_s)));
    }

    void bandwidthEqualsFlows()
    {
        const BandwidthModel &model = *m_panel->bandwidthModel();
        QCOMPARE(model.flowCount(), int(m_project.flows.size()));
        const double scale = ChartFactory::valueScale(flowsChart());
        QCOMPARE(categoryCount(flowsChart()), model.flowCount());
        for (size_t i = 0; i < m_project.flows.size(); ++i) {
            QCOMPARE(model.itemId(int(i)), m_project.flows[i].id);
            QCOMPARE(model.value(int(i), BandwidthModel::DemandColumn),
                     m_result.flows[i].bytesPerSecond);
            QVERIFY(
                close(barValue(flowsChart(), int(i)) * scale, m_result.flows[i].bytesPerSecond));
        }
        QVERIFY(flowsChart()->axes(Qt::Horizontal).first()->titleText().endsWith(u"b/s)"_s));
        const int fabricRow = model.rowOf(u"fab"_s);
        QVERIFY(model.isFabric(fabricRow));
        const ComponentResult &fab =
            m_result.components[size_t(componentIndex(m_project, u"fab"_s))];
        const int network = int(Resource::NetworkBytesPerSecond);
        QCOMPARE(model.value(fabricRow, BandwidthModel::DemandColumn), fab.demand[network]);
        QCOMPARE(model.value(fabricRow, BandwidthModel::CapacityColumn), fab.capacity[network]);
        // Fabrics have a chart (and a unit) of their own; its rows follow the flows.
        const double fabricScale = ChartFactory::valueScale(fabricsChart());
        const int fabricBar = fabricRow - model.flowCount();
        QCOMPARE(categoryCount(fabricsChart()), model.rowCount() - model.flowCount());
        QVERIFY(close(barValue(fabricsChart(), fabricBar) * fabricScale, fab.demand[network]));
        const QXYSeries *mark = xySeries(fabricsChart(), 1 + fabricBar); // its capacity mark
        QVERIFY(close(mark->at(0).x() * fabricScale, fab.capacity[network]));
        QVERIFY(model.data(model.index(fabricRow, BandwidthModel::CapacityColumn), Qt::DisplayRole)
                    .toString()
                    .endsWith(u"b/s"_s));
    }

    void largeProjectsDrawTheLargestBars()
    {
        // 60 more flows and 12 more filers: the flow chart draws the 30 busiest flows and the
        // utilisation chart the 30 fullest rows, and both titles say so (decision 0012).
        Project big = m_project;
        const Flow flow = big.flows.front();
        for (int i = 0; i < 60; ++i) {
            Flow copy = flow;
            copy.id = u"copy-%1"_s.arg(i);
            copy.params.insert(u"sizeBytes"_s, ParamValue::fromNumber(1e12 * (i + 1)));
            big.flows.push_back(copy);
        }
        const Component nfs = *big.component(u"nfs"_s);
        for (int i = 0; i < 12; ++i) {
            Component copy = nfs;
            copy.id = u"nfs-%1"_s.arg(i);
            big.components.push_back(copy);
        }
        m_doc->reset(big);
        m_panel->refresh();
        const BandwidthModel &flows = *m_panel->bandwidthModel();
        QCOMPARE(flows.flowCount(), int(big.flows.size()));
        QCOMPARE(categoryCount(flowsChart()), 30);
        QCOMPARE(flowsChart()->title(),
                 u"Bandwidth of each flow while it moves \u2014 the 30 busiest of %1"_s.arg(
                     big.flows.size()));
        std::vector<double> demand;
        for (int r = 0; r < flows.flowCount(); ++r)
            demand.push_back(flows.value(r, BandwidthModel::DemandColumn));
        std::sort(demand.begin(), demand.end(), std::greater<>());
        const double scale = ChartFactory::valueScale(flowsChart());
        std::vector<double> drawn;
        for (int bar = 0; bar < 30; ++bar)
            drawn.push_back(barValue(flowsChart(), bar) * scale);
        std::sort(drawn.begin(), drawn.end(), std::greater<>());
        for (int i = 0; i < 30; ++i)
            QVERIFY(close(drawn[size_t(i)], demand[size_t(i)]));

        const UtilizationModel &utilization = *m_panel->utilizationModel();
        QVERIFY(utilization.rowCount() > 30);
        QCOMPARE(categoryCount(utilizationChart()), 30);
        QCOMPARE(utilizationChart()->title(),
                 u"Demand against capacity \u2014 the 30 fullest of %1"_s.arg(
                     utilization.rowCount()));
        // The gpu-count row (33 of 32 GPUs, 103 %) is over 100 %: it is always among them.
        const QStringList rowIds =
            utilizationChart()->property("tarmacRowIds").toStringList();
        QVERIFY(rowIds.contains(u"gpu"_s));
    }

    void componentEditUpdatesSeriesInPlace()
    {
        UtilizationModel *utilization = m_panel->utilizationModel();
        GrowthModel *growth = m_panel->growthModel();
        QSignalSpy utilizationChanged(utilization, &QAbstractItemModel::dataChanged);
        QSignalSpy utilizationReset(utilization, &QAbstractItemModel::modelReset);
        QSignalSpy growthChanged(growth, &QAbstractItemModel::dataChanged);
        QSignalSpy growthReset(growth, &QAbstractItemModel::modelReset);
        QSignalSpy stagesReset(m_panel->stageNeedsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy bandwidthReset(m_panel->bandwidthModel(), &QAbstractItemModel::modelReset);

        int row = -1;
        for (int r = 0; r < utilization->rowCount(); ++r) {
            if (utilization->itemId(r) == u"nfs" &&
                utilization->resource(r) == Resource::CapacityBytes)
                row = r;
        }
        QVERIFY(row >= 0);
        const QBarSet *setBefore = bars(utilizationChart())->barSets().first();
        const QXYSeries *lineBefore = xySeries(growthChart(), growth->storageIndex(u"nfs"_s));
        const double barBefore = barValue(utilizationChart(), row);

        m_doc->undoStack()->push(new SetParameter(m_doc.get(), ItemType::Component, u"nfs"_s,
                                                  u"rawCapacity"_s,
                                                  ParamValue::fromNumber(800e12, u"800 TB"_s)));

        const ComponentResult &nfs = live().components[size_t(componentIndex(m_project, u"nfs"_s))];
        const double ratio = nfs.utilization(Resource::CapacityBytes);
        QVERIFY(close(utilization->value(row, UtilizationModel::CapacityColumn),
                      nfs.capacity[int(Resource::CapacityBytes)]));
        QVERIFY(close(barValue(utilizationChart(), row) * 0.01, ratio));
        QVERIFY(barValue(utilizationChart(), row) < barBefore); // twice the capacity: half the bar
        QVERIFY(utilizationChanged.count() >= 1);
        QCOMPARE(utilizationReset.count(), 0);
        QVERIFY(growthChanged.count() >= 1);
        QCOMPARE(growthReset.count(), 0);
        QCOMPARE(stagesReset.count(), 0);
        QCOMPARE(bandwidthReset.count(), 0);
        // Same series objects: values moved in place, nothing was rebuilt.
        QCOMPARE(bars(utilizationChart())->barSets().first(), setBefore);
        const int k = growth->storageIndex(u"nfs"_s);
        QCOMPARE(xySeries(growthChart(), k), lineBefore);
        const QXYSeries *capacity = xySeries(growthChart(), growth->storageCount() + k);
        QVERIFY(close(capacity->at(0).y() * ChartFactory::valueScale(growthChart()),
                      nfs.physicalCapacityBytes));
    }

    void stageEditChangesOnlyItsRow()
    {
        StageNeedsModel *model = m_panel->stageNeedsModel();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        const int train = model->rowOf(u"train"_s);
        const double before = model->value(train, StageNeedsModel::GpuHoursColumn);
        QChart *chart = stageChart(StageNeedsChart::Metric::GpuHours);
        const QBarSet *setBefore = bars(chart)->barSets().first();

        m_doc->undoStack()->push(new SetParameter(m_doc.get(), ItemType::Stage, u"train"_s,
                                                  u"trainingTokens"_s,
                                                  ParamValue::fromNumber(40e9, u"40B"_s)));

        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args[0].toModelIndex().row(), train);
            QCOMPARE(args[1].toModelIndex().row(), train);
        }
        const double after = model->value(train, StageNeedsModel::GpuHoursColumn);
        QVERIFY(close(after, 2 * before)); // 6·N·D: twice the tokens, twice the GPU-hours
        QVERIFY(close(after, live().stages[size_t(train)].value("gpuHours")));
        QVERIFY(close(barValue(chart, train) * ChartFactory::valueScale(chart), after));
        QCOMPARE(bars(chart)->barSets().first(), setBefore);

        m_doc->undoStack()->undo();
        QVERIFY(close(barValue(chart, train) * ChartFactory::valueScale(chart), before));
    }

    void structuralEditRebuildsSeries()
    {
        QSignalSpy reset(m_panel->utilizationModel(), &QAbstractItemModel::modelReset);
        const int before = m_panel->utilizationModel()->rowCount();
        m_doc->undoStack()->push(new RemoveItems(m_doc.get(), {u"kv"_s}));
        QCOMPARE(reset.count(), 1);
        const int after = m_panel->utilizationModel()->rowCount();
        QVERIFY(after < before);
        QCOMPARE(categoryCount(utilizationChart()), after);
        QCOMPARE(bars(utilizationChart())->barSets().first()->count(), after);
        QCOMPARE(m_panel->utilizationModel()->rowOf(u"kv"_s), -1);
    }

    void selectionFromCanvas()
    {
        UtilizationModel *model = m_panel->utilizationModel();
        const int all = model->rowCount();
        m_panel->setSelection(ItemType::Component, u"nfs"_s);
        QCOMPARE(model->componentFilter(), u"nfs"_s);
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->itemId(r), u"nfs"_s);
        QCOMPARE(categoryCount(utilizationChart()), model->rowCount());
        QVERIFY(utilizationChart()->title().contains(u"All-flash NFS"_s));
        // Its growth line is the emphasised one.
        const int k = m_panel->growthModel()->storageIndex(u"nfs"_s);
        QVERIFY(xySeries(growthChart(), k)->pen().widthF() >
                xySeries(growthChart(), (k + 1) % m_panel->growthModel()->storageCount())
                    ->pen()
                    .widthF());

        m_panel->setSelection(ItemType::Stage, u"train"_s);
        QCOMPARE(model->rowCount(), all);
        const int train = m_panel->stageNeedsModel()->rowOf(u"train"_s);
        const int other = (train + 1) % m_panel->stageNeedsModel()->rowCount();
        for (StageNeedsChart::Metric metric : StageNeedsChart::kMetrics) {
            QChart *chart = stageChart(metric);
            const QList<QBarSet *> sets = bars(chart)->barSets();
            for (const QBarSet *set : sets) {
                // The selected bars are the faded ones.
                QVERIFY(!set->isBarSelected(ChartFactory::barIndex(chart, train)));
                QVERIFY(set->isBarSelected(ChartFactory::barIndex(chart, other)));
            }
        }

        m_panel->setSelection(ItemType::Project, {});
        QCOMPARE(model->rowCount(), all);
        for (const QBarSet *set : bars(stageChart(StageNeedsChart::Metric::Gpus))->barSets())
            QVERIFY(set->selectedBars().isEmpty());
    }

    void clickSelectsOnCanvas()
    {
        QSignalSpy activated(m_panel.get(), &ChartsPanel::itemActivated);
        QAbstractBarSeries *utilization = bars(utilizationChart());
        const int gpuRow = m_panel->utilizationModel()->rowOf(u"gpu"_s);
        emit utilization->clicked(ChartFactory::barIndex(utilizationChart(), gpuRow),
                                  utilization->barSets().first());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), u"gpu"_s);

        QAbstractBarSeries *stages = bars(stageChart(StageNeedsChart::Metric::Memory));
        QChart *memory = stageChart(StageNeedsChart::Metric::Memory);
        emit stages->clicked(
            ChartFactory::barIndex(memory, m_panel->stageNeedsModel()->rowOf(u"serve"_s)),
            stages->barSets().first());
        QCOMPARE(activated.takeFirst().at(0).toString(), u"serve"_s);

        const int k = m_panel->growthModel()->storageIndex(u"lake"_s);
        emit xySeries(growthChart(), k)->clicked(QPointF(3, 1));
        QCOMPARE(activated.takeFirst().at(0).toString(), u"lake"_s);

        QAbstractBarSeries *flows = bars(flowsChart());
        emit flows->clicked(ChartFactory::barIndex(flowsChart(), 0), flows->barSets().first());
        QCOMPARE(activated.takeFirst().at(0).toString(), m_project.flows.front().id);
        QAbstractBarSeries *fabrics = bars(fabricsChart());
        emit fabrics->clicked(ChartFactory::barIndex(fabricsChart(), 0),
                              fabrics->barSets().first());
        QCOMPARE(activated.takeFirst().at(0).toString(), u"fab"_s);
    }

    void hoverShowsExactFigures()
    {
        QAbstractBarSeries *series = bars(utilizationChart());
        const int gpuRow = m_panel->utilizationModel()->rowOf(u"gpu"_s);
        emit series->hovered(true, ChartFactory::barIndex(utilizationChart(), gpuRow),
                             series->barSets().first());
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"GPUs"_s), qPrintable(QToolTip::text()));
        emit series->hovered(false, ChartFactory::barIndex(utilizationChart(), gpuRow),
                             series->barSets().first());
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void themeFollowsPalette()
    {
        QVERIFY(!ChartFactory::isDark(utilizationChart()));
        QPalette dark = m_panel->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        m_panel->setPalette(dark);
        QVERIFY(ChartFactory::isDark(utilizationChart()));
        QVERIFY(ChartFactory::isDark(growthChart()));
        QVERIFY(utilizationChart()->backgroundBrush().color().lightness() < 128);
        // Our colours survive the theme change: the band colours, not the theme's palette.
        const QList<QBarSet *> sets = bars(utilizationChart())->barSets();
        QCOMPARE(sets[0]->color(), QColor(0x2E, 0x9E, 0x5B));
        QCOMPARE(sets[2]->color(), QColor(0xD6, 0x45, 0x45));
    }

    void emptyProject()
    {
        m_doc->reset(Project());
        QCOMPARE(m_panel->utilizationModel()->rowCount(), 0);
        QCOMPARE(m_panel->stageNeedsModel()->rowCount(), 0);
        QCOMPARE(m_panel->bandwidthModel()->rowCount(), 0);
        QCOMPARE(m_panel->growthModel()->storageCount(), 0);
        QCOMPARE(categoryCount(utilizationChart()), 0);
        for (int kind = 0; kind < 4; ++kind) {
            const QImage image = charts::renderChartImage(ChartKind(kind), Project(),
                                                          EngineResult(), QSize(320, 240), false);
            QCOMPARE(image.size(), QSize(320, 240));
        }
        m_doc->reset(m_project); // and back
        QCOMPARE(m_panel->stageNeedsModel()->rowCount(), int(m_project.stages.size()));
    }

    void renderImage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("dark");
        for (int kind = 0; kind < 4; ++kind) {
            QTest::addRow("kind %d light", kind) << kind << false;
            QTest::addRow("kind %d dark", kind) << kind << true;
        }
    }

    void renderImage()
    {
        QFETCH(int, kind);
        QFETCH(bool, dark);
        const QImage image =
            charts::renderChartImage(ChartKind(kind), m_project, m_result, QSize(640, 400), dark);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(640, 400));
        QVERIFY(distinctColors(image) > 1);
        // The background follows the theme.
        const QColor corner = image.pixelColor(2, 2);
        QCOMPARE(corner.lightness() < 128, dark);
    }

    void renderSvg()
    {
        for (int kind = 0; kind < 4; ++kind) {
            const QByteArray svg = charts::renderChartSvg(ChartKind(kind), m_project, m_result,
                                                          QSize(640, 400), false);
            QVERIFY(!svg.isEmpty());
            QXmlStreamReader xml(svg);
            bool root = false;
            int elements = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    root = root || xml.name() == u"svg";
                    ++elements;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(root);
            QVERIFY(elements > 10);
        }
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(u"utilization.png"_s);
        QCOMPARE(m_panel->exportChart(ChartKind::Utilization, png), QString());
        QImage image;
        QVERIFY(image.load(png));
        QVERIFY(distinctColors(image) > 1);
        const QString svg = dir.filePath(u"stages.svg"_s);
        QCOMPARE(m_panel->exportChart(ChartKind::StageNeeds, svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY(!xml.hasError());
        QVERIFY(!m_panel->exportChart(ChartKind::Growth, dir.filePath(u"no/such/dir/g.png"_s))
                     .isEmpty());
    }

    void axisUnits_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("symbol");
        using Q = ChartFactory::Quantity;
        QTest::newRow("bytes TB") << int(Q::Bytes) << 3e14 << 1e12 << u"TB"_s;
        QTest::newRow("bytes PB") << int(Q::Bytes) << 1.2e15 << 1e15 << u"PB"_s;
        QTest::newRow("memory GiB")
            << int(Q::MemoryBytes) << 80.0 * (1 << 30) << double(1 << 30) << u"GiB"_s;
        QTest::newRow("100 Gb/s") << int(Q::BitsPerSecond) << 12.5e9 << 1.25e8 << u"Gb/s"_s;
        QTest::newRow("GB/s") << int(Q::BytesPerSecond) << 2e10 << 1e9 << u"GB/s"_s;
        QTest::newRow("count") << int(Q::Count) << 500.0 << 1.0 << QString();
        QTest::newRow("zero") << int(Q::Bytes) << 0.0 << 1.0 << u"B"_s;
    }

    void axisUnits()
    {
        QFETCH(int, quantity);
        QFETCH(double, max);
        QFETCH(double, scale);
        QFETCH(QString, symbol);
        const ChartFactory::AxisUnit unit =
            ChartFactory::axisUnit(ChartFactory::Quantity(quantity), max, UnitSystem::SI);
        QVERIFY(close(unit.scale, scale));
        QCOMPARE(unit.symbol, symbol);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
