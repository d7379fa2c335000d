#include "idindex.h"

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
