#include "canvasnavigator.h"

#include "canvasitems.h"
#include "canvasoverview.h"
#include "canvasscene.h"
#include "canvasview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace tarmac {
namespace {
constexpr int kMaxWidth = 220;
constexpr int kMaxHeight = 150;
constexpr int kMargin = 10;
} // namespace

CanvasNavigator::CanvasNavigator(CanvasView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("canvasNavigator"));
    setAccessibleName(tr("Overview map"));
    setToolTip(tr("The whole design; click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    hide();
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &CanvasNavigator::refresh);
    connect(view->scene(), &QGraphicsScene::changed, this, [this] {
        if (!m_settle.isActive())
            m_settle.start();
    });
    auto follow = [this] { reposition(); };
    connect(view, &CanvasView::zoomChanged, this, follow);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
}

void CanvasNavigator::refresh()
{
    QRectF area;
    const QList<QGraphicsItem *> items = m_view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->parentItem() && item->isVisible() &&
            (item->type() == NodeItem::Type || item->type() == ZoneItem::Type))
            area |= item->sceneBoundingRect();
    }
    m_area = area.adjusted(-40, -40, 40, 40);
    m_picture = QPixmap();
    if (!area.isEmpty()) {
        const QSizeF fitted =
            m_area.size().scaled(QSizeF(kMaxWidth, kMaxHeight), Qt::KeepAspectRatio);
        const qreal ratio = devicePixelRatioF();
        m_picture = QPixmap((fitted * ratio).toSize().expandedTo(QSize(1, 1)));
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(Qt::transparent);
        QPainter painter(&m_picture);
        const qreal scale = fitted.width() / m_area.width();
        painter.scale(scale, scale);
        painter.translate(-m_area.topLeft());
        // Zones as outlines, then the cards as the overview draws them.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Mid), 0));
        for (const QGraphicsItem *item : items) {
            if (item->type() == ZoneItem::Type)
                painter.drawRect(item->sceneBoundingRect());
        }
        const auto *scene = static_cast<const CanvasScene *>(m_view->scene());
        scene->paintOverview(&painter, m_area);
    }
    reposition();
    update();
}

QRectF CanvasNavigator::mapRect() const
{
    return QRectF(QPointF(0, 0), m_picture.deviceIndependentSize()).translated(4, 4);
}

QPointF CanvasNavigator::toScene(const QPointF &mapPoint) const
{
    const QRectF map = mapRect();
    if (map.isEmpty() || m_area.isEmpty())
        return m_area.center();
    const qreal scale = m_area.width() / map.width();
    return m_area.topLeft() + (mapPoint - map.topLeft()) * scale;
}

void CanvasNavigator::reposition()
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const bool needed = !m_suppressed && !m_picture.isNull() &&
                        !visible.contains(m_area.adjusted(30, 30, -30, -30));
    if (!needed) {
        hide();
        return;
    }
    const QSize size = mapRect().size().toSize() + QSize(8, 8);
    const QRect viewport = m_view->viewport()->geometry();
    setGeometry(QRect(viewport.right() - size.width() - kMargin,
                      viewport.bottom() - size.height() - kMargin, size.width(), size.height()));
    show();
    raise();
    update();
}

void CanvasNavigator::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    reposition();
}

void CanvasNavigator::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor back = palette().color(QPalette::Window);
    back.setAlpha(235);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(back);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QRectF map = mapRect();
    painter.drawPixmap(map.topLeft(), m_picture);
    if (m_area.isEmpty())
        return;
    // The part the view shows.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal scale = map.width() / m_area.width();
    const QRectF frame((visible.topLeft() - m_area.topLeft()) * scale + map.topLeft(),
                       visible.size() * scale);
    QColor highlight = palette().color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 2));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(frame.intersected(map));
}

void CanvasNavigator::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void CanvasNavigator::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

} // namespace tarmac
