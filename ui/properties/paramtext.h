#pragma once

#include "model/paramschema.h"
#include "model/project.h"

#include <QString>

// How the properties editor writes and reads parameter values as text. No widgets here, so
// the rules can be tested (and reused by other views) without building a form.

namespace tarmac {

/// The parameter's description in the user's language (context "tarmac::Param").
QString paramDescription(const ParamSpec &spec);

/// Byte quantities that vendors state in binary units (memory) are shown in GiB, the rest in
/// SI units, matching ARCHITECTURE.md's units convention.
UnitSystem paramUnitSystem(const ParamSpec &spec);

/// A value in base units as people read it for this parameter: a bare number in the plain
/// unit ("24 h") when the parameter has one, otherwise a unit string ("4.00 TB", "3×").
QString formatParamValue(const ParamSpec &spec, double value);

/// What a number editor shows for a stored value: what the user typed if anything, else the
/// bare number in the plain unit (so it parses back), else a formatted quantity.
QString paramDisplayText(const ParamSpec &spec, const ParamValue &value);

/// Placeholder of an unset editor: "default: 24 h", "default: 40.0 % (assumed)",
/// "derived: …", "required" or "optional".
QString paramPlaceholder(const ParamSpec &spec);

/// First entry of a choice combo, meaning "unset": "(default: bf16)", "(required)", ….
QString paramUnsetLabel(const ParamSpec &spec);

/// The unit a bare number means for this parameter ("h", "B", "B/s"); empty for counts.
QString paramUnitSuffix(const ParamSpec &spec);

/// Parses typed text like the engine does and checks the spec's range and integrality.
/// The error names the parameter and is meant to be shown as is.
ParsedQuantity checkParamText(const ParamSpec &spec, const QString &text);

/// "100 Gb/s" for a network link: the text a link preset writes into `linkSpeed`.
QString linkSpeedText(double bitsPerSecond);

} // namespace tarmac
