#include "canvasview.h"

#include "canvasaccessible.h"
#include "canvasitems.h"
#include "canvasnavigator.h"
#include "canvasoverview.h"
#include "canvasscene.h"
#include "panels/palette.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>
#include <numeric>
#include <vector>

namespace tarmac {

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_navigator(new CanvasNavigator(this))
{
    installCanvasAccessibility();
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
    fitWithoutMap();
    // A fit follows a new document or persona view: the map must judge the new whole at
    // once, not the previous design's area until its settle delay has passed.
    m_navigator->refresh();
}

void CanvasView::fitWithoutMap()
{
    QRectF bounds;
    for (QGraphicsItem *item : m_scene->items()) {
        if (!item->parentItem() && item->isVisible()) // what the persona view draws
            bounds |= item->sceneBoundingRect();
    }
    if (bounds.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    const QRectF padded = bounds.adjusted(-40, -40, 40, 40);
    const QSizeF room = viewport()->size();
    const qreal fit = std::min(room.width() / padded.width(), room.height() / padded.height());
    if (fit >= kLegibleZoom) {
        setZoom(std::min(fit, 2.0));
        centerOn(bounds.center());
    } else {
        // Larger than a legible zoom shows: show, legibly, the part with the most trouble;
        // the navigator shows where it lies in the whole.
        setZoom(kLegibleZoom);
        centerOn(busiestRegion(QSizeF(room.width() / kLegibleZoom, room.height() / kLegibleZoom))
                     .value_or(bounds.center()));
    }
}

std::optional<QPointF> CanvasView::busiestRegion(const QSizeF &window) const
{
    // Weigh each card by its status and find the window-sized area with the largest weight,
    // trying the worst cards as centres. Cards are bucketed into a grid of window-sized cells
    // so that each trial looks at the cards of nine cells, not at all of them.
    struct Weighted {
        QPointF centre;
        int weight;
    };
    std::vector<Weighted> cards;
    for (const NodeItem *node : m_scene->nodes()) {
        if (!node->isVisible())
            continue;
        const int weight = node->status() == Status::Error     ? 4
                           : node->status() == Status::Warning ? 2
                           : node->status() == Status::Info    ? 1
                                                               : 0;
        if (weight > 0)
            cards.push_back({node->cardCentre(), weight});
    }
    if (cards.empty())
        return std::nullopt;
    auto cellOf = [&](const QPointF &p) {
        return std::pair<qint64, qint64>(qint64(std::floor(p.x() / window.width())),
                                         qint64(std::floor(p.y() / window.height())));
    };
    QHash<std::pair<qint64, qint64>, std::vector<int>> cells;
    for (int i = 0; i < int(cards.size()); ++i)
        cells[cellOf(cards[size_t(i)].centre)].push_back(i);
    // The worst cards first; ties in reading order, so the choice does not depend on hashing.
    std::vector<int> order(cards.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Weighted &x = cards[size_t(a)], &y = cards[size_t(b)];
        if (x.weight != y.weight)
            return x.weight > y.weight;
        if (x.centre.y() != y.centre.y())
            return x.centre.y() < y.centre.y();
        return x.centre.x() < y.centre.x();
    });
    order.resize(std::min<size_t>(order.size(), 500));
    QPointF best;
    int bestWeight = -1;
    for (int index : order) {
        const QPointF centre = cards[size_t(index)].centre;
        const QRectF area(centre - QPointF(window.width() / 2, window.height() / 2), window);
        const auto [cx, cy] = cellOf(centre);
        int weight = 0;
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto it = cells.constFind({cx + dx, cy + dy});
                if (it == cells.cend())
                    continue;
                for (int other : *it) {
                    if (area.contains(cards[size_t(other)].centre))
                        weight += cards[size_t(other)].weight;
                }
            }
        }
        if (weight > bestWeight) {
            bestWeight = weight;
            best = centre;
        }
    }
    return best;
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

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            const bool leave = (key->modifiers() & Qt::ControlModifier) ||
                               !selectAdjacentItem(next, /*wrap=*/false);
            if (leave)
                QWidget::focusNextPrevChild(next);
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool CanvasView::selectAdjacentItem(bool next, bool wrap)
{
    const QList<QGraphicsObject *> items = m_scene->itemsInReadingOrder();
    if (items.isEmpty())
        return false;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    qsizetype index =
        selected.size() == 1 ? items.indexOf(selected.first()->toGraphicsObject()) : -1;
    if (index < 0) {
        index = next ? 0 : items.size() - 1;
    } else {
        index += next ? 1 : -1;
        if (index < 0 || index >= items.size()) {
            if (!wrap)
                return false;
            index = (index + items.size()) % items.size();
        }
    }
    m_scene->clearSelection();
    items[index]->setSelected(true);
    ensureVisible(items[index], 40, 40);
    // Screen readers follow the selection as if it were the focus.
    if (QAccessible::isActive() && hasFocus()) {
        if (QAccessibleInterface *item = QAccessible::queryAccessibleInterface(items[index])) {
            QAccessibleEvent focus(item, QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }
    return true;
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

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_navigator->reposition();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (m_scene->overview())
        m_scene->paintOverview(painter, rect);
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->setClipRect(rect); // the dot grid's points: see EdgeItem::paint
    const QColor base = palette().color(QPalette::Base);
    painter->fillRect(rect, base);
    if (!m_showGrid || zoom() < kDetailZoom * 0.6)
        return; // a dot grid at low zoom is noise and costs time
    const bool dark = base.lightness() < 110;
    painter->setPen(QPen(dark ? QColor(255, 255, 255, 28) : QColor(0, 0, 0, 30), 0));
    painter->setRenderHint(QPainter::Antialiasing, false); // one-pixel dots need none
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
