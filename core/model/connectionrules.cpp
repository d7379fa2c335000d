#include "connectionrules.h"

#include "paramschema.h"

#include <QSet>
#include <algorithm>

namespace tarmac {

ConnectionRefusal connectionRule(const Project &project, Connection connection,
                                 const ConnectionEnd &from, const ConnectionEnd &to)
{
    using R = ConnectionRefusal;
    if (from.id.isEmpty() || to.id.isEmpty() || from.id == to.id)
        return R::SameItem;
    switch (connection) {
    case Connection::Flow:
        return to.type == ItemType::Stage ? R::None : R::FlowNeedsStage;
    case Connection::Binding: {
        if (to.type != ItemType::Component)
            return R::BindingNeedsComponent;
        if (to.kind == u"fabric")
            return R::BindingToFabric;
        if (ParamSchema::isStorageKind(to.kind)) {
            const auto existing = std::count_if(
                project.bindings.begin(), project.bindings.end(),
                [&](const Binding &b) { return b.stage == from.id && b.component == to.id; });
            return existing >= 2 ? R::AlreadyReadsWrites : R::None;
        }
        const Binding wanted{from.id, to.id, ParamSchema::defaultRole(to.kind)};
        return std::find(project.bindings.begin(), project.bindings.end(), wanted) !=
                       project.bindings.end()
                   ? R::AlreadyBound
                   : R::None;
    }
    case Connection::Link:
        if (to.type != ItemType::Component || to.kind != u"fabric")
            return R::LinkNeedsFabric;
        return std::find(project.links.begin(), project.links.end(), Link{from.id, to.id}) !=
                       project.links.end()
                   ? R::AlreadyLinked
                   : R::None;
    }
    return R::None;
}

bool zoneWithin(const Project &project, const IdIndex &index, QString zoneId,
                const QString &ancestorId)
{
    for (size_t guard = 0; !zoneId.isEmpty() && guard <= project.zones.size(); ++guard) {
        if (zoneId == ancestorId)
            return true;
        const Zone *zone = zoneAt(project, index, zoneId);
        zoneId = zone ? zone->parent : QString();
    }
    return false;
}

QStringList zonesInCycles(const Project &project, const IdIndex &index)
{
    // Colour each zone once: 0 unseen, 1 on the current walk, 2 done. Linear in the zones.
    std::vector<int> state(project.zones.size(), 0);
    QSet<int> cyclic;
    for (size_t start = 0; start < project.zones.size(); ++start) {
        std::vector<int> walk;
        int z = int(start);
        while (z >= 0 && state[size_t(z)] == 0) {
            state[size_t(z)] = 1;
            walk.push_back(z);
            z = index.zone(project.zones[size_t(z)].parent);
        }
        if (z >= 0 && state[size_t(z)] == 1) {
            for (auto it = std::find(walk.begin(), walk.end(), z); it != walk.end(); ++it)
                cyclic.insert(*it);
        }
        for (int w : walk)
            state[size_t(w)] = 2;
    }
    QStringList ids;
    for (size_t i = 0; i < project.zones.size(); ++i) {
        if (cyclic.contains(int(i)))
            ids << project.zones[i].id;
    }
    return ids;
}

} // namespace tarmac
