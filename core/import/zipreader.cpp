#include "zipreader.h"

#include <QCoreApplication>
#include <zlib.h>

namespace tarmac {
namespace {

struct ZipText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Import)
};

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qsizetype kEndRecordSize = 22;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

} // namespace

ZipReader::ZipReader(QByteArray archive)
    : m_archive(std::move(archive))
{
    if (!readCentralDirectory() && m_error.isEmpty())
        m_error = ZipText::tr("not a ZIP archive (an .xlsx workbook is one)");
}

bool ZipReader::readCentralDirectory()
{
    const QByteArray &a = m_archive;
    if (a.size() < kEndRecordSize)
        return false;
    // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
    qsizetype end = -1;
    const qsizetype lowest = std::max<qsizetype>(0, a.size() - kEndRecordSize - 0xFFFF);
    for (qsizetype at = a.size() - kEndRecordSize; at >= lowest; --at) {
        if (u32(a, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return false;
    const quint16 count = u16(a, end + 10);
    const quint32 size = u32(a, end + 12);
    const quint32 offset = u32(a, end + 16);
    if (offset == 0xFFFFFFFFu || count == 0xFFFF) {
        m_error = ZipText::tr("a ZIP64 archive, which Tarmac does not read; save the workbook "
                              "again from a spreadsheet program");
        return false;
    }
    if (qint64(offset) + size > end) {
        m_error = ZipText::tr("the ZIP archive is truncated or corrupt (its directory lies "
                              "outside the file)");
        return false;
    }
    qsizetype at = offset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(a, at) != kDirectoryEntry) {
            m_error = ZipText::tr("the ZIP archive's directory is corrupt");
            return false;
        }
        Entry e;
        e.encrypted = u16(a, at + 8) & 1;
        e.method = u16(a, at + 10);
        e.crc = u32(a, at + 16);
        e.compressedSize = u32(a, at + 20);
        e.size = u32(a, at + 24);
        const quint16 nameLength = u16(a, at + 28);
        const quint16 extraLength = u16(a, at + 30);
        const quint16 commentLength = u16(a, at + 32);
        e.localHeaderOffset = u32(a, at + 42);
        if (at + 46 + nameLength > end) {
            m_error = ZipText::tr("the ZIP archive's directory is corrupt");
            return false;
        }
        e.name = QString::fromUtf8(a.mid(at + 46, nameLength));
        m_entries.push_back(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

QStringList ZipReader::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &e : m_entries) {
        // Members are few (a workbook has a dozen): a scan is the simplest correct lookup.
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

bool ZipReader::contains(const QString &name) const
{
    return find(name) != nullptr;
}

QByteArray ZipReader::read(const QString &name, QString *error) const
{
    const Entry *e = find(name);
    if (!e) {
        *error = ZipText::tr("the archive has no member %1").arg(name);
        return {};
    }
    const QByteArray &a = m_archive;
    const qint64 header = e->localHeaderOffset;
    if (header + 30 > a.size() || u32(a, header) != kLocalHeader) {
        *error = ZipText::tr("member %1 is corrupt (no local header)").arg(name);
        return {};
    }
    const qint64 data = header + 30 + u16(a, header + 26) + u16(a, header + 28);
    if (data + e->compressedSize > a.size()) {
        *error = ZipText::tr("member %1 is truncated").arg(name);
        return {};
    }
    if (e->encrypted) {
        *error = ZipText::tr("member %1 is encrypted").arg(name);
        return {};
    }
    if (e->size > kMaxMemberBytes) {
        *error = ZipText::tr("member %1 is larger than %2 MiB unpacked; Tarmac does not read it")
                     .arg(name)
                     .arg(kMaxMemberBytes / (1024 * 1024));
        return {};
    }
    QByteArray out;
    if (e->method == 0) {
        out = a.mid(data, e->compressedSize);
    } else if (e->method == 8) {
        // Inflate into exactly the declared size: a member that inflates to more is a lie
        // (or a bomb) and is refused, not followed.
        out.resize(qsizetype(e->size));
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            *error = ZipText::tr("cannot unpack member %1").arg(name);
            return {};
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(a.constData() + data));
        z.avail_in = e->compressedSize;
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = e->size;
        const int status = inflate(&z, Z_FINISH);
        const uLong produced = z.total_out;
        inflateEnd(&z);
        if (status != Z_STREAM_END || produced != e->size) {
            *error = ZipText::tr("member %1 is corrupt (it does not unpack to its stated size)")
                         .arg(name);
            return {};
        }
    } else {
        *error = ZipText::tr("member %1 uses compression method %2, which Tarmac does not read")
                     .arg(name)
                     .arg(e->method);
        return {};
    }
    const uLong crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(out.constData()),
                            uInt(out.size()));
    if (crc != e->crc) {
        *error = ZipText::tr("member %1 is corrupt (checksum mismatch)").arg(name);
        return {};
    }
    return out;
}

} // namespace tarmac
