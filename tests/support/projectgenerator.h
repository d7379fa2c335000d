#pragma once

#include "model/projectdocument.h"

namespace tarmac::testing {

/// A random but reproducible project: every stage and component kind, bindings of the right
/// roles, links to fabrics, flows between stages, zones and layout. Units are typed as
/// people type them in about a third of the parameters, to exercise round trips.
Project generateProject(quint32 seed, int stages, int components, int flows);

/// What a paste of `count` new processing stages ("pasted0" …) appended to `project` holds:
/// a chain of flows between them when `withFlows`, and a grid of positions below the rest.
ItemBatch pasteBatch(const Project &project, int count, bool withFlows);

} // namespace tarmac::testing
