#include "sqliteformat.h"

#include "jsonformat.h"
#include "jsontree.h"
#include "safefile.h"
#include "sqlitedb.h"
#include "sqlitetables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <memory>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace sqlite;

namespace {

// A translation context lupdate can see (a free SqliteText::tr() would be filed under the wrong
// one).
struct SqliteText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::SqliteFormat)
};

std::function<bool(const char *)> &faultInjector()
{
    static std::function<bool(const char *)> injector;
    return injector;
}

bool proceed(const char *point)
{
    return !faultInjector() || faultInjector()(point);
}

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

// At most a few problems, on one line: the caller prints a single message.
QString integrityProblem(sqlite3 *db)
{
    Statement check(db, "PRAGMA integrity_check(4)");
    QStringList problems;
    while (check.ok() && check.step())
        problems << check.text(0).simplified();
    if (!check.ok() || check.failed())
        return lastError(db).simplified();
    if (problems == QStringList{u"ok"_s})
        return {};
    return problems.join(u"; "_s);
}

// Tarmac writes exactly these tables and the indexes SQLite makes for their keys. Anything else
// (a trigger, a view, an expression index) would run or be parsed on open: refused.
QString foreignObject(sqlite3 *db)
{
    const QStringList &tables = sqlite::tableNames();
    Statement s(db, "SELECT type, name, sql IS NULL, sql FROM sqlite_schema");
    while (s.ok() && s.step()) {
        const QString type = s.text(0);
        const QString name = s.text(1);
        const bool noSql = sqlite3_column_int(s.stmt, 2) != 0;
        const bool isVirtual =
            s.text(3).simplified().startsWith(u"CREATE VIRTUAL", Qt::CaseInsensitive);
        if (type == u"table" && !isVirtual &&
            (tables.contains(name) || name.startsWith(u"sqlite_stat")))
            continue;
        // SQLite's own key indexes have no SQL; one named like them but with SQL is not its own.
        if (type == u"index" && noSql && name.startsWith(u"sqlite_autoindex_"))
            continue;
        return SqliteText::tr("it contains a %1 \"%2\" that Tarmac does not write")
            .arg(type, name.left(80));
    }
    if (!s.ok() || s.failed())
        return SqliteText::tr("its schema cannot be read: %1").arg(lastError(db).simplified());
    return {};
}

// The schema version is stored twice (header and meta table); files that disagree were not
// written by Tarmac or were edited by hand.
QString metaProblem(sqlite3 *db, int headerVersion)
{
    Statement s(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!s.ok())
        return SqliteText::tr("the meta table is missing");
    if (!s.step())
        return SqliteText::tr("the meta table has no schema_version");
    const QString stored = s.text(0);
    if (stored != QString::number(headerVersion))
        return SqliteText::tr("the meta table says schema version %1, the file header %2")
            .arg(stored.left(20))
            .arg(headerVersion);
    return {};
}

} // namespace

SqliteFormat::SqliteFormat()
    : SqliteFormat(kSchemaVersion, {&sqlite::migrateToVersion2})
{
}

SqliteFormat::SqliteFormat(int schemaVersion, std::vector<Migration> steps)
    : m_schemaVersion(schemaVersion)
    , m_steps(std::move(steps))
{
}

void SqliteFormat::setFaultInjector(std::function<bool(const char *)> injector)
{
    faultInjector() = std::move(injector);
}

bool SqliteFormat::looksLikeSqlite(const QString &path)
{
    // Only a regular file is read: a FIFO would block here before anything could refuse it.
    return readHead(path, 16) == kSqliteHeader;
}

ReadResult SqliteFormat::read(const QString &path) const
{
    ReadResult result;
    const FileBytes file = readRegularFile(path, kMaxBytes);
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    if (file.data.isEmpty()) {
        result.error = SqliteText::tr("the file is empty");
        return result;
    }
    if (!file.data.startsWith(kSqliteHeader)) {
        result.error = SqliteText::tr("not a Tarmac project (not an SQLite database)");
        return result;
    }
    // A file another program left in WAL mode may keep committed changes in FILE-wal; reading
    // the main file alone would silently lose them.
    const bool wal = file.data.size() > 19 && (file.data.at(18) == 2 || file.data.at(19) == 2);
    // Likewise a hot rollback journal: the main file holds half a transaction of another program.
    if (QFileInfo(path + u"-journal"_s).size() > 0) {
        result.error =
            SqliteText::tr("has changes in %1-journal that the program which wrote it has "
                           "not finished; close that program first")
                .arg(QFileInfo(path).fileName());
        return result;
    }
    if (wal && QFileInfo(path + u"-wal"_s).size() > 0) {
        result.error = SqliteText::tr("has changes in %1-wal that the program which wrote it has "
                                      "not merged into the file; close that program first")
                           .arg(QFileInfo(path).fileName());
        return result;
    }
    return fromBytes(file.data);
}

ReadResult SqliteFormat::fromBytes(const QByteArray &bytes) const
{
    ReadResult result;
    if (!bytes.startsWith(kSqliteHeader)) {
        result.error = SqliteText::tr("not a Tarmac project (not an SQLite database)");
        return result;
    }
    if (bytes.size() < 512) {
        result.error = SqliteText::tr("corrupt or truncated (%1 bytes)").arg(bytes.size());
        return result;
    }
    // The whole file is read into memory and opened there: nothing is ever written beside the
    // user's file (no -journal, -wal or -shm), and migrations never touch it. A WAL-mode file
    // reads as an ordinary one once its two format bytes (18, 19) say so; they are changed in
    // SQLite's own copy, so the file's bytes are copied once, not twice.
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        Db guard(raw);
        result.error = SqliteText::tr("cannot be opened (out of memory)");
        return result;
    }
    Db db(raw);
    harden(db.get());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!buffer) {
        result.error = SqliteText::tr("cannot be opened (out of memory)");
        return result;
    }
    std::memcpy(buffer, bytes.constData(), size_t(bytes.size()));
    for (const int at : {18, 19}) {
        if (buffer[at] == 2)
            buffer[at] = 1;
    }
    if (sqlite3_deserialize(db.get(), "main", buffer, bytes.size(), bytes.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
        SQLITE_OK) {
        result.error = SqliteText::tr("cannot be opened (%1)").arg(lastError(db.get()));
        return result;
    }
    const int appId = pragmaInt(db.get(), "PRAGMA application_id");
    if (appId == -1) {
        result.error = SqliteText::tr("corrupt or truncated (%1)").arg(lastError(db.get()));
        return result;
    }
    if (appId != kApplicationId) {
        result.error =
            SqliteText::tr("not a Tarmac project (an SQLite database of another application)");
        return result;
    }
    if (const QString problem = integrityProblem(db.get()); !problem.isEmpty()) {
        result.error = SqliteText::tr("corrupt (integrity check: %1)").arg(problem);
        return result;
    }
    const int version = pragmaInt(db.get(), "PRAGMA user_version");
    if (version > m_schemaVersion) {
        result.error =
            SqliteText::tr(
                "written by a newer Tarmac (file schema version %1; this Tarmac reads up to %2)")
                .arg(version)
                .arg(m_schemaVersion);
        return result;
    }
    if (version < 1) {
        result.error = SqliteText::tr("not a Tarmac project (schema version %1)").arg(version);
        return result;
    }
    if (const QString problem = foreignObject(db.get()); !problem.isEmpty()) {
        result.error = SqliteText::tr("not a valid Tarmac project (%1)").arg(problem);
        return result;
    }
    if (const QString problem = metaProblem(db.get(), version); !problem.isEmpty()) {
        result.error = SqliteText::tr("not a valid Tarmac project (%1)").arg(problem);
        return result;
    }
    for (int v = version; v < m_schemaVersion; ++v) {
        const size_t step = size_t(v - 1);
        const QString error = step < m_steps.size()
                                  ? m_steps[step](db.get())
                                  : SqliteText::tr("no migration from schema version %1").arg(v);
        if (!error.isEmpty()) {
            result.error =
                SqliteText::tr("cannot be upgraded from schema version %1: %2").arg(v).arg(error);
            return result;
        }
    }
    JsonTree tree;
    QJsonObject extra;
    const QString error = tablesToTree(db.get(), &tree, &extra);
    if (!error.isEmpty()) {
        result.error = SqliteText::tr("not a valid Tarmac project (%1)").arg(error);
        return result;
    }
    return JsonFormat::fromTree(tree, extra);
}

QString SqliteFormat::write(const Project &project, const QString &path) const
{
    auto failed = [](const QString &why) {
        return SqliteText::tr("cannot be saved (%1); the previous file is unchanged").arg(why);
    };
    AtomicFile out(path);
    if (const QString error = out.open(); !error.isEmpty())
        return failed(error);
    const QByteArray tempName = QFile::encodeName(out.temporaryPath());
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(tempName.constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        Db guard(raw);
        return failed(raw ? lastError(raw) : SqliteText::tr("out of memory"));
    }
    {
        Db db(raw);
        harden(db.get());
        QString error;
        // The journal stays in memory and SQLite does not sync: the new file only becomes the
        // project by the rename, and AtomicFile::commit() flushes it to disk just before. A
        // journal on disk would protect nothing and be left behind by a kill.
        const QByteArray pragmas = "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;"
                                   "PRAGMA foreign_keys=ON; PRAGMA application_id=" +
                                   QByteArray::number(kApplicationId) +
                                   "; PRAGMA user_version=" + QByteArray::number(kSchemaVersion) +
                                   ";";
        if (!exec(db.get(), pragmas.constData(), &error) || !exec(db.get(), "BEGIN", &error))
            return failed(error);
        error = writeTables(db.get(), project, kSchemaVersion);
        if (!error.isEmpty() || !exec(db.get(), "COMMIT", &error))
            return failed(error);
        if (!proceed("written"))
            return failed(SqliteText::tr("simulated failure"));
    }
    if (!proceed("before-rename"))
        return failed(SqliteText::tr("simulated failure"));
    if (const QString error = out.commit(); !error.isEmpty())
        return failed(error);
    return {};
}

} // namespace tarmac
