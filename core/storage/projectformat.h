#pragma once

#include "model/project.h"

#include <QString>

namespace tarmac {

/// A project read from a file, or the one-line reason it could not be.
struct ReadResult {
    Project project;
    QString error; ///< names the problem; the caller prefixes the file name
    bool ok() const { return error.isEmpty(); }
};

/// A file format for projects: read returns the project or an error; write is atomic
/// (the previous file survives any failure) and returns an empty string or the error.
class ProjectFormat {
public:
    virtual ~ProjectFormat() = default;
    virtual ReadResult read(const QString &path) const = 0;
    virtual QString write(const Project &project, const QString &path) const = 0;
};

/// Picks the format by content (SQLite header) or extension (.tarmac, .json).
const ProjectFormat *formatForPath(const QString &path);
/// Reads a .tarmac or .json project; the error, if any, starts with the file name.
ReadResult readProjectFile(const QString &path);
/// Writes by extension; returns an error that starts with the file name, or empty.
QString writeProjectFile(const Project &project, const QString &path);

} // namespace tarmac
