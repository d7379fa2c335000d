#pragma once

// Small file helpers the tests share: read a file's bytes, write bytes, list a folder with its
// hidden entries (where temporary files would hide).

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

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

} // namespace tarmac::testing
