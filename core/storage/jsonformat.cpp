#include "jsonformat.h"

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
#include <QSet>
#include <cmath>

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
class Reader {
public:
    ReadResult read(const QJsonObject &root);

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool str(const QJsonObject &o, const QString &key, const Where &where, QString *out,
             bool required);
    bool newId(const QString &id, const Where &where);
    bool params(const QJsonValue &value, const std::vector<ParamSpec> &specs, const Where &where,
                Params *out);
    bool array(const QJsonObject &root, const QString &key, QJsonArray *out);
    void checkZoneTree(const std::vector<Zone> &zones, const IdTable &zoneAt);

    QString m_error;
    IdTable m_ids; ///< every id read so far: ids are unique across all element lists
};

bool Reader::str(const QJsonObject &o, const QString &key, const Where &where, QString *out,
                 bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(JsonText::tr("%1.%2 is missing").arg(where.text(), key));
        out->clear();
        return true;
    }
    if (!v.isString())
        return fail(JsonText::tr("%1.%2 must be a string").arg(where.text(), key));
    *out = v.toString();
    if (required && out->isEmpty())
        return fail(JsonText::tr("%1.%2 is empty").arg(where.text(), key));
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

bool Reader::array(const QJsonObject &root, const QString &key, QJsonArray *out)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isArray())
        return fail(JsonText::tr("\"%1\" must be an array").arg(key));
    *out = v.toArray();
    for (qsizetype i = 0; i < out->size(); ++i) {
        if (!out->at(i).isObject())
            return fail(JsonText::tr("%1[%2] must be an object").arg(key).arg(i));
    }
    return true;
}

bool Reader::params(const QJsonValue &value, const std::vector<ParamSpec> &specs,
                    const Where &where, Params *out)
{
    out->clear();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(JsonText::tr("%1.params must be an object").arg(where.text()));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        // The field's name is spelled out for messages only (parseQuantity's error too: it is
        // parsed again with the name when it fails).
        auto fieldName = [&] { return where.text() + u".params."_s + it.key(); };
        const QJsonValue v = it.value();
        const ParamSpec *spec = ParamSchema::find(specs, it.key());
        if (v.isObject() || v.isArray() || v.isNull())
            return fail(JsonText::tr("%1: expected a number, a string with a unit, or a word")
                            .arg(fieldName()));
        if (!spec) {
            // Unknown names are kept for round trips and reported by the engine.
            if (v.isBool())
                out->insert(it.key(), ParamValue::fromBool(v.toBool()));
            else if (v.isDouble())
                out->insert(it.key(), ParamValue::fromNumber(v.toDouble()));
            else
                out->insert(it.key(), ParamValue::fromText(v.toString()));
            continue;
        }
        if (spec->type == ParamType::Bool) {
            if (v.isBool())
                out->insert(it.key(), ParamValue::fromBool(v.toBool()));
            else if (v.isString() && (v.toString() == u"true" || v.toString() == u"false"))
                out->insert(it.key(), ParamValue::fromBool(v.toString() == u"true"));
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
            out->insert(it.key(), ParamValue::fromText(word));
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
        out->insert(it.key(), ParamValue::fromNumber(q.value, typed));
    }
    return true;
}

ReadResult Reader::read(const QJsonObject &root)
{
    ReadResult r;
    Project &p = r.project;
    const QJsonValue format = root.value(u"format");
    if (format.toString() != u"tarmac-project") {
        r.error = format.isUndefined()
                      ? JsonText::tr("not a Tarmac project (no \"format\": \"tarmac-project\")")
                      : JsonText::tr("not a Tarmac project (format is \"%1\")")
                            .arg(format.toVariant().toString());
        return r;
    }
    const QJsonValue version = root.value(u"version");
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
    static const QSet<QString> known = {
        u"format"_s, u"version"_s,    u"name"_s,   u"description"_s, u"horizonMonths"_s,
        u"zones"_s,  u"components"_s, u"stages"_s, u"flows"_s,       u"bindings"_s,
        u"links"_s,  u"notes"_s,      u"layout"_s};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            p.extra.insert(it.key(), it.value());
    }
    const QJsonObject top = root;
    const Where project{u"project"};
    str(top, u"name"_s, project, &p.name, false);
    str(top, u"description"_s, project, &p.description, false);
    const QJsonValue horizon = root.value(u"horizonMonths");
    if (!horizon.isUndefined()) {
        const double h = horizon.toDouble(-1);
        if (!horizon.isDouble() || h != std::floor(h) || h < 1 || h > 600)
            fail(JsonText::tr("horizonMonths must be a whole number from 1 to 600"));
        else
            p.horizonMonths = int(h);
    }

    QJsonArray zones, components, stages, flows, bindings, links, notes;
    array(root, u"zones"_s, &zones);
    array(root, u"components"_s, &components);
    array(root, u"stages"_s, &stages);
    array(root, u"flows"_s, &flows);
    array(root, u"bindings"_s, &bindings);
    array(root, u"links"_s, &links);
    array(root, u"notes"_s, &notes);
    // Sized once from the arrays: growing by doubling copied 100,000 stages several times.
    m_ids.reserve(
        size_t(zones.size() + components.size() + stages.size() + flows.size() + notes.size()));
    p.zones.reserve(size_t(zones.size()));
    p.components.reserve(size_t(components.size()));
    p.stages.reserve(size_t(stages.size()));
    p.flows.reserve(size_t(flows.size()));
    p.bindings.reserve(size_t(bindings.size()));
    p.links.reserve(size_t(links.size()));
    p.notes.reserve(size_t(notes.size()));

    for (qsizetype i = 0; i < zones.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = zones[i].toObject();
        const Where where{u"zones", i};
        Zone z;
        if (str(o, u"id"_s, where, &z.id, true) && newId(z.id, where) &&
            str(o, u"kind"_s, where, &z.kind, true) && str(o, u"name"_s, where, &z.name, false) &&
            str(o, u"parent"_s, where, &z.parent, false)) {
            if (!ParamSchema::zoneKinds().contains(z.kind))
                fail(JsonText::tr("%1: unknown zone kind \"%2\" (expected %3)")
                         .arg(where.text(), z.kind, ParamSchema::zoneKinds().join(u", "_s)));
            p.zones.push_back(std::move(z));
        }
    }
    for (qsizetype i = 0; i < components.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = components[i].toObject();
        const Where where{u"components", i};
        Component c;
        if (str(o, u"id"_s, where, &c.id, true) && newId(c.id, where) &&
            str(o, u"kind"_s, where, &c.kind, true) && str(o, u"name"_s, where, &c.name, false) &&
            str(o, u"zone"_s, where, &c.zone, false)) {
            if (!ParamSchema::componentKinds().contains(c.kind))
                fail(JsonText::tr("%1: unknown component kind \"%2\" (expected %3)")
                         .arg(where.text(), c.kind, ParamSchema::componentKinds().join(u", "_s)));
            else if (params(o.value(u"params"), ParamSchema::forComponent(c.kind), where,
                            &c.params))
                p.components.push_back(std::move(c));
        }
    }
    for (qsizetype i = 0; i < stages.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = stages[i].toObject();
        const Where where{u"stages", i};
        Stage s;
        if (str(o, u"id"_s, where, &s.id, true) && newId(s.id, where) &&
            str(o, u"kind"_s, where, &s.kind, true) && str(o, u"name"_s, where, &s.name, false) &&
            str(o, u"persona"_s, where, &s.persona, false)) {
            if (!ParamSchema::stageKinds().contains(s.kind))
                fail(JsonText::tr("%1: unknown stage kind \"%2\" (expected %3)")
                         .arg(where.text(), s.kind, ParamSchema::stageKinds().join(u", "_s)));
            else if (!s.persona.isEmpty() && !ParamSchema::personas().contains(s.persona))
                fail(JsonText::tr("%1: unknown persona \"%2\" (expected %3)")
                         .arg(where.text(), s.persona, ParamSchema::personas().join(u", "_s)));
            else if (params(o.value(u"params"), ParamSchema::forStage(s.kind), where, &s.params))
                p.stages.push_back(std::move(s));
        }
    }
    for (qsizetype i = 0; i < flows.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = flows[i].toObject();
        const Where where{u"flows", i};
        Flow f;
        if (str(o, u"id"_s, where, &f.id, true) && newId(f.id, where) &&
            str(o, u"from"_s, where, &f.from, true) && str(o, u"to"_s, where, &f.to, true) &&
            params(o.value(u"params"), ParamSchema::forFlow(), where, &f.params))
            p.flows.push_back(std::move(f));
    }
    // Duplicate checks by hash: a scan per row made 100,000 bindings take minutes.
    IdTable bindingKeys, linkKeys;
    bindingKeys.reserve(size_t(bindings.size()));
    linkKeys.reserve(size_t(links.size()));
    // A control character cannot be in an id (newId refuses it): the joined keys of real
    // references never collide.
    auto added = [](IdTable &keys, const QString &key) { return keys.insert(key, 0); };
    for (qsizetype i = 0; i < bindings.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = bindings[i].toObject();
        const Where where{u"bindings", i};
        Binding b;
        if (str(o, u"stage"_s, where, &b.stage, true) &&
            str(o, u"component"_s, where, &b.component, true) &&
            str(o, u"role"_s, where, &b.role, true)) {
            if (!ParamSchema::roles().contains(b.role))
                fail(JsonText::tr("%1: unknown role \"%2\" (expected %3)")
                         .arg(where.text(), b.role, ParamSchema::roles().join(u", "_s)));
            else if (!added(bindingKeys, b.stage + u'\x1f' + b.component + u'\x1f' + b.role))
                fail(JsonText::tr("%1: the same binding appears twice").arg(where.text()));
            p.bindings.push_back(std::move(b));
        }
    }
    for (qsizetype i = 0; i < links.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = links[i].toObject();
        const Where where{u"links", i};
        Link l;
        if (str(o, u"component"_s, where, &l.component, true) &&
            str(o, u"fabric"_s, where, &l.fabric, true)) {
            if (!added(linkKeys, l.component + u'\x1f' + l.fabric))
                fail(JsonText::tr("%1: the same link appears twice").arg(where.text()));
            p.links.push_back(std::move(l));
        }
    }
    for (qsizetype i = 0; i < notes.size() && m_error.isEmpty(); ++i) {
        const QJsonObject o = notes[i].toObject();
        const Where where{u"notes", i};
        Note n;
        if (str(o, u"id"_s, where, &n.id, true) && newId(n.id, where) &&
            str(o, u"target"_s, where, &n.target, false) &&
            str(o, u"text"_s, where, &n.text, true) &&
            str(o, u"author"_s, where, &n.author, false) &&
            str(o, u"created"_s, where, &n.created, false)) {
            if (!n.created.isEmpty() && !QDateTime::fromString(n.created, Qt::ISODate).isValid())
                fail(JsonText::tr("%1.created must be a date and time in ISO 8601 "
                                  "(\"2026-12-02T10:15:00Z\"), not \"%2\"")
                         .arg(where.text(), n.created));
            p.notes.push_back(std::move(n));
        }
    }
    const QJsonValue layout = root.value(u"layout");
    if (!layout.isUndefined() && !layout.isNull() && !layout.isObject())
        fail(JsonText::tr("\"layout\" must be an object"));
    const QJsonObject placements = layout.toObject();
    for (auto it = placements.begin(); it != placements.end() && m_error.isEmpty(); ++it) {
        const QJsonObject o = it.value().toObject();
        Placement pl;
        const QString where = u"layout.%1"_s.arg(it.key());
        bool okAll = it.value().isObject() && o.contains(u"x"_s) && o.contains(u"y"_s);
        for (auto [key, target] :
             {std::pair{u"x"_s, &pl.x}, std::pair{u"y"_s, &pl.y}, std::pair{u"width"_s, &pl.width},
              std::pair{u"height"_s, &pl.height}}) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                continue;
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::fabs(v.toDouble()) > 1e9)
                okAll = false;
            *target = v.toDouble();
        }
        if (!okAll || pl.width < 0 || pl.height < 0)
            fail(JsonText::tr("%1 must be an object with finite x, y (and width, height for zones)")
                     .arg(where));
        p.layout.insert(it.key(), pl);
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

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Qt's parser also takes numbers RFC 8259 does not (".5", "1.", "01"); other tools would
// refuse such a file, so Tarmac does too. Returns the offset of the first such number, or -1.
qsizetype firstNonRfcNumber(const QByteArray &json)
{
    const char *s = json.constData();
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = s[i];
        if (c == '"') {
            for (++i; i < n && s[i] != '"'; ++i) {
                if (s[i] == '\\')
                    ++i;
            }
            continue;
        }
        if (c != '-' && c != '.' && c != '+' && !isDigit(c))
            continue;
        const qsizetype start = i;
        if (s[i] == '-')
            ++i;
        if (i < n && s[i] == '0') {
            ++i;
        } else if (i < n && isDigit(s[i]) && s[i] != '0') {
            while (i < n && isDigit(s[i]))
                ++i;
        } else {
            return start; // "+1", ".5", "-" alone
        }
        if (i < n && s[i] == '.') {
            ++i;
            if (i >= n || !isDigit(s[i]))
                return start; // "1."
            while (i < n && isDigit(s[i]))
                ++i;
        }
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < n && (s[i] == '+' || s[i] == '-'))
                ++i;
            if (i >= n || !isDigit(s[i]))
                return start; // "1e"
            while (i < n && isDigit(s[i]))
                ++i;
        }
        if (i < n && (isDigit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
            return start; // "01", "1.2.3"
        --i;
    }
    return -1;
}

} // namespace

ReadResult JsonFormat::fromObject(const QJsonObject &root)
{
    return Reader().read(root);
}

ReadResult JsonFormat::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError) {
        if (const qsizetype at = firstNonRfcNumber(json); at >= 0) {
            ReadResult r;
            r.error = JsonText::tr("not valid JSON (a number JSON does not allow at byte %1: %2)")
                          .arg(at)
                          .arg(QString::fromLatin1(json.mid(at, 12)).simplified());
            return r;
        }
    }
    if (error.error != QJsonParseError::NoError) {
        ReadResult r;
        r.error = JsonText::tr("not valid JSON (%1 at byte %2)")
                      .arg(error.errorString())
                      .arg(error.offset);
        return r;
    }
    if (!doc.isObject()) {
        ReadResult r;
        r.error = JsonText::tr("not a Tarmac project (the JSON is not an object)");
        return r;
    }
    return fromObject(doc.object());
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
