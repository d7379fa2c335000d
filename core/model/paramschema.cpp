// ParamSchema: the questions the engine, the readers and the properties ask of the kind
// registry, by kind id.

#include "paramschema.h"

#include "kindregistry.h"

#include <QHash>

namespace tarmac {

const std::vector<ParamSpec> &ParamSchema::forStage(const QString &kind)
{
    static const std::vector<ParamSpec> none;
    const KindInfo *k = KindRegistry::find(kind);
    return k && k->category == KindCategory::Stage ? KindRegistry::params(kind) : none;
}

const std::vector<ParamSpec> &ParamSchema::forComponent(const QString &kind)
{
    static const std::vector<ParamSpec> none;
    const KindInfo *k = KindRegistry::find(kind);
    return k && k->category == KindCategory::Component ? KindRegistry::params(kind) : none;
}

const std::vector<ParamSpec> &ParamSchema::forFlow()
{
    return KindRegistry::flowParams();
}

const ParamSpec *ParamSchema::find(const std::vector<ParamSpec> &specs, const QString &name)
{
    // The engine asks this thousands of times per recompute: index every table once.
    using Index = QHash<const std::vector<ParamSpec> *, QHash<QString, const ParamSpec *>>;
    static const Index index = [] {
        Index all;
        auto add = [&all](const std::vector<ParamSpec> &table) {
            QHash<QString, const ParamSpec *> byName;
            for (const ParamSpec &spec : table)
                byName.insert(spec.name, &spec);
            all.insert(&table, byName);
        };
        for (const KindInfo &kind : KindRegistry::kinds())
            add(KindRegistry::params(kind.id));
        add(forFlow());
        return all;
    }();
    const auto table = index.constFind(&specs);
    if (table == index.constEnd()) {
        for (const ParamSpec &spec : specs) {
            if (spec.name == name)
                return &spec;
        }
        return nullptr;
    }
    return table->value(name, nullptr);
}

const QStringList &ParamSchema::stageKinds()
{
    return KindRegistry::ids(KindCategory::Stage);
}

const QStringList &ParamSchema::componentKinds()
{
    return KindRegistry::ids(KindCategory::Component);
}

const QStringList &ParamSchema::zoneKinds()
{
    return KindRegistry::ids(KindCategory::Zone);
}

const QStringList &ParamSchema::personas()
{
    return KindRegistry::personas();
}

const QStringList &ParamSchema::roles()
{
    return KindRegistry::roles();
}

bool ParamSchema::isStorageKind(const QString &k)
{
    return roleFits(QStringLiteral("reads"), k);
}

bool ParamSchema::isComputeKind(const QString &k)
{
    return roleFits(QStringLiteral("compute"), k);
}

bool ParamSchema::roleFits(const QString &role, const QString &componentKind)
{
    const KindInfo *k = KindRegistry::find(componentKind);
    return k && k->category == KindCategory::Component && k->roles.contains(role);
}

QString ParamSchema::defaultRole(const QString &componentKind)
{
    const KindInfo *k = KindRegistry::find(componentKind);
    return k && !k->roles.isEmpty() ? k->roles.front() : QString();
}

QString ParamSchema::defaultMode(const QString &stageKind)
{
    const ParamSpec *mode = find(forStage(stageKind), QStringLiteral("mode"));
    return mode ? mode->defaultText : QString();
}

} // namespace tarmac
