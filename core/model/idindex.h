#pragma once

#include "idtable.h"
#include "project.h"

#include <QString>

namespace tarmac {

/// Id → position of every stage, component, zone, flow and note of one project: what every lookup
/// by id goes through, so that nothing searches a list inside a loop. Build it once for a
/// project that does not change (a reader, the command line); ProjectDocument keeps its own in
/// step with every edit.
class IdIndex {
public:
    IdIndex() = default;
    explicit IdIndex(const Project &project) { rebuild(project); }
    void rebuild(const Project &project);

    /// Position in the project's list, or -1.
    int stage(const QString &id) const { return m_stages.value(id, -1); }
    int component(const QString &id) const { return m_components.value(id, -1); }
    int zone(const QString &id) const { return m_zones.value(id, -1); }
    int flow(const QString &id) const { return m_flows.value(id, -1); }
    int note(const QString &id) const { return m_notes.value(id, -1); }
    /// True if any stage, component, zone, flow or note has this id.
    bool contains(const QString &id) const
    {
        return m_stages.contains(id) || m_components.contains(id) || m_zones.contains(id) ||
               m_flows.contains(id) || m_notes.contains(id);
    }

    /// An id not used yet, built from `base` ("training", "training-2", …). For one new item.
    QString uniqueId(const QString &base) const;
    /// The same, and taken from then on: a paste of 1,000 copies of one stage asks 1,000 times and
    /// probes each candidate once, not 1 + 2 + … + 1,000 times.
    QString takeUniqueId(const QString &base);

private:
    IdTable m_stages, m_components, m_zones, m_flows, m_notes;
    IdTable m_taken;      ///< ids handed out by takeUniqueId (value unused)
    IdTable m_nextSuffix; ///< stem → the first suffix not yet probed
};

/// Makes every reference in `project` (a binding's stage and component, a flow's ends and store,
/// a link's ends, a component's zone, a zone's parent, a note's target) share the characters of
/// the id it names, through `index` (built for that project), and every kind and role the
/// registry knows share the registry's own. Nothing reads differently; the
/// engine's index then recognises a reference by where its characters are, without reading
/// them (ProjectIndex), and a project holds each id once. Readers and the document call it
/// for every project they hold. A reference to no element is left as it is.
void internReferences(Project &project, const IdIndex &index);

/// The element with this id in `project`, through `index` (built for that project), or null.
template <typename P> auto stageAt(P &project, const IdIndex &index, const QString &id)
{
    const int i = index.stage(id);
    return i < 0 ? nullptr : &project.stages[size_t(i)];
}
template <typename P> auto componentAt(P &project, const IdIndex &index, const QString &id)
{
    const int i = index.component(id);
    return i < 0 ? nullptr : &project.components[size_t(i)];
}
template <typename P> auto zoneAt(P &project, const IdIndex &index, const QString &id)
{
    const int i = index.zone(id);
    return i < 0 ? nullptr : &project.zones[size_t(i)];
}
template <typename P> auto flowAt(P &project, const IdIndex &index, const QString &id)
{
    const int i = index.flow(id);
    return i < 0 ? nullptr : &project.flows[size_t(i)];
}
template <typename P> auto noteAt(P &project, const IdIndex &index, const QString &id)
{
    const int i = index.note(id);
    return i < 0 ? nullptr : &project.notes[size_t(i)];
}

} // namespace tarmac
