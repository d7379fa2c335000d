#pragma once

// Test helper (header only): says where two projects differ, for failure messages such as
// QVERIFY2(a == b, qPrintable(tarmac::testing::projectDifference(a, b))).

#include "model/project.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QStringList>
#include <algorithm>

namespace tarmac::testing {

inline QString describe(const ParamValue &v)
{
    const char *type = v.type == ParamValue::Type::Number ? "number"
                       : v.type == ParamValue::Type::Text ? "text"
                                                          : "bool";
    return QStringLiteral("%1(%2, \"%3\")")
        .arg(QString::fromLatin1(type))
        .arg(v.number, 0, 'g', 17)
        .arg(v.text);
}

inline QString describe(const Params &params)
{
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts << it.key() + u'=' + describe(it.value());
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

inline QString describe(const Zone &z)
{
    return QStringLiteral("zone{id=%1 name=%2 kind=%3 parent=%4}")
        .arg(z.id, z.name, z.kind, z.parent);
}

inline QString describe(const Component &c)
{
    return QStringLiteral("component{id=%1 kind=%2 name=%3 zone=%4 params=%5}")
        .arg(c.id, c.kind, c.name, c.zone, describe(c.params));
}

inline QString describe(const Stage &s)
{
    return QStringLiteral("stage{id=%1 kind=%2 name=%3 persona=%4 params=%5}")
        .arg(s.id, s.kind, s.name, s.persona, describe(s.params));
}

inline QString describe(const Flow &f)
{
    return QStringLiteral("flow{id=%1 from=%2 to=%3 params=%4}")
        .arg(f.id, f.from, f.to, describe(f.params));
}

inline QString describe(const Binding &b)
{
    return QStringLiteral("binding{%1 %2 %3}").arg(b.stage, b.component, b.role);
}

inline QString describe(const Link &l)
{
    return QStringLiteral("link{%1 %2}").arg(l.component, l.fabric);
}

inline QString describe(const Note &n)
{
    return QStringLiteral("note{id=%1 target=%2 text=%3 author=%4 created=%5}")
        .arg(n.id, n.target, n.text, n.author, n.created);
}

inline QString describe(const Placement &p)
{
    return QStringLiteral("placement{%1, %2, %3 x %4}")
        .arg(p.x, 0, 'g', 17)
        .arg(p.y, 0, 'g', 17)
        .arg(p.width, 0, 'g', 17)
        .arg(p.height, 0, 'g', 17);
}

template <typename T>
void diffList(QStringList &out, const char *what, const std::vector<T> &a, const std::vector<T> &b)
{
    if (a.size() != b.size())
        out << QStringLiteral("%1: %2 vs %3 items")
                   .arg(QString::fromLatin1(what))
                   .arg(a.size())
                   .arg(b.size());
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (!(a[i] == b[i])) {
            out << QStringLiteral("%1[%2]: %3  vs  %4")
                       .arg(QString::fromLatin1(what))
                       .arg(i)
                       .arg(describe(a[i]), describe(b[i]));
            return; // the first difference is enough
        }
    }
}

/// Empty if the projects are equal, otherwise one line per part that differs.
inline QString projectDifference(const Project &a, const Project &b)
{
    QStringList out;
    if (a.name != b.name)
        out << QStringLiteral("name: \"%1\" vs \"%2\"").arg(a.name, b.name);
    if (a.description != b.description)
        out << QStringLiteral("description: \"%1\" vs \"%2\"").arg(a.description, b.description);
    if (a.horizonMonths != b.horizonMonths)
        out << QStringLiteral("horizonMonths: %1 vs %2").arg(a.horizonMonths).arg(b.horizonMonths);
    if (a.extra != b.extra) {
        out << QStringLiteral("extra: %1 vs %2")
                   .arg(QString::fromUtf8(
                            QJsonDocument(a.extra).toJson(QJsonDocument::Compact).left(300)),
                        QString::fromUtf8(
                            QJsonDocument(b.extra).toJson(QJsonDocument::Compact).left(300)));
    }
    diffList(out, "zones", a.zones, b.zones);
    diffList(out, "components", a.components, b.components);
    diffList(out, "stages", a.stages, b.stages);
    diffList(out, "flows", a.flows, b.flows);
    diffList(out, "bindings", a.bindings, b.bindings);
    diffList(out, "links", a.links, b.links);
    diffList(out, "notes", a.notes, b.notes);
    if (a.layout != b.layout) {
        QStringList keys = a.layout.keys() + b.layout.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            const bool inA = a.layout.contains(key), inB = b.layout.contains(key);
            if (inA != inB || a.layout.value(key) != b.layout.value(key)) {
                out << QStringLiteral("layout.%1: %2 vs %3")
                           .arg(key, inA ? describe(a.layout.value(key)) : QStringLiteral("(none)"),
                                inB ? describe(b.layout.value(key)) : QStringLiteral("(none)"));
                break;
            }
        }
    }
    if (out.isEmpty() && !(a == b))
        out << QStringLiteral("the projects differ, but in no part this helper knows");
    return out.join(u'\n');
}

/// Empty if equal, else the first differing line of two texts (e.g. JSON) with its number.
inline QString textDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray la = i < a.size() ? a[i] : QByteArray("(end)");
        const QByteArray le = i < e.size() ? e[i] : QByteArray("(end)");
        if (la != le) {
            return QStringLiteral(
                       "line %1 differs (%2 vs %3 lines):\n  actual:   %4\n  expected: %5")
                .arg(i + 1)
                .arg(a.size())
                .arg(e.size())
                .arg(QString::fromUtf8(la.trimmed()), QString::fromUtf8(le.trimmed()));
        }
    }
    return QStringLiteral("the texts differ");
}

} // namespace tarmac::testing
