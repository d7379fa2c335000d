#include "projectdocument.h"

#include <QSet>
#include <algorithm>
#include <functional>

namespace tarmac {

bool ItemBatch::isEmpty() const
{
    return size() == 0;
}

int ItemBatch::size() const
{
    return int(zones.size() + components.size() + stages.size() + flows.size() + bindings.size() +
               links.size());
}

QString bindingKey(const Binding &b)
{
    return b.stage + u'|' + b.component + u'|' + b.role;
}
QString linkKey(const Link &l)
{
    return l.component + u'|' + l.fabric;
}

bool ChangeSet::onlyItemChanges() const
{
    return std::all_of(events.begin(), events.end(), [](const ChangeEvent &e) {
        return e.kind == ChangeEvent::Kind::Changed &&
               (e.type == ItemType::Stage || e.type == ItemType::Component ||
                e.type == ItemType::Flow);
    });
}

bool ChangeSet::onlyMoves() const
{
    return std::all_of(events.begin(), events.end(),
                       [](const ChangeEvent &e) { return e.kind == ChangeEvent::Kind::Moved; });
}

ProjectDocument::Transaction::Transaction(ProjectDocument *document)
    : m_document(document)
{
    m_document->beginTransaction();
}

ProjectDocument::Transaction::~Transaction()
{
    m_document->endTransaction();
}

void ProjectDocument::endTransaction()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0 || m_pending.events.empty())
        return;
    ChangeSet changes = std::move(m_pending);
    m_pending = {};
    changes.revision = ++m_revision;
    emit changeSetCommitted(changes);
}

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<tarmac::ChangeEvent>();
    qRegisterMetaType<tarmac::ChangeSet>();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

void ProjectDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

void ProjectDocument::reset(const Project &project, const QString &fileName)
{
    m_undoStack.clear();
    {
        const Transaction t(this);
        m_project = project;
        setFileName(fileName);
        emitChange(ChangeEvent::Kind::Reset, ItemType::Project, {});
    }
    emit modifiedChanged(false);
}

void ProjectDocument::markRecovered()
{
    m_undoStack.resetClean();
    emit modifiedChanged(true);
}

void ProjectDocument::markSaved(const QString &fileName)
{
    setFileName(fileName);
    m_undoStack.setClean();
}

void ProjectDocument::emitChange(ChangeEvent::Kind kind, ItemType type, const QString &id)
{
    // Every mutator opens a transaction, so there is always one to record into.
    Q_ASSERT(m_depth > 0);
    const ChangeEvent event{kind, type, id};
    m_pending.events.push_back(event);
    emit changed(event);
}

namespace {

template <typename T>
void insertSorted(std::vector<T> &list, const std::vector<std::pair<int, T>> &items,
                  const std::function<void(const T &)> &added)
{
    auto sorted = items;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, item] : sorted) {
        const size_t at = std::min(size_t(std::max(0, index)), list.size());
        list.insert(list.begin() + qsizetype(at), item);
        added(item);
    }
}

template <typename T, typename Key>
void removeAll(std::vector<T> &list, const std::vector<std::pair<int, T>> &items, Key key,
               const std::function<void(const T &)> &before,
               const std::function<void(const T &)> &after)
{
    QSet<QString> keys;
    for (const auto &entry : items)
        keys.insert(key(entry.second));
    // Highest index first keeps the recorded indices of the others valid for undo.
    for (qsizetype i = qsizetype(list.size()) - 1; i >= 0; --i) {
        if (!keys.contains(key(list[size_t(i)])))
            continue;
        const T item = list[size_t(i)];
        before(item);
        list.erase(list.begin() + i);
        after(item);
    }
}

} // namespace

void ProjectDocument::insertBatch(const ItemBatch &b)
{
    const Transaction transaction(this);
    using K = ChangeEvent::Kind;
    for (auto it = b.layout.cbegin(); it != b.layout.cend(); ++it)
        m_project.layout.insert(it.key(), it.value());
    insertSorted<Zone>(m_project.zones, b.zones,
                       [&](const Zone &z) { emitChange(K::Added, ItemType::Zone, z.id); });
    insertSorted<Component>(m_project.components, b.components, [&](const Component &c) {
        emitChange(K::Added, ItemType::Component, c.id);
    });
    insertSorted<Stage>(m_project.stages, b.stages,
                        [&](const Stage &s) { emitChange(K::Added, ItemType::Stage, s.id); });
    insertSorted<Flow>(m_project.flows, b.flows,
                       [&](const Flow &f) { emitChange(K::Added, ItemType::Flow, f.id); });
    insertSorted<Binding>(m_project.bindings, b.bindings, [&](const Binding &x) {
        emitChange(K::Added, ItemType::Binding, bindingKey(x));
    });
    insertSorted<Link>(m_project.links, b.links,
                       [&](const Link &l) { emitChange(K::Added, ItemType::Link, linkKey(l)); });
}

void ProjectDocument::removeBatch(const ItemBatch &b)
{
    const Transaction transaction(this);
    using K = ChangeEvent::Kind;
    auto id = [](const auto &x) { return x.id; };
    auto signalPair = [&](ItemType t, auto keyOf) {
        return std::pair{[=, this](const auto &x) { emitChange(K::AboutToBeRemoved, t, keyOf(x)); },
                         [=, this](const auto &x) { emitChange(K::Removed, t, keyOf(x)); }};
    };
    // Dependents first, so that nothing observed ever points at a removed element.
    {
        auto [before, after] = signalPair(ItemType::Link, linkKey);
        removeAll<Link>(m_project.links, b.links, linkKey, before, after);
    }
    {
        auto [before, after] = signalPair(ItemType::Binding, bindingKey);
        removeAll<Binding>(m_project.bindings, b.bindings, bindingKey, before, after);
    }
    {
        auto [before, after] = signalPair(ItemType::Flow, id);
        removeAll<Flow>(m_project.flows, b.flows, id, before, after);
    }
    {
        auto [before, after] = signalPair(ItemType::Stage, id);
        removeAll<Stage>(m_project.stages, b.stages, id, before, after);
    }
    {
        auto [before, after] = signalPair(ItemType::Component, id);
        removeAll<Component>(m_project.components, b.components, id, before, after);
    }
    {
        auto [before, after] = signalPair(ItemType::Zone, id);
        removeAll<Zone>(m_project.zones, b.zones, id, before, after);
    }
    for (auto it = b.layout.cbegin(); it != b.layout.cend(); ++it)
        m_project.layout.remove(it.key());
}

Params *ProjectDocument::paramsOf(ItemType type, const QString &id)
{
    switch (type) {
    case ItemType::Stage: {
        Stage *s = m_project.stage(id);
        return s ? &s->params : nullptr;
    }
    case ItemType::Component: {
        Component *c = m_project.component(id);
        return c ? &c->params : nullptr;
    }
    case ItemType::Flow: {
        Flow *f = m_project.flow(id);
        return f ? &f->params : nullptr;
    }
    default:
        return nullptr;
    }
}

std::optional<ParamValue> ProjectDocument::param(ItemType type, const QString &id,
                                                 const QString &name) const
{
    Params *params = const_cast<ProjectDocument *>(this)->paramsOf(type, id);
    if (!params || !params->contains(name))
        return std::nullopt;
    return params->value(name);
}

void ProjectDocument::setParam(ItemType type, const QString &id, const QString &name,
                               const std::optional<ParamValue> &value)
{
    const Transaction transaction(this);
    Params *params = paramsOf(type, id);
    if (!params)
        return;
    if (value)
        params->insert(name, *value);
    else
        params->remove(name);
    emitChange(ChangeEvent::Kind::Changed, type, id);
}

void ProjectDocument::setName(ItemType type, const QString &id, const QString &name)
{
    const Transaction transaction(this);
    if (type == ItemType::Stage) {
        if (Stage *s = m_project.stage(id))
            s->name = name;
    } else if (type == ItemType::Component) {
        if (Component *c = m_project.component(id))
            c->name = name;
    } else if (type == ItemType::Zone) {
        if (Zone *z = m_project.zone(id))
            z->name = name;
    }
    emitChange(ChangeEvent::Kind::Renamed, type, id);
}

void ProjectDocument::setPersona(const QString &stageId, const QString &persona)
{
    const Transaction transaction(this);
    if (Stage *s = m_project.stage(stageId)) {
        s->persona = persona;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Stage, stageId);
    }
}

void ProjectDocument::setComponentZone(const QString &componentId, const QString &zoneId)
{
    const Transaction transaction(this);
    if (Component *c = m_project.component(componentId)) {
        c->zone = zoneId;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Component, componentId);
    }
}

void ProjectDocument::setZoneParent(const QString &zoneId, const QString &parentId)
{
    const Transaction transaction(this);
    if (Zone *z = m_project.zone(zoneId)) {
        z->parent = parentId;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Zone, zoneId);
    }
}

void ProjectDocument::setPlacements(const QMap<QString, Placement> &placements)
{
    const Transaction transaction(this);
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        m_project.layout.insert(it.key(), it.value());
        emitChange(ChangeEvent::Kind::Moved, ItemType::Project, it.key());
    }
}

void ProjectDocument::removePlacements(const QStringList &ids)
{
    const Transaction transaction(this);
    for (const QString &id : ids) {
        if (m_project.layout.remove(id) > 0)
            emitChange(ChangeEvent::Kind::Moved, ItemType::Project, id);
    }
}

void ProjectDocument::setProjectInfo(const QString &name, const QString &description,
                                     int horizonMonths)
{
    const Transaction transaction(this);
    m_project.name = name;
    m_project.description = description;
    m_project.horizonMonths = horizonMonths;
    emitChange(ChangeEvent::Kind::Changed, ItemType::Project, {});
}

ItemBatch ProjectDocument::closureOf(const QStringList &ids) const
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    ItemBatch b;
    const Project &p = m_project;
    for (int i = 0; i < int(p.zones.size()); ++i) {
        if (wanted.contains(p.zones[size_t(i)].id))
            b.zones.push_back({i, p.zones[size_t(i)]});
    }
    for (int i = 0; i < int(p.components.size()); ++i) {
        if (wanted.contains(p.components[size_t(i)].id))
            b.components.push_back({i, p.components[size_t(i)]});
    }
    for (int i = 0; i < int(p.stages.size()); ++i) {
        if (wanted.contains(p.stages[size_t(i)].id))
            b.stages.push_back({i, p.stages[size_t(i)]});
    }
    for (int i = 0; i < int(p.flows.size()); ++i) {
        const Flow &f = p.flows[size_t(i)];
        if (wanted.contains(f.id) || wanted.contains(f.from) || wanted.contains(f.to))
            b.flows.push_back({i, f});
    }
    for (int i = 0; i < int(p.bindings.size()); ++i) {
        const Binding &x = p.bindings[size_t(i)];
        if (wanted.contains(x.stage) || wanted.contains(x.component) ||
            wanted.contains(bindingKey(x)))
            b.bindings.push_back({i, x});
    }
    for (int i = 0; i < int(p.links.size()); ++i) {
        const Link &l = p.links[size_t(i)];
        if (wanted.contains(l.component) || wanted.contains(l.fabric) ||
            wanted.contains(linkKey(l)))
            b.links.push_back({i, l});
    }
    for (const QString &id : idsOf(b)) {
        auto it = p.layout.constFind(id);
        if (it != p.layout.constEnd())
            b.layout.insert(id, *it);
    }
    return b;
}

QStringList ProjectDocument::idsOf(const ItemBatch &b)
{
    QStringList ids;
    for (const auto &z : b.zones)
        ids << z.second.id;
    for (const auto &c : b.components)
        ids << c.second.id;
    for (const auto &s : b.stages)
        ids << s.second.id;
    for (const auto &f : b.flows)
        ids << f.second.id;
    return ids;
}

} // namespace tarmac
