#pragma once

#include "projectformat.h"

#include <functional>
#include <vector>

struct sqlite3;

namespace tarmac {

/// The .tarmac project file: an SQLite database used as an application file format.
/// Opened defensively (SQLITE_DBCONFIG_DEFENSIVE, trusted_schema=OFF, no extensions),
/// checked (application_id, integrity_check, schema version, no objects Tarmac does not
/// write), read whole into memory and migrated there, so opening never changes or adds a file.
/// Saving writes a new database beside the target and renames it over the old one only once it is
/// complete.
class SqliteFormat : public ProjectFormat {
public:
    static constexpr int kApplicationId = 0x54524D43; // "TRMC"
    static constexpr int kSchemaVersion = 2;          ///< 2: decision notes
    static constexpr qint64 kMaxBytes = 1024LL * 1024 * 1024;

    /// Upgrades an in-memory database from schema version `from` to `from + 1`;
    /// returns an empty string or the error.
    using Migration = std::function<QString(sqlite3 *db)>;

    SqliteFormat();
    /// A format with its own migration steps (steps[i] upgrades version i+1 to i+2) and
    /// current version: lets tests exercise the migration path.
    SqliteFormat(int schemaVersion, std::vector<Migration> steps);

    ReadResult read(const QString &path) const override;
    QString write(const Project &project, const QString &path) const override;
    /// Reads a project from the bytes of a .tarmac file (the file's whole content).
    ReadResult fromBytes(const QByteArray &bytes) const;

    /// Test hook: called at named points of a save ("written", "before-rename"); returning
    /// false simulates a failure (a full disk, a crash) at that point.
    static void setFaultInjector(std::function<bool(const char *point)> injector);

    /// True if the file starts with the SQLite header.
    static bool looksLikeSqlite(const QString &path);

private:
    int m_schemaVersion;
    std::vector<Migration> m_steps;
};

} // namespace tarmac
