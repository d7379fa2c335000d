#include "projectformat.h"

#include "jsonformat.h"
#include "sqliteformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tarmac {

const ProjectFormat *formatForPath(const QString &path)
{
    static const JsonFormat json;
    static const SqliteFormat sqlite;
    if (SqliteFormat::looksLikeSqlite(path))
        return &sqlite;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return &json;
    if (suffix == u"tarmac")
        return &sqlite;
    return nullptr;
}

ReadResult readProjectFile(const QString &path)
{
    ReadResult r;
    const ProjectFormat *format = formatForPath(path);
    if (!format) {
        // Unknown extension: decide by content so "project.bak" still opens.
        QFile file(path);
        if (!file.exists()) {
            r.error = path + QStringLiteral(": ") +
                      QCoreApplication::translate("tarmac::ProjectFormat", "no such file");
            return r;
        }
        static const JsonFormat json;
        format = &json;
    }
    r = format->read(path);
    if (!r.ok())
        r.error = path + QStringLiteral(": ") + r.error;
    return r;
}

QString writeProjectFile(const Project &project, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const JsonFormat json;
    static const SqliteFormat sqlite;
    const ProjectFormat *format = suffix == u"json" ? static_cast<const ProjectFormat *>(&json)
                                                    : static_cast<const ProjectFormat *>(&sqlite);
    const QString error = format->write(project, path);
    return error.isEmpty() ? error : path + QStringLiteral(": ") + error;
}

} // namespace tarmac
