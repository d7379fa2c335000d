#include "findingformat.h"

#include "model/kindregistry.h"

#include <QCoreApplication>

namespace tarmac {

QString quotedName(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : u'\u201c' + name + u'\u201d';
}

FindingFormatter::FindingFormatter(const Project &project, UnitSystem units)
    : m_project(project)
    , m_index(project)
    , m_units(units)
{
}

QString FindingFormatter::arg(const FindingArg &a) const
{
    using T = FindingArg::Type;
    switch (a.type) {
    case T::Stage:
        if (const Stage *s = stageAt(m_project, m_index, a.text))
            return quotedName(s->name, s->id);
        return a.text;
    case T::Component:
        if (const Component *c = componentAt(m_project, m_index, a.text))
            return quotedName(c->name, c->id);
        return a.text;
    case T::Word:
        return a.text;
    case T::Role:
        return roleLabel(a.text);
    case T::Parameters: {
        QStringList shown;
        for (const QString &name : a.text.split(u',', Qt::SkipEmptyParts)) {
            const QString label = parameterLabel(name);
            shown << (label == name ? name : label + QStringLiteral(" (") + name + u')');
        }
        return shown.join(QStringLiteral(", "));
    }
    case T::Phrase:
        return QCoreApplication::translate("tarmac::Findings", a.source);
    case T::Quantity:
        return formatQuantity(a.value, a.dimension, a.binary ? UnitSystem::IEC : m_units);
    case T::Bits:
        return formatBitsPerSecond(a.value);
    case T::Whole:
        return QString::number(a.value, 'f', 0);
    case T::Counted:
        return QCoreApplication::translate("tarmac::Findings", a.source)
            .arg(QString::number(a.value, 'f', 0));
    }
    return {};
}

QString FindingFormatter::text(const FindingText &t) const
{
    if (t.isEmpty())
        return {};
    const QString pattern = QCoreApplication::translate("tarmac::Findings", t.source);
    // One pass over the template: a value that itself contains "%1" (a name) stays as it is.
    QString out;
    out.reserve(pattern.size() + 32 * qsizetype(t.args.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' && i + 1 < pattern.size() && pattern[i + 1].isDigit()) {
            const int n = pattern[i + 1].digitValue();
            if (n >= 1 && n <= t.args.size()) {
                out += arg(t.args[n - 1]);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace tarmac
