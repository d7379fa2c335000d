#pragma once

#include "result.h"

namespace tarmac {

/// The figures of a stage that charts and reports compare across stages, each one number.
enum class StageTotal {
    GpuHours,    ///< GPU-hours of the run; per day for stages that run daily (validation)
    Gpus,        ///< GPUs the stage needs at once
    MemoryBytes, ///< memory held: training's per-GPU memory counts on every GPU it uses
    ThroughputBytesPerSecond, ///< read plus write bandwidth
};

/// The total, or NaN when the stage has none of it.
double stageTotal(const StageResult &stage, StageTotal total);

/// True when the stage's GPU-hours are per day rather than per run.
bool gpuHoursArePerDay(const StageResult &stage);

} // namespace tarmac
