// The canvas driven as a person drives it: palette drops, port drags, property edits,
// clipboard, deletion, zones and zoom — each with undo.

#include "canvas/canvasactions.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "engine/liveengine.h"
#include "panels/palette.h"
#include "properties/propertiespanel.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestCanvas : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ProjectDocument *doc() { return m_window->document(); }
    CanvasScene *scene() { return m_window->canvasScene(); }
    CanvasView *view() { return m_window->canvasView(); }
    QWidget *viewport() { return view()->viewport(); }
    QPoint toViewport(const QPointF &scenePos) { return view()->mapFromScene(scenePos); }

    QMimeData *paletteMime(const QString &spec)
    {
        QTreeWidget *tree = m_window->palette()->tree();
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() == spec) {
                const QModelIndex index =
                    tree->model()->index(tree->indexOfTopLevelItem((*it)->parent()), 0);
                const QModelIndex child =
                    tree->model()->index((*it)->parent()->indexOfChild(*it), 0, index);
                return tree->model()->mimeData({child});
            }
        }
        return nullptr;
    }

    // The receiving half of a real drag and drop: enter, move, drop on the viewport.
    QString dropFromPalette(const QString &spec, const QPoint &at)
    {
        std::unique_ptr<QMimeData> mime(paletteMime(spec));
        if (!mime)
            return {};
        const QStringList before = ids();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &drop);
        for (const QString &id : ids()) {
            if (!before.contains(id))
                return id;
        }
        return {};
    }

    QStringList ids() const
    {
        QStringList out;
        const Project &p = m_window->document()->project();
        for (const Stage &s : p.stages)
            out << s.id;
        for (const Component &c : p.components)
            out << c.id;
        for (const Zone &z : p.zones)
            out << z.id;
        return out;
    }

    // Press on a node's port, move to the target's centre, release: the real mouse path.
    void dragPort(const QString &from, PortKind port, const QString &to)
    {
        NodeItem *a = scene()->node(from);
        NodeItem *b = scene()->node(to);
        QVERIFY(a && b);
        const QPoint start = toViewport(a->mapToScene(a->portPosition(port)));
        const QPoint end = toViewport(b->sceneBoundingRect().center());
        QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(viewport(), (start + end) / 2);
        QTest::mouseMove(viewport(), end);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, end);
    }

    void dragNode(const QString &id, const QPointF &toScene)
    {
        QGraphicsItem *item = scene()->node(id);
        if (!item)
            item = scene()->zone(id);
        const QPoint start = toViewport(item->sceneBoundingRect().topLeft() + QPointF(30, 12));
        const QPoint end = toViewport(toScene);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(viewport(), start + QPoint(5, 5));
        QTest::mouseMove(viewport(), end);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, end);
    }

    bool hasBinding(const QString &stage, const QString &component, const QString &role)
    {
        const auto &b = doc()->project().bindings;
        return std::find(b.begin(), b.end(), Binding{stage, component, role}) != b.end();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->resetZoom();
        view()->centerOn(400, 200);
    }

    void cleanup() { m_window.reset(); }

    void dropFromPaletteCreatesStage()
    {
        const QPoint at = viewport()->rect().center();
        const QString id = dropFromPalette(u"stage:training"_s, at);
        QCOMPARE(id, u"training"_s);
        const Stage *s = doc()->project().stage(id);
        QVERIFY(s);
        QCOMPARE(s->kind, u"training"_s);
        QVERIFY(scene()->node(id));
        QVERIFY(scene()->node(id)->isSelected()); // created, pushed, then selected
        // Dropped where the mouse was: the node is centred on the drop point.
        QVERIFY((scene()->node(id)->sceneBoundingRect().center() - view()->mapToScene(at))
                    .manhattanLength() < 20);
        doc()->undoStack()->undo();
        QVERIFY(!doc()->project().stage(id));
        QVERIFY(!scene()->node(id));
        doc()->undoStack()->redo();
        QVERIFY(scene()->node(id));
    }

    void doubleClickOrEnterAddsAtCentre()
    {
        emit m_window->palette()->addRequested(u"component:gpu-cluster"_s);
        QVERIFY(doc()->project().component(u"gpu-cluster"_s));
    }

    void drawFlowBetweenStages()
    {
        const QString a = scene()->addFromSpec(u"stage:processing"_s, {100, 100});
        const QString b = scene()->addFromSpec(u"stage:training"_s, {500, 100});
        dragPort(a, PortKind::FlowOut, b);
        QCOMPARE(doc()->project().flows.size(), size_t(1));
        QCOMPARE(doc()->project().flows[0].from, a);
        QCOMPARE(doc()->project().flows[0].to, b);
        QVERIFY(scene()->edge(doc()->project().flows[0].id));
        doc()->undoStack()->undo();
        QVERIFY(doc()->project().flows.empty());
        doc()->undoStack()->redo();
        QCOMPARE(doc()->project().flows.size(), size_t(1));
    }

    void bindStageToClusterAndStorage()
    {
        const QString stage = scene()->addFromSpec(u"stage:training"_s, {100, 100});
        const QString gpu = scene()->addFromSpec(u"component:gpu-cluster"_s, {100, 400});
        const QString nfs = scene()->addFromSpec(u"component:file-storage"_s, {500, 400});
        dragPort(stage, PortKind::Connector, gpu);
        QVERIFY(hasBinding(stage, gpu, u"compute"_s));
        scene()->setRoleChooser([](const QStringList &roles, const QPoint &) {
            return roles.contains(u"writes"_s) ? u"writes"_s : QString();
        });
        dragPort(stage, PortKind::Connector, nfs);
        QVERIFY(hasBinding(stage, nfs, u"writes"_s));
        // The engine now knows the GPUs: training figures appear on the stage.
        QVERIFY(scene()->node(stage)->figures().contains(u"GPU"_s));
        doc()->undoStack()->undo();
        QVERIFY(!hasBinding(stage, nfs, u"writes"_s));
        doc()->undoStack()->undo();
        QVERIFY(!hasBinding(stage, gpu, u"compute"_s));
    }

    void wrongBindingRefused()
    {
        const QString stage = scene()->addFromSpec(u"stage:serving"_s, {100, 100});
        const QString fabric = scene()->addFromSpec(u"component:fabric"_s, {100, 400});
        QSignalSpy messages(scene(), &CanvasScene::message);
        const int commands = doc()->undoStack()->count();
        dragPort(stage, PortKind::Connector, fabric);
        QVERIFY(doc()->project().bindings.empty());
        QCOMPARE(doc()->undoStack()->count(), commands);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(u"fabric"_s));
        // A flow cannot end on infrastructure either.
        dragPort(stage, PortKind::FlowOut, fabric);
        QVERIFY(doc()->project().flows.empty());
    }

    void propertyEditChangesResultAndBadge()
    {
        const QString stage = scene()->addFromSpec(u"stage:training"_s, {100, 100});
        const QString gpu = scene()->addFromSpec(u"component:gpu-cluster"_s, {100, 400});
        dragPort(stage, PortKind::Connector, gpu);
        scene()->selectIds({gpu});
        auto *hosts = qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"hosts"_s));
        QVERIFY(hosts);
        // Ask for a 200-day deadline on the stage's side: 1 host cannot do it in time.
        hosts->selectAll();
        QTest::keyClicks(hosts, u"1"_s);
        QCOMPARE(doc()->project().component(gpu)->params.value(u"hosts"_s).number, 1.0);
        scene()->selectIds({stage});
        auto *deadline =
            qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"deadlineHours"_s));
        QVERIFY(deadline);
        deadline->setFocus();
        QTest::keyClicks(deadline, u"240"_s);
        // A bare "240" could still become "240 d": it is pushed once the field settles.
        QVERIFY(!doc()->project().stage(stage)->params.contains(u"deadlineHours"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            doc()->project().stage(stage)->params.value(u"deadlineHours"_s).number, 240 * 3600.0,
            5000);
        QCOMPARE(scene()->node(gpu)->status(), Status::Error); // more GPUs needed than 8
        // Typing "240" was one undo step; undo brings the badge back.
        doc()->undoStack()->undo();
        QVERIFY(!doc()->project().stage(stage)->params.contains(u"deadlineHours"_s));
        QVERIFY2(scene()->node(gpu)->status() != Status::Error,
                 qPrintable(scene()->node(gpu)->findingsText()));
    }

    void invalidInputIsRefusedInline()
    {
        const QString gpu = scene()->addFromSpec(u"component:gpu-cluster"_s, {100, 400});
        scene()->selectIds({gpu});
        auto *nic = qobject_cast<QLineEdit *>(m_window->properties()->editorFor(u"nicPerHost"_s));
        QVERIFY(nic);
        const int commands = doc()->undoStack()->count();
        nic->setFocus();
        nic->selectAll();
        QTest::keyClicks(nic, u"4 TB"_s); // a size where a bandwidth belongs
        QCOMPARE(doc()->undoStack()->count(), commands);
        QVERIFY(!nic->toolTip().isEmpty());
    }

    void copyPasteAndDuplicate()
    {
        const QString a = scene()->addFromSpec(u"stage:processing"_s, {100, 100});
        const QString b = scene()->addFromSpec(u"stage:training"_s, {500, 100});
        dragPort(a, PortKind::FlowOut, b);
        scene()->selectIds({a, b});
        m_window->canvasActions()->copy();
        const QMimeData *clip = QApplication::clipboard()->mimeData();
        QVERIFY(clip->hasFormat(QString::fromLatin1(CanvasActions::kItemsMimeType)));
        QVERIFY(clip->text().contains(u"tarmac-project"_s)); // also plain JSON text
        m_window->canvasActions()->paste();
        QCOMPARE(doc()->project().stages.size(), size_t(4));
        QCOMPARE(doc()->project().flows.size(), size_t(2)); // the flow between them came along
        QCOMPARE(scene()->selectedIds().size(), 3);
        doc()->undoStack()->undo();
        QCOMPARE(doc()->project().stages.size(), size_t(2));
        scene()->selectIds({a});
        m_window->canvasActions()->duplicate();
        QCOMPARE(doc()->project().stages.size(), size_t(3));
        // Paste of foreign text says so and changes nothing.
        QApplication::clipboard()->setText(u"not a project"_s);
        const int commands = doc()->undoStack()->count();
        m_window->canvasActions()->paste();
        QCOMPARE(doc()->undoStack()->count(), commands);
    }

    void deleteWithUndoRestoresEverything()
    {
        QVERIFY(m_window->openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        const Project before = doc()->project();
        scene()->selectIds({u"train"_s});
        QTest::keyClick(viewport(), Qt::Key_Delete);
        QVERIFY(!doc()->project().stage(u"train"_s));
        QVERIFY(!scene()->node(u"train"_s));
        for (const Binding &b : doc()->project().bindings)
            QVERIFY(b.stage != u"train");
        doc()->undoStack()->undo();
        QCOMPARE(doc()->project(), before);
        QVERIFY(scene()->edge(u"corpus"_s));
    }

    void zoneContainment()
    {
        const QString site = scene()->addFromSpec(u"zone:site"_s, {300, 300});
        const QString gpu = scene()->addFromSpec(u"component:gpu-cluster"_s, {900, 300});
        QVERIFY(doc()->project().component(gpu)->zone.isEmpty());
        scene()->clearSelection();
        dragNode(gpu, {300, 300});
        QCOMPARE(doc()->project().component(gpu)->zone, site);
        // Moving the zone moves what it holds.
        const QPointF before = scene()->node(gpu)->pos();
        scene()->clearSelection();
        dragNode(site, scene()->zone(site)->sceneBoundingRect().topLeft() + QPointF(30, 12) +
                           QPointF(100, 60));
        QCOMPARE(scene()->node(gpu)->pos(), before + QPointF(100, 60));
        QCOMPARE(doc()->project().layout.value(gpu).x, before.x() + 100);
        doc()->undoStack()->undo();
        QCOMPARE(scene()->node(gpu)->pos(), before);
        doc()->undoStack()->undo();
        QVERIFY(doc()->project().component(gpu)->zone.isEmpty());
    }

    void zoomToFitShowsEverything()
    {
        QVERIFY(m_window->openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        view()->setZoom(4.0);
        view()->zoomToFit();
        const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
        for (NodeItem *n : scene()->nodes())
            QVERIFY2(visible.contains(n->sceneBoundingRect()), qPrintable(n->id()));
        view()->resetZoom();
        QCOMPARE(view()->zoom(), 1.0);
    }

    void overviewDrawsTheCardsItself()
    {
        // Below the overview zoom the view paints cards as boxes in one pass; the items paint
        // nothing but stay selectable. The picture shows each card's colour where it sits.
        QVERIFY(m_window->openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        NodeItem *gpu = scene()->node(u"gpu"_s);
        QVERIFY(gpu);
        view()->setZoom(0.2);
        QVERIFY(scene()->overview());
        QVERIFY(gpu->flags() & QGraphicsItem::ItemHasNoContents);
        view()->centerOn(gpu);
        const QImage picture = viewport()->grab().toImage();
        const QPoint inside = toViewport(gpu->scenePos() + QPointF(20, 60));
        QCOMPARE(QColor(picture.pixel(inside)).rgb(), gpu->overviewFill().rgb());
        view()->resetZoom();
        QVERIFY(!scene()->overview());
        QVERIFY(!(gpu->flags() & QGraphicsItem::ItemHasNoContents));
    }

    void arrowKeysNudgeAsOneStep()
    {
        const QString a = scene()->addFromSpec(u"stage:ingestion"_s, {100, 100});
        const QPointF start = scene()->node(a)->pos();
        view()->setFocus();
        const int commands = doc()->undoStack()->count();
        QTest::keyClick(viewport(), Qt::Key_Right);
        QTest::keyClick(viewport(), Qt::Key_Right);
        QCOMPARE(scene()->node(a)->pos(), start + QPointF(10, 0));
        QCOMPARE(doc()->undoStack()->count(), commands + 1);
        doc()->undoStack()->undo();
        QCOMPARE(scene()->node(a)->pos(), start);
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
