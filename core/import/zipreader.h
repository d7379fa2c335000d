#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace tarmac {

/// Reads members of a ZIP archive held in memory (an .xlsx workbook is one): stored and
/// deflated members, no ZIP64, no encryption. Built for files from strangers: every offset is
/// checked against the archive, every member is inflated with a size cap and its CRC-32
/// verified, so a truncated, corrupt or hostile archive gives an error in words, never a crash
/// or an unbounded allocation.
class ZipReader {
public:
    /// The largest member it inflates (a workbook's sheet of a large inventory is a few MB).
    static constexpr qint64 kMaxMemberBytes = 256ll * 1024 * 1024;

    explicit ZipReader(QByteArray archive);
    /// Empty if the central directory was read; else why the archive is unusable.
    QString error() const { return m_error; }
    QStringList names() const;
    bool contains(const QString &name) const;
    /// The member's bytes; on failure an empty array and `*error` says why.
    QByteArray read(const QString &name, QString *error) const;

private:
    struct Entry {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0, size = 0, localHeaderOffset = 0;
        bool encrypted = false;
    };
    bool readCentralDirectory();
    const Entry *find(const QString &name) const;

    QByteArray m_archive;
    std::vector<Entry> m_entries;
    QString m_error;
};

} // namespace tarmac
