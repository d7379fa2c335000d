#include "sqlitetables.h"

#include "jsonformat.h"
#include "model/paramschema.h"
#include "sqlitedb.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

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

// Rebuilds the interchange object from the tables, so both formats share one validation.
QString tablesToInterchange(sqlite3 *db, QJsonObject *root)
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

    // params by owner, in their saved order. Rows come grouped by owner: the owner's list is
    // looked up once per owner, not once per row, and the type is compared as bytes.
    QHash<QString, QList<std::pair<QString, QJsonValue>>> rawParams;
    {
        Statement s(db, "SELECT owner, name, type, number, text FROM params ORDER BY owner, ord");
        if (!s.ok())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
        QByteArray owner;
        QList<std::pair<QString, QJsonValue>> *list = nullptr;
        while (s.step()) {
            const QByteArrayView rowOwner(
                reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)),
                sqlite3_column_bytes(s.stmt, 0));
            if (!list || rowOwner != owner) {
                owner = rowOwner.toByteArray();
                list = &rawParams[QString::fromUtf8(owner)];
            }
            const QByteArrayView type(
                reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 2)),
                sqlite3_column_bytes(s.stmt, 2));
            const QString text = s.text(4);
            QJsonValue v;
            if (type == "bool")
                v = sqlite3_column_double(s.stmt, 3) != 0;
            else if (type == "text" || !text.isEmpty())
                v = text;
            else
                v = s.value(3); // a bare number in base units; scaled below by its spec
            list->append({s.text(1), std::move(v)});
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    auto paramsFor = [&](const QString &owner, const std::vector<ParamSpec> &specs) {
        QJsonObject o;
        const auto found = rawParams.constFind(owner);
        if (found == rawParams.cend())
            return o;
        const IdTable &names = ParamSchema::namesOf(specs);
        for (const auto &[name, value] : *found) {
            const int at = names.value(name, -1);
            if (value.isDouble() && at >= 0)
                o.insert(name, value.toDouble() / specs[size_t(at)].plainScale);
            else
                o.insert(name, value);
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
    QJsonArray notes;
    {
        Statement s(db, "SELECT id, target, text, author, created FROM notes ORDER BY ord");
        while (s.ok() && s.step()) {
            QJsonObject o{
                {u"id"_s, s.value(0)}, {u"target"_s, s.value(1)}, {u"text"_s, s.value(2)}};
            if (!s.text(3).isEmpty())
                o.insert(u"author"_s, s.value(3));
            if (!s.text(4).isEmpty())
                o.insert(u"created"_s, s.value(4));
            notes.append(o);
        }
        if (s.failed())
            return SqliteText::tr("a table is missing or unreadable (%1)").arg(lastError(db));
    }
    if (!notes.isEmpty())
        r.insert(u"notes"_s, notes);
    r.insert(u"zones"_s, zones);
    r.insert(u"components"_s, components);
    r.insert(u"stages"_s, stages);
    r.insert(u"flows"_s, flows);
    r.insert(u"bindings"_s, bindings);
    r.insert(u"links"_s, links);
    r.insert(u"layout"_s, layout);
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
