#pragma once

#include "model/project.h"
#include "model/quantity.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

namespace tarmac {

/// The requirements document of FORMAT.md ("Requirements output"): stages, components,
/// flows, growth and findings; values in base units, NaN left out, infinities as null.
QJsonObject requirementsToJson(const Project &project, const EngineResult &result);
/// One row per value: section,id,kind,key,value (RFC 4180 quoting).
QByteArray requirementsToCsv(const Project &project, const EngineResult &result);
/// For people: figures with units, one block per stage and component.
QByteArray requirementsToText(const Project &project, const EngineResult &result);

QJsonObject findingToJson(const Finding &finding);
/// `tarmac check --format json`: counts and findings.
QJsonObject findingsToJson(const EngineResult &result);
/// `tarmac check`: a summary line, then one line per finding with its hint.
QByteArray findingsToText(const QString &fileLabel, const EngineResult &result);

/// How a requirement key is shown: its dimension (for units) by naming convention.
Dimension requirementDimension(const char *key);
/// A requirement or resource value with its unit: memory in GiB, storage in GB, network
/// rates in Gb/s, hours as hours.
QString formatRequirement(const char *key, double value);

} // namespace tarmac
