#include "project.h"

#include <algorithm>

namespace tarmac {
namespace {

template <typename Container> auto findById(Container &items, const QString &id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const auto &i) { return i.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Stage *Project::stage(const QString &id) const
{
    return findById(stages, id);
}
const Component *Project::component(const QString &id) const
{
    return findById(components, id);
}
const Zone *Project::zone(const QString &id) const
{
    return findById(zones, id);
}
const Flow *Project::flow(const QString &id) const
{
    return findById(flows, id);
}
Stage *Project::stage(const QString &id)
{
    return findById(stages, id);
}
Component *Project::component(const QString &id)
{
    return findById(components, id);
}
Zone *Project::zone(const QString &id)
{
    return findById(zones, id);
}
Flow *Project::flow(const QString &id)
{
    return findById(flows, id);
}

} // namespace tarmac
