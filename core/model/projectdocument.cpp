#include "projectdocument.h"

#include <QSet>
#include <algorithm>

namespace tarmac {

bool ItemBatch::isEmpty() const
{
    return size() == 0;
}

int ItemBatch::size() const
{
    return int(zones.size() + components.size() + stages.size() + flows.size() + bindings.size() +
               links.size() + notes.size());
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

bool ChangeSet::leavesRequirements() const
{
    return std::all_of(events.begin(), events.end(), [](const ChangeEvent &e) {
        return e.kind == ChangeEvent::Kind::Moved ||
               (e.type == ItemType::Note && e.kind != ChangeEvent::Kind::Reset);
    });
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
        m_index.rebuild(m_project);
        internReferences(m_project, m_index);
        setFileName(fileName);
        emitChange(ChangeEvent::Kind::Reset, ItemType::Project, {});
    }
    emit modifiedChanged(false);
}

void ProjectDocument::markUnsaved()
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

/// Puts every item at its recorded position in one pass (positions are those of the list
/// after the insertion, as removeBatch recorded them): linear, however many items.
template <typename T>
std::vector<T> insertAll(std::vector<T> &list, std::vector<std::pair<int, T>> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<T> merged;
    merged.reserve(list.size() + items.size());
    std::vector<T> added;
    added.reserve(items.size());
    size_t old = 0;
    for (auto &[index, item] : items) {
        const size_t at = size_t(std::max(0, index));
        while (merged.size() < at && old < list.size())
            merged.push_back(std::move(list[old++]));
        added.push_back(item);
        merged.push_back(std::move(item));
    }
    while (old < list.size())
        merged.push_back(std::move(list[old++]));
    list = std::move(merged);
    return added;
}

/// Drops every item whose key is in `items` in one pass; returns them in list order.
template <typename T, typename Key>
std::vector<T> removeAll(std::vector<T> &list, const std::vector<std::pair<int, T>> &items, Key key)
{
    QSet<QString> keys;
    keys.reserve(qsizetype(items.size()));
    for (const auto &entry : items)
        keys.insert(key(entry.second));
    std::vector<T> removed;
    if (keys.isEmpty())
        return removed;
    auto kept = list.begin();
    for (auto it = list.begin(); it != list.end(); ++it) {
        if (keys.contains(key(*it)))
            removed.push_back(std::move(*it));
        else if (kept != it)
            *kept++ = std::move(*it);
        else
            ++kept;
    }
    list.erase(kept, list.end());
    return removed;
}

} // namespace

void ProjectDocument::insertBatch(const ItemBatch &b)
{
    const Transaction transaction(this);
    using K = ChangeEvent::Kind;
    for (auto it = b.layout.cbegin(); it != b.layout.cend(); ++it)
        m_project.layout.insert(it.key(), it.value());
    const auto zones = insertAll(m_project.zones, b.zones);
    const auto components = insertAll(m_project.components, b.components);
    const auto stages = insertAll(m_project.stages, b.stages);
    const auto flows = insertAll(m_project.flows, b.flows);
    const auto bindings = insertAll(m_project.bindings, b.bindings);
    const auto links = insertAll(m_project.links, b.links);
    const auto notes = insertAll(m_project.notes, b.notes);
    m_index.rebuild(m_project);
    internReferences(m_project, m_index);
    for (const Zone &z : zones)
        emitChange(K::Added, ItemType::Zone, z.id);
    for (const Component &c : components)
        emitChange(K::Added, ItemType::Component, c.id);
    for (const Stage &s : stages)
        emitChange(K::Added, ItemType::Stage, s.id);
    for (const Flow &f : flows)
        emitChange(K::Added, ItemType::Flow, f.id);
    for (const Binding &x : bindings)
        emitChange(K::Added, ItemType::Binding, bindingKey(x));
    for (const Link &l : links)
        emitChange(K::Added, ItemType::Link, linkKey(l));
    for (const Note &n : notes)
        emitChange(K::Added, ItemType::Note, n.id);
}

void ProjectDocument::removeBatch(const ItemBatch &b)
{
    const Transaction transaction(this);
    using K = ChangeEvent::Kind;
    // Dependents first, so that nothing observed ever points at a removed element; every
    // AboutToBeRemoved is emitted while all of the batch is still in the project.
    for (const auto &x : b.notes)
        emitChange(K::AboutToBeRemoved, ItemType::Note, x.second.id);
    for (const auto &x : b.links)
        emitChange(K::AboutToBeRemoved, ItemType::Link, linkKey(x.second));
    for (const auto &x : b.bindings)
        emitChange(K::AboutToBeRemoved, ItemType::Binding, bindingKey(x.second));
    for (const auto &x : b.flows)
        emitChange(K::AboutToBeRemoved, ItemType::Flow, x.second.id);
    for (const auto &x : b.stages)
        emitChange(K::AboutToBeRemoved, ItemType::Stage, x.second.id);
    for (const auto &x : b.components)
        emitChange(K::AboutToBeRemoved, ItemType::Component, x.second.id);
    for (const auto &x : b.zones)
        emitChange(K::AboutToBeRemoved, ItemType::Zone, x.second.id);
    auto id = [](const auto &x) { return x.id; };
    const auto notes = removeAll(m_project.notes, b.notes, id);
    const auto links = removeAll(m_project.links, b.links, linkKey);
    const auto bindings = removeAll(m_project.bindings, b.bindings, bindingKey);
    const auto flows = removeAll(m_project.flows, b.flows, id);
    const auto stages = removeAll(m_project.stages, b.stages, id);
    const auto components = removeAll(m_project.components, b.components, id);
    const auto zones = removeAll(m_project.zones, b.zones, id);
    for (auto it = b.layout.cbegin(); it != b.layout.cend(); ++it)
        m_project.layout.remove(it.key());
    m_index.rebuild(m_project);
    for (const Note &x : notes)
        emitChange(K::Removed, ItemType::Note, x.id);
    for (const Link &x : links)
        emitChange(K::Removed, ItemType::Link, linkKey(x));
    for (const Binding &x : bindings)
        emitChange(K::Removed, ItemType::Binding, bindingKey(x));
    for (const Flow &x : flows)
        emitChange(K::Removed, ItemType::Flow, x.id);
    for (const Stage &x : stages)
        emitChange(K::Removed, ItemType::Stage, x.id);
    for (const Component &x : components)
        emitChange(K::Removed, ItemType::Component, x.id);
    for (const Zone &x : zones)
        emitChange(K::Removed, ItemType::Zone, x.id);
}

Params *ProjectDocument::paramsOf(ItemType type, const QString &id)
{
    switch (type) {
    case ItemType::Stage: {
        Stage *s = stageAt(m_project, m_index, id);
        return s ? &s->params : nullptr;
    }
    case ItemType::Component: {
        Component *c = componentAt(m_project, m_index, id);
        return c ? &c->params : nullptr;
    }
    case ItemType::Flow: {
        Flow *f = flowAt(m_project, m_index, id);
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
        if (Stage *s = stageAt(m_project, m_index, id))
            s->name = name;
    } else if (type == ItemType::Component) {
        if (Component *c = componentAt(m_project, m_index, id))
            c->name = name;
    } else if (type == ItemType::Zone) {
        if (Zone *z = zoneAt(m_project, m_index, id))
            z->name = name;
    }
    emitChange(ChangeEvent::Kind::Renamed, type, id);
}

void ProjectDocument::setPersona(const QString &stageId, const QString &persona)
{
    const Transaction transaction(this);
    if (Stage *s = stageAt(m_project, m_index, stageId)) {
        s->persona = persona;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Stage, stageId);
    }
}

void ProjectDocument::setComponentZone(const QString &componentId, const QString &zoneId)
{
    const Transaction transaction(this);
    if (Component *c = componentAt(m_project, m_index, componentId)) {
        c->zone = zoneId;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Component, componentId);
    }
}

void ProjectDocument::setZoneParent(const QString &zoneId, const QString &parentId)
{
    const Transaction transaction(this);
    if (Zone *z = zoneAt(m_project, m_index, zoneId)) {
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

void ProjectDocument::setNoteText(const QString &noteId, const QString &text)
{
    const Transaction transaction(this);
    if (Note *n = noteAt(m_project, m_index, noteId)) {
        n->text = text;
        emitChange(ChangeEvent::Kind::Changed, ItemType::Note, noteId);
    }
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
    // A note goes with the element it is attached to, including a flow that goes with a stage.
    QSet<QString> gone = wanted;
    for (const auto &f : b.flows)
        gone.insert(f.second.id);
    for (int i = 0; i < int(p.notes.size()); ++i) {
        const Note &n = p.notes[size_t(i)];
        if (gone.contains(n.id) || (!n.target.isEmpty() && gone.contains(n.target)))
            b.notes.push_back({i, n});
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
