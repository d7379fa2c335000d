#include "jsonformat.h"

#include "jsontree.h"
#include "model/idindex.h"
#include "model/idtable.h"
#include "model/paramschema.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <array>
#include <cmath>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

// A translation context lupdate can see (a free JsonText::tr() would be filed under the wrong one).
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::JsonFormat)
};

// Where a value sits ("stages[2]"), spelled out only when a message needs it: building the
// text for every element of a 100,000-stage file cost more than reading it.
struct Where {
    const char16_t *list;
    qsizetype index = -1; ///< -1: not in a list ("project")
    QString text() const
    {
        const QString name = QString::fromUtf16(list);
        return index < 0 ? name : name + u'[' + QString::number(index) + u']';
    }
};

// Reading stops at the first problem; the message says where ("stages[2].params.mfu").
using Value = JsonTree::Value;

QString latin1(std::string_view key)
{
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

class Reader {
public:
    /// `extra`: unknown top-level keys kept from elsewhere (the .tarmac file's project row).
    ReadResult read(const Value &root, QJsonObject extra);

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool str(const Value &o, std::string_view key, const Where &where, QString *out, bool required);
    bool newId(const QString &id, const Where &where);
    bool params(const Value &value, const std::vector<ParamSpec> &specs, const Where &where,
                Params *out);
    bool array(const Value &root, std::string_view key, Value *out);
    void checkZoneTree(const std::vector<Zone> &zones, const IdTable &zoneAt);

    QString m_error;
    IdTable m_ids; ///< every id read so far: ids are unique across all element lists
};

bool Reader::str(const Value &o, std::string_view key, const Where &where, QString *out,
                 bool required)
{
    const Value v = o[key];
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(JsonText::tr("%1.%2 is missing").arg(where.text(), latin1(key)));
        out->clear();
        return true;
    }
    if (!v.isString())
        return fail(JsonText::tr("%1.%2 must be a string").arg(where.text(), latin1(key)));
    *out = v.toString();
    if (required && out->isEmpty())
        return fail(JsonText::tr("%1.%2 is empty").arg(where.text(), latin1(key)));
    return true;
}

bool Reader::newId(const QString &id, const Where &where)
{
    // '|' joins ids in binding and link keys; control characters have no place in an id.
    for (QChar c : id) {
        if (c == u'|' || c.category() == QChar::Other_Control)
            return fail(JsonText::tr("%1: the id \"%2\" contains '|' or a control character")
                            .arg(where.text(), id));
    }
    if (!m_ids.insert(id, 0))
        return fail(JsonText::tr("%1: duplicate id \"%2\"").arg(where.text(), id));
    return true;
}

void Reader::checkZoneTree(const std::vector<Zone> &zones, const IdTable &zoneAt)
{
    // Depth of every zone, each computed once: walk up to a zone whose depth is known, then
    // fill in the path on the way back. A zone met again on its own path closes a cycle.
    constexpr int kUnvisited = -1, kOnPath = -2;
    std::vector<int> depth(zones.size(), kUnvisited);
    std::vector<int> path;
    for (int start = 0; start < int(zones.size()); ++start) {
        path.clear();
        int at = start;
        int base = 0;
        while (at >= 0 && depth[size_t(at)] == kUnvisited) {
            depth[size_t(at)] = kOnPath;
            path.push_back(at);
            const QString &parent = zones[size_t(at)].parent;
            at = parent.isEmpty() ? -1 : zoneAt.value(parent, -1);
        }
        if (at >= 0 && depth[size_t(at)] == kOnPath) {
            fail(JsonText::tr("zone %1: its parents form a cycle").arg(zones[size_t(at)].id));
            return;
        }
        base = at >= 0 ? depth[size_t(at)] : 0;
        for (auto it = path.rbegin(); it != path.rend(); ++it)
            depth[size_t(*it)] = ++base;
        if (base > JsonFormat::kMaxZoneDepth) {
            fail(JsonText::tr("zone %1: zones nest %2 levels deep; at most %3 are allowed")
                     .arg(zones[size_t(path.front())].id)
                     .arg(base)
                     .arg(JsonFormat::kMaxZoneDepth));
            return;
        }
    }
}

bool Reader::array(const Value &root, std::string_view key, Value *out)
{
    const Value v = root[key];
    *out = {};
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return fail(JsonText::tr("\"%1\" must be an array").arg(latin1(key)));
    qsizetype i = 0;
    for (const Value item : v) {
        if (!item.isObject())
            return fail(JsonText::tr("%1[%2] must be an object").arg(latin1(key)).arg(i));
        ++i;
    }
    *out = v;
    return true;
}

bool Reader::params(const Value &value, const std::vector<ParamSpec> &specs, const Where &where,
                    Params *out)
{
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(JsonText::tr("%1.params must be an object").arg(where.text()));
    const IdTable &names = ParamSchema::namesOf(specs);
    for (const Value v : value) {
        const QString name = v.key();
        // The field's name is spelled out for messages only (parseQuantity's error too: it is
        // parsed again with the name when it fails).
        auto fieldName = [&] { return where.text() + u".params."_s + name; };
        const int at = names.value(name, -1);
        const ParamSpec *spec = at < 0 ? nullptr : &specs[size_t(at)];
        if (v.isObject() || v.isArray() || v.isNull())
            return fail(JsonText::tr("%1: expected a number, a string with a unit, or a word")
                            .arg(fieldName()));
        if (!spec) {
            // Unknown names are kept for round trips and reported by the engine.
            if (v.isBool())
                out->insert(name, ParamValue::fromBool(v.toBool()));
            else if (v.isDouble())
                out->insert(name, ParamValue::fromNumber(v.toDouble()));
            else
                out->insert(name, ParamValue::fromText(v.toString()));
            continue;
        }
        if (spec->type == ParamType::Bool) {
            if (v.isBool())
                out->insert(name, ParamValue::fromBool(v.toBool()));
            else if (v.isString() && (v.equals("true") || v.equals("false")))
                out->insert(name, ParamValue::fromBool(v.equals("true")));
            else
                return fail(JsonText::tr("%1: expected true or false").arg(fieldName()));
            continue;
        }
        if (spec->type == ParamType::Text) {
            if (!v.isString())
                return fail(JsonText::tr("%1: expected a word").arg(fieldName()));
            const QString word = v.toString();
            if (!spec->choices.isEmpty() && !spec->choices.contains(word))
                return fail(JsonText::tr("%1: \"%2\" is not one of %3")
                                .arg(fieldName(), word, spec->choices.join(u", "_s)));
            out->insert(name, ParamValue::fromText(word));
            continue;
        }
        ParsedQuantity q;
        QString typed;
        if (v.isDouble()) {
            q = checkNumber(v.toDouble(), {}, spec->plainScale);
            if (!q.ok())
                q = checkNumber(v.toDouble(), fieldName(), spec->plainScale);
            // Keep the number as written where a scale applies, so the round trip is exact.
            if (spec->plainScale != 1.0)
                typed = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        } else if (v.isString()) {
            q = parseQuantity(v.toString(), spec->dimension, {}, spec->plainScale);
            if (!q.ok())
                q = parseQuantity(v.toString(), spec->dimension, fieldName(), spec->plainScale);
            typed = v.toString();
        } else {
            return fail(
                JsonText::tr("%1: expected a number or a string with a unit").arg(fieldName()));
        }
        if (!q.ok())
            return fail(q.error);
        const double plain = q.value / spec->plainScale;
        if (plain < spec->minimum || plain > spec->maximum) {
            return fail(JsonText::tr("%1: %2 is outside the range %3 to %4")
                            .arg(fieldName(),
                                 v.isString() ? v.toString() : QString::number(v.toDouble()),
                                 QString::number(spec->minimum), QString::number(spec->maximum)));
        }
        if (spec->integral && std::floor(q.value) != q.value)
            return fail(JsonText::tr("%1: must be a whole number").arg(fieldName()));
        out->insert(name, ParamValue::fromNumber(q.value, typed));
    }
    return true;
}

ReadResult Reader::read(const Value &root, QJsonObject extra)
{
    ReadResult r;
    Project &p = r.project;
    const Value format = root["format"];
    if (!format.equals("tarmac-project")) {
        r.error = format.isUndefined()
                      ? JsonText::tr("not a Tarmac project (no \"format\": \"tarmac-project\")")
                      : JsonText::tr("not a Tarmac project (format is \"%1\")")
                            .arg(format.toQJsonValue().toVariant().toString());
        return r;
    }
    const Value version = root["version"];
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1) {
        r.error = JsonText::tr("\"version\" must be a whole number of at least 1");
        return r;
    }
    if (version.toDouble() > JsonFormat::kVersion) {
        r.error =
            JsonText::tr(
                "written by a newer Tarmac (format version %1; this Tarmac reads up to version %2)")
                .arg(version.toDouble(), 0, 'f', 0)
                .arg(JsonFormat::kVersion);
        return r;
    }
    static constexpr std::array<std::string_view, 13> known = {
        "format", "version", "name",     "description", "horizonMonths", "zones", "components",
        "stages", "flows",   "bindings", "links",       "notes",         "layout"};
    auto isKnown = [](std::string_view key) {
        return std::find(known.begin(), known.end(), key) != known.end();
    };
    for (auto it = extra.begin(); it != extra.end();) {
        // The .tarmac file keeps what it stores in tables out of its extra keys.
        if (isKnown(it.key().toStdString()))
            it = extra.erase(it);
        else
            ++it;
    }
    for (const Value member : root) {
        if (!isKnown(member.keyUtf8()))
            extra.insert(member.key(), member.toQJsonValue());
    }
    p.extra = std::move(extra);
    const Where project{u"project"};
    str(root, "name", project, &p.name, false);
    str(root, "description", project, &p.description, false);
    const Value horizon = root["horizonMonths"];
    if (!horizon.isUndefined()) {
        const double h = horizon.toDouble(-1);
        if (!horizon.isDouble() || h != std::floor(h) || h < 1 || h > 600)
            fail(JsonText::tr("horizonMonths must be a whole number from 1 to 600"));
        else
            p.horizonMonths = int(h);
    }

    Value zones, components, stages, flows, bindings, links, notes;
    array(root, "zones", &zones);
    array(root, "components", &components);
    array(root, "stages", &stages);
    array(root, "flows", &flows);
    array(root, "bindings", &bindings);
    array(root, "links", &links);
    array(root, "notes", &notes);
    // Sized once from the arrays: growing by doubling copied 100,000 stages several times.
    m_ids.reserve(
        size_t(zones.size() + components.size() + stages.size() + flows.size() + notes.size()));
    p.zones.reserve(zones.size());
    p.components.reserve(components.size());
    p.stages.reserve(stages.size());
    p.flows.reserve(flows.size());
    p.bindings.reserve(bindings.size());
    p.links.reserve(links.size());
    p.notes.reserve(notes.size());

    qsizetype i = 0;
    for (auto it = zones.begin(); it != zones.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"zones", i};
        Zone z;
        if (str(o, "id", where, &z.id, true) && newId(z.id, where) &&
            str(o, "kind", where, &z.kind, true) && str(o, "name", where, &z.name, false) &&
            str(o, "parent", where, &z.parent, false)) {
            if (!ParamSchema::zoneKinds().contains(z.kind))
                fail(JsonText::tr("%1: unknown zone kind \"%2\" (expected %3)")
                         .arg(where.text(), z.kind, ParamSchema::zoneKinds().join(u", "_s)));
            p.zones.push_back(std::move(z));
        }
    }
    i = 0;
    for (auto it = components.begin(); it != components.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"components", i};
        Component c;
        if (str(o, "id", where, &c.id, true) && newId(c.id, where) &&
            str(o, "kind", where, &c.kind, true) && str(o, "name", where, &c.name, false) &&
            str(o, "zone", where, &c.zone, false)) {
            if (!ParamSchema::componentKinds().contains(c.kind))
                fail(JsonText::tr("%1: unknown component kind \"%2\" (expected %3)")
                         .arg(where.text(), c.kind, ParamSchema::componentKinds().join(u", "_s)));
            else if (params(o["params"], ParamSchema::forComponent(c.kind), where, &c.params))
                p.components.push_back(std::move(c));
        }
    }
    i = 0;
    for (auto it = stages.begin(); it != stages.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"stages", i};
        Stage s;
        if (str(o, "id", where, &s.id, true) && newId(s.id, where) &&
            str(o, "kind", where, &s.kind, true) && str(o, "name", where, &s.name, false) &&
            str(o, "persona", where, &s.persona, false)) {
            if (!ParamSchema::stageKinds().contains(s.kind))
                fail(JsonText::tr("%1: unknown stage kind \"%2\" (expected %3)")
                         .arg(where.text(), s.kind, ParamSchema::stageKinds().join(u", "_s)));
            else if (!s.persona.isEmpty() && !ParamSchema::personas().contains(s.persona))
                fail(JsonText::tr("%1: unknown persona \"%2\" (expected %3)")
                         .arg(where.text(), s.persona, ParamSchema::personas().join(u", "_s)));
            else if (params(o["params"], ParamSchema::forStage(s.kind), where, &s.params))
                p.stages.push_back(std::move(s));
        }
    }
    i = 0;
    for (auto it = flows.begin(); it != flows.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"flows", i};
        Flow f;
        if (str(o, "id", where, &f.id, true) && newId(f.id, where) &&
            str(o, "from", where, &f.from, true) && str(o, "to", where, &f.to, true) &&
            params(o["params"], ParamSchema::forFlow(), where, &f.params))
            p.flows.push_back(std::move(f));
    }
    // Duplicate checks by hash: a scan per row made 100,000 bindings take minutes.
    IdTable bindingKeys, linkKeys;
    bindingKeys.reserve(size_t(bindings.size()));
    linkKeys.reserve(size_t(links.size()));
    // A control character cannot be in an id (newId refuses it): the joined keys of real
    // references never collide.
    auto added = [](IdTable &keys, const QString &key) { return keys.insert(key, 0); };
    i = 0;
    for (auto it = bindings.begin(); it != bindings.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"bindings", i};
        Binding b;
        if (str(o, "stage", where, &b.stage, true) &&
            str(o, "component", where, &b.component, true) &&
            str(o, "role", where, &b.role, true)) {
            if (!ParamSchema::roles().contains(b.role))
                fail(JsonText::tr("%1: unknown role \"%2\" (expected %3)")
                         .arg(where.text(), b.role, ParamSchema::roles().join(u", "_s)));
            else if (!added(bindingKeys, b.stage + u'\x1f' + b.component + u'\x1f' + b.role))
                fail(JsonText::tr("%1: the same binding appears twice").arg(where.text()));
            p.bindings.push_back(std::move(b));
        }
    }
    i = 0;
    for (auto it = links.begin(); it != links.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"links", i};
        Link l;
        if (str(o, "component", where, &l.component, true) &&
            str(o, "fabric", where, &l.fabric, true)) {
            if (!added(linkKeys, l.component + u'\x1f' + l.fabric))
                fail(JsonText::tr("%1: the same link appears twice").arg(where.text()));
            p.links.push_back(std::move(l));
        }
    }
    i = 0;
    for (auto it = notes.begin(); it != notes.end() && m_error.isEmpty(); ++it, ++i) {
        const Value o = *it;
        const Where where{u"notes", i};
        Note n;
        if (str(o, "id", where, &n.id, true) && newId(n.id, where) &&
            str(o, "target", where, &n.target, false) && str(o, "text", where, &n.text, true) &&
            str(o, "author", where, &n.author, false) &&
            str(o, "created", where, &n.created, false)) {
            if (!n.created.isEmpty() && !QDateTime::fromString(n.created, Qt::ISODate).isValid())
                fail(JsonText::tr("%1.created must be a date and time in ISO 8601 "
                                  "(\"2026-12-02T10:15:00Z\"), not \"%2\"")
                         .arg(where.text(), n.created));
            p.notes.push_back(std::move(n));
        }
    }
    const Value layout = root["layout"];
    if (!layout.isUndefined() && !layout.isNull() && !layout.isObject())
        fail(JsonText::tr("\"layout\" must be an object"));
    for (auto it = layout.begin(); it != layout.end() && m_error.isEmpty(); ++it) {
        const Value o = *it;
        const QString item = o.key();
        Placement pl;
        bool okAll = o.isObject() && !o["x"].isUndefined() && !o["y"].isUndefined();
        for (auto [key, target] :
             {std::pair{"x", &pl.x}, std::pair{"y", &pl.y}, std::pair{"width", &pl.width},
              std::pair{"height", &pl.height}}) {
            const Value v = o[key];
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::fabs(v.toDouble()) > 1e9)
                okAll = false;
            *target = v.toDouble();
        }
        if (!okAll || pl.width < 0 || pl.height < 0)
            fail(JsonText::tr("%1 must be an object with finite x, y (and width, height for zones)")
                     .arg(u"layout."_s + item));
        p.layout.insert(item, pl);
    }
    if (!m_error.isEmpty()) {
        r.error = m_error;
        return r;
    }

    // References: everything named must exist and be of a sensible kind.
    auto dangling = [&](const QString &where, const QString &what, const QString &id) {
        return fail(
            JsonText::tr("%1 refers to %2 \"%3\", which does not exist").arg(where, what, id));
    };
    // Every lookup below goes through a hash built once, so reading stays linear in the size
    // of the file.
    IdTable zoneAt, stageAt, componentAt;
    zoneAt.reserve(p.zones.size());
    stageAt.reserve(p.stages.size());
    componentAt.reserve(p.components.size());
    for (int i = 0; i < int(p.zones.size()); ++i)
        zoneAt.insert(p.zones[size_t(i)].id, i);
    for (int i = 0; i < int(p.stages.size()); ++i)
        stageAt.insert(p.stages[size_t(i)].id, i);
    for (int i = 0; i < int(p.components.size()); ++i)
        componentAt.insert(p.components[size_t(i)].id, i);
    for (const Zone &z : p.zones) {
        if (!z.parent.isEmpty() && !zoneAt.contains(z.parent))
            dangling(u"zone "_s + z.id, JsonText::tr("the parent zone"), z.parent);
    }
    if (m_error.isEmpty())
        checkZoneTree(p.zones, zoneAt);
    for (const Component &c : p.components) {
        if (!c.zone.isEmpty() && !zoneAt.contains(c.zone))
            dangling(u"component "_s + c.id, JsonText::tr("the zone"), c.zone);
    }
    for (const Flow &f : p.flows) {
        if (!stageAt.contains(f.from))
            dangling(u"flow "_s + f.id, JsonText::tr("the stage"), f.from);
        if (!stageAt.contains(f.to))
            dangling(u"flow "_s + f.id, JsonText::tr("the stage"), f.to);
        const QString store = f.params.value(u"store"_s).text;
        if (!store.isEmpty() && !componentAt.contains(store))
            dangling(u"flow "_s + f.id, JsonText::tr("the store"), store);
    }
    for (const Binding &b : p.bindings) {
        if (!stageAt.contains(b.stage))
            dangling(u"a binding"_s, JsonText::tr("the stage"), b.stage);
        if (!componentAt.contains(b.component))
            dangling(u"a binding"_s, JsonText::tr("the component"), b.component);
    }
    for (const Link &l : p.links) {
        if (!componentAt.contains(l.component))
            dangling(u"a link"_s, JsonText::tr("the component"), l.component);
        if (!componentAt.contains(l.fabric))
            dangling(u"a link"_s, JsonText::tr("the fabric"), l.fabric);
    }
    IdTable noteAt;
    noteAt.reserve(p.notes.size());
    for (int i = 0; i < int(p.notes.size()); ++i)
        noteAt.insert(p.notes[size_t(i)].id, i);
    for (const Note &n : p.notes) {
        // A note is attached to an element or to the project, never to another note.
        if (!n.target.isEmpty() && (!m_ids.contains(n.target) || noteAt.contains(n.target)))
            dangling(u"note "_s + n.id, JsonText::tr("the element"), n.target);
    }
    for (auto it = p.layout.cbegin(); it != p.layout.cend(); ++it) {
        if (!m_ids.contains(it.key()) || noteAt.contains(it.key()))
            dangling(u"layout"_s, JsonText::tr("the item"), it.key());
    }
    r.error = m_error;
    if (m_error.isEmpty())
        internReferences(p, IdIndex(p));
    return r;
}

QJsonValue paramToJson(const ParamValue &v, const ParamSpec *spec)
{
    switch (v.type) {
    case ParamValue::Type::Bool:
        return v.number != 0;
    case ParamValue::Type::Text:
        return v.text;
    case ParamValue::Type::Number:
        break;
    }
    if (!v.text.isEmpty()) {
        // A bare number read for an hours/days parameter keeps its text only to stay exact:
        // write it back as the number it was. Anything the user typed stays a string.
        bool plain = false;
        const double number = v.text.toDouble(&plain);
        return plain && spec && spec->plainScale != 1.0 ? QJsonValue(number) : QJsonValue(v.text);
    }
    return v.number / (spec ? spec->plainScale : 1.0);
}

QJsonObject paramsToJson(const Params &params, const std::vector<ParamSpec> &specs)
{
    QJsonObject o;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        o.insert(it.key(), paramToJson(it.value(), ParamSchema::find(specs, it.key())));
    return o;
}

void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

ReadResult JsonFormat::fromObject(const QJsonObject &root)
{
    // Only tests and callers holding Qt's JSON types come this way: through the text, so that
    // there is one reader.
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ReadResult JsonFormat::fromTree(const JsonTree &tree, const QJsonObject &extra)
{
    const JsonTree::Value root = tree.root();
    if (!root.isObject()) {
        ReadResult r;
        r.error = JsonText::tr("not a Tarmac project (the JSON is not an object)");
        return r;
    }
    return Reader().read(root, extra);
}

ReadResult JsonFormat::fromJson(const QByteArray &json)
{
    JsonTree tree;
    QString problem;
    qsizetype at = 0;
    if (!tree.parse(json, &problem, &at)) {
        ReadResult r;
        r.error = JsonText::tr("not valid JSON (%1 at byte %2)").arg(problem).arg(at);
        return r;
    }
    return fromTree(tree);
}

ReadResult JsonFormat::read(const QString &path) const
{
    const FileBytes file = readRegularFile(path, kMaxBytes);
    if (!file.ok()) {
        ReadResult r;
        r.error = file.error;
        return r;
    }
    return fromJson(file.data);
}

QJsonObject JsonFormat::toObject(const Project &p)
{
    QJsonObject root = p.extra;
    root.insert(u"format"_s, u"tarmac-project"_s);
    root.insert(u"version"_s, kVersion);
    root.insert(u"name"_s, p.name);
    insertIfSet(root, u"description"_s, p.description);
    root.insert(u"horizonMonths"_s, p.horizonMonths);
    QJsonArray zones, components, stages, flows, bindings, links, notes;
    for (const Zone &z : p.zones) {
        QJsonObject o{{u"id"_s, z.id}, {u"kind"_s, z.kind}, {u"name"_s, z.name}};
        insertIfSet(o, u"parent"_s, z.parent);
        zones.append(o);
    }
    for (const Component &c : p.components) {
        QJsonObject o{{u"id"_s, c.id},
                      {u"kind"_s, c.kind},
                      {u"name"_s, c.name},
                      {u"params"_s, paramsToJson(c.params, ParamSchema::forComponent(c.kind))}};
        insertIfSet(o, u"zone"_s, c.zone);
        components.append(o);
    }
    for (const Stage &s : p.stages) {
        QJsonObject o{{u"id"_s, s.id},
                      {u"kind"_s, s.kind},
                      {u"name"_s, s.name},
                      {u"params"_s, paramsToJson(s.params, ParamSchema::forStage(s.kind))}};
        insertIfSet(o, u"persona"_s, s.persona);
        stages.append(o);
    }
    for (const Flow &f : p.flows) {
        flows.append(QJsonObject{{u"id"_s, f.id},
                                 {u"from"_s, f.from},
                                 {u"to"_s, f.to},
                                 {u"params"_s, paramsToJson(f.params, ParamSchema::forFlow())}});
    }
    for (const Binding &b : p.bindings)
        bindings.append(
            QJsonObject{{u"stage"_s, b.stage}, {u"component"_s, b.component}, {u"role"_s, b.role}});
    for (const Link &l : p.links)
        links.append(QJsonObject{{u"component"_s, l.component}, {u"fabric"_s, l.fabric}});
    for (const Note &n : p.notes) {
        QJsonObject o{{u"id"_s, n.id}, {u"target"_s, n.target}, {u"text"_s, n.text}};
        insertIfSet(o, u"author"_s, n.author);
        insertIfSet(o, u"created"_s, n.created);
        notes.append(o);
    }
    QJsonObject layout;
    for (auto it = p.layout.cbegin(); it != p.layout.cend(); ++it) {
        QJsonObject o{{u"x"_s, it->x}, {u"y"_s, it->y}};
        if (it->width > 0 || it->height > 0) {
            o.insert(u"width"_s, it->width);
            o.insert(u"height"_s, it->height);
        }
        layout.insert(it.key(), o);
    }
    root.insert(u"zones"_s, zones);
    root.insert(u"components"_s, components);
    root.insert(u"stages"_s, stages);
    root.insert(u"flows"_s, flows);
    root.insert(u"bindings"_s, bindings);
    root.insert(u"links"_s, links);
    // Written only when there are notes, so a project without them reads the same as before.
    if (!notes.isEmpty())
        root.insert(u"notes"_s, notes);
    root.insert(u"layout"_s, layout);
    return root;
}

QByteArray JsonFormat::toJson(const Project &project)
{
    return QJsonDocument(toObject(project)).toJson(QJsonDocument::Indented);
}

QString JsonFormat::write(const Project &project, const QString &path) const
{
    return writeFileAtomically(path, toJson(project));
}

} // namespace tarmac
