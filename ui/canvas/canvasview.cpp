#include "canvasview.h"

#include "canvasitems.h"
#include "canvasoverview.h"
#include "canvasscene.h"
#include "panels/palette.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace tarmac {

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("canvasView"));
    setAccessibleName(tr("Canvas"));
    setAccessibleDescription(
        tr("Lifecycle stages and infrastructure; drag from the palette to add, "
           "drag from a port to connect"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSceneRect(QRectF(-5000, -5000, 20000, 15000));
    // Every zoom change goes through zoomChanged: below kOverviewZoom the view draws the cards.
    connect(this, &CanvasView::zoomChanged, this,
            [this] { m_scene->setOverview(zoom() < kOverviewZoom); });
}

void CanvasView::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.05, 8.0);
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void CanvasView::setShowGrid(bool on)
{
    m_showGrid = on;
    resetCachedContent();
    viewport()->update();
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * 1.25);
}
void CanvasView::zoomOut()
{
    setZoom(zoom() / 1.25);
}
void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::zoomToFit()
{
    QRectF bounds;
    for (QGraphicsItem *item : m_scene->items()) {
        if (!item->parentItem())
            bounds |= item->sceneBoundingRect();
    }
    if (bounds.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 2.0)
        setZoom(2.0);
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.2, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const qreal step =
        (event->modifiers() & Qt::ShiftModifier) ? 20 : (m_scene->snapToGrid() ? 20 : 5);
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Escape:
        m_scene->clearSelection();
        event->accept();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (m_scene->selectedItems().isEmpty()) {
        QGraphicsView::keyPressEvent(event); // scroll
        return;
    }
    m_scene->nudgeSelection(delta);
    event->accept();
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kPaletteMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kPaletteMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QString format = QString::fromLatin1(kPaletteMimeType);
    if (!event->mimeData()->hasFormat(format)) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString spec = QString::fromUtf8(event->mimeData()->data(format));
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (!m_scene->addFromSpec(spec, scenePos).isEmpty()) {
        event->acceptProposedAction();
        setFocus();
    } else {
        event->ignore();
    }
}

bool CanvasView::focusNextPrevChild(bool next)
{
    if (QApplication::keyboardModifiers() & Qt::ControlModifier || m_scene->nodes().isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    selectAdjacentItem(next);
    return true;
}

void CanvasView::selectAdjacentItem(bool next)
{
    QList<QGraphicsItem *> items;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type || item->type() == ZoneItem::Type)
            items << item;
    }
    if (items.isEmpty())
        return;
    std::sort(items.begin(), items.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
        const QPointF pa = a->pos(), pb = b->pos();
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    qsizetype index = selected.size() == 1 ? items.indexOf(selected.first()) : -1;
    index = index < 0 ? (next ? 0 : items.size() - 1)
                      : (index + (next ? 1 : -1) + items.size()) % items.size();
    m_scene->clearSelection();
    items[index]->setSelected(true);
    ensureVisible(items[index], 40, 40);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking an unselected item acts on that item, as in every drawing tool.
    QGraphicsItem *item = itemAt(event->pos());
    while (item && item->parentItem())
        item = item->parentItem();
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (m_scene->overview())
        m_scene->paintOverview(painter, rect);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QColor base = palette().color(QPalette::Base);
    painter->fillRect(rect, base);
    if (!m_showGrid || zoom() < 0.4)
        return; // a dot grid at low zoom is noise and costs time
    const bool dark = base.lightness() < 110;
    painter->setPen(QPen(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 30), 0));
    const qreal grid = 20;
    const qreal left = std::floor(rect.left() / grid) * grid;
    const qreal top = std::floor(rect.top() / grid) * grid;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += grid) {
        for (qreal y = top; y < rect.bottom(); y += grid)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace tarmac
