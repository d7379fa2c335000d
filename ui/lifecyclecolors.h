#pragma once

#include <QColor>
#include <QString>

namespace tarmac {

/// The colour of a lifecycle stage; the same values are baked into the stage icons
/// (resources/icons/*.svg), so change both together.
inline QColor lifecycleColor(const QString &stageKind)
{
    if (stageKind == u"ingestion")
        return QColor(0x2E, 0x86, 0xDE);
    if (stageKind == u"processing")
        return QColor(0x10, 0xAC, 0x84);
    if (stageKind == u"feature-engineering")
        return QColor(0x8E, 0x44, 0xAD);
    if (stageKind == u"training")
        return QColor(0xE6, 0x7E, 0x22);
    if (stageKind == u"validation")
        return QColor(0xF1, 0xC4, 0x0F);
    if (stageKind == u"serving")
        return QColor(0xE7, 0x4C, 0x3C);
    if (stageKind == u"monitoring")
        return QColor(0x16, 0xA0, 0x85);
    return QColor(0x7F, 0x8C, 0x8D); // unknown kind: neutral grey, never mistaken for a stage
}

/// The colour of an infrastructure component: slate / blue-grey tones, so that the colourful
/// lifecycle stays the eye-catcher and infrastructure reads as the floor it stands on.
inline QColor componentColor(const QString &componentKind)
{
    if (componentKind == u"gpu-cluster")
        return QColor(0x3D, 0x5A, 0x80);
    if (componentKind == u"cpu-cluster")
        return QColor(0x4F, 0x6D, 0x8A);
    if (componentKind == u"file-storage")
        return QColor(0x5D, 0x6D, 0x7E);
    if (componentKind == u"block-storage")
        return QColor(0x4A, 0x62, 0x74);
    if (componentKind == u"object-storage")
        return QColor(0x60, 0x7D, 0x8B);
    if (componentKind == u"parallel-fs")
        return QColor(0x45, 0x5A, 0x64);
    if (componentKind == u"kv-store")
        return QColor(0x54, 0x6E, 0x7A);
    if (componentKind == u"fabric")
        return QColor(0x37, 0x47, 0x4F);
    return QColor(0x78, 0x90, 0x9C);
}

} // namespace tarmac
