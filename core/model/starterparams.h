#pragma once

#include "project.h"

namespace tarmac {

/// Parameters a new element starts with when it comes from the palette: a typical starting
/// point people then edit (a 4-host H100 cluster, a 500 TB NAS, a 7B model), so that the
/// engine has something to say from the first drop. Required values stay visible as such.
Params starterParams(const QString &kind);
/// A readable default name for a new element of `kind` ("Training", "GPU cluster").
QString starterName(const QString &kind);
/// The persona that usually owns a stage kind.
QString starterPersona(const QString &stageKind);

} // namespace tarmac
