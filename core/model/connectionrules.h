#pragma once

#include "idindex.h"
#include "project.h"

// Which elements may be tied to which, and how zones nest: the rules every view and the
// command line share, kept out of the widgets so they are tested without a canvas.

namespace tarmac {

/// What a drag between two items would create.
enum class Connection { Flow, Binding, Link };

/// Why a connection is refused; None means it is allowed.
enum class ConnectionRefusal {
    None,
    SameItem,       ///< dropped on itself or on nothing
    FlowNeedsStage, ///< a flow goes from stage to stage
    BindingNeedsComponent,
    BindingToFabric,    ///< stages bind to clusters, storage, stores; fabrics carry links
    AlreadyReadsWrites, ///< a stage is bound to a storage system at most as reads and writes
    AlreadyBound,
    LinkNeedsFabric,
    AlreadyLinked,
};

/// One end of a connection as the project knows it.
struct ConnectionEnd {
    ItemType type = ItemType::Project;
    QString id, kind;
};

/// Whether `connection` from `from` to `to` is allowed in `project`. Bindings to storage take
/// the role the caller picks later (reads or writes); other bindings take the default role.
ConnectionRefusal connectionRule(const Project &project, Connection connection,
                                 const ConnectionEnd &from, const ConnectionEnd &to);

/// True if `zoneId` is `ancestorId` or nested in it (a zone cannot move into itself). Safe
/// on cyclic parents: it stops after as many steps as there are zones.
bool zoneWithin(const Project &project, const IdIndex &index, QString zoneId,
                const QString &ancestorId);

/// The zones whose parent chain runs in a circle (a file may say so; the canvas cannot draw it).
QStringList zonesInCycles(const Project &project, const IdIndex &index);

} // namespace tarmac
