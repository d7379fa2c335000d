#pragma once

// The tables of a .tarmac file and how a project maps onto them, both ways.

#include "model/project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace tarmac {
class JsonTree;
}

namespace tarmac::sqlite {

/// The tables Tarmac writes; anything else in a file is refused when it is opened.
const QStringList &tableNames();
/// Creates the tables in an empty database and writes `project` into them, with
/// `schemaVersion` in the meta table; returns an empty string or SQLite's error.
QString writeTables(sqlite3 *db, const Project &project, int schemaVersion);
/// Upgrades a version-1 database in memory: adds the notes table.
QString migrateToVersion2(sqlite3 *db);
/// Builds the interchange tree from the tables, so that both formats share one validation (the
/// JSON reader's); the project row's unknown top-level keys go to `extra`. Returns an empty
/// string or what is missing.
QString tablesToTree(sqlite3 *db, JsonTree *tree, QJsonObject *extra);

} // namespace tarmac::sqlite
