#pragma once

#include "model/kindregistry.h"

#include <QColor>
#include <QString>

namespace tarmac {

/// The colour of a lifecycle stage (the kind registry's; the icons carry the same values).
inline QColor lifecycleColor(const QString &stageKind)
{
    return KindRegistry::color(stageKind);
}

/// The colour of an infrastructure component: slate / blue-grey tones in the registry, so that
/// the colourful lifecycle stays the eye-catcher and infrastructure reads as its floor.
inline QColor componentColor(const QString &componentKind)
{
    const KindInfo *kind = KindRegistry::find(componentKind);
    return kind ? kind->color : QColor(0x78, 0x90, 0x9C);
}

} // namespace tarmac
