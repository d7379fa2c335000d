#pragma once

#include "catalog/catalog.h"
#include "model/project.h"
#include "result.h"

#include <array>
#include <memory>

namespace tarmac {

namespace engine {
struct ProjectIndex;
struct Context;
} // namespace engine

/// Computes what every stage needs, what every component gives, storage growth and the
/// findings (ENGINE.md). Pure: the result depends only on the project and the catalog.
/// Keeps its last result so that one parameter change recomputes only what depends on it.
class RequirementsEngine {
public:
    explicit RequirementsEngine(const Catalog &catalog = Catalog::builtin());
    /// The catalog every figure and finding of this engine comes from.
    const Catalog &catalog() const { return m_catalog; }
    ~RequirementsEngine();
    RequirementsEngine(const RequirementsEngine &) = delete;
    RequirementsEngine &operator=(const RequirementsEngine &) = delete;

    /// Full recompute; call after any structural change (items, bindings, links added or removed).
    const EngineResult &compute(const Project &project);
    /// A parameter (or name) of stage `id` changed; nothing else did.
    const EngineResult &stageChanged(const Project &project, const QString &id);
    /// A parameter of component `id` changed.
    const EngineResult &componentChanged(const Project &project, const QString &id);
    /// A parameter of flow `id` changed.
    const EngineResult &flowChanged(const Project &project, const QString &id);

    const EngineResult &result() const { return m_result; }
    /// A large full recompute uses a second thread unless told not to (profiling, and the
    /// test that the two give the same result).
    void setSingleThreaded(bool single) { m_singleThreaded = single; }
    /// Hands the result over (no copy); the engine must compute again before it is asked.
    EngineResult takeResult() { return std::move(m_result); }
    /// Index of an item in the result vectors, or -1, for `project`: the one last computed.
    /// (Given another, the answer is a position in that one's lists that the caller checks.)
    int stageIndex(const Project &project, const QString &id) const;
    int componentIndex(const Project &project, const QString &id) const;
    int flowIndex(const Project &project, const QString &id) const;

private:
    /// Every stage's and flow's result of a full recompute (on two threads when it is large).
    void computeElements(const engine::Context &context);
    void recomputeStages(const Project &project, const std::vector<int> &stages,
                         std::vector<int> &dirtyComponents);
    void recomputeFlow(const Project &project, int flow, std::vector<int> &dirtyComponents);
    /// What the charges ask of one component, summed.
    struct Demand {
        std::array<double, kResourceCount> demand{};
        double fillingGpus = 0;
        double growthPerMonth = 0;
        void add(const Charge &charge);
    };
    /// Capacity, demand and findings of `components`. A full recompute passes every
    /// component's demand summed in one walk over all charges (`summed`); an incremental step
    /// sums each one's from its contributors (the same order, so the same bits).
    void recomputeComponents(const Project &project, std::vector<int> components,
                             const std::vector<Demand> *summed = nullptr);
    void collectFindings();
    /// After an incremental step: gathers the findings again only if a recomputed item's
    /// findings differ, and then copies only those items' findings: the others are moved over
    /// from the last list, so a parameter tweak at 10,000 stages costs no 10,000 copies.
    void collectFindingsIfChanged();
    /// Marks the findings of one source as changed: 0 is the structural findings, then the
    /// stages, the flows and the components, in project order.
    void findingsChangedAt(size_t source);
    const std::vector<Finding> &findingsOf(size_t source) const;

    const Catalog &m_catalog;
    std::unique_ptr<engine::ProjectIndex> m_index;
    EngineResult m_result;
    // Which stages and flows charge each component: kept so a change re-sums only its targets.
    std::vector<std::vector<int>> m_stageContributors;
    bool m_findingsChanged = false; ///< set by the recompute steps, cleared when collected
    std::vector<std::vector<int>> m_flowContributors;
    std::vector<Demand> m_demand; ///< a full recompute's sums, kept for their memory
    bool m_singleThreaded = false;
    /// Per source (see findingsChangedAt): how many errors, warnings and infos it has in
    /// m_result.findings, as of the last collect.
    std::vector<std::array<int, 3>> m_findingCounts;
    std::vector<char> m_sourceChanged; ///< per source: recomputed with different findings
    std::vector<size_t> m_changedSources;
};

/// One-shot convenience: the full result for a project.
EngineResult computeRequirements(const Project &project,
                                 const Catalog &catalog = Catalog::builtin());

} // namespace tarmac
