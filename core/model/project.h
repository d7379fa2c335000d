#pragma once

#include "params.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <vector>

namespace tarmac {

/// What kind of element an edit, a change event or a connection concerns.
enum class ItemType { Project, Zone, Component, Stage, Flow, Binding, Link, Note };

/// A site or a rack; components sit in zones, zones may nest.
struct Zone {
    QString id, name, kind, parent;
    bool operator==(const Zone &) const = default;
};

/// A piece of infrastructure: cluster, storage system, key-value store or fabric.
struct Component {
    QString id, kind, name, zone;
    Params params;
    bool operator==(const Component &) const = default;
};

/// A lifecycle stage: ingestion, processing, … monitoring.
struct Stage {
    QString id, kind, name, persona;
    Params params;
    bool operator==(const Stage &) const = default;
};

/// A dataset moving from one stage to the next.
struct Flow {
    QString id, from, to;
    Params params;
    bool operator==(const Flow &) const = default;
};

/// A stage tied to a component in a role (compute, reads, writes, online-store).
struct Binding {
    QString stage, component, role;
    bool operator==(const Binding &) const = default;
};

/// A component attached to a fabric.
struct Link {
    QString component, fabric;
    bool operator==(const Link &) const = default;
};

/// A decision the room recorded ("NFS over Lustre: the corpus is read once per epoch"), attached
/// to a zone, component, stage or flow (`target` is its id) or to the project (`target` empty).
struct Note {
    QString id, target, text, author;
    QString created; ///< ISO 8601 in UTC ("2026-12-02T10:15:00Z"), empty if unknown
    bool operator==(const Note &) const = default;
};

/// Where an item sits on the canvas; zones also have a size.
struct Placement {
    double x = 0, y = 0, width = 0, height = 0;
    bool operator==(const Placement &) const = default;
};

/// A whole project: the value every format reads and writes and the engine computes on.
struct Project {
    QString name;
    QString description;
    int horizonMonths = 24;
    std::vector<Zone> zones;
    std::vector<Component> components;
    std::vector<Stage> stages;
    std::vector<Flow> flows;
    std::vector<Binding> bindings;
    std::vector<Link> links;
    std::vector<Note> notes;
    QMap<QString, Placement> layout;
    QJsonObject extra; ///< unknown top-level keys of an interchange file, kept for round trips

    bool operator==(const Project &) const = default;

    // One-off lookups by scanning the lists (tests, a single question): anything that asks in
    // a loop goes through an IdIndex (model/idindex.h) instead.
    const Stage *stage(const QString &id) const;
    const Component *component(const QString &id) const;
    const Zone *zone(const QString &id) const;
    const Flow *flow(const QString &id) const;
    Stage *stage(const QString &id);
    Component *component(const QString &id);
    Zone *zone(const QString &id);
    Flow *flow(const QString &id);
};

} // namespace tarmac
