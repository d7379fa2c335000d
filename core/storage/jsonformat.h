#pragma once

#include "projectformat.h"

#include <QByteArray>
#include <QJsonObject>

namespace tarmac {

/// The JSON interchange format of FORMAT.md ("format": "tarmac-project", "version": 1).
/// Unknown top-level keys are preserved (Project::extra); unknown parameters are kept and
/// reported by the engine; every other problem refuses the file with one clear message.
class JsonFormat : public ProjectFormat {
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
    /// Zones nest site > room > row > rack; deeper chains are refused so that nothing that
    /// walks the tree (canvas, diagrams, report) can be made to recurse without end.
    static constexpr int kMaxZoneDepth = 32;

    ReadResult read(const QString &path) const override;
    QString write(const Project &project, const QString &path) const override;

    /// Parses interchange JSON text (also used for the clipboard).
    static ReadResult fromJson(const QByteArray &json);
    /// Validates and converts an already parsed interchange object.
    static ReadResult fromObject(const QJsonObject &root);
    static QJsonObject toObject(const Project &project);
    static QByteArray toJson(const Project &project);
};

} // namespace tarmac
