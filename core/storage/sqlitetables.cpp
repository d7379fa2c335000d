#include "sqlitetables.h"

#include "jsonformat.h"
#include "jsontree.h"
#include "model/paramschema.h"
#include "sqlitedb.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <functional>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::sqlite {
namespace {

// The messages share the format's translation context.
struct SqliteText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::SqliteFormat)
};

// params.type is checked with ORs, not "IN (...)": SQLite builds a temporary index for an IN
// list of three or more on every insert, which was a tenth of saving 10,000 stages. Tables keyed
// by text are WITHOUT ROWID: one b-tree per table instead of the table and its key's index
// (saving 10,000 stages 0.87 -> 0.69 s for params alone). Their key columns come first: with
// a NOT NULL column before the key, Debian 12's SQLite (3.40.1) integrity_check reported that
// column as NULL in every row of a WITHOUT ROWID table.
const char *const kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE project(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    horizon_months INTEGER NOT NULL CHECK (horizon_months BETWEEN 1 AND 600),
    extra_json TEXT NOT NULL DEFAULT '{}');
CREATE TABLE zones(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    parent TEXT REFERENCES zones(id) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID;
CREATE TABLE components(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    zone TEXT REFERENCES zones(id) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID;
CREATE TABLE stages(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
    persona TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE flows(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL,
    source TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    target TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID;
CREATE TABLE params(
    owner TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type = 'number' OR type = 'text' OR type = 'bool'),
    number REAL, text TEXT NOT NULL,
    PRIMARY KEY (owner, name)) WITHOUT ROWID;
CREATE TABLE bindings(
    stage TEXT NOT NULL REFERENCES stages(id) DEFERRABLE INITIALLY DEFERRED,
    component TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    ord INTEGER NOT NULL,
    PRIMARY KEY (stage, component, role)) WITHOUT ROWID;
CREATE TABLE links(
    component TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    fabric TEXT NOT NULL REFERENCES components(id) DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    PRIMARY KEY (component, fabric)) WITHOUT ROWID;
CREATE TABLE layout(
    item TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL,
    width REAL NOT NULL DEFAULT 0, height REAL NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE notes(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, target TEXT NOT NULL, text TEXT NOT NULL,
    author TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID;
)sql";

// Schema version 2 added the decision notes; a version-1 file simply has none.
const char *const kNotesSchema = R"sql(
CREATE TABLE notes(
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, target TEXT NOT NULL, text TEXT NOT NULL,
    author TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID;
)sql";

} // namespace

const QStringList &tableNames()
{
    static const QStringList tables = {u"meta"_s,   u"project"_s, u"zones"_s,  u"components"_s,
                                       u"stages"_s, u"flows"_s,   u"params"_s, u"bindings"_s,
                                       u"links"_s,  u"layout"_s,  u"notes"_s};
    return tables;
}

QString migrateToVersion2(sqlite3 *db)
{
    QString error;
    if (!exec(db, kNotesSchema, &error))
        return error;
    exec(db, "UPDATE meta SET value = '2' WHERE key = 'schema_version'", &error);
    return error;
}

namespace {

std::string_view columnText(sqlite3_stmt *stmt, int col)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(stmt, col))) : std::string_view();
}

// A column as the interchange value it stands for; a wrong type is left for the validation to
// name ("stages[2].name must be a string").
void addColumn(JsonTree &tree, std::string_view key, sqlite3_stmt *stmt, int col)
{
    switch (sqlite3_column_type(stmt, col)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        tree.addNumber(key, sqlite3_column_double(stmt, col));
        break;
    case SQLITE_TEXT:
        tree.addString(key, columnText(stmt, col));
        break;
    case SQLITE_NULL:
        tree.addNull(key);
        break;
    default:
        tree.addString(key, "<blob>");
        break;
    }
}

void addIfText(JsonTree &tree, std::string_view key, sqlite3_stmt *stmt, int col)
{
    if (sqlite3_column_type(stmt, col) != SQLITE_NULL && !columnText(stmt, col).empty())
        addColumn(tree, key, stmt, col);
}

// One parameter row (name, type, number, text at `col`...) into the open params object. A bare
// number is stored in base units; the interchange format has it in the parameter's plain unit.
void addParam(JsonTree &tree, sqlite3_stmt *stmt, int col, const std::vector<ParamSpec> &specs)
{
    const std::string_view name = columnText(stmt, col);
    const std::string_view type = columnText(stmt, col + 1);
    const std::string_view text = columnText(stmt, col + 3);
    if (type == "bool") {
        tree.addBool(name, sqlite3_column_double(stmt, col + 2) != 0);
    } else if (type == "text" || !text.empty()) {
        addColumn(tree, name, stmt, col + 3);
    } else if (const int column = sqlite3_column_type(stmt, col + 2);
               column != SQLITE_INTEGER && column != SQLITE_FLOAT) {
        addColumn(tree, name, stmt, col + 2); // refused by the validation
    } else {
        const int at = ParamSchema::namesOf(specs).value(
            QString::fromUtf8(name.data(), qsizetype(name.size())), -1);
        const double scale = at < 0 ? 1.0 : specs[size_t(at)].plainScale;
        tree.addNumber(name, sqlite3_column_double(stmt, col + 2) / scale);
    }
}

enum class Owner { Component, Stage, Flow };

// The rows of one element table joined with their parameters, one element per run of rows:
// `fields` columns of the element, then the parameter's name, type, number and text.
QString addElements(sqlite3 *db, JsonTree &tree, const char *sql, Owner owner,
                    const std::vector<std::string_view> &keys, const char *optional)
{
    Statement s(db, sql);
    const int fields = int(keys.size()) + (optional ? 1 : 0);
    std::string current;
    bool open = false;
    const std::vector<ParamSpec> *specs = nullptr;
    while (s.ok() && s.step()) {
        const std::string_view id = columnText(s.stmt, 0);
        if (!open || id != current) {
            if (open) {
                tree.end(); // params
                tree.end(); // the element
            }
            open = true;
            current = id;
            tree.beginObject();
            for (int i = 0; i < int(keys.size()); ++i)
                addColumn(tree, keys[size_t(i)], s.stmt, i);
            if (optional)
                addIfText(tree, optional, s.stmt, int(keys.size()));
            specs = owner == Owner::Component ? &ParamSchema::forComponent(s.text(1))
                    : owner == Owner::Stage   ? &ParamSchema::forStage(s.text(1))
                                              : &ParamSchema::forFlow();
            tree.beginObject("params");
        }
        if (sqlite3_column_type(s.stmt, fields) != SQLITE_NULL)
            addParam(tree, s.stmt, fields, *specs);
    }
    if (open) {
        tree.end();
        tree.end();
    }
    return s.failed() ? SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db))
                      : QString();
}

// Rows of a table without parameters, one object each; `optional` columns are left out when
// empty, as the interchange writer does.
QString addRows(sqlite3 *db, JsonTree &tree, const char *sql,
                const std::vector<std::string_view> &keys,
                const std::vector<std::string_view> &optional = {})
{
    Statement s(db, sql);
    while (s.ok() && s.step()) {
        tree.beginObject();
        for (int i = 0; i < int(keys.size()); ++i)
            addColumn(tree, keys[size_t(i)], s.stmt, i);
        for (int i = 0; i < int(optional.size()); ++i)
            addIfText(tree, optional[size_t(i)], s.stmt, int(keys.size()) + i);
        tree.end();
    }
    return s.failed() ? SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db))
                      : QString();
}

} // namespace

QString tablesToTree(sqlite3 *db, JsonTree *out, QJsonObject *extra)
{
    JsonTree &tree = *out;
    tree.beginObject();
    tree.addString("format", "tarmac-project");
    tree.addNumber("version", JsonFormat::kVersion);
    {
        Statement s(db, "SELECT name, description, horizon_months, extra_json FROM project");
        if (!s.ok() || !s.step())
            return SqliteText::tr("the project row is missing");
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(s.text(3).toUtf8(), &parseError);
        if (!doc.isObject())
            return SqliteText::tr("the project's extra_json is not a JSON object");
        *extra = doc.object();
        addColumn(tree, "name", s.stmt, 0);
        addColumn(tree, "description", s.stmt, 1);
        addColumn(tree, "horizonMonths", s.stmt, 2);
    }
    // Parameters come with their element by a join on the params table's key (owner, name):
    // rows arrive grouped by element, in the saved order of both.
    struct Table {
        const char *key;
        std::function<QString()> rows;
    };
    const std::vector<Table> tables = {
        {"zones",
         [&] {
             return addRows(db, tree, "SELECT id, kind, name, parent FROM zones ORDER BY ord, id",
                            {"id", "kind", "name"}, {"parent"});
         }},
        {"components",
         [&] {
             return addElements(db, tree,
                                "SELECT e.id, e.kind, e.name, e.zone, p.name, p.type, p.number, "
                                "p.text FROM components e LEFT JOIN params p ON p.owner = e.id "
                                "ORDER BY e.ord, e.id, p.ord",
                                Owner::Component, {"id", "kind", "name"}, "zone");
         }},
        {"stages",
         [&] {
             return addElements(db, tree,
                                "SELECT e.id, e.kind, e.name, e.persona, p.name, p.type, p.number, "
                                "p.text FROM stages e LEFT JOIN params p ON p.owner = e.id "
                                "ORDER BY e.ord, e.id, p.ord",
                                Owner::Stage, {"id", "kind", "name"}, "persona");
         }},
        {"flows",
         [&] {
             return addElements(db, tree,
                                "SELECT e.id, e.source, e.target, p.name, p.type, p.number, "
                                "p.text FROM flows e LEFT JOIN params p ON p.owner = e.id "
                                "ORDER BY e.ord, e.id, p.ord",
                                Owner::Flow, {"id", "from", "to"}, nullptr);
         }},
        {"bindings",
         [&] {
             return addRows(db, tree,
                            "SELECT stage, component, role FROM bindings ORDER BY ord, stage, "
                            "component, role",
                            {"stage", "component", "role"});
         }},
        {"links",
         [&] {
             return addRows(db, tree,
                            "SELECT component, fabric FROM links ORDER BY ord, component, fabric",
                            {"component", "fabric"});
         }},
        {"notes",
         [&] {
             return addRows(db, tree,
                            "SELECT id, target, text, author, created FROM notes ORDER BY ord, id",
                            {"id", "target", "text"}, {"author", "created"});
         }},
    };
    for (const Table &table : tables) {
        tree.beginArray(table.key);
        if (const QString error = table.rows(); !error.isEmpty())
            return error;
        tree.end();
    }
    tree.beginObject("layout");
    {
        Statement s(db, "SELECT item, x, y, width, height FROM layout ORDER BY item");
        while (s.ok() && s.step()) {
            tree.beginObject(columnText(s.stmt, 0));
            addColumn(tree, "x", s.stmt, 1);
            addColumn(tree, "y", s.stmt, 2);
            if (sqlite3_column_double(s.stmt, 3) != 0 || sqlite3_column_double(s.stmt, 4) != 0) {
                addColumn(tree, "width", s.stmt, 3);
                addColumn(tree, "height", s.stmt, 4);
            }
            tree.end();
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    tree.end(); // layout
    tree.end(); // the project
    return {};
}

QString writeTables(sqlite3 *db, const Project &p, int schemaVersion)
{
    QString error;
    if (!exec(db, kSchema, &error))
        return error;
    {
        Statement s(db, "INSERT INTO meta(key, value) VALUES (?, ?)");
        s.bind(1, u"schema_version"_s);
        s.bind(2, QString::number(schemaVersion));
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
    Statement note(
        db, "INSERT INTO notes(id, ord, target, text, author, created) VALUES (?, ?, ?, ?, ?, ?)");
    for (const Note &n : p.notes) {
        note.bind(1, n.id);
        note.bindInt(2, ord++);
        note.bind(3, n.target);
        note.bind(4, n.text);
        note.bind(5, n.author);
        note.bind(6, n.created);
        if (!note.exec())
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

} // namespace tarmac::sqlite
