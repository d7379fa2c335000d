// A screen the room can read: the zoom fit chooses, the navigator, the default layout and the
// shortcuts people type — driven through the real main window.

#include "canvas/canvasitems.h"
#include "canvas/canvasnavigator.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "commands/commands.h"
#include "dialogs/settingsdialog.h"
#include "properties/propertiespanel.h"
#include "projectgenerator.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>
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
            QVERIFY(m_window->openFile(
                QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/") + which + u".json"_s,
                true));
        }
        QApplication::processEvents();
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

    void zoomShortcuts()
    {
        openProject(u"llm-platform"_s);
        view()->setFocus();
        view()->resetZoom();
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.25);
        QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.0);
    }

    void ctrlYRedoes()
    {
        openProject(u"llm-platform"_s);
        ProjectDocument *doc = m_window->document();
        doc->undoStack()->push(new Rename(doc, ItemType::Stage, u"train"_s, u"Renamed"_s));
        doc->undoStack()->undo();
        QVERIFY(doc->project().stage(u"train"_s)->name != u"Renamed"_s);
        view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc->project().stage(u"train"_s)->name, u"Renamed"_s);
        doc->undoStack()->undo();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->project().stage(u"train"_s)->name, u"Renamed"_s);
    }

    void ctrlCommaOpensSettings()
    {
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(opened);
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
        const double before = m_window->document()->project().stage(u"train"_s)->params.value(
            u"modelParams"_s).number;
        const int steps = m_window->document()->undoStack()->count();
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, u"13"_s);
        QCOMPARE(m_window->document()->project().stage(u"train"_s)->params.value(
                     u"modelParams"_s).number,
                 before);
        QTest::keyClicks(size, u"B"_s);
        QCOMPARE(m_window->document()->project().stage(u"train"_s)->params.value(
                     u"modelParams"_s).number,
                 13e9);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        size->selectAll();
        QTest::keyClicks(size, u"7000000000"_s);
        QTest::keyClick(size, Qt::Key_Return);
        QCOMPARE(m_window->document()->project().stage(u"train"_s)->params.value(
                     u"modelParams"_s).number,
                 7e9);
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
