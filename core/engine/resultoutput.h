#pragma once

#include "findingformat.h"
#include "model/project.h"
#include "model/quantity.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace tarmac {

/// The requirements document of FORMAT.md ("Requirements output"): stages, components,
/// flows, growth and findings; values in base units, NaN left out, infinities as null.
/// Numbers are base units; only the findings' sentences use `units`.
QJsonObject requirementsToJson(const Project &project, const EngineResult &result,
                               UnitSystem units = UnitSystem::SI);
/// One row per value: section,id,kind,key,value (RFC 4180 quoting).
QByteArray requirementsToCsv(const Project &project, const EngineResult &result);
/// For people: figures with units, one block per stage and component.
QByteArray requirementsToText(const Project &project, const EngineResult &result,
                              UnitSystem units = UnitSystem::SI);

QJsonObject findingToJson(const Finding &finding, const FindingFormatter &words);
/// `tarmac check --format json`: counts and findings.
QJsonObject findingsToJson(const Project &project, const EngineResult &result,
                           UnitSystem units = UnitSystem::SI);
/// `tarmac check`: a summary line, then one line per finding with its hint.
QByteArray findingsToText(const QString &fileLabel, const Project &project,
                          const EngineResult &result, UnitSystem units = UnitSystem::SI);

/// How a requirement key is shown: its dimension (for units) by naming convention.
Dimension requirementDimension(const char *key);
/// A requirement or resource value with its unit: memory in GiB (as vendors state it),
/// other sizes in `units`, network rates in Gb/s, hours as hours.
QString formatRequirement(const char *key, double value, UnitSystem units = UnitSystem::SI);

} // namespace tarmac
