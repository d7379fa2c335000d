// ParamSchema: the questions the engine, the readers and the properties ask of the kind
// registry, by kind id.

#include "paramschema.h"

#include "idtable.h"
#include "kindregistry.h"

#include <QMutex>
#include <memory>

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

const IdTable &ParamSchema::namesOf(const std::vector<ParamSpec> &specs)
{
    // The engine asks this for every element of every recompute: index every table once. The
    // tables are few (one per kind), so finding the table is a short scan.
    struct Table {
        const std::vector<ParamSpec> *specs;
        IdTable byName;
    };
    auto indexed = [](const std::vector<ParamSpec> &specs) {
        // The engine marks which of a kind's parameters an element gives in one 64-bit word.
        if (specs.size() > 64)
            qFatal("A parameter table has %zu entries; the engine reads at most 64 per kind.",
                   specs.size());
        Table table{&specs, {}};
        for (int i = 0; i < int(specs.size()); ++i)
            table.byName.insert(specs[size_t(i)].name, i);
        return table;
    };
    static const std::vector<Table> tables = [&indexed] {
        std::vector<Table> all;
        for (const KindInfo &kind : KindRegistry::kinds())
            all.push_back(indexed(KindRegistry::params(kind.id)));
        all.push_back(indexed(forFlow()));
        return all;
    }();
    static const IdTable empty;
    if (specs.empty())
        return empty; // the "no such kind" tables
    for (const Table &table : tables) {
        if (table.specs == &specs)
            return table.byName;
    }
    // A table built elsewhere (a test's own): indexed once and kept, like the registry's.
    static QMutex mutex;
    static std::vector<std::unique_ptr<Table>> others;
    const QMutexLocker lock(&mutex);
    for (const auto &table : others) {
        if (table->specs == &specs && table->byName.size() == specs.size())
            return table->byName;
    }
    others.push_back(std::make_unique<Table>(indexed(specs)));
    return others.back()->byName;
}

const QString *ParamSchema::knownName(QStringView name)
{
    // Built once from the registry and never changed after: read by any thread without a lock.
    struct Names {
        IdTable index;
        std::vector<const QString *> names;
    };
    static const Names known = [] {
        Names all;
        auto add = [&all](const std::vector<ParamSpec> &specs) {
            for (const ParamSpec &spec : specs) {
                if (all.index.insert(spec.name, int(all.names.size())))
                    all.names.push_back(&spec.name);
            }
        };
        for (const KindInfo &kind : KindRegistry::kinds())
            add(KindRegistry::params(kind.id));
        add(forFlow());
        return all;
    }();
    const int i = known.index.value(name);
    return i < 0 ? nullptr : known.names[size_t(i)];
}

const ParamSpec *ParamSchema::find(const std::vector<ParamSpec> &specs, QStringView name)
{
    const int i = namesOf(specs).value(name);
    return i < 0 ? nullptr : &specs[size_t(i)];
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
