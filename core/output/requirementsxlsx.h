#pragma once

#include "engine/result.h"
#include "model/project.h"
#include "model/quantity.h"

#include <QString>

namespace tarmac {

/// Writes the requirements as an Excel workbook (libxlsxwriter): one sheet per table —
/// stage requirements, component capacity and demand, flows, findings — with numbers as
/// numbers in base units and the unit in a column of its own, names and labels as people read
/// them and the keys beside them. Atomic: the file appears whole or not at all. Returns an
/// error in words, or an empty string.
QString writeRequirementsXlsx(const Project &project, const EngineResult &result, UnitSystem units,
                              const QString &path);

} // namespace tarmac
