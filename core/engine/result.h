#pragma once

#include "findingtext.h"

#include <QString>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace tarmac {

enum class Severity { Info, Warning, Error };

/// "error", "warning", "info".
QString severityName(Severity severity);

/// One place where demand and capacity do not fit, as data: what, where, and the numbers.
/// FindingFormatter makes the words a workshop acts on, in the reader's units and language.
struct Finding {
    Severity severity = Severity::Info;
    QString code;  ///< ENGINE.md code: gpu-count, storage-capacity, …
    QString stage; ///< id of the stage concerned, if one is
    QString component;
    QString flow;
    FindingText message;      ///< one sentence with both numbers and their dimensions
    FindingText hint;         ///< what would fix it, with its numbers
    int monthsUntilFull = -1; ///< storage-capacity only; -1 when not applicable
    bool operator==(const Finding &) const = default;
    /// The item it is shown on: its stage, else its component, else its flow.
    const QString &itemId() const
    {
        return !stage.isEmpty() ? stage : !component.isEmpty() ? component : flow;
    }
};

/// A computed requirement of a stage: key as in FORMAT.md, value in base units
/// (keys ending in "Hours" are hours).
struct Requirement {
    const char *key;
    double value;
};

/// What a component gives and what is asked of it.
enum class Resource {
    Gpus,
    CpuCores,
    MemoryBytes,
    NetworkBytesPerSecond,
    CapacityBytes,
    ReadBytesPerSecond,
    WriteBytesPerSecond,
    OpsPerSecond,
    GpuMemoryBytes, ///< per GPU: the largest need of any stage, not a sum (a GPU is not shared)
};
constexpr int kResourceCount = 9;
/// The output key of a resource ("gpus", "capacityBytes", …).
const char *resourceKey(Resource resource);

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

/// Part of a stage's or a flow's demand charged to one component.
struct Charge {
    int component = -1;
    Resource resource = Resource::Gpus;
    double amount = 0;   ///< at month 0
    double perMonth = 0; ///< growth per month (capacity only)
    /// A training stage without a GPU count takes every GPU of its cluster: it fills the
    /// cluster by design, which is no finding while nothing else asks for GPUs there.
    bool fillsCluster = false;
};

struct StageResult {
    std::vector<Requirement> requirements;
    std::vector<Charge> charges;
    std::vector<Finding> findings;
    /// The value of requirement `key`, or NaN when it does not apply.
    double value(const char *key) const;
};

struct FlowResult {
    double logicalBytes = 0;   ///< month 0, all retained versions
    double bytesPerSecond = 0; ///< one version moved within its window
    int store = -1;            ///< component index holding it, -1 if none
    std::vector<Charge> charges;
    std::vector<Finding> findings;
};

struct ComponentResult {
    std::array<double, kResourceCount> capacity; ///< NaN: not applicable or not known
    std::array<double, kResourceCount> demand{};
    double fillingGpus = 0;    ///< the part of demand[Gpus] from charges that fill the cluster
    double growthPerMonth = 0; ///< logical bytes added per month (storage)
    /// Storage only: physical bytes after protection, month 0 … horizon.
    std::vector<double> monthlyBytes;
    double physicalCapacityBytes = kUnknown; ///< raw × (1 − slack): what monthlyBytes fill
    int monthsUntilFull = -1;                ///< -1: does not fill within the horizon
    std::vector<Finding> findings;

    ComponentResult() { capacity.fill(kUnknown); }
    double utilization(Resource r) const
    {
        const double c = capacity[int(r)];
        const double d = demand[int(r)];
        if (std::isnan(c) || (c == 0 && d == 0))
            return kUnknown;
        return c == 0 ? std::numeric_limits<double>::infinity() : d / c;
    }
};

/// Everything the engine computed for one project; indices follow the project's vectors.
struct EngineResult {
    std::vector<StageResult> stages;
    std::vector<FlowResult> flows;
    std::vector<ComponentResult> components;
    std::vector<Finding> findings; ///< all of them: errors first, then warnings, then info
    int errorCount() const;
    int warningCount() const;
};

} // namespace tarmac
