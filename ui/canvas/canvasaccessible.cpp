#include "canvasaccessible.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"

#include <QAccessibleWidget>
#include <QPointer>
#include <QWindow>
#include <algorithm>

namespace tarmac {
namespace {

QList<QGraphicsObject *> readingOrder(const CanvasView *view)
{
    return view->canvas()->itemsInReadingOrder();
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Error:
        return CanvasView::tr("error");
    case Status::Warning:
        return CanvasView::tr("warning");
    case Status::Info:
        return CanvasView::tr("note");
    case Status::Ok:
        break;
    }
    return CanvasView::tr("fits");
}

class CanvasViewAccessible : public QAccessibleWidget {
public:
    explicit CanvasViewAccessible(CanvasView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {
    }
    CanvasView *view() const { return static_cast<CanvasView *>(widget()); }
    int childCount() const override { return int(readingOrder(view()).size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<QGraphicsObject *> items = readingOrder(view());
        return index >= 0 && index < items.size()
                   ? QAccessible::queryAccessibleInterface(items[index])
                   : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child ? int(readingOrder(view()).indexOf(child->object())) : -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        const QList<QGraphicsItem *> selected = view()->scene()->selectedItems();
        if (selected.size() == 1 && selected.first()->toGraphicsObject())
            return QAccessible::queryAccessibleInterface(selected.first()->toGraphicsObject());
        return QAccessibleWidget::focusChild();
    }
};

class CanvasItemAccessible : public QAccessibleInterface {
public:
    explicit CanvasItemAccessible(QGraphicsObject *item)
        : m_item(item)
    {
    }
    bool isValid() const override { return m_item && view(); }
    QObject *object() const override { return m_item; }
    QWindow *window() const override { return view() ? view()->window()->windowHandle() : nullptr; }
    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return view() ? QAccessible::queryAccessibleInterface(view()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_item)
            return {};
        if (const auto *node = qgraphicsitem_cast<NodeItem *>(m_item.data())) {
            if (t == QAccessible::Name)
                return node->title();
            if (t == QAccessible::Description) {
                QString text =
                    CanvasView::tr("%1, %2").arg(node->kindLabel(), statusWord(node->status()));
                if (!node->figures().isEmpty())
                    text += QStringLiteral(": ") + node->figures();
                if (!node->findingsText().isEmpty())
                    text += QStringLiteral(". ") + node->findingsText();
                return text;
            }
        } else if (const auto *zone = qgraphicsitem_cast<ZoneItem *>(m_item.data())) {
            if (t == QAccessible::Name)
                return zone->title();
            if (t == QAccessible::Description)
                return zone->kindLabel();
        }
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect onView = view()->mapFromScene(m_item->sceneBoundingRect()).boundingRect();
        return QRect(view()->viewport()->mapToGlobal(onView.topLeft()), onView.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        s.focusable = true;
        s.movable = true;
        if (m_item) {
            s.selected = m_item->isSelected();
            s.focused = s.selected && view() && view()->hasFocus();
            s.invisible = !m_item->isVisible();
            if (view() && !view()->viewport()->rect().intersects(
                              view()->mapFromScene(m_item->sceneBoundingRect()).boundingRect()))
                s.offscreen = true;
        }
        return s;
    }

private:
    CanvasView *view() const
    {
        if (!m_item || !m_item->scene() || m_item->scene()->views().isEmpty())
            return nullptr;
        return qobject_cast<CanvasView *>(m_item->scene()->views().first());
    }
    QPointer<QGraphicsObject> m_item;
};

} // namespace

QAccessibleInterface *canvasAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("tarmac::CanvasView") && object && object->isWidgetType())
        return new CanvasViewAccessible(static_cast<CanvasView *>(object));
    if (className == QLatin1StringView("tarmac::NodeItem") ||
        className == QLatin1StringView("tarmac::ZoneItem"))
        return new CanvasItemAccessible(static_cast<QGraphicsObject *>(object));
    return nullptr;
}

void installCanvasAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&canvasAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace tarmac
