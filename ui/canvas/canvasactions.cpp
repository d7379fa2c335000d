#include "canvasactions.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "commands/commands.h"
#include "model/clipboard.h"
#include "storage/jsonformat.h"
#include "style/shortcutkeys.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QSet>
#include <algorithm>

namespace tarmac {

CanvasActions::CanvasActions(CanvasView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_scene(view->canvas())
{
    make(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut);
    make(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy);
    make(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste);
    make(QStringLiteral("actionDuplicate"), tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    make(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete);
    make(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll);
    make(QStringLiteral("actionAlignLeft"), tr("Align &Left"), {});
    make(QStringLiteral("actionAlignRight"), tr("Align &Right"), {});
    make(QStringLiteral("actionAlignTop"), tr("Align &Top"), {});
    make(QStringLiteral("actionAlignBottom"), tr("Align &Bottom"), {});
    make(QStringLiteral("actionAlignHCenter"), tr("Align Centres &Horizontally"), {});
    make(QStringLiteral("actionAlignVCenter"), tr("Align Centres &Vertically"), {});
    make(QStringLiteral("actionDistributeH"), tr("Distribute Hori&zontally"), {});
    make(QStringLiteral("actionDistributeV"), tr("Distribute V&ertically"), {});
    make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn);
    make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    make(QStringLiteral("actionZoomFit"), tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    make(QStringLiteral("actionZoom100"), tr("&Actual Size (100 %)"),
         QKeySequence(Qt::CTRL | Qt::Key_1));
    make(QStringLiteral("actionConnect"), tr("Co&nnect To\u2026"),
         QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *snap = make(QStringLiteral("actionSnap"), tr("&Snap to Grid"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    snap->setCheckable(true);
    // Ctrl+= is how Ctrl++ is typed on most layouts without Shift; both zoom in.
    action(QStringLiteral("actionZoomIn"))
        ->setShortcuts(
            platformKeysAnd(QKeySequence::ZoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal)}));

    connect(action(QStringLiteral("actionCut")), &QAction::triggered, this, &CanvasActions::cut);
    connect(action(QStringLiteral("actionCopy")), &QAction::triggered, this, &CanvasActions::copy);
    connect(action(QStringLiteral("actionPaste")), &QAction::triggered, this,
            &CanvasActions::paste);
    connect(action(QStringLiteral("actionDuplicate")), &QAction::triggered, this,
            &CanvasActions::duplicate);
    connect(action(QStringLiteral("actionDelete")), &QAction::triggered, this,
            &CanvasActions::deleteSelection);
    connect(action(QStringLiteral("actionSelectAll")), &QAction::triggered, this,
            &CanvasActions::selectAll);
    connect(action(QStringLiteral("actionAlignLeft")), &QAction::triggered, this,
            [this] { align(Qt::AlignLeft); });
    connect(action(QStringLiteral("actionAlignRight")), &QAction::triggered, this,
            [this] { align(Qt::AlignRight); });
    connect(action(QStringLiteral("actionAlignTop")), &QAction::triggered, this,
            [this] { align(Qt::AlignTop); });
    connect(action(QStringLiteral("actionAlignBottom")), &QAction::triggered, this,
            [this] { align(Qt::AlignBottom); });
    connect(action(QStringLiteral("actionAlignHCenter")), &QAction::triggered, this,
            [this] { align(Qt::AlignHCenter); });
    connect(action(QStringLiteral("actionAlignVCenter")), &QAction::triggered, this,
            [this] { align(Qt::AlignVCenter); });
    connect(action(QStringLiteral("actionDistributeH")), &QAction::triggered, this,
            [this] { distribute(Qt::Horizontal); });
    connect(action(QStringLiteral("actionDistributeV")), &QAction::triggered, this,
            [this] { distribute(Qt::Vertical); });
    connect(action(QStringLiteral("actionZoomIn")), &QAction::triggered, m_view,
            &CanvasView::zoomIn);
    connect(action(QStringLiteral("actionZoomOut")), &QAction::triggered, m_view,
            &CanvasView::zoomOut);
    connect(action(QStringLiteral("actionZoomFit")), &QAction::triggered, m_view,
            &CanvasView::zoomToFit);
    connect(action(QStringLiteral("actionZoom100")), &QAction::triggered, m_view,
            &CanvasView::resetZoom);
    connect(action(QStringLiteral("actionConnect")), &QAction::triggered, this,
            &CanvasActions::connectSelection);
    connect(snap, &QAction::toggled, m_scene, &CanvasScene::setSnapToGrid);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &CanvasActions::updateEnabled);
    connect(m_view, &CanvasView::contextMenuRequested, this, &CanvasActions::showContextMenu);
    updateEnabled();
}

QAction *CanvasActions::make(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    // The shortcuts work wherever the canvas is, but never steal keys from text fields.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(a);
    return a;
}

QAction *CanvasActions::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly);
}

void CanvasActions::populateEditMenu(QMenu *menu)
{
    menu->addSeparator();
    for (const char *name :
         {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete"})
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("actionConnect")));
    menu->addAction(action(QStringLiteral("actionSelectAll")));
    QMenu *arrange = menu->addMenu(tr("Align and &Distribute"));
    for (const char *name :
         {"actionAlignLeft", "actionAlignRight", "actionAlignTop", "actionAlignBottom",
          "actionAlignHCenter", "actionAlignVCenter", "actionDistributeH", "actionDistributeV"})
        arrange->addAction(action(QString::fromLatin1(name)));
}

void CanvasActions::populateViewMenu(QMenu *menu)
{
    for (const char *name :
         {"actionZoomIn", "actionZoomOut", "actionZoomFit", "actionZoom100", "actionSnap"})
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
}

void CanvasActions::updateEnabled()
{
    const int selected = int(m_scene->selectedItems().size());
    for (const char *name : {"actionCut", "actionCopy", "actionDuplicate", "actionDelete"})
        action(QString::fromLatin1(name))->setEnabled(selected > 0);
    action(QStringLiteral("actionConnect"))->setEnabled(selected == 1);
    for (const char *name : {"actionAlignLeft", "actionAlignRight", "actionAlignTop",
                             "actionAlignBottom", "actionAlignHCenter", "actionAlignVCenter"})
        action(QString::fromLatin1(name))->setEnabled(selected > 1);
    action(QStringLiteral("actionDistributeH"))->setEnabled(selected > 2);
    action(QStringLiteral("actionDistributeV"))->setEnabled(selected > 2);
}

QByteArray CanvasActions::selectionAsJson() const
{
    return JsonFormat::toJson(copyOf(m_scene->document()->project(), m_scene->selectedIds()));
}

bool CanvasActions::pasteJson(const QByteArray &json, QString *why)
{
    ReadResult read = JsonFormat::fromJson(json);
    if (!read.ok()) {
        if (why)
            *why = tr("The clipboard holds no Tarmac elements (%1).").arg(read.error);
        return false;
    }
    ++m_pasteCount;
    const ProjectDocument *document = m_scene->document();
    const ItemBatch batch =
        pasteBatch(document->project(), document->index(), read.project, 40.0 * m_pasteCount);
    if (batch.isEmpty()) {
        if (why)
            *why = tr("Nothing to paste.");
        return false;
    }
    const QStringList ids = ProjectDocument::idsOf(batch);
    m_scene->document()->undoStack()->push(
        new AddItems(m_scene->document(), batch, tr("Paste %n item(s)", nullptr, int(ids.size()))));
    m_scene->revealAdded(ids);
    m_scene->selectIds(ids);
    return true;
}

void CanvasActions::copy()
{
    if (m_scene->selectedItems().isEmpty())
        return;
    const QByteArray json = selectionAsJson();
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kItemsMimeType), json);
    data->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
}

void CanvasActions::cut()
{
    copy();
    deleteSelection();
}

void CanvasActions::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QByteArray json = data->hasFormat(QString::fromLatin1(kItemsMimeType))
                                ? data->data(QString::fromLatin1(kItemsMimeType))
                                : data->text().toUtf8();
    QString why;
    if (!pasteJson(json, &why))
        emit message(why);
}

void CanvasActions::duplicate()
{
    if (m_scene->selectedItems().isEmpty())
        return;
    const int saved = m_pasteCount;
    m_pasteCount = 0;
    pasteJson(selectionAsJson());
    m_pasteCount = saved;
}

void CanvasActions::deleteSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    m_scene->document()->undoStack()->push(new RemoveItems(m_scene->document(), ids));
}

void CanvasActions::selectAll()
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
    }
}

namespace {

struct Box {
    QString id;
    QRectF rect;
    QSizeF size; // zones keep theirs
};

} // namespace

static std::vector<Box> selectedBoxes(CanvasScene *scene)
{
    std::vector<Box> boxes;
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() == NodeItem::Type) {
            auto *n = static_cast<NodeItem *>(item);
            boxes.push_back(
                {n->id(), QRectF(n->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight)), {}});
        } else if (item->type() == ZoneItem::Type) {
            auto *z = static_cast<ZoneItem *>(item);
            boxes.push_back({z->id(), QRectF(z->pos(), z->size()), z->size()});
        }
    }
    return boxes;
}

static void pushMoves(CanvasScene *scene, const std::vector<Box> &boxes, const QString &text)
{
    QMap<QString, Placement> to;
    for (const Box &b : boxes)
        to.insert(b.id, {b.rect.x(), b.rect.y(), b.size.width(), b.size.height()});
    scene->document()->undoStack()->push(new MoveItems(scene->document(), to, 0, text));
}

void CanvasActions::align(Qt::Alignment edge)
{
    std::vector<Box> boxes = selectedBoxes(m_scene);
    if (boxes.size() < 2)
        return;
    QRectF all;
    for (const Box &b : boxes)
        all |= b.rect;
    for (Box &b : boxes) {
        if (edge == Qt::AlignLeft)
            b.rect.moveLeft(all.left());
        else if (edge == Qt::AlignRight)
            b.rect.moveRight(all.right());
        else if (edge == Qt::AlignTop)
            b.rect.moveTop(all.top());
        else if (edge == Qt::AlignBottom)
            b.rect.moveBottom(all.bottom());
        else if (edge == Qt::AlignHCenter)
            b.rect.moveCenter(QPointF(all.center().x(), b.rect.center().y()));
        else
            b.rect.moveCenter(QPointF(b.rect.center().x(), all.center().y()));
    }
    pushMoves(m_scene, boxes, tr("Align"));
}

void CanvasActions::distribute(Qt::Orientation orientation)
{
    std::vector<Box> boxes = selectedBoxes(m_scene);
    if (boxes.size() < 3)
        return;
    const bool h = orientation == Qt::Horizontal;
    std::sort(boxes.begin(), boxes.end(), [h](const Box &a, const Box &b) {
        return h ? a.rect.center().x() < b.rect.center().x()
                 : a.rect.center().y() < b.rect.center().y();
    });
    const qreal first = h ? boxes.front().rect.center().x() : boxes.front().rect.center().y();
    const qreal last = h ? boxes.back().rect.center().x() : boxes.back().rect.center().y();
    const qreal step = (last - first) / qreal(boxes.size() - 1);
    for (size_t i = 0; i < boxes.size(); ++i) {
        QPointF c = boxes[i].rect.center();
        (h ? c.rx() : c.ry()) = first + step * qreal(i);
        boxes[i].rect.moveCenter(c);
    }
    pushMoves(m_scene, boxes, tr("Distribute"));
}

void CanvasActions::showContextMenu(const QPoint &globalPos)
{
    QMenu menu;
    const bool any = !m_scene->selectedItems().isEmpty();
    if (any) {
        for (const char *name : {"actionCut", "actionCopy", "actionDuplicate", "actionDelete"})
            menu.addAction(action(QString::fromLatin1(name)));
        menu.addAction(action(QStringLiteral("actionConnect")));
    }
    menu.addAction(action(QStringLiteral("actionPaste")));
    if (!m_contextExtras.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextExtras);
    }
    if (m_scene->selectedItems().size() > 1) {
        QMenu *arrange = menu.addMenu(tr("Align and Distribute"));
        for (const char *name : {"actionAlignLeft", "actionAlignTop", "actionAlignHCenter",
                                 "actionAlignVCenter", "actionDistributeH", "actionDistributeV"})
            arrange->addAction(action(QString::fromLatin1(name)));
    }
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("actionSelectAll")));
    menu.addAction(action(QStringLiteral("actionZoomFit")));
    menu.exec(globalPos);
}

void CanvasActions::connectSelection()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    NodeItem *from =
        selected.size() == 1 ? qgraphicsitem_cast<NodeItem *>(selected.first()) : nullptr;
    if (!from) {
        emit message(tr("Select one stage or component to connect it."));
        return;
    }
    // What each port of the item can reach, in the words of the gesture it replaces.
    const std::pair<PortKind, const char *> ports[] = {
        {PortKind::FlowOut, QT_TR_NOOP("Data flow to")},
        {PortKind::Connector, QT_TR_NOOP("Bind to")},
        {PortKind::LinkOut, QT_TR_NOOP("Link to")},
    };
    QList<NodeItem *> others = m_scene->nodes();
    std::sort(others.begin(), others.end(), [](const NodeItem *a, const NodeItem *b) {
        return QString::localeAwareCompare(a->title(), b->title()) < 0;
    });
    QMenu menu;
    menu.setObjectName(QStringLiteral("connectMenu"));
    QHash<QAction *, std::pair<PortKind, NodeItem *>> choices;
    for (const auto &[port, heading] : ports) {
        // The handles the card has: stages start flows and bindings, components links.
        const bool stagePort = port != PortKind::LinkOut;
        if (stagePort != (from->itemType() == ItemType::Stage))
            continue;
        bool headed = false;
        for (NodeItem *to : others) {
            if (to == from || !to->isVisible() || !m_scene->canConnect(from, port, to))
                continue;
            if (!headed) {
                menu.addSection(tr(heading));
                headed = true;
            }
            QAction *choice = menu.addAction(tr("%1 (%2)").arg(to->title(), to->kindLabel()));
            choices.insert(choice, {port, to});
        }
    }
    if (choices.isEmpty()) {
        emit message(
            tr("Nothing on the canvas can be connected to \u201c%1\u201d.").arg(from->title()));
        return;
    }
    const QPoint at = m_view->viewport()->mapToGlobal(
        m_view->mapFromScene(from->mapToScene(from->portPosition(PortKind::Connector))));
    QAction *chosen = menu.exec(at);
    if (!chosen)
        return;
    const auto [port, to] = choices.value(chosen);
    QString why;
    if (!m_scene->connectItems(from, port, to, at, &why))
        emit message(why);
}

} // namespace tarmac
