#include "sqliteformat.h"

#include "jsonformat.h"
#include "model/paramschema.h"
#include "safefile.h"

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

struct Closer {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, Closer>;

struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return stmt != nullptr; }
    bool step()
    {
        m_rc = sqlite3_step(stmt);
        return m_rc == SQLITE_ROW;
    }
    /// A missing table or a read error, as opposed to simply no (more) rows.
    bool failed() const
    {
        return !stmt || (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != -1);
    }
    int m_rc = -1;
    // UTF-8 both ways: SQLite's own UTF-16 conversion turns U+FFFF into U+FFFD.
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, col)) : QString();
    }
    QJsonValue value(int col) const
    {
        switch (sqlite3_column_type(stmt, col)) {
        case SQLITE_INTEGER:
            return double(sqlite3_column_int64(stmt, col));
        case SQLITE_FLOAT:
            return sqlite3_column_double(stmt, col);
        case SQLITE_TEXT:
            return text(col);
        case SQLITE_NULL:
            return QJsonValue::Null;
        default:
            return QStringLiteral("<blob>"); // refused by validation downstream
        }
    }
    void bind(int i, const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, double d) { sqlite3_bind_double(stmt, i, d); }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(stmt, i, v); }
    bool exec()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return rc == SQLITE_DONE;
    }
};

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

int pragmaInt(sqlite3 *db, const char *sql)
{
    Statement s(db, sql);
    return s.ok() && s.step() ? sqlite3_column_int(s.stmt, 0) : -1;
}

void harden(sqlite3 *db)
{
    // Treat the file as hostile: no schema tricks, no extensions, no writable internals.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    exec(db, "PRAGMA trusted_schema=OFF", nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
}

const char *const kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE project(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    horizon_months INTEGER NOT NULL CHECK (horizon_months BETWEEN 1 AND 600),
    extra_json TEXT NOT NULL DEFAULT '{}');
CREATE TABLE zones(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    parent TEXT REFERENCES zones(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE components(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    zone TEXT REFERENCES zones(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE stages(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    persona TEXT NOT NULL);
CREATE TABLE flows(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL,
    source TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    target TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE params(
    owner TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('number', 'text', 'bool')),
    number REAL, text TEXT NOT NULL,
    PRIMARY KEY (owner, name));
CREATE TABLE bindings(
    ord INTEGER NOT NULL,
    stage TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    component TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    PRIMARY KEY (stage, component, role));
CREATE TABLE links(
    ord INTEGER NOT NULL,
    component TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    fabric TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (component, fabric));
CREATE TABLE layout(
    item TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL,
    width REAL NOT NULL DEFAULT 0, height REAL NOT NULL DEFAULT 0);
)sql";

// Rebuilds the interchange object from the tables, so both formats share one validation.
QString toInterchange(sqlite3 *db, QJsonObject *root)
{
    QJsonObject &r = *root;
    {
        Statement s(db, "SELECT name, description, horizon_months, extra_json FROM project");
        if (!s.ok() || !s.step())
            return SqliteText::tr("the project row is missing");
        QJsonParseError parseError;
        const QJsonDocument extra = QJsonDocument::fromJson(s.text(3).toUtf8(), &parseError);
        if (!extra.isObject())
            return SqliteText::tr("the project's extra_json is not a JSON object");
        r = extra.object();
        r.insert(u"name"_s, s.value(0));
        r.insert(u"description"_s, s.value(1));
        r.insert(u"horizonMonths"_s, s.value(2));
    }
    r.insert(u"format"_s, u"tarmac-project"_s);
    r.insert(u"version"_s, JsonFormat::kVersion);

    // params by owner, in their saved order
    QHash<QString, QJsonObject> params;
    QHash<QString, QList<std::pair<QString, QJsonValue>>> rawParams;
    {
        Statement s(db, "SELECT owner, name, type, number, text FROM params ORDER BY owner, ord");
        if (!s.ok())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
        while (s.step()) {
            const QString type = s.text(2);
            QJsonValue v;
            if (type == u"bool")
                v = sqlite3_column_double(s.stmt, 3) != 0;
            else if (type == u"text" || !s.text(4).isEmpty())
                v = s.text(4);
            else
                v = s.value(3); // a bare number in base units; scaled below by its spec
            rawParams[s.text(0)].append({s.text(1), v});
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    auto paramsFor = [&](const QString &owner, const std::vector<ParamSpec> &specs) {
        QJsonObject o;
        for (const auto &[name, value] : rawParams.value(owner)) {
            QJsonValue v = value;
            const ParamSpec *spec = ParamSchema::find(specs, name);
            if (v.isDouble() && spec)
                v = v.toDouble() / spec->plainScale;
            o.insert(name, v);
        }
        return o;
    };

    QJsonArray zones, components, stages, flows, bindings, links;
    {
        Statement s(db, "SELECT id, kind, name, parent FROM zones ORDER BY ord");
        while (s.ok() && s.step()) {
            QJsonObject o{{u"id"_s, s.value(0)}, {u"kind"_s, s.value(1)}, {u"name"_s, s.value(2)}};
            if (!s.value(3).isNull())
                o.insert(u"parent"_s, s.value(3));
            zones.append(o);
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    {
        Statement s(db, "SELECT id, kind, name, zone FROM components ORDER BY ord");
        while (s.ok() && s.step()) {
            QJsonObject o{
                {u"id"_s, s.value(0)},
                {u"kind"_s, s.value(1)},
                {u"name"_s, s.value(2)},
                {u"params"_s, paramsFor(s.text(0), ParamSchema::forComponent(s.text(1)))}};
            if (!s.value(3).isNull())
                o.insert(u"zone"_s, s.value(3));
            components.append(o);
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    {
        Statement s(db, "SELECT id, kind, name, persona FROM stages ORDER BY ord");
        while (s.ok() && s.step()) {
            QJsonObject o{{u"id"_s, s.value(0)},
                          {u"kind"_s, s.value(1)},
                          {u"name"_s, s.value(2)},
                          {u"params"_s, paramsFor(s.text(0), ParamSchema::forStage(s.text(1)))}};
            if (!s.text(3).isEmpty())
                o.insert(u"persona"_s, s.value(3));
            stages.append(o);
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    {
        Statement s(db, "SELECT id, source, target FROM flows ORDER BY ord");
        while (s.ok() && s.step()) {
            flows.append(QJsonObject{{u"id"_s, s.value(0)},
                                     {u"from"_s, s.value(1)},
                                     {u"to"_s, s.value(2)},
                                     {u"params"_s, paramsFor(s.text(0), ParamSchema::forFlow())}});
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    {
        Statement s(db, "SELECT stage, component, role FROM bindings ORDER BY ord");
        while (s.ok() && s.step())
            bindings.append(QJsonObject{
                {u"stage"_s, s.value(0)}, {u"component"_s, s.value(1)}, {u"role"_s, s.value(2)}});
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    {
        Statement s(db, "SELECT component, fabric FROM links ORDER BY ord");
        while (s.ok() && s.step())
            links.append(QJsonObject{{u"component"_s, s.value(0)}, {u"fabric"_s, s.value(1)}});
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    QJsonObject layout;
    {
        Statement s(db, "SELECT item, x, y, width, height FROM layout ORDER BY item");
        while (s.ok() && s.step()) {
            QJsonObject o{{u"x"_s, s.value(1)}, {u"y"_s, s.value(2)}};
            if (s.value(3).toDouble() != 0 || s.value(4).toDouble() != 0) {
                o.insert(u"width"_s, s.value(3));
                o.insert(u"height"_s, s.value(4));
            }
            layout.insert(s.text(0), o);
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    r.insert(u"zones"_s, zones);
    r.insert(u"components"_s, components);
    r.insert(u"stages"_s, stages);
    r.insert(u"flows"_s, flows);
    r.insert(u"bindings"_s, bindings);
    r.insert(u"links"_s, links);
    r.insert(u"layout"_s, layout);
    return {};
}

QString writeTables(sqlite3 *db, const Project &p)
{
    QString error;
    if (!exec(db, kSchema, &error))
        return error;
    {
        Statement s(db, "INSERT INTO meta(key, value) VALUES (?, ?)");
        s.bind(1, u"schema_version"_s);
        s.bind(2, QString::number(SqliteFormat::kSchemaVersion));
        s.exec();
        s.bind(1, u"generator"_s);
        s.bind(2, u"tarmac "_s + QCoreApplication::applicationVersion());
        s.exec();
    }
    {
        QJsonObject extra = p.extra;
        Statement s(db, "INSERT INTO project(id, name, description, horizon_months, extra_json) "
                        "VALUES (1, ?, ?, ?, ?)");
        s.bind(1, p.name);
        s.bind(2, p.description);
        s.bindInt(3, p.horizonMonths);
        s.bind(4, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
        if (!s.exec())
            return lastError(db);
    }
    Statement param(
        db, "INSERT INTO params(owner, ord, name, type, number, text) VALUES (?, ?, ?, ?, ?, ?)");
    auto writeParams = [&](const QString &owner, const Params &params) {
        int ord = 0;
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            param.bind(1, owner);
            param.bindInt(2, ord++);
            param.bind(3, it.key());
            const ParamValue &v = it.value();
            param.bind(4, v.type == ParamValue::Type::Number ? u"number"_s
                          : v.type == ParamValue::Type::Text ? u"text"_s
                                                             : u"bool"_s);
            param.bind(5, v.number);
            param.bind(6, v.text);
            if (!param.exec())
                return false;
        }
        return true;
    };
    auto nullable = [](Statement &s, int i, const QString &v) {
        if (v.isEmpty())
            sqlite3_bind_null(s.stmt, i);
        else
            s.bind(i, v);
    };
    int ord = 0;
    Statement zone(db, "INSERT INTO zones(id, ord, kind, name, parent) VALUES (?, ?, ?, ?, ?)");
    for (const Zone &z : p.zones) {
        zone.bind(1, z.id);
        zone.bindInt(2, ord++);
        zone.bind(3, z.kind);
        zone.bind(4, z.name);
        nullable(zone, 5, z.parent);
        if (!zone.exec())
            return lastError(db);
    }
    Statement component(db,
                        "INSERT INTO components(id, ord, kind, name, zone) VALUES (?, ?, ?, ?, ?)");
    for (const Component &c : p.components) {
        component.bind(1, c.id);
        component.bindInt(2, ord++);
        component.bind(3, c.kind);
        component.bind(4, c.name);
        nullable(component, 5, c.zone);
        if (!component.exec() || !writeParams(c.id, c.params))
            return lastError(db);
    }
    Statement stage(db, "INSERT INTO stages(id, ord, kind, name, persona) VALUES (?, ?, ?, ?, ?)");
    for (const Stage &s : p.stages) {
        stage.bind(1, s.id);
        stage.bindInt(2, ord++);
        stage.bind(3, s.kind);
        stage.bind(4, s.name);
        stage.bind(5, s.persona);
        if (!stage.exec() || !writeParams(s.id, s.params))
            return lastError(db);
    }
    Statement flow(db, "INSERT INTO flows(id, ord, source, target) VALUES (?, ?, ?, ?)");
    for (const Flow &f : p.flows) {
        flow.bind(1, f.id);
        flow.bindInt(2, ord++);
        flow.bind(3, f.from);
        flow.bind(4, f.to);
        if (!flow.exec() || !writeParams(f.id, f.params))
            return lastError(db);
    }
    Statement binding(db, "INSERT INTO bindings(ord, stage, component, role) VALUES (?, ?, ?, ?)");
    for (const Binding &b : p.bindings) {
        binding.bindInt(1, ord++);
        binding.bind(2, b.stage);
        binding.bind(3, b.component);
        binding.bind(4, b.role);
        if (!binding.exec())
            return lastError(db);
    }
    Statement link(db, "INSERT INTO links(ord, component, fabric) VALUES (?, ?, ?)");
    for (const Link &l : p.links) {
        link.bindInt(1, ord++);
        link.bind(2, l.component);
        link.bind(3, l.fabric);
        if (!link.exec())
            return lastError(db);
    }
    Statement place(db, "INSERT INTO layout(item, x, y, width, height) VALUES (?, ?, ?, ?, ?)");
    for (auto it = p.layout.cbegin(); it != p.layout.cend(); ++it) {
        place.bind(1, it.key());
        place.bind(2, it->x);
        place.bind(3, it->y);
        place.bind(4, it->width);
        place.bind(5, it->height);
        if (!place.exec())
            return lastError(db);
    }
    return {};
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
    static const QStringList tables = {u"meta"_s,   u"project"_s, u"zones"_s,  u"components"_s,
                                       u"stages"_s, u"flows"_s,   u"params"_s, u"bindings"_s,
                                       u"links"_s,  u"layout"_s};
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
    : SqliteFormat(kSchemaVersion, {})
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
    QJsonObject root;
    const QString error = toInterchange(db.get(), &root);
    if (!error.isEmpty()) {
        result.error = SqliteText::tr("not a valid Tarmac project (%1)").arg(error);
        return result;
    }
    return JsonFormat::fromObject(root);
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
        error = writeTables(db.get(), project);
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
