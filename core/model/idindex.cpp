#include "idindex.h"

#include "kindregistry.h"

namespace tarmac {
namespace {

template <typename T> void fill(IdTable &hash, const std::vector<T> &items)
{
    hash.clear();
    hash.reserve(items.size());
    for (int i = 0; i < int(items.size()); ++i)
        hash.insert(items[size_t(i)].id, i);
}

} // namespace

void IdIndex::rebuild(const Project &project)
{
    fill(m_stages, project.stages);
    fill(m_components, project.components);
    fill(m_zones, project.zones);
    fill(m_flows, project.flows);
    fill(m_notes, project.notes);
    m_taken.clear();
    m_nextSuffix.clear();
}

namespace {

/// `reference` becomes the very string `id` when they say the same (and stays as it is else).
void share(QString &reference, const QString &id)
{
    if (!reference.isSharedWith(id) && reference == id)
        reference = id;
}

} // namespace

void internReferences(Project &project, const IdIndex &index)
{
    auto stageId = [&](QString &ref) {
        if (const int i = index.stage(ref); i >= 0)
            share(ref, project.stages[size_t(i)].id);
    };
    auto componentId = [&](QString &ref) {
        if (const int i = index.component(ref); i >= 0)
            share(ref, project.components[size_t(i)].id);
    };
    auto zoneId = [&](QString &ref) {
        if (const int i = index.zone(ref); i >= 0)
            share(ref, project.zones[size_t(i)].id);
    };
    // Kinds and roles are words of the registry: shared, their characters stay in the cache
    // while the engine compares a hundred thousand of them.
    auto kind = [](QString &word) {
        if (const KindInfo *k = KindRegistry::find(word))
            share(word, k->id);
    };
    for (Zone &z : project.zones) {
        zoneId(z.parent);
        kind(z.kind);
    }
    for (Component &c : project.components) {
        zoneId(c.zone);
        kind(c.kind);
    }
    for (Stage &s : project.stages)
        kind(s.kind);
    for (Flow &f : project.flows) {
        stageId(f.from);
        stageId(f.to);
        const auto store = f.params.constFind(u"store");
        if (store != f.params.cend() && store->type == ParamValue::Type::Text) {
            const int i = index.component(store->text);
            if (i >= 0 && !store->text.isSharedWith(project.components[size_t(i)].id)) {
                const QString key = store.key(); // operator[] may copy the array it points into
                f.params[key].text = project.components[size_t(i)].id;
            }
        }
    }
    for (Binding &b : project.bindings) {
        stageId(b.stage);
        componentId(b.component);
        for (const QString &role : KindRegistry::roles())
            share(b.role, role);
    }
    for (Link &l : project.links) {
        componentId(l.component);
        componentId(l.fabric);
    }
    for (Note &n : project.notes) {
        if (const int i = index.stage(n.target); i >= 0)
            share(n.target, project.stages[size_t(i)].id);
        else if (const int c = index.component(n.target); c >= 0)
            share(n.target, project.components[size_t(c)].id);
        else if (const int fl = index.flow(n.target); fl >= 0)
            share(n.target, project.flows[size_t(fl)].id);
        else if (const int z = index.zone(n.target); z >= 0)
            share(n.target, project.zones[size_t(z)].id);
    }
}

QString IdIndex::uniqueId(const QString &base) const
{
    const QString stem = base.isEmpty() ? QStringLiteral("item") : base;
    if (!contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!contains(candidate))
            return candidate;
    }
}

QString IdIndex::takeUniqueId(const QString &base)
{
    const QString stem = base.isEmpty() ? QStringLiteral("item") : base;
    auto free = [&](const QString &id) { return !contains(id) && !m_taken.contains(id); };
    QString id = stem;
    if (!free(id)) {
        int n = m_nextSuffix.value(stem, 2);
        do
            id = stem + u'-' + QString::number(n++);
        while (!free(id));
        m_nextSuffix.set(stem, n);
    }
    m_taken.insert(id, 0);
    return id;
}

} // namespace tarmac
