#pragma once

#include "model/project.h"
#include "result.h"

namespace tarmac {

/// The one-line summary shown on a canvas item and in diagram labels, e.g.
/// "24 × GPU · 246 h · 67.5 GiB/GPU" or "32 × H100 SXM5 · 103 % GPUs".
QString stageFigures(const Stage &stage, const StageResult &result);
QString componentFigures(const Component &component, const ComponentResult &result);

/// Worst severity among the findings that name `id` as stage, component or flow;
/// returns false when there are none.
bool worstSeverity(const std::vector<Finding> &findings, const QString &id, Severity *worst);
/// The findings that name `id`, one per line, for tooltips.
QString findingsText(const std::vector<Finding> &findings, const QString &id);

} // namespace tarmac
