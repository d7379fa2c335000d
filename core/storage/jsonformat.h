#pragma once

#include "projectformat.h"

#include <QByteArray>
#include <QJsonObject>

namespace tarmac {

class JsonTree;

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
    /// Validates and converts a parsed or built tree; `extra` holds unknown top-level keys kept
    /// outside the tree (the .tarmac project row's), which the tree's own unknown keys join.
    static ReadResult fromTree(const JsonTree &tree, const QJsonObject &extra = {});
    static QJsonObject toObject(const Project &project);
    static QByteArray toJson(const Project &project);
};

} // namespace tarmac
