#include "stagetotals.h"

#include <cmath>

namespace tarmac {

bool gpuHoursArePerDay(const StageResult &stage)
{
    return std::isnan(stage.value("gpuHours")) && !std::isnan(stage.value("gpuHoursPerDay"));
}

double stageTotal(const StageResult &stage, StageTotal total)
{
    switch (total) {
    case StageTotal::GpuHours: {
        const double run = stage.value("gpuHours");
        return std::isnan(run) ? stage.value("gpuHoursPerDay") : run;
    }
    case StageTotal::Gpus:
        return stage.value("gpusNeeded");
    case StageTotal::MemoryBytes: {
        const double memory = stage.value("memoryBytes");
        if (!std::isnan(memory))
            return memory;
        // Training states memory per GPU; the whole job holds it on every GPU it uses.
        return stage.value("memoryPerGpuBytes") * stage.value("gpusNeeded");
    }
    case StageTotal::ThroughputBytesPerSecond: {
        const double read = stage.value("readBytesPerSecond");
        const double write = stage.value("writeBytesPerSecond");
        if (std::isnan(read) && std::isnan(write))
            return kUnknown;
        return (std::isnan(read) ? 0 : read) + (std::isnan(write) ? 0 : write);
    }
    }
    return kUnknown;
}

} // namespace tarmac
