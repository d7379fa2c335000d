#pragma once

#include "model/project.h"

namespace tarmac::testing {

/// A random but reproducible project: every stage and component kind, bindings of the right
/// roles, links to fabrics, flows between stages, zones and layout. Units are typed as
/// people type them in about a third of the parameters, to exercise round trips.
Project generateProject(quint32 seed, int stages, int components, int flows);

} // namespace tarmac::testing
