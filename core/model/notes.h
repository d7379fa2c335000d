#pragma once

#include "idindex.h"
#include "project.h"

#include <QString>

namespace tarmac {

/// What a note is attached to, as people read it: the element's name ("Train 3D U-Net"), a
/// flow as "Scans arrive → Train 3D U-Net", or "Project" for a note on the project itself.
QString noteTargetName(const Project &project, const IdIndex &index, const QString &target);

/// The kind of element a note is on (Project when the target is empty or unknown).
ItemType noteTargetType(const IdIndex &index, const QString &target);

/// "2 Dec 2026 10:15" in the local time zone for an ISO 8601 stamp; the stamp itself if it
/// does not parse; empty if empty.
QString noteTimeText(const QString &created);

/// The current time as a note stores it: ISO 8601 in UTC, to the second ("…T10:15:00Z").
QString noteTimestampNow();

} // namespace tarmac
