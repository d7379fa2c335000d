#pragma once

// Private to the engine: the lookup index over a project and the per-kind rules.

#include "catalog/catalog.h"
#include "model/identitytable.h"
#include "model/idtable.h"
#include "model/paramschema.h"
#include "model/project.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <array>
#include <mutex>

namespace tarmac::engine {

/// A parameter name the rules read, written as a literal (`p.num(u"hosts")`): its table hash is
/// worked out when compiling, so a read costs one probe and no hashing.
struct ParamName {
    template <size_t N>
    consteval ParamName(const char16_t (&name)[N])
        : view(name, qsizetype(N - 1))
        , hash(IdTable::hashOf(name, N - 1))
    {
    }
    QString toString() const { return view.toString(); }
    QStringView view;
    uint32_t hash;
};

/// Reads a parameter: the user's value, else the schema default, else NaN ("not given").
/// Made once per element and read many times: the element's parameters are matched to the
/// kind's table in one walk when it is made, so each read is a probe of the (hot, shared)
/// table and an array read instead of a search of the element's map, whose nodes lie wherever
/// the heap put them (a quarter of a full recompute at 10,000 stages went there).
class ParamView {
public:
    /// A kind has at most this many parameters (checked by ParamSchema::namesOf).
    static constexpr size_t kMaxParams = 64;

    ParamView(const Params &params, const std::vector<ParamSpec> &specs);
    double num(ParamName name) const;
    QString text(ParamName name) const;
    bool flag(ParamName name) const;
    bool given(ParamName name) const { return given(slot(name)) != nullptr; }
    /// How many of the element's parameters the kind does not know.
    int unknownCount() const { return m_unknown; }
    const Params &params() const { return m_params; }
    const std::vector<ParamSpec> &specs() const { return m_specs; }

private:
    int slot(ParamName name) const { return m_names.value(name.view, name.hash); }
    const ParamValue *given(int slot) const
    {
        return slot >= 0 && (m_given >> slot & 1) ? m_values[size_t(slot)] : nullptr;
    }
    const Params &m_params;
    const std::vector<ParamSpec> &m_specs;
    const IdTable &m_names;
    uint64_t m_given = 0; ///< bit i: the element gives the kind's parameter i
    int m_unknown = 0;
    std::array<const ParamValue *, kMaxParams> m_values; ///< read only where m_given says
};

/// Two words the same: the same characters (an interned word) or the same text.
inline bool sameWord(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

/// The ids of one list of a project: by identity (no character read; every reference the
/// document and the readers hold shares its id's characters), and by content only when a
/// string that is not the element's own is asked for (a table made then, once per build; the
/// rules of a full recompute run on two threads, so making it takes a lock).
class IdLookup {
public:
    template <typename T> void build(const std::vector<T> &items)
    {
        m_identity.clear();
        m_identity.reserve(items.size());
        for (int i = 0; i < int(items.size()); ++i)
            m_identity.insert(items[size_t(i)].id, i);
        m_contentBuilt = false;
    }
    /// Position of `id` in `items` (the list built from), or -1.
    template <typename T> int find(const std::vector<T> &items, const QString &id) const
    {
        const int i = m_identity.value(id);
        if (i >= 0 && size_t(i) < items.size())
            return i;
        const std::lock_guard lock(m_contentMutex);
        if (!m_contentBuilt) {
            m_content.clear();
            m_content.reserve(items.size());
            for (int k = 0; k < int(items.size()); ++k)
                m_content.insert(items[size_t(k)].id, k);
            m_contentBuilt = true;
        }
        return m_content.value(id, -1);
    }

private:
    IdentityTable m_identity;
    mutable IdTable m_content;
    mutable bool m_contentBuilt = false;
    mutable std::mutex m_contentMutex;
};

/// Who is bound and linked to what, by index. Rebuilt on every structural change.
struct ProjectIndex {
    struct StageLinks {
        std::vector<int> compute, reads, writes, online;
        std::vector<int> incoming, outgoing; // flow indices
    };
    IdLookup stages, components, flows;
    std::vector<StageLinks> stageLinks;
    std::vector<int> flowFrom, flowTo;            // flow → producer/consumer stage, -1 if none
    std::vector<std::vector<int>> fabricsOf;      // component → fabrics it links to
    std::vector<std::vector<int>> linkedToFabric; // fabric → components linked to it
    std::vector<std::vector<int>> stagesOf;       // component → stages bound to it
    /// What a flow needs of the stage at either end, a few bytes per stage: the loop over the
    /// flows visits stages in no order, and reading six vectors and the kind of each missed
    /// the cache (a tenth of a recompute at 10,000 stages).
    struct FlowEnd {
        int firstWrite = -1, firstRead = -1; // component indices
        int firstCompute = -1;               // -1: bound to no compute component
        bool computesOnOne = false;          // ... or to that one only
        bool retains = false;                // ingestion, monitoring: charges its retained bytes
        bool chargesRate = false;            // ... or at least its write rate
    };
    std::vector<FlowEnd> flowEnds;     // per stage
    std::vector<uint32_t> servedRoles; // per component: bit i, it serves KindRegistry::roles()[i]
    bool anyFabricLink = false;
    std::vector<Finding> structuralFindings; // invalid bindings, dangling links

    void build(const Project &project);
    int stage(const Project &project, const QString &id) const
    {
        return stages.find(project.stages, id);
    }
    int component(const Project &project, const QString &id) const
    {
        return components.find(project.components, id);
    }
    int flow(const Project &project, const QString &id) const
    {
        return flows.find(project.flows, id);
    }
    /// Calls `fn` with each fabric both components link to (or that `b` is and `a` links to),
    /// in `a`'s order: no list is made, for it is asked per flow and per stage.
    template <typename Fn> void forEachCommonFabric(int a, int b, Fn fn) const
    {
        if (a < 0 || b < 0 || a == b)
            return;
        const std::vector<int> &ofB = fabricsOf[size_t(b)];
        for (int f : fabricsOf[size_t(a)]) {
            if (f == b || std::find(ofB.begin(), ofB.end(), f) != ofB.end())
                fn(f);
        }
    }
    /// Calls `fn` with each compute component the stage is bound to.
    template <typename Fn> void forEachCompute(int stage, Fn fn) const
    {
        const FlowEnd &end = flowEnds[size_t(stage)];
        if (end.computesOnOne)
            fn(end.firstCompute);
        else if (end.firstCompute >= 0)
            for (int compute : stageLinks[size_t(stage)].compute)
                fn(compute);
    }
};

/// What the rules need to know about the world around one stage.
struct Context {
    const Project &project;
    const ProjectIndex &index;
    const Catalog &catalog;
};

/// Each writes the element's result into `into`, reusing its lists' memory.
void computeStage(const Context &context, int stageIndex, StageResult &into);
void computeFlow(const Context &context, int flowIndex, FlowResult &into);
/// Capacity of a component (demand is summed by the engine from the charges).
ComponentResult componentCapacity(const Context &context, int componentIndex,
                                  std::vector<Finding> *findings);
/// Utilisation and growth findings once demand is known.
void judgeComponent(const Context &context, int componentIndex, ComponentResult &result);

/// Usable GPUs of a gpu-cluster; 0 if not one or not known.
double usableGpus(const Component &component);
/// TCP goodput of a link (or the full speed with RDMA).
double goodput(double linkSpeed, double mtu, bool rdma);

// Findings are data: the words are QT_TRANSLATE_NOOP("tarmac::Findings", …) templates that
// FindingFormatter fills in when a view shows them (findingtext.h).
Finding makeFinding(Severity severity, const char *code, FindingText message, FindingText hint);
/// Parameters the kind does not know (typos, newer files): kept, and reported here, on the
/// stage, component or flow `ownerId` (`owner` says which).
void reportUnknownParams(const ParamView &params, ItemType owner, const QString &ownerId,
                         std::vector<Finding> *findings);

} // namespace tarmac::engine
