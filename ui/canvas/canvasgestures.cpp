// Gestures on the canvas: drawing flows, bindings and links from ports (with the target
// lit green or red while hovering), and resizing zones by their corner handle.

#include "canvasscene.h"
#include "commands/commands.h"
#include "model/connectionrules.h"
#include "model/kindregistry.h"
#include "model/paramschema.h"

#include <QGraphicsSceneMouseEvent>

namespace tarmac {

bool CanvasScene::canConnect(NodeItem *from, PortKind port, NodeItem *to, QString *why) const
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (!from || !to || from == to)
        return refuse(tr("Drop on another item to connect."));
    const Connection connection = port == PortKind::FlowOut     ? Connection::Flow
                                  : port == PortKind::Connector ? Connection::Binding
                                                                : Connection::Link;
    using R = ConnectionRefusal;
    switch (connectionRule(m_document->project(), connection,
                           {from->itemType(), from->id(), from->kind()},
                           {to->itemType(), to->id(), to->kind()})) {
    case R::None:
        return true;
    case R::SameItem:
        return refuse(tr("Drop on another item to connect."));
    case R::FlowNeedsStage:
        return refuse(tr("A data flow goes from one stage to another; bind stages to "
                         "infrastructure with the connector below the stage."));
    case R::BindingNeedsComponent:
        return refuse(tr("Bind a stage to a cluster, a storage system or a key-value store."));
    case R::BindingToFabric:
        return refuse(tr("A stage cannot be bound to a network fabric; link its cluster and "
                         "storage to the fabric instead."));
    case R::AlreadyReadsWrites:
        return refuse(tr("%1 already reads from and writes to %2.").arg(from->id(), to->id()));
    case R::AlreadyBound:
        return refuse(tr("%1 is already bound to %2.").arg(from->id(), to->id()));
    case R::LinkNeedsFabric:
        return refuse(tr("Link components to a network fabric."));
    case R::AlreadyLinked:
        return refuse(tr("%1 is already linked to %2.").arg(from->id(), to->id()));
    }
    return false;
}

bool CanvasScene::connectItems(NodeItem *from, PortKind port, NodeItem *to, const QPoint &screenPos,
                               QString *why)
{
    if (!canConnect(from, port, to, why))
        return false;
    const Project &p = m_document->project();
    ItemBatch batch;
    QString text;
    if (port == PortKind::FlowOut) {
        Flow f{m_document->index().uniqueId(from->id() + QStringLiteral("-to-") + to->id()),
               from->id(),
               to->id(),
               {}};
        batch.flows.push_back({int(p.flows.size()), f});
        text = tr("Draw flow");
    } else if (port == PortKind::Connector) {
        QString role = ParamSchema::defaultRole(to->kind());
        if (ParamSchema::isStorageKind(to->kind())) {
            QStringList roles{QStringLiteral("reads"), QStringLiteral("writes")};
            for (const Binding &b : p.bindings) {
                if (b.stage == from->id() && b.component == to->id())
                    roles.removeAll(b.role);
            }
            role = roles.size() == 1 ? roles.first() : m_roleChooser(roles, screenPos);
            if (role.isEmpty()) {
                if (why)
                    *why = tr("Binding cancelled.");
                return false;
            }
        }
        batch.bindings.push_back({int(p.bindings.size()), Binding{from->id(), to->id(), role}});
        text = tr("Bind \u201c%1\u201d to \u201c%2\u201d as %3")
                   .arg(from->title(), to->title(), roleLabel(role));
    } else {
        batch.links.push_back({int(p.links.size()), Link{from->id(), to->id()}});
        text = tr("Link to fabric");
    }
    m_document->undoStack()->push(new AddItems(m_document, batch, text));
    return true;
}

NodeItem *CanvasScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
        if (item->type() == PortItem::Type && item->parentItem())
            return static_cast<NodeItem *>(item->parentItem());
    }
    return nullptr;
}

void CanvasScene::clearHover()
{
    if (m_hover)
        m_hover->setDropHint(0);
    m_hover = nullptr;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        QGraphicsItem *item = itemAt(event->scenePos(), QTransform());
        if (item && item->type() == PortItem::Type) {
            m_port = static_cast<PortItem *>(item);
            m_rubber = addPath(QPainterPath(), QPen(QColor(0x33, 0x66, 0xCC), 2, Qt::DashLine));
            m_rubber->setZValue(10);
            event->accept();
            return;
        }
        if (item && item->type() == ZoneItem::Type) {
            auto *zone = static_cast<ZoneItem *>(item);
            if (zone->resizeHandle().contains(zone->mapFromScene(event->scenePos()))) {
                m_resizing = zone;
                m_resizeOrigin = event->scenePos();
                m_resizeStartSize = zone->size();
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_port) {
        auto *from = static_cast<NodeItem *>(m_port->parentItem());
        const QPointF start = m_port->scenePos();
        QPainterPath path(start);
        path.lineTo(event->scenePos());
        m_rubber->setPath(path);
        NodeItem *target = nodeAt(event->scenePos());
        if (target == from)
            target = nullptr;
        if (target != m_hover) {
            clearHover();
            m_hover = target;
        }
        if (m_hover)
            m_hover->setDropHint(canConnect(from, m_port->kind(), m_hover) ? 1 : -1);
        return;
    }
    if (m_resizing) {
        const QPointF d = event->scenePos() - m_resizeOrigin;
        m_resizing->setSize(m_resizeStartSize + QSizeF(d.x(), d.y()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (event->buttons() & Qt::LeftButton)
        showZoneChange();
}

void CanvasScene::showZoneChange()
{
    // A component dragged across a zone's edge changes zone on release: say so now.
    auto *dragged = qgraphicsitem_cast<NodeItem *>(mouseGrabberItem());
    const Component *c = dragged ? m_document->component(dragged->id()) : nullptr;
    ZoneItem *hint = nullptr;
    int kind = 0;
    if (c) {
        const QString target = innermostZoneAt(dragged->cardCentre(), {});
        if (target != c->zone) {
            hint = target.isEmpty() ? m_zones.value(c->zone) : m_zones.value(target);
            kind = target.isEmpty() ? -1 : 1;
            const QString name = dragged->title();
            if (target.isEmpty())
                emit message(tr("Release to take \u201c%1\u201d out of \u201c%2\u201d")
                                 .arg(name, hint ? hint->title() : c->zone));
            else
                emit message(tr("Release to move \u201c%1\u201d into \u201c%2\u201d")
                                 .arg(name, hint ? hint->title() : target));
        }
    }
    if (m_zoneHint && m_zoneHint != hint)
        m_zoneHint->setDropHint(0);
    m_zoneHint = hint;
    if (hint)
        hint->setDropHint(kind);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_port) {
        auto *from = static_cast<NodeItem *>(m_port->parentItem());
        const PortKind kind = m_port->kind();
        m_port = nullptr;
        delete m_rubber;
        m_rubber = nullptr;
        clearHover();
        NodeItem *target = nodeAt(event->scenePos());
        QString why;
        if (target && target != from && !connectItems(from, kind, target, event->screenPos(), &why))
            emit message(why);
        return;
    }
    if (m_resizing) {
        ZoneItem *zone = m_resizing;
        m_resizing = nullptr;
        const QPointF pos = zone->pos();
        m_document->undoStack()->push(new MoveItems(
            m_document,
            {{zone->id(), {pos.x(), pos.y(), zone->size().width(), zone->size().height()}}}, 0,
            tr("Resize zone")));
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_zoneHint) {
        m_zoneHint->setDropHint(0);
        m_zoneHint = nullptr;
    }
    if (event->button() == Qt::LeftButton)
        commitMoves();
}

} // namespace tarmac
