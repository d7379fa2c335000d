#pragma once

#include "findingformat.h"
#include "model/project.h"
#include "result.h"

#include <QHash>
#include <QStringList>

namespace tarmac {

class Catalog;

/// The one-line summary shown on a canvas item and in diagram labels, e.g.
/// "24 × GPU · 246 h · 67.5 GiB/GPU" or "32 × H100 SXM5 · 103 % GPUs".
/// Sizes in `units`, except memory, which stays in GiB as vendors state it.
QString stageFigures(const Stage &stage, const StageResult &result,
                     UnitSystem units = UnitSystem::SI);
/// `catalog` names the accelerator: the catalog the engine computed with.
QString componentFigures(const Component &component, const ComponentResult &result,
                         const Catalog &catalog, UnitSystem units = UnitSystem::SI);

/// What the findings say about one item: its worst severity and their messages.
struct ItemVerdict {
    Severity worst = Severity::Info;
    QStringList lines; ///< "severity: message", one per finding, for tooltips
};

/// The verdict of every stage, component and flow that a finding names, in one pass over the
/// findings (asking per item would scan them all once per item on a board of thousands).
QHash<QString, ItemVerdict> verdictsById(const std::vector<Finding> &findings,
                                         const FindingFormatter &words);

} // namespace tarmac
