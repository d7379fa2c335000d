#pragma once

// Small file helpers the tests share: read a file's bytes, write bytes, list a folder with its
// hidden entries (where temporary files would hide).

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace tarmac::testing {

inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// Every entry of `dir`, hidden ones included, sorted by name.
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Makes something at `path` that is not a regular file: "fifo", "folder" or "device" (a
/// character device of our own with /dev/full's numbers, so replacing it would harm nothing).
/// Returns why it could not be made (the caller skips), or empty.
inline QString makeNotAFile(const QString &kind, const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1StringView("fifo"))
        return ::mkfifo(name.constData(), 0600) == 0 ? QString() : QStringLiteral("mkfifo failed");
    if (kind == QLatin1StringView("folder"))
        return QDir().mkdir(path) ? QString() : QStringLiteral("mkdir failed");
    if (::geteuid() != 0)
        return QStringLiteral("making a device node needs root");
    if (::mknod(name.constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
        return QStringLiteral("this root may not make device nodes (a user namespace)");
    return {};
}

/// True if `path` is still the kind of thing makeNotAFile() made.
inline bool isStill(const QString &kind, const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return kind == QLatin1StringView("fifo")     ? S_ISFIFO(st.st_mode)
           : kind == QLatin1StringView("folder") ? S_ISDIR(st.st_mode)
                                                 : S_ISCHR(st.st_mode);
}

} // namespace tarmac::testing
