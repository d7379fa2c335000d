#include "starterparams.h"

#include "kindregistry.h"
#include "quantity.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

void set(Params &p, const QString &kind, const char *name, const char *typed)
{
    const QString key = QString::fromLatin1(name);
    const QString text = QString::fromUtf8(typed);
    const std::vector<ParamSpec> &specs = KindRegistry::params(kind);
    const ParamSpec *spec = ParamSchema::find(specs, key);
    if (!spec)
        return;
    if (spec->type == ParamType::Text) {
        p.insert(key, ParamValue::fromText(text));
        return;
    }
    const ParsedQuantity q = parseQuantity(text, spec->dimension, key, spec->plainScale);
    if (q.ok())
        p.insert(key, ParamValue::fromNumber(q.value, text));
}

} // namespace

Params starterParams(const QString &kind)
{
    Params p;
    if (const KindInfo *k = KindRegistry::find(kind)) {
        for (const StarterValue &v : k->starter)
            set(p, kind, v.name, v.typed);
    }
    return p;
}

QString starterName(const QString &kind)
{
    return KindRegistry::displayName(kind);
}

QString starterPersona(const QString &stageKind)
{
    const KindInfo *k = KindRegistry::find(stageKind);
    return k && !k->persona.isEmpty() ? k->persona : u"platform-architect"_s;
}

} // namespace tarmac
