#include "clipboard.h"

#include <QHash>
#include <QSet>

namespace tarmac {

Project copyOf(const Project &p, const QStringList &ids)
{
    const QSet<QString> chosen(ids.begin(), ids.end());
    Project part;
    part.name = p.name;
    part.horizonMonths = p.horizonMonths;
    for (Zone z : p.zones) {
        if (!chosen.contains(z.id))
            continue;
        if (!chosen.contains(z.parent))
            z.parent.clear();
        part.zones.push_back(z);
    }
    for (Component c : p.components) {
        if (!chosen.contains(c.id))
            continue;
        if (!chosen.contains(c.zone))
            c.zone.clear();
        part.components.push_back(c);
    }
    for (const Stage &s : p.stages) {
        if (chosen.contains(s.id))
            part.stages.push_back(s);
    }
    for (Flow f : p.flows) {
        if (!chosen.contains(f.from) || !chosen.contains(f.to))
            continue;
        const QString store = f.params.value(QStringLiteral("store")).text;
        if (!store.isEmpty() && !chosen.contains(store))
            f.params.remove(QStringLiteral("store"));
        part.flows.push_back(f);
    }
    for (const Binding &b : p.bindings) {
        if (chosen.contains(b.stage) && chosen.contains(b.component))
            part.bindings.push_back(b);
    }
    for (const Link &l : p.links) {
        if (chosen.contains(l.component) && chosen.contains(l.fabric))
            part.links.push_back(l);
    }
    // Notes travel with what they are on, so that Cut and Paste moves the decisions too.
    QSet<QString> copied = chosen;
    for (const Flow &f : part.flows)
        copied.insert(f.id);
    for (const Note &n : p.notes) {
        if (!n.target.isEmpty() && copied.contains(n.target))
            part.notes.push_back(n);
    }
    const IdIndex index(part);
    for (const QString &id : ids) {
        auto it = p.layout.constFind(id);
        if (it != p.layout.constEnd() && index.contains(id))
            part.layout.insert(id, *it);
    }
    return part;
}

ItemBatch pasteBatch(const Project &target, const IdIndex &targetIndex, const Project &in,
                     double offset)
{
    IdIndex free = targetIndex; // takes each new id, so pasted ids never collide either
    QHash<QString, QString> rename;
    auto fresh = [&](const QString &id) { rename.insert(id, free.takeUniqueId(id)); };
    for (const Zone &z : in.zones)
        fresh(z.id);
    for (const Component &c : in.components)
        fresh(c.id);
    for (const Stage &s : in.stages)
        fresh(s.id);
    for (const Flow &f : in.flows)
        fresh(f.id);
    for (const Note &n : in.notes)
        fresh(n.id);
    auto mapped = [&](const QString &id) { return id.isEmpty() ? id : rename.value(id, id); };

    ItemBatch batch;
    for (Zone z : in.zones) {
        z.id = mapped(z.id);
        z.parent = mapped(z.parent);
        batch.zones.push_back({int(target.zones.size() + batch.zones.size()), z});
    }
    for (Component c : in.components) {
        c.id = mapped(c.id);
        c.zone = mapped(c.zone);
        batch.components.push_back({int(target.components.size() + batch.components.size()), c});
    }
    for (Stage s : in.stages) {
        s.id = mapped(s.id);
        batch.stages.push_back({int(target.stages.size() + batch.stages.size()), s});
    }
    const QString store = QStringLiteral("store");
    for (Flow f : in.flows) {
        f.id = mapped(f.id);
        f.from = mapped(f.from);
        f.to = mapped(f.to);
        if (f.params.contains(store))
            f.params[store].text = mapped(f.params.value(store).text);
        batch.flows.push_back({int(target.flows.size() + batch.flows.size()), f});
    }
    for (Binding b : in.bindings) {
        b.stage = mapped(b.stage);
        b.component = mapped(b.component);
        batch.bindings.push_back({int(target.bindings.size() + batch.bindings.size()), b});
    }
    for (Link l : in.links) {
        l.component = mapped(l.component);
        l.fabric = mapped(l.fabric);
        batch.links.push_back({int(target.links.size() + batch.links.size()), l});
    }
    for (Note n : in.notes) {
        n.id = mapped(n.id);
        n.target = mapped(n.target);
        batch.notes.push_back({int(target.notes.size() + batch.notes.size()), n});
    }
    for (auto it = in.layout.cbegin(); it != in.layout.cend(); ++it) {
        Placement pl = it.value();
        pl.x += offset;
        pl.y += offset;
        batch.layout.insert(mapped(it.key()), pl);
    }
    return batch;
}

} // namespace tarmac
