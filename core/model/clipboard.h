#pragma once

#include "idindex.h"
#include "project.h"
#include "projectdocument.h"

#include <QStringList>

// Copy and paste as model rules: what a copy takes along and how a paste renumbers, without
// a clipboard or a canvas, so that they are tested headless and cost linear time.

namespace tarmac {

/// The elements `ids` of `project` as a project of their own: the flows, bindings and links
/// between them come along, references to anything outside are dropped (a component keeps
/// its zone only if the zone is copied too).
Project copyOf(const Project &project, const QStringList &ids);

/// `pasted` as a batch to insert into `target`: every element gets an id free in the target
/// and among the pasted ones ("training" → "training-2"), every reference follows, positions
/// move by `offset` so that the copy does not hide the original. Appended at the ends.
ItemBatch pasteBatch(const Project &target, const IdIndex &targetIndex, const Project &pasted,
                     double offset);

} // namespace tarmac
