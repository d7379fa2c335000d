#include "engine.h"

#include "engineinternal.h"

#include <QCoreApplication>
#include <algorithm>
#include <system_error>
#include <thread>

namespace tarmac {

using engine::Context;
using engine::ProjectIndex;

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

const char *resourceKey(Resource resource)
{
    switch (resource) {
    case Resource::Gpus:
        return "gpus";
    case Resource::CpuCores:
        return "cpuCores";
    case Resource::MemoryBytes:
        return "memoryBytes";
    case Resource::NetworkBytesPerSecond:
        return "networkBytesPerSecond";
    case Resource::CapacityBytes:
        return "capacityBytes";
    case Resource::ReadBytesPerSecond:
        return "readBytesPerSecond";
    case Resource::WriteBytesPerSecond:
        return "writeBytesPerSecond";
    case Resource::OpsPerSecond:
        return "opsPerSecond";
    case Resource::GpuMemoryBytes:
        return "gpuMemoryBytes";
    }
    return "";
}

double StageResult::value(const char *key) const
{
    for (const Requirement &r : requirements) {
        if (qstrcmp(r.key, key) == 0)
            return r.value;
    }
    return kUnknown;
}

int EngineResult::errorCount() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Error; }));
}

int EngineResult::warningCount() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding &f) { return f.severity == Severity::Warning; }));
}

RequirementsEngine::RequirementsEngine(const Catalog &catalog)
    : m_catalog(catalog)
    , m_index(std::make_unique<ProjectIndex>())
{
}

RequirementsEngine::~RequirementsEngine() = default;

int RequirementsEngine::stageIndex(const Project &project, const QString &id) const
{
    return m_index->stage(project, id);
}
int RequirementsEngine::componentIndex(const Project &project, const QString &id) const
{
    return m_index->component(project, id);
}
int RequirementsEngine::flowIndex(const Project &project, const QString &id) const
{
    return m_index->flow(project, id);
}

namespace {

/// Below this many stages and flows a second thread costs more than it saves.
constexpr size_t kTwoThreadsFrom = 4000;

} // namespace

void RequirementsEngine::computeElements(const Context &context)
{
    const size_t stages = m_result.stages.size();
    const size_t flows = m_result.flows.size();
    auto compute = [&](size_t firstStage, size_t endStage, size_t firstFlow, size_t endFlow) {
        for (size_t s = firstStage; s < endStage; ++s)
            engine::computeStage(context, int(s), m_result.stages[s]);
        for (size_t f = firstFlow; f < endFlow; ++f)
            engine::computeFlow(context, int(f), m_result.flows[f]);
    };
    // The rules of one element read the project, the index and the catalog and write that
    // element's result only, so halves of the lists computed on two threads give the same
    // bits. A full recompute at 10,000 stages waits on memory more than it computes, and a
    // second core waits beside the first: 29 ms on one thread, 17 ms on two (decision 0026).
    if (!m_singleThreaded && stages + flows >= kTwoThreadsFrom &&
        std::thread::hardware_concurrency() > 1) {
        try {
            std::jthread second(compute, stages / 2, stages, flows / 2, flows);
            compute(0, stages / 2, 0, flows / 2);
            return; // `second` is joined here
        } catch (const std::system_error &) {
            // No thread to be had: the same work on this one.
        }
    }
    compute(0, stages, 0, flows);
}

const EngineResult &RequirementsEngine::compute(const Project &project)
{
    m_index->build(project);
    // Every list is refilled in place: freeing and allocating the results of 30,000 elements
    // cost a tenth of a full recompute at 10,000 stages, page faults included.
    m_result.stages.resize(project.stages.size());
    m_result.flows.resize(project.flows.size());
    m_result.components.resize(project.components.size());
    for (auto *contributors : {&m_stageContributors, &m_flowContributors}) {
        contributors->resize(project.components.size());
        for (std::vector<int> &list : *contributors)
            list.clear();
    }

    const Context context{project, *m_index, m_catalog};
    computeElements(context);
    // Who charges each component, and every component's demand, in one walk over the charges:
    // summing per component through its contributors read each stage's charges once for every
    // component it charges.
    m_demand.assign(project.components.size(), Demand());
    for (int s = 0; s < int(project.stages.size()); ++s) {
        for (const Charge &c : m_result.stages[size_t(s)].charges) {
            auto &list = m_stageContributors[size_t(c.component)];
            if (list.empty() || list.back() != s)
                list.push_back(s);
            m_demand[size_t(c.component)].add(c);
        }
    }
    for (int f = 0; f < int(project.flows.size()); ++f) {
        for (const Charge &c : m_result.flows[size_t(f)].charges) {
            auto &list = m_flowContributors[size_t(c.component)];
            if (list.empty() || list.back() != f)
                list.push_back(f);
            m_demand[size_t(c.component)].add(c);
        }
    }
    std::vector<int> all(project.components.size());
    for (int i = 0; i < int(all.size()); ++i)
        all[size_t(i)] = i;
    recomputeComponents(project, all, &m_demand);
    collectFindings();
    return m_result;
}

namespace {

std::vector<int> chargedComponents(const std::vector<Charge> &charges)
{
    std::vector<int> out;
    for (const Charge &c : charges)
        out.push_back(c.component);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void updateContributors(std::vector<std::vector<int>> &contributors, int who,
                        const std::vector<int> &before, const std::vector<int> &after)
{
    for (int c : before) {
        if (!std::binary_search(after.begin(), after.end(), c)) {
            auto &list = contributors[size_t(c)];
            list.erase(std::remove(list.begin(), list.end(), who), list.end());
        }
    }
    for (int c : after) {
        if (!std::binary_search(before.begin(), before.end(), c))
            contributors[size_t(c)].push_back(who);
    }
}

} // namespace

void RequirementsEngine::recomputeStages(const Project &project, const std::vector<int> &stages,
                                         std::vector<int> &dirty)
{
    const Context context{project, *m_index, m_catalog};
    for (int s : stages) {
        const std::vector<int> before = chargedComponents(m_result.stages[size_t(s)].charges);
        StageResult fresh;
        engine::computeStage(context, s, fresh);
        if (fresh.findings != m_result.stages[size_t(s)].findings)
            findingsChangedAt(1 + size_t(s));
        m_result.stages[size_t(s)] = std::move(fresh);
        const std::vector<int> after = chargedComponents(m_result.stages[size_t(s)].charges);
        updateContributors(m_stageContributors, s, before, after);
        dirty.insert(dirty.end(), before.begin(), before.end());
        dirty.insert(dirty.end(), after.begin(), after.end());
    }
}

void RequirementsEngine::recomputeFlow(const Project &project, int f, std::vector<int> &dirty)
{
    const Context context{project, *m_index, m_catalog};
    const std::vector<int> before = chargedComponents(m_result.flows[size_t(f)].charges);
    FlowResult fresh;
    engine::computeFlow(context, f, fresh);
    if (fresh.findings != m_result.flows[size_t(f)].findings)
        findingsChangedAt(1 + m_result.stages.size() + size_t(f));
    m_result.flows[size_t(f)] = std::move(fresh);
    const std::vector<int> after = chargedComponents(m_result.flows[size_t(f)].charges);
    updateContributors(m_flowContributors, f, before, after);
    dirty.insert(dirty.end(), before.begin(), before.end());
    dirty.insert(dirty.end(), after.begin(), after.end());
}

void RequirementsEngine::Demand::add(const Charge &charge)
{
    if (charge.resource == Resource::GpuMemoryBytes)
        demand[size_t(charge.resource)] = std::max(demand[size_t(charge.resource)], charge.amount);
    else
        demand[size_t(charge.resource)] += charge.amount;
    if (charge.fillsCluster)
        fillingGpus += charge.amount;
    if (charge.resource == Resource::CapacityBytes)
        growthPerMonth += charge.perMonth;
}

void RequirementsEngine::recomputeComponents(const Project &project, std::vector<int> components,
                                             const std::vector<Demand> *summed)
{
    std::sort(components.begin(), components.end());
    components.erase(std::unique(components.begin(), components.end()), components.end());
    const Context context{project, *m_index, m_catalog};
    for (int c : components) {
        std::vector<Finding> findings;
        ComponentResult r = engine::componentCapacity(context, c, &findings);
        Demand d;
        if (summed) {
            d = (*summed)[size_t(c)];
        } else {
            auto add = [&](const std::vector<Charge> &charges) {
                for (const Charge &charge : charges) {
                    if (charge.component == c)
                        d.add(charge);
                }
            };
            for (int s : m_stageContributors[size_t(c)])
                add(m_result.stages[size_t(s)].charges);
            for (int f : m_flowContributors[size_t(c)])
                add(m_result.flows[size_t(f)].charges);
        }
        r.demand = d.demand;
        r.fillingGpus = d.fillingGpus;
        r.growthPerMonth = d.growthPerMonth;
        engine::judgeComponent(context, c, r);
        r.findings.insert(r.findings.begin(), findings.begin(), findings.end());
        if (r.findings != m_result.components[size_t(c)].findings)
            findingsChangedAt(1 + m_result.stages.size() + m_result.flows.size() + size_t(c));
        m_result.components[size_t(c)] = std::move(r);
    }
}

namespace {

constexpr Severity kSeverityOrder[] = {Severity::Error, Severity::Warning, Severity::Info};

} // namespace

void RequirementsEngine::findingsChangedAt(size_t source)
{
    m_findingsChanged = true;
    if (source < m_sourceChanged.size() && !m_sourceChanged[source]) {
        m_sourceChanged[source] = 1;
        m_changedSources.push_back(source);
    }
}

const std::vector<Finding> &RequirementsEngine::findingsOf(size_t source) const
{
    if (source == 0)
        return m_index->structuralFindings;
    --source;
    if (source < m_result.stages.size())
        return m_result.stages[source].findings;
    source -= m_result.stages.size();
    if (source < m_result.flows.size())
        return m_result.flows[source].findings;
    return m_result.components[source - m_result.flows.size()].findings;
}

void RequirementsEngine::collectFindings()
{
    // Errors first, then warnings, then info, each in project order: bucket by severity
    // instead of sorting, so each finding is copied once.
    const size_t sources =
        1 + m_result.stages.size() + m_result.flows.size() + m_result.components.size();
    m_findingCounts.assign(sources, {0, 0, 0});
    m_sourceChanged.assign(sources, 0);
    m_changedSources.clear();
    size_t total = 0;
    for (size_t source = 0; source < sources; ++source) {
        for (const Finding &f : findingsOf(source)) {
            for (int b = 0; b < 3; ++b)
                m_findingCounts[source][size_t(b)] += f.severity == kSeverityOrder[b] ? 1 : 0;
        }
        total += findingsOf(source).size();
    }
    std::vector<Finding> all;
    all.reserve(total);
    for (const Severity severity : kSeverityOrder) {
        for (size_t source = 0; source < sources; ++source) {
            for (const Finding &f : findingsOf(source)) {
                if (f.severity == severity)
                    all.push_back(f);
            }
        }
    }
    m_result.findings = std::move(all);
    m_findingsChanged = false;
}

void RequirementsEngine::collectFindingsIfChanged()
{
    if (!m_findingsChanged)
        return;
    const size_t sources = m_findingCounts.size();
    if (sources !=
            1 + m_result.stages.size() + m_result.flows.size() + m_result.components.size() ||
        m_changedSources.size() * 4 > sources) {
        collectFindings(); // most of it changed: gathering afresh is as cheap
        return;
    }
    // The same order as collectFindings(): findings of unchanged sources are moved over from
    // the last list, those of changed sources copied from their results.
    std::vector<Finding> old = std::move(m_result.findings);
    std::vector<Finding> all;
    all.reserve(old.size() + 16);
    size_t cursor = 0;
    for (int b = 0; b < 3; ++b) {
        for (size_t source = 0; source < sources; ++source) {
            int &count = m_findingCounts[source][size_t(b)];
            if (!m_sourceChanged[source]) {
                for (int i = 0; i < count; ++i)
                    all.push_back(std::move(old[cursor++]));
                continue;
            }
            cursor += size_t(count);
            count = 0;
            for (const Finding &f : findingsOf(source)) {
                if (f.severity == kSeverityOrder[b]) {
                    all.push_back(f);
                    ++count;
                }
            }
        }
    }
    for (size_t source : m_changedSources)
        m_sourceChanged[source] = 0;
    m_changedSources.clear();
    m_result.findings = std::move(all);
    m_findingsChanged = false;
}

const EngineResult &RequirementsEngine::stageChanged(const Project &project, const QString &id)
{
    const int s = stageIndex(project, id);
    if (s < 0 || project.stages.size() != m_result.stages.size() ||
        project.stages[size_t(s)].id != id)
        return compute(project);
    std::vector<int> dirty;
    recomputeStages(project, {s}, dirty);
    recomputeComponents(project, dirty);
    collectFindingsIfChanged();
    return m_result;
}

const EngineResult &RequirementsEngine::componentChanged(const Project &project, const QString &id)
{
    const int c = componentIndex(project, id);
    if (c < 0 || project.components.size() != m_result.components.size() ||
        project.components[size_t(c)].id != id)
        return compute(project);
    // Stages bound to it read its parameters (GPU model, usable GPUs, latency); a fabric's
    // latency matters to the stages bound to what it links.
    std::vector<int> stages = m_index->stagesOf[size_t(c)];
    for (int linked : m_index->linkedToFabric[size_t(c)])
        stages.insert(stages.end(), m_index->stagesOf[size_t(linked)].begin(),
                      m_index->stagesOf[size_t(linked)].end());
    std::sort(stages.begin(), stages.end());
    stages.erase(std::unique(stages.begin(), stages.end()), stages.end());
    std::vector<int> dirty{c};
    recomputeStages(project, stages, dirty);
    recomputeComponents(project, dirty);
    collectFindingsIfChanged();
    return m_result;
}

const EngineResult &RequirementsEngine::flowChanged(const Project &project, const QString &id)
{
    const int f = flowIndex(project, id);
    if (f < 0 || project.flows.size() != m_result.flows.size() || project.flows[size_t(f)].id != id)
        return compute(project);
    // Its store may have changed: that is structural for the flow only.
    std::vector<int> dirty;
    recomputeFlow(project, f, dirty);
    const int consumer = stageIndex(project, project.flows[size_t(f)].to);
    if (consumer >= 0)
        recomputeStages(project, {consumer}, dirty);
    recomputeComponents(project, dirty);
    collectFindingsIfChanged();
    return m_result;
}

EngineResult computeRequirements(const Project &project, const Catalog &catalog)
{
    RequirementsEngine engine(catalog);
    engine.compute(project);
    return engine.takeResult(); // moved, not copied: at 100,000 stages a copy cost 0.2 s
}

} // namespace tarmac
