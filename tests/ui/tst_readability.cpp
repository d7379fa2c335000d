// A screen the room can read: the zoom fit chooses, the navigator, the default layout, zones
// that hold what they hold, words instead of keys, charts that name every bar, honest status
// — driven through the real main window. The keyboard and accessibility: tst_keyboard.

#include "canvas/canvasitems.h"
#include "canvas/canvasnavigator.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "dialogs/settingsdialog.h"
#include "engine/liveengine.h"
#include "model/kindregistry.h"
#include "panels/findingsmodel.h"
#include "panels/requirementsmodel.h"
#include "panels/requirementspanel.h"
#include "projectgenerator.h"
#include "properties/propertiespanel.h"
#include "storage/jsonformat.h"
#include "storage/projectformat.h"
#include "window/arrangecontroller.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestReadability : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    CanvasView *view() { return m_window->canvasView(); }
    CanvasScene *scene() { return m_window->canvasScene(); }

    void openProject(const QString &which)
    {
        if (which == u"generated"_s) {
            m_window->document()->reset(testing::generateProject(42, 1000, 300, 2000));
            view()->zoomToFit();
        } else {
            QVERIFY(m_window->openFile(QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/") +
                                           which + u".json"_s,
                                       true));
        }
        QApplication::processEvents();
    }

    void checkZonesHoldTheirContents(const QString &when)
    {
        const Project &p = m_window->document()->project();
        auto zoneRect = [&](const QString &id) {
            ZoneItem *z = scene()->zone(id);
            return z ? QRectF(z->pos(), z->size()) : QRectF();
        };
        for (const Component &c : p.components) {
            if (c.zone.isEmpty())
                continue;
            NodeItem *n = scene()->node(c.id);
            QVERIFY(n);
            const QRectF card(n->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
            QVERIFY2(zoneRect(c.zone).contains(card),
                     qPrintable(when + u": "_s + c.id + u" outside "_s + c.zone));
        }
        for (const Zone &z : p.zones) {
            if (!z.parent.isEmpty())
                QVERIFY2(zoneRect(z.parent).contains(zoneRect(z.id)),
                         qPrintable(when + u": "_s + z.id + u" outside "_s + z.parent));
        }
        // Nothing moved into another zone on the way.
        const ReadResult original = readProjectFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"));
        for (const Component &c : original.project.components)
            QCOMPARE(p.component(c.id)->zone, c.zone);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void fitKeepsTitlesLegible_data()
    {
        QTest::addColumn<QString>("project");
        QTest::newRow("llm-platform") << u"llm-platform"_s;
        QTest::newRow("vision-training") << u"vision-training"_s;
        QTest::newRow("1,000 stages") << u"generated"_s;
    }

    void fitKeepsTitlesLegible()
    {
        QFETCH(QString, project);
        openProject(project);
        const qreal zoom = view()->zoom();
        // The title is drawn at titlePointSize(zoom) scene points: on screen that times zoom.
        const qreal onScreen = titlePointSize(zoom) * zoom;
        QVERIFY2(onScreen >= kLegiblePointSize - 1e-9,
                 qPrintable(u"zoom %1 draws titles at %2 pt"_s.arg(zoom).arg(onScreen)));
        // Some card is shown, and the view never starts in the empty part of a large design.
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        int shown = 0;
        for (NodeItem *node : scene()->nodes())
            shown += visible.intersects(node->sceneBoundingRect());
        QVERIFY(shown > 0);
    }

    void bundledExamplesFitWhole()
    {
        // With the default layout the examples fit the canvas whole at a legible zoom.
        for (const QString &example : {u"llm-platform"_s, u"vision-training"_s}) {
            openProject(example);
            const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
            for (NodeItem *node : scene()->nodes())
                QVERIFY2(visible.contains(node->pos()), qPrintable(example + u": "_s + node->id()));
            QVERIFY(!view()->navigator()->isVisible());
        }
    }

    void largeDesignOpensOnItsTroubleWithANavigator()
    {
        openProject(u"generated"_s);
        QCOMPARE(view()->zoom(), kLegibleZoom);
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        int troubled = 0;
        for (NodeItem *node : scene()->nodes()) {
            if (node->status() == Status::Error && visible.contains(node->sceneBoundingRect()))
                ++troubled;
        }
        QVERIFY2(troubled > 0, "the first screen of a large design shows cards with errors");

        CanvasNavigator *navigator = view()->navigator();
        navigator->refresh();
        QVERIFY(navigator->isVisible());
        QVERIFY(navigator->sceneArea().contains(visible.center()));
        // A click in the map's top-left corner takes the view to the design's top-left.
        const QPoint corner(8, 8);
        QTest::mouseClick(navigator, Qt::LeftButton, {}, corner);
        const QPointF centre = view()->mapToScene(view()->viewport()->rect().center());
        const QPointF target = navigator->toScene(corner);
        QVERIFY2(QLineF(centre, target).length() < 400 / kLegibleZoom,
                 qPrintable(u"view centred at %1,%2, clicked %3,%4"_s.arg(centre.x())
                                .arg(centre.y())
                                .arg(target.x())
                                .arg(target.y())));
    }

    void findingsStayVisibleAndTheCanvasGetsTheRoom()
    {
        openProject(u"llm-platform"_s);
        auto *findings = m_window->findChild<QDockWidget *>(u"findingsDock"_s);
        auto *charts = m_window->findChild<QDockWidget *>(u"chartsDock"_s);
        QVERIFY(findings->isVisible());
        QVERIFY(!charts->isVisible()); // on demand
        QVERIFY2(view()->height() > m_window->height() / 2,
                 qPrintable(u"canvas %1 px of %2"_s.arg(view()->height()).arg(m_window->height())));
        charts->toggleViewAction()->trigger();
        QApplication::processEvents();
        QVERIFY(charts->isVisible());
        QVERIFY(!charts->visibleRegion().isEmpty()); // raised above the findings
    }

    void newProjectStartsAtActualSize()
    {
        openProject(u"llm-platform"_s);
        view()->setZoom(0.5);
        m_window->document()->undoStack()->setClean();
        m_window->newProject();
        QCOMPARE(view()->zoom(), 1.0);
    }

    void halfTypedValuesWaitForTheSuffix()
    {
        // "70" on the way to "70B" must not be computed as 70 parameters (a 603,000 % error
        // flashing by); the suffix completes it at once, Enter completes a bare number at once.
        openProject(u"llm-platform"_s);
        scene()->selectIds({u"train"_s});
        auto *size = qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"modelParams"_s));
        QVERIFY(size);
        const double before = m_window->document()
                                  ->project()
                                  .stage(u"train"_s)
                                  ->params.value(u"modelParams"_s)
                                  .number;
        const int steps = m_window->document()->undoStack()->count();
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, u"13"_s);
        QCOMPARE(m_window->document()
                     ->project()
                     .stage(u"train"_s)
                     ->params.value(u"modelParams"_s)
                     .number,
                 before);
        QTest::keyClicks(size, u"B"_s);
        QCOMPARE(m_window->document()
                     ->project()
                     .stage(u"train"_s)
                     ->params.value(u"modelParams"_s)
                     .number,
                 13e9);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        size->selectAll();
        QTest::keyClicks(size, u"7000000000"_s);
        QTest::keyClick(size, Qt::Key_Return);
        QCOMPARE(m_window->document()
                     ->project()
                     .stage(u"train"_s)
                     ->params.value(u"modelParams"_s)
                     .number,
                 7e9);
    }

    void chartsNameEveryBarAndFillTheirLegend_data()
    {
        QTest::addColumn<QString>("project");
        QTest::newRow("llm-platform") << u"llm-platform"_s;
        QTest::newRow("1,000 stages (30 bars)") << u"generated"_s;
    }

    void chartsNameEveryBarAndFillTheirLegend()
    {
        QFETCH(QString, project);
        openProject(project);
        auto *charts = m_window->findChild<QDockWidget *>(u"chartsDock"_s);
        charts->toggleViewAction()->trigger();
        QApplication::processEvents();
        auto *view = m_window->findChild<QChartView *>(u"chartUtilization"_s);
        QVERIFY(view && view->isVisible());
        QApplication::processEvents();
        QBarCategoryAxis *axis = nullptr;
        for (QAbstractAxis *a : view->chart()->axes(Qt::Vertical))
            axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
        QVERIFY(axis);
        QVERIFY(axis->count() >= 20);
        // Every category's label is drawn: QtCharts hides the ones that would overlap.
        QSet<QString> shown;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                shown.insert(text->toPlainText());
        }
        for (const QString &category : axis->categories())
            QVERIFY2(shown.contains(category), qPrintable(u"no visible label: "_s + category));
        // The legend's swatches are filled with their band's colour, and their text is whole.
        int bands = 0;
        for (QLegendMarker *marker : view->chart()->legend()->markers()) {
            if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
                ++bands;
                QCOMPARE(marker->brush().color(), bar->barset()->color());
                QVERIFY(!marker->label().contains(u'\u2026'));
            }
        }
        QCOMPARE(bands, 3);
    }

    void zonesHoldTheirComponentsWithoutPositions()
    {
        // The example without a single position: racks in a site, hosts and filers in racks.
        ReadResult read = readProjectFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"));
        QVERIFY(read.ok());
        read.project.layout.clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bare.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonFormat::toJson(read.project));
        file.close();
        QVERIFY(m_window->openFile(path, true));
        checkZonesHoldTheirContents(u"after opening"_s);

        // Arrange lays the zones out as clusters around their components, as one undo step.
        QSignalSpy done(m_window->arranger(), &ArrangeController::finished);
        m_window->arranger()->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), true);
        checkZonesHoldTheirContents(u"after Arrange"_s);
    }

    void leavingAZoneShowsBeforeItHappens()
    {
        openProject(u"llm-platform"_s);
        view()->resetZoom();
        NodeItem *gpu = scene()->node(u"gpu"_s);
        ZoneItem *rack = scene()->zone(u"rack-gpu"_s);
        ZoneItem *site = scene()->zone(u"dc1"_s);
        QVERIFY(gpu && rack && site);
        view()->centerOn(gpu);
        QSignalSpy said(scene(), &CanvasScene::message);
        // Drag the hosts out of their rack, into the site around it, with the real mouse.
        const QPointF grab = gpu->mapToScene(QPointF(40, 40));
        // Where the card's centre lands: inside the site, below both racks.
        const QPointF centre(site->pos().x() + 150, site->pos().y() + site->size().height() - 45);
        const QPointF outside =
            centre - QPointF(NodeItem::kWidth / 2 - 40, NodeItem::kHeight / 2 - 40);
        QWidget *vp = view()->viewport();
        const QPoint start = view()->mapFromScene(grab);
        QTest::mousePress(vp, Qt::LeftButton, {}, start);
        QTest::mouseMove(vp, start + QPoint(6, 6));
        QTest::mouseMove(vp, view()->mapFromScene(outside));
        QVERIFY2(site->dropHint() == 1, "the site it will move into is marked");
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.last().first().toString(),
                 u"Release to move \u201cHGX H100 hosts\u201d into \u201cAmsterdam DC\u201d"_s);
        QCOMPARE(m_window->document()->project().component(u"gpu"_s)->zone, u"rack-gpu"_s);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, view()->mapFromScene(outside));
        QCOMPARE(site->dropHint(), 0);
        QCOMPARE(m_window->document()->project().component(u"gpu"_s)->zone, u"dc1"_s);
        m_window->document()->undoStack()->undo(); // one step: the move and the new zone
        QCOMPARE(m_window->document()->project().component(u"gpu"_s)->zone, u"rack-gpu"_s);
    }

    void everyLabelIsWordsNotKeys()
    {
        // For every kind: what Properties and Requirements show, and the undo text of an
        // edit, come from the registry's labels; no camelCase key is visible.
        // The keys people must not read: every parameter name and requirement key that is
        // camelCase (single words such as "hosts" are words).
        QSet<QString> keys;
        auto addKey = [&keys](const QString &k) {
            if (k != k.toLower())
                keys.insert(k);
        };
        for (const KindInfo &kind : KindRegistry::kinds()) {
            for (const ParamSpec &spec : KindRegistry::params(kind.id))
                addKey(spec.name);
        }
        for (const ParamSpec &spec : KindRegistry::flowParams())
            addKey(spec.name);
        static const QRegularExpression word(u"[A-Za-z]+"_s);
        auto showsKey = [&](const QString &text) {
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString token = it.next().captured();
                if (keys.contains(token))
                    return token;
            }
            return QString();
        };
        auto *requirements = m_window->findChild<RequirementsPanel *>();
        QVERIFY(requirements);
        QStringList specs;
        for (const QString &kind : KindRegistry::ids(KindCategory::Stage))
            specs << u"stage:"_s + kind;
        for (const QString &kind : KindRegistry::ids(KindCategory::Component))
            specs << u"component:"_s + kind;
        for (const QString &kind : KindRegistry::ids(KindCategory::Zone))
            specs << u"zone:"_s + kind;
        for (const QString &spec : specs) {
            const QString id = scene()->addFromSpec(spec, {0, 0});
            QVERIFY2(!id.isEmpty(), qPrintable(spec));
            QApplication::processEvents();
            QStringList visible;
            for (const QLabel *label : m_window->properties()->findChildren<QLabel *>()) {
                if (label->isVisibleTo(m_window->properties()) && label->objectName() != u"id"_s)
                    visible << label->text();
            }
            QVERIFY2(visible.size() > 1, qPrintable(spec));
            const RequirementsModel *model = requirements->requirementsModel();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex row = model->index(r, 0);
                for (int c = 0; c < model->rowCount(row); ++c) {
                    addKey(model->index(c, 0, row).data(RequirementsModel::KeyRole).toString());
                    visible << model->index(c, 0, row).data().toString();
                }
            }
            for (const QString &text : std::as_const(visible)) {
                // Names of elements may be anything; labels and headings may not be keys.
                const QString found = showsKey(text);
                QVERIFY2(found.isEmpty(),
                         qPrintable(spec + u": the key "_s + found + u" on screen: "_s + text));
            }
        }
        // An edit's undo text names the parameter in words.
        scene()->selectIds({scene()->addFromSpec(u"component:gpu-cluster"_s, {0, 0})});
        auto *hosts = qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"hosts"_s));
        QVERIFY(hosts);
        hosts->setFocus();
        hosts->selectAll();
        QTest::keyClicks(hosts, u"6"_s);
        QTest::keyClick(hosts, Qt::Key_Return);
        const QString undo = m_window->document()->undoStack()->undoText();
        QVERIFY2(showsKey(undo).isEmpty() && undo.contains(u"Hosts"_s, Qt::CaseInsensitive),
                 qPrintable(undo));
    }

    void aDroppedItemShowsItsWorstFindingAtOnce()
    {
        openProject(u"llm-platform"_s);
        // A training stage dropped on the canvas, unbound: its badge is its worst finding's
        // severity before any further event is processed.
        const QString id = scene()->addFromSpec(u"stage:training"_s, {900, -300});
        QVERIFY(!id.isEmpty());
        Severity worst = Severity::Info;
        bool any = false;
        for (const Finding &f : m_window->engine()->result().findings) {
            if (f.stage == id) {
                any = true;
                worst = std::max(worst, f.severity);
            }
        }
        QVERIFY2(any, "an unbound training stage has findings");
        const Status expected = worst == Severity::Error     ? Status::Error
                                : worst == Severity::Warning ? Status::Warning
                                                             : Status::Info;
        QCOMPARE(scene()->node(id)->status(), expected);
        QVERIFY(!scene()->node(id)->figures().isEmpty() || expected != Status::Ok);
    }

    void smallThingsThatMisled()
    {
        openProject(u"llm-platform"_s);
        // A fabric's "100 Gb/s": no "B/s" suffix contradicting the unit typed.
        scene()->selectIds({u"fab"_s});
        QApplication::processEvents();
        auto *speed = qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"linkSpeed"_s));
        QVERIFY(speed);
        auto *suffix = m_window->properties()->findChild<QLabel *>(u"unit_linkSpeed"_s);
        QVERIFY(suffix);
        QVERIFY2(speed->text().endsWith(u"Gb/s"_s), qPrintable(speed->text()));
        QVERIFY(!suffix->isVisibleTo(m_window->properties()));
        speed->setText(u"100"_s); // a bare number: now the suffix says what it means
        QVERIFY(suffix->isVisibleTo(m_window->properties()));

        // The GPU cluster's form fits the panel: no horizontal scroll bar.
        scene()->selectIds({u"gpu"_s});
        QApplication::processEvents();
        const auto areas = m_window->properties()->findChildren<QScrollArea *>();
        QVERIFY(!areas.isEmpty());
        for (QScrollArea *area : areas)
            QVERIFY(!area->horizontalScrollBar()->isVisible());

        // Flows are labelled with their dataset, never their id; bindings with the role.
        for (const Flow &f : m_window->document()->project().flows) {
            EdgeItem *edge = scene()->edge(f.id);
            QVERIFY(edge);
            QCOMPARE(edge->label(), f.params.value(u"dataset"_s).text);
            QCOMPARE(edge->toolTip().isEmpty(), edge->label().isEmpty());
        }
    }

    void cardFiguresAreNeverCut()
    {
        // Every card of both examples draws its figures whole, on at most two lines, in the
        // card's font at 100 % (they were cut: "65.2 GiB/…").
        for (const QString &example : {u"llm-platform"_s, u"vision-training"_s}) {
            openProject(example);
            QFont font = view()->font();
            font.setPointSizeF(8);
            const QFontMetrics metrics(font);
            for (NodeItem *node : scene()->nodes()) {
                const QStringList lines = node->figureLines(metrics);
                QVERIFY2(lines.size() <= 2, qPrintable(node->id()));
                QCOMPARE(lines.join(u" \u00b7 "_s), node->figures());
            }
        }
    }

    void growthChartSaysItsLineIsRaw()
    {
        openProject(u"llm-platform"_s);
        m_window->findChild<QDockWidget *>(u"chartsDock"_s)->toggleViewAction()->trigger();
        auto *view = m_window->findChild<QChartView *>(u"chartGrowth"_s);
        QVERIFY(view);
        // The dashed capacity lines are explained once, in the title; the legend names each
        // store once, so that it stays short enough to show every name whole.
        QVERIFY2(view->chart()->title().contains(u"dashed: raw capacity less slack"_s),
                 qPrintable(view->chart()->title()));
        QStringList names;
        for (QLegendMarker *marker : view->chart()->legend()->markers()) {
            if (marker->isVisible())
                names << marker->label();
        }
        QVERIFY2(names.contains(u"vSAN ESA"_s), qPrintable(names.join(u'|')));
        QVERIFY2(!names.join(u'|').contains(u"raw capacity"_s), qPrintable(names.join(u'|')));
    }

    void findingsSayWhereInNames()
    {
        openProject(u"llm-platform"_s);
        FindingsModel *model = m_window->findingsModel();
        bool sawMemory = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex where = model->index(r, FindingsModel::ItemColumn);
            if (model->index(r, FindingsModel::CodeColumn).data().toString() == u"gpu-memory"_s) {
                sawMemory = true;
                QCOMPARE(where.data().toString(),
                         u"\u201cFine-tune Llama-2-70B\u201d \u2192 \u201cHGX H100 hosts\u201d"_s);
                QCOMPARE(where.data(Qt::ToolTipRole).toString(), u"train \u2192 gpu"_s);
            }
        }
        QVERIFY(sawMemory);
    }

    void darkThemeKeepsTheFlowHandleVisible()
    {
        openProject(u"llm-platform"_s);
        applyTheme(u"dark"_s);
        view()->resetZoom();
        NodeItem *train = scene()->node(u"train"_s);
        view()->centerOn(train);
        QApplication::processEvents();
        const QImage picture = view()->viewport()->grab().toImage();
        const QPoint handle =
            view()->mapFromScene(train->mapToScene(train->portPosition(PortKind::FlowOut)));
        const QColor dot = picture.pixelColor(handle);
        const QColor card = picture.pixelColor(handle - QPoint(14, 0));
        applyTheme(u"light"_s);
        QVERIFY2(std::abs(dot.lightness() - card.lightness()) > 80,
                 qPrintable(u"handle %1, card %2"_s.arg(dot.name(), card.name())));
    }

    void openShowsEverySupportedFileAtOnce()
    {
        const QStringList filters = MainWindow::openFileFilter().split(u";;"_s);
        QCOMPARE(filters.first(), u"All supported (*.tarmac *.json)"_s);
        QVERIFY(filters.contains(u"Interchange JSON (*.json)"_s));
    }
};

QTEST_MAIN(TestReadability)
#include "tst_readability.moc"
