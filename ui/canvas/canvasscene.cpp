#include "canvasscene.h"

#include "canvasoverview.h"
#include "commands/commands.h"
#include "diagram/diagram.h"
#include "engine/keyfigures.h"
#include "engine/liveengine.h"
#include "model/kindregistry.h"
#include "model/notes.h"
#include "model/paramschema.h"
#include "model/starterparams.h"
#include "notepin.h"

#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QSet>

namespace tarmac {
namespace {

constexpr QSizeF kDefaultZoneSize(480, 300);
constexpr int kNudgeDragId = 1; // consecutive arrow-key nudges merge into one undo step

QString edgeLabel(const ProjectDocument &document, ItemType type, const QString &key,
                  DiagramView view)
{
    if (type == ItemType::Binding)
        return roleLabel(key.section(u'|', 2));
    if (type == ItemType::Flow) {
        // The dataset a flow carries; a flow without one has no name worth its room (its id
        // is in Properties). A data scientist also reads how many versions are kept.
        const Flow *f = document.flow(key);
        if (!f)
            return {};
        QString label = f->params.value(QStringLiteral("dataset")).text;
        const auto versions = f->params.constFind(QStringLiteral("versionsRetained"));
        if (view == DiagramView::Lifecycle && versions != f->params.cend() &&
            versions->number > 0) {
            const QString kept = CanvasScene::tr("%n version(s)", nullptr, int(versions->number));
            label = label.isEmpty() ? kept : label + QStringLiteral(" \u00b7 ") + kept;
        }
        return label;
    }
    return {};
}

} // namespace

CanvasScene::CanvasScene(ProjectDocument *document, LiveEngine *engine, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_engine(engine)
{
    setProperty("snapToGrid", false);
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move a lot; thousands stay fast enough
    connect(document, &ProjectDocument::changed, this, &CanvasScene::onChange);
    connect(engine, &LiveEngine::resultChanged, this, &CanvasScene::refreshFigures);
    connect(document, &ProjectDocument::changeSetCommitted, this, [this](const ChangeSet &changes) {
        if (std::any_of(changes.events.begin(), changes.events.end(),
                        [](const ChangeEvent &e) { return e.type == ItemType::Note; }))
            refreshNotePins();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> items = selectedItems();
        if (items.size() != 1) {
            emit currentItemChanged(ItemType::Project, QString());
            return;
        }
        QGraphicsItem *item = items.first();
        if (item->type() == NodeItem::Type)
            emit currentItemChanged(static_cast<NodeItem *>(item)->itemType(),
                                    static_cast<NodeItem *>(item)->id());
        else if (item->type() == ZoneItem::Type)
            emit currentItemChanged(ItemType::Zone, static_cast<ZoneItem *>(item)->id());
        else if (item->type() == EdgeItem::Type &&
                 static_cast<EdgeItem *>(item)->itemType() == ItemType::Flow)
            emit currentItemChanged(ItemType::Flow, static_cast<EdgeItem *>(item)->key());
        else
            emit currentItemChanged(ItemType::Project, QString());
    });
    m_roleChooser = [](const QStringList &roles, const QPoint &screenPos) {
        QMenu menu;
        menu.setTitle(tr("Bind as"));
        for (const QString &role : roles)
            menu.addAction(roleLabel(role))->setData(role);
        QAction *chosen = menu.exec(screenPos);
        return chosen ? chosen->data().toString() : QString();
    };
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items die with the scene and would announce selection changes to panels that are
    // already being destroyed.
    blockSignals(true);
    clear();
}

void CanvasScene::rebuild()
{
    clear();
    m_nodes.clear();
    m_zones.clear();
    m_edges.clear();
    m_zoneLastPos.clear();
    m_pins.clear();
    m_port = nullptr;
    m_rubber = nullptr;
    m_hover = nullptr;
    m_zoneHint = nullptr;
    m_resizing = nullptr;
    const Project &p = m_document->project();
    // Elements the file gives no position (or zones no size) go where the packed layout puts
    // them: components inside their zones, racks inside their sites, stages above.
    m_autoLayout.clear();
    const auto unplaced = [&p](const QString &id) { return !p.layout.contains(id); };
    const bool anyUnplaced = std::any_of(p.stages.begin(), p.stages.end(),
                                         [&](const Stage &x) { return unplaced(x.id); }) ||
                             std::any_of(p.components.begin(), p.components.end(),
                                         [&](const Component &x) { return unplaced(x.id); }) ||
                             std::any_of(p.zones.begin(), p.zones.end(), [&](const Zone &z) {
                                 return unplaced(z.id) || p.layout.value(z.id).width <= 0;
                             });
    if (anyUnplaced)
        m_autoLayout = packedCanvasLayout(p);
    for (const Zone &z : p.zones)
        addZone(z.id);
    for (const Component &c : p.components)
        addNode(ItemType::Component, c.id);
    for (const Stage &s : p.stages)
        addNode(ItemType::Stage, s.id);
    for (const Flow &f : p.flows)
        addEdge(ItemType::Flow, f.id);
    for (const Binding &b : p.bindings)
        addEdge(ItemType::Binding, bindingKey(b));
    for (const Link &l : p.links)
        addEdge(ItemType::Link, linkKey(l));
    refreshNotePins();
    refreshFigures();
}

namespace {

void setOverviewFlags(QGraphicsItem *node, bool on)
{
    node->setFlag(QGraphicsItem::ItemHasNoContents, on);
    const QList<QGraphicsItem *> children = node->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() != NotePinItem::Type) // pins show at every zoom
            child->setFlag(QGraphicsItem::ItemHasNoContents, on);
    }
}

} // namespace

void CanvasScene::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    for (NodeItem *node : std::as_const(m_nodes))
        setOverviewFlags(node, on);
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setFlag(QGraphicsItem::ItemHasNoContents, on);
    update();
}

void CanvasScene::paintOverview(QPainter *painter, const QRectF &exposed) const
{
    tarmac::paintOverview(painter, exposed, m_nodes, m_edges);
}

QList<QGraphicsObject *> CanvasScene::itemsInReadingOrder() const
{
    QList<QGraphicsObject *> items;
    items.reserve(m_nodes.size() + m_zones.size());
    for (NodeItem *node : m_nodes) {
        if (node->isVisible())
            items << node;
    }
    for (ZoneItem *zone : m_zones) {
        if (zone->isVisible())
            items << zone;
    }
    std::sort(items.begin(), items.end(), [](QGraphicsObject *a, QGraphicsObject *b) {
        const QPointF pa = a->scenePos(), pb = b->scenePos();
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        return pa.x() != pb.x() ? pa.x() < pb.x() : a < b;
    });
    return items;
}

QPointF CanvasScene::defaultPosition(ItemType type, int index) const
{
    // Stages in a row in lifecycle order, infrastructure in a row below them.
    if (type == ItemType::Stage)
        return {index * 260.0, 0};
    if (type == ItemType::Zone)
        return {index * 520.0 - 20, 300};
    return {index * 260.0, 360};
}

QPointF CanvasScene::storedPosition(const QString &id) const
{
    const Project &p = m_document->project();
    const auto it = p.layout.constFind(id);
    if (it != p.layout.constEnd())
        return {it->x, it->y};
    if (const auto packed = m_autoLayout.constFind(id); packed != m_autoLayout.constEnd())
        return {packed->x, packed->y};
    const IdIndex &index = m_document->index();
    if (const int stage = index.stage(id); stage >= 0)
        return defaultPosition(ItemType::Stage, stage);
    if (const int zone = index.zone(id); zone >= 0)
        return defaultPosition(ItemType::Zone, zone);
    return defaultPosition(ItemType::Component, std::max(0, index.component(id)));
}

void CanvasScene::applyPlacement(const QString &id)
{
    const Project &p = m_document->project();
    const QPointF pos = storedPosition(id);
    m_syncing = true;
    if (NodeItem *n = m_nodes.value(id)) {
        if (n->pos() != pos)
            n->setPos(pos);
    } else if (ZoneItem *z = m_zones.value(id)) {
        const auto it = p.layout.constFind(id);
        const auto packed = m_autoLayout.constFind(id);
        z->setPos(pos);
        z->setSize(it != p.layout.constEnd() && it->width > 0 ? QSizeF(it->width, it->height)
                   : packed != m_autoLayout.constEnd() ? QSizeF(packed->width, packed->height)
                                                       : kDefaultZoneSize);
        m_zoneLastPos.insert(id, z->pos());
    }
    m_syncing = false;
}

void CanvasScene::addNode(ItemType type, const QString &id)
{
    auto *node = new NodeItem(type, id);
    m_nodes.insert(id, node);
    if (m_overview)
        setOverviewFlags(node, true);
    addItem(node);
    applyPersona(node, type);
    refreshContent(type, id);
    applyPlacement(id);
    connect(node, &NodeItem::geometryChanged, this, [this, id] { updateEdgesOf(id); });
}

void CanvasScene::addZone(const QString &id)
{
    auto *zone = new ZoneItem(id);
    m_zones.insert(id, zone);
    addItem(zone);
    applyPersona(zone, ItemType::Zone);
    refreshContent(ItemType::Zone, id);
    applyPlacement(id);
    connect(zone, &ZoneItem::geometryChanged, this, [this, zone] { onZoneMoved(zone); });
}

void CanvasScene::addEdge(ItemType type, const QString &key)
{
    QString fromId, toId;
    if (type == ItemType::Flow) {
        const Flow *f = m_document->flow(key);
        if (!f)
            return;
        fromId = f->from;
        toId = f->to;
    } else {
        fromId = key.section(u'|', 0, 0);
        toId = key.section(u'|', 1, 1);
    }
    NodeItem *from = m_nodes.value(fromId);
    NodeItem *to = m_nodes.value(toId);
    if (!from || !to)
        return;
    auto *edge =
        new EdgeItem(type, key, from, to, edgeLabel(*m_document, type, key, m_personaView));
    m_edges.insert(key, edge);
    edge->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
    addItem(edge);
    applyPersona(edge, type);
}

void CanvasScene::removeAnything(ItemType type, const QString &id)
{
    QGraphicsItem *item = nullptr;
    m_pins.remove(id); // a child of the item: it goes with it
    if (type == ItemType::Stage || type == ItemType::Component)
        item = m_nodes.take(id);
    else if (type == ItemType::Zone)
        item = m_zones.take(id), m_zoneLastPos.remove(id);
    else
        item = m_edges.take(id);
    if (item == m_hover)
        m_hover = nullptr;
    if (item == m_zoneHint)
        m_zoneHint = nullptr;
    delete item;
}

void CanvasScene::refreshContent(ItemType type, const QString &id)
{
    if (type == ItemType::Stage) {
        if (const Stage *s = m_document->stage(id); s && m_nodes.contains(id)) {
            m_nodes[id]->setContent(s->name.isEmpty() ? s->id : s->name, s->kind);
            m_nodes[id]->setPersona(s->persona);
        }
    } else if (type == ItemType::Component) {
        if (const Component *c = m_document->component(id); c && m_nodes.contains(id))
            m_nodes[id]->setContent(c->name.isEmpty() ? c->id : c->name, c->kind);
    } else if (type == ItemType::Zone) {
        if (const Zone *z = m_document->zone(id); z && m_zones.contains(id))
            m_zones[id]->setContent(z->name.isEmpty() ? z->id : z->name, z->kind);
    } else if (type == ItemType::Flow) {
        if (EdgeItem *e = m_edges.value(id))
            e->setLabel(edgeLabel(*m_document, type, id, m_personaView));
    }
}

void CanvasScene::onChange(const ChangeEvent &e)
{
    using K = ChangeEvent::Kind;
    if (e.type == ItemType::Note)
        return; // pins follow once per transaction (the connection to changeSetCommitted)
    switch (e.kind) {
    case K::Reset:
        rebuild();
        return;
    case K::Added:
        if (e.type == ItemType::Zone)
            addZone(e.id);
        else if (e.type == ItemType::Stage || e.type == ItemType::Component)
            addNode(e.type, e.id);
        else if (e.type != ItemType::Project)
            addEdge(e.type, e.id);
        return;
    case K::AboutToBeRemoved:
        removeAnything(e.type, e.id);
        return;
    case K::Removed:
        return;
    case K::Changed:
    case K::Renamed:
        refreshContent(e.type, e.id);
        return;
    case K::Moved:
        applyPlacement(e.id);
        return;
    }
}

void CanvasScene::setUnits(UnitSystem units)
{
    if (units == m_units)
        return;
    m_units = units;
    refreshFigures();
}

void CanvasScene::refreshFigures()
{
    const Project &p = m_document->project();
    const EngineResult &r = m_engine->result();
    const QHash<QString, ItemVerdict> verdicts =
        verdictsById(r.findings, FindingFormatter(p, m_units));
    const Catalog &catalog = m_engine->engine().catalog();
    const QString noFindings = tr("No findings");
    const auto statusOf = [&verdicts](const QString &id) {
        const auto v = verdicts.constFind(id);
        return v == verdicts.cend()            ? Status::Ok
               : v->worst == Severity::Error   ? Status::Error
               : v->worst == Severity::Warning ? Status::Warning
                                               : Status::Info;
    };
    // Who uses what, once per refresh: the data-science cards name what their stage runs
    // on, the infrastructure cards the stages their demand comes from.
    // At most a few names per card, and how many more: a storage system that 10,000 stages
    // read must not get 10,000 names (nor a quadratic search for duplicates).
    struct Names {
        QStringList shown;
        int more = 0;
        QString text() const
        {
            const QString list = shown.join(QStringLiteral(", "));
            return more == 0 ? list
                             : CanvasScene::tr("%1 and %2 more").arg(list, QString::number(more));
        }
    };
    constexpr qsizetype kNamesShown = 3;
    QHash<QString, Names> related; // stage → what it runs on, or component → its stages
    if (m_personaView != DiagramView::Mapping) {
        const IdIndex &index = m_document->index();
        QSet<QString> seen; // "owner|other": a stage that reads and writes one store counts once
        const bool ds = m_personaView == DiagramView::Lifecycle;
        for (const Binding &b : p.bindings) {
            const QString &owner = ds ? b.stage : b.component;
            const QString &other = ds ? b.component : b.stage;
            const QString pair = owner + u'|' + other;
            if (seen.contains(pair))
                continue;
            seen.insert(pair);
            Names &names = related[owner];
            if (names.shown.size() >= kNamesShown) {
                ++names.more;
                continue;
            }
            if (ds) {
                const Component *c = componentAt(p, index, other);
                const Status st = statusOf(other);
                const QString mark = st == Status::Error     ? QStringLiteral(" \u2717")
                                     : st == Status::Warning ? QStringLiteral(" \u26a0")
                                                             : QStringLiteral(" \u2713");
                names.shown << (c ? (c->name.isEmpty() ? c->id : c->name) : other) + mark;
            } else {
                const Stage *st = stageAt(p, index, other);
                names.shown << (st ? (st->name.isEmpty() ? st->id : st->name) : other);
            }
        }
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        NodeItem *node = it.value();
        if (!node->isVisible())
            continue; // made when its view shows it (setPersonaView refreshes)
        QString figures;
        if (node->itemType() == ItemType::Stage) {
            // The engine may still hold the project a reset just replaced: its index counts
            // only when it names this very stage of the new one.
            const int i = m_engine->engine().stageIndex(p, it.key());
            if (i >= 0 && size_t(i) < r.stages.size() && size_t(i) < p.stages.size() &&
                p.stages[size_t(i)].id == it.key()) {
                const Stage &stage = p.stages[size_t(i)];
                if (m_personaView == DiagramView::Lifecycle) {
                    figures = dataScienceFigures(stage, r.stages[size_t(i)], m_units);
                    const auto on = related.constFind(it.key());
                    figures += u'\n' + (on == related.cend() ? tr("runs on nothing yet")
                                                             : tr("on %1").arg(on->text()));
                } else {
                    figures = stageFigures(stage, r.stages[size_t(i)], m_units);
                }
            }
        } else {
            const int i = m_engine->engine().componentIndex(p, it.key());
            if (i >= 0 && size_t(i) < r.components.size() && size_t(i) < p.components.size() &&
                p.components[size_t(i)].id == it.key()) {
                const Component &component = p.components[size_t(i)];
                if (m_personaView == DiagramView::Infrastructure) {
                    // The demand on it, and where it comes from (a fabric: its links).
                    figures = demandFigures(component, r.components[size_t(i)], catalog, m_units);
                    if (node->kind() != QStringLiteral("fabric")) {
                        const auto by = related.constFind(it.key());
                        figures += u'\n' + (by == related.cend() ? tr("used by no stage")
                                                                 : tr("for %1").arg(by->text()));
                    }
                } else {
                    figures =
                        componentFigures(component, r.components[size_t(i)], catalog, m_units);
                }
            }
        }
        const auto v = verdicts.constFind(it.key());
        node->setFigures(figures, statusOf(it.key()),
                         v == verdicts.cend() ? noFindings : v->lines.join(u'\n'));
    }
}

QGraphicsItem *CanvasScene::itemFor(const QString &id) const
{
    if (NodeItem *node = m_nodes.value(id))
        return node;
    if (ZoneItem *zone = m_zones.value(id))
        return zone;
    return m_edges.value(id);
}

bool CanvasScene::showAllIfHidden(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (const QGraphicsItem *item = itemFor(id); item && !item->isVisible()) {
            setPersonaView(DiagramView::Mapping);
            return true;
        }
    }
    return false;
}

void CanvasScene::revealAdded(const QStringList &ids)
{
    if (showAllIfHidden(ids))
        emit message(tr("Showing the Mapping view, which draws what you added."));
}

bool CanvasScene::showsType(ItemType type) const
{
    switch (type) {
    case ItemType::Stage:
    case ItemType::Flow:
        return m_personaView != DiagramView::Infrastructure;
    case ItemType::Component:
    case ItemType::Zone:
    case ItemType::Link:
        return m_personaView != DiagramView::Lifecycle;
    case ItemType::Binding:
        return m_personaView == DiagramView::Mapping;
    case ItemType::Project:
    case ItemType::Note:
        break;
    }
    return true;
}

void CanvasScene::applyPersona(QGraphicsItem *item, ItemType type) const
{
    item->setVisible(showsType(type));
}

void CanvasScene::setPersonaView(DiagramView view)
{
    if (view == m_personaView)
        return;
    m_personaView = view;
    for (NodeItem *n : std::as_const(m_nodes))
        applyPersona(n, n->itemType());
    for (ZoneItem *z : std::as_const(m_zones))
        applyPersona(z, ItemType::Zone);
    for (EdgeItem *e : std::as_const(m_edges)) {
        applyPersona(e, e->itemType());
        if (e->itemType() == ItemType::Flow)
            e->setLabel(edgeLabel(*m_document, ItemType::Flow, e->key(), m_personaView));
    }
    refreshFigures();
    update();
    emit personaViewChanged(view);
}

void CanvasScene::refreshNotePins()
{
    const Project &p = m_document->project();
    QHash<QString, QStringList> entries;
    for (const Note &n : p.notes) {
        if (n.target.isEmpty())
            continue; // a note on the project has no card; the Notes panel lists it
        entries[n.target] << (n.author.isEmpty() ? n.text
                                                 : n.text + QStringLiteral(" \u2014 ") + n.author);
    }
    for (auto it = m_pins.begin(); it != m_pins.end();) {
        if (!entries.contains(it.key())) {
            delete it.value();
            it = m_pins.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QGraphicsItem *owner = itemFor(it.key());
        if (!owner)
            continue;
        NotePinItem *&pin = m_pins[it.key()];
        if (!pin)
            pin = new NotePinItem(owner);
        pin->place();
        pin->setNotes(it.value());
    }
}

void CanvasScene::updateEdgesOf(const QString &nodeId)
{
    for (EdgeItem *e : std::as_const(m_edges)) {
        if (e->from()->id() == nodeId || e->to()->id() == nodeId)
            e->updatePath();
    }
}

QStringList CanvasScene::zoneContents(const QString &zoneId) const
{
    QStringList out;
    const Project &p = m_document->project();
    for (const Component &c : p.components) {
        if (c.zone == zoneId)
            out << c.id;
    }
    for (const Zone &z : p.zones) {
        if (z.parent == zoneId && z.id != zoneId)
            out << z.id << zoneContents(z.id);
    }
    return out;
}

void CanvasScene::onZoneMoved(ZoneItem *zone)
{
    const QPointF last = m_zoneLastPos.value(zone->id(), zone->pos());
    m_zoneLastPos.insert(zone->id(), zone->pos());
    if (m_syncing)
        return;
    const QPointF delta = zone->pos() - last;
    if (delta.isNull())
        return;
    // What the zone holds travels with it (unless it is itself selected and moving).
    m_syncing = true;
    for (const QString &id : zoneContents(zone->id())) {
        QGraphicsItem *item = m_nodes.value(id);
        if (!item)
            item = m_zones.value(id);
        if (item && !item->isSelected()) {
            item->moveBy(delta.x(), delta.y());
            if (ZoneItem *inner = m_zones.value(id))
                m_zoneLastPos.insert(id, inner->pos());
        }
    }
    m_syncing = false;
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
        else if (item->type() == ZoneItem::Type)
            ids << static_cast<ZoneItem *>(item)->id();
        else if (item->type() == EdgeItem::Type)
            ids << static_cast<EdgeItem *>(item)->key();
    }
    ids.sort();
    return ids;
}

void CanvasScene::selectIds(const QStringList &ids)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    clearSelection();
    for (NodeItem *n : std::as_const(m_nodes))
        n->setSelected(wanted.contains(n->id()));
    for (ZoneItem *z : std::as_const(m_zones))
        z->setSelected(wanted.contains(z->id()));
    for (EdgeItem *e : std::as_const(m_edges))
        e->setSelected(wanted.contains(e->key()));
}

void CanvasScene::setSnapToGrid(bool on)
{
    setProperty("snapToGrid", on);
}

QString CanvasScene::innermostZoneAt(const QPointF &scenePos, const QString &exclude) const
{
    QString best;
    qreal bestArea = 0;
    const QStringList excluded =
        exclude.isEmpty() ? QStringList() : QStringList(exclude) + zoneContents(exclude);
    for (ZoneItem *z : std::as_const(m_zones)) {
        if (excluded.contains(z->id()) || !z->isVisible()) // never into a zone the view hides
            continue;
        const QRectF rect(z->pos(), z->size());
        const qreal area = rect.width() * rect.height();
        if (rect.contains(scenePos) && (best.isEmpty() || area < bestArea)) {
            best = z->id();
            bestArea = area;
        }
    }
    return best;
}

QString CanvasScene::addFromSpec(const QString &spec, const QPointF &pos)
{
    const QString category = spec.section(u':', 0, 0);
    const QString kind = spec.section(u':', 1);
    const Project &p = m_document->project();
    ItemBatch batch;
    QString id = m_document->index().uniqueId(kind);
    QPointF topLeft;
    auto snap = [this](QPointF q) {
        if (snapToGrid())
            q = QPointF(std::round(q.x() / 20) * 20, std::round(q.y() / 20) * 20);
        return q;
    };
    if (category == u"stage" && ParamSchema::stageKinds().contains(kind)) {
        Stage s{id, kind, starterName(kind), starterPersona(kind), starterParams(kind)};
        batch.stages.push_back({int(p.stages.size()), s});
        topLeft = snap(pos - QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2));
        batch.layout.insert(id, {topLeft.x(), topLeft.y(), 0, 0});
    } else if (category == u"component" && ParamSchema::componentKinds().contains(kind)) {
        Component c{id, kind, starterName(kind), innermostZoneAt(pos, {}), starterParams(kind)};
        batch.components.push_back({int(p.components.size()), c});
        topLeft = snap(pos - QPointF(NodeItem::kWidth / 2, NodeItem::kHeight / 2));
        batch.layout.insert(id, {topLeft.x(), topLeft.y(), 0, 0});
    } else if (category == u"zone" && ParamSchema::zoneKinds().contains(kind)) {
        Zone z{id, starterName(kind), kind, innermostZoneAt(pos, {})};
        batch.zones.push_back({int(p.zones.size()), z});
        topLeft = snap(pos - QPointF(kDefaultZoneSize.width() / 2, kDefaultZoneSize.height() / 2));
        batch.layout.insert(
            id, {topLeft.x(), topLeft.y(), kDefaultZoneSize.width(), kDefaultZoneSize.height()});
    } else {
        return {};
    }
    m_document->undoStack()->push(
        new AddItems(m_document, batch, tr("Add %1").arg(starterName(kind))));
    revealAdded({id});
    selectIds({id}); // on drop: create, push, then select
    return id;
}

void CanvasScene::commitMoves()
{
    QMap<QString, Placement> moved;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->pos() != storedPosition(n->id()))
            moved.insert(n->id(), {n->pos().x(), n->pos().y(), 0, 0});
    }
    for (ZoneItem *z : std::as_const(m_zones)) {
        if (z->pos() != storedPosition(z->id()))
            moved.insert(z->id(),
                         {z->pos().x(), z->pos().y(), z->size().width(), z->size().height()});
    }
    if (moved.isEmpty())
        return;
    // Components and zones dropped into (or out of) a zone change membership in the same step.
    QList<std::pair<QString, QString>> componentZones, zoneParents; // id, new zone
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (const Component *c = m_document->component(it.key())) {
            const QString zone = innermostZoneAt(m_nodes[c->id]->cardCentre(), {});
            if (zone != c->zone)
                componentZones.append({c->id, zone});
        } else if (const Zone *z = m_document->zone(it.key())) {
            ZoneItem *item = m_zones[z->id];
            const QString parent =
                innermostZoneAt(item->pos() + QPointF(item->size().width() / 2, 12), z->id);
            if (parent != z->parent)
                zoneParents.append({z->id, parent});
        }
    }
    QUndoStack *stack = m_document->undoStack();
    if (componentZones.isEmpty() && zoneParents.isEmpty()) {
        stack->push(new MoveItems(m_document, moved, 0));
        return;
    }
    auto *group = new CommandGroup(m_document, tr("Move into zone"));
    new MoveItems(m_document, moved, 0, {}, group); // first: undo runs children in reverse
    for (const auto &[id, zone] : componentZones)
        new SetComponentZone(m_document, id, zone, group);
    for (const auto &[id, parent] : zoneParents)
        new SetZoneParent(m_document, id, parent, group);
    stack->push(group);
}

void CanvasScene::nudgeSelection(const QPointF &delta)
{
    const Project &p = m_document->project();
    QMap<QString, Placement> to;
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
        else if (item->type() == ZoneItem::Type)
            ids << static_cast<ZoneItem *>(item)->id()
                << zoneContents(static_cast<ZoneItem *>(item)->id());
    }
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        QGraphicsItem *item = m_nodes.value(id);
        if (!item)
            item = m_zones.value(id);
        const Placement old = p.layout.value(id);
        const QPointF pos = item->pos() + delta;
        to.insert(id, {pos.x(), pos.y(), old.width, old.height});
        if (ZoneItem *z = m_zones.value(id))
            to[id].width = z->size().width(), to[id].height = z->size().height();
    }
    if (!to.isEmpty())
        m_document->undoStack()->push(new MoveItems(m_document, to, kNudgeDragId, tr("Nudge")));
}

} // namespace tarmac
