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
/// The same card line in the words of a data scientist: model size, tokens, GPU-hours and time
/// to train; samples and epochs; runs and requests — what the stage is, never what it needs
/// of the hardware (the data-science view of the canvas shows no infrastructure figure).
QString dataScienceFigures(const Stage &stage, const StageResult &result,
                           UnitSystem units = UnitSystem::SI);
/// The card line in the infrastructure view: the demand on the resource closest to its limit
/// against what the component gives ("8.19 GB/s of 8.00 GB/s write · 102 %").
QString demandFigures(const Component &component, const ComponentResult &result,
                      const Catalog &catalog, UnitSystem units = UnitSystem::SI);
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
