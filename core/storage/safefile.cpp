#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

// A translation context lupdate can see.
struct FileText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::SafeFile)
};

int (*g_faultInjector)(const char *) = nullptr;

int injected(const char *step)
{
    return g_faultInjector ? g_faultInjector(step) : 0;
}

QString notAFile(mode_t mode)
{
    if (S_ISDIR(mode))
        return FileText::tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return FileText::tr("is a named pipe (FIFO), not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileText::tr("is a device, not a file");
    if (S_ISSOCK(mode))
        return FileText::tr("is a socket, not a file");
    return FileText::tr("is not a regular file");
}

const QString kSavingMarker = u".saving-"_s;

// ".NAME.saving-": long names are shortened so that the temporary name with its pid and counter
// stays within NAME_MAX (255 bytes) however the name is encoded.
QString temporaryPrefix(const QString &fileName)
{
    return u'.' + fileName.left(60) + kSavingMarker;
}

} // namespace

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC:
        return FileText::tr("the disk is full");
    case EDQUOT:
        return FileText::tr("the disk quota is used up");
    case EACCES:
    case EPERM:
        return FileText::tr("permission denied");
    case EROFS:
        return FileText::tr("the file system is read-only");
    case ENOENT:
        return FileText::tr("no such file or folder");
    case EIO:
        return FileText::tr("an input/output error on the device");
    default:
        break;
    }
    const char *text = std::strerror(error);
    return text && *text ? QString::fromLocal8Bit(text)
                         : FileText::tr("system error %1").arg(error);
}

FileBytes readRegularFile(const QString &path, qint64 maxBytes)
{
    FileBytes r;
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    // stat before open: opening a FIFO for reading blocks until a writer comes, and opening a
    // device can have side effects.
    if (::stat(name.constData(), &st) != 0) {
        r.error = errno == ENOENT ? FileText::tr("no such file")
                                  : FileText::tr("cannot be read (%1)").arg(systemErrorText(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = notAFile(st.st_mode);
        return r;
    }
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        r.error = FileText::tr("cannot be read (%1)").arg(systemErrorText(errno));
        return r;
    }
    // The path may have been swapped between stat and open: judge what was opened.
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        r.error = notAFile(st.st_mode);
        ::close(fd);
        return r;
    }
    if (st.st_size > maxBytes) {
        r.error = FileText::tr("too large for a project (%1 bytes; at most %2)")
                      .arg(qint64(st.st_size))
                      .arg(maxBytes);
        ::close(fd);
        return r;
    }
    r.data.reserve(qsizetype(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.error = FileText::tr("cannot be read (%1)").arg(systemErrorText(errno));
            r.data.clear();
            break;
        }
        if (n == 0)
            break;
        if (r.data.size() + n > maxBytes) {
            r.error = FileText::tr("too large for a project (more than %1 bytes)").arg(maxBytes);
            r.data.clear();
            break;
        }
        r.data.append(buffer, qsizetype(n));
    }
    ::close(fd);
    return r;
}

QByteArray readHead(const QString &path, qsizetype bytes)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return {};
    struct stat st {};
    QByteArray head;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        head.resize(bytes);
        const ssize_t n = ::read(fd, head.data(), size_t(bytes));
        head.resize(n > 0 ? qsizetype(n) : 0);
    }
    ::close(fd);
    return head;
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {
    }, sb{};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString outputPathProblem(const QString &path)
{
    if (path.isEmpty())
        return FileText::tr("no file name given");
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return notAFile(st.st_mode) + FileText::tr("; it is not replaced");
        return {};
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return FileText::tr("the folder %1 does not exist").arg(info.absolutePath());
    return {};
}

AtomicFile::AtomicFile(const QString &target)
{
    const QFileInfo info(target);
    // Write through a symlink to the file it names, as editors do, instead of replacing it.
    m_target =
        info.isSymLink() && info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

void AtomicFile::setFaultInjector(int (*injector)(const char *))
{
    g_faultInjector = injector;
}

QString AtomicFile::fail(int error)
{
    discard();
    return systemErrorText(error);
}

QString AtomicFile::open()
{
    if (const QString problem = outputPathProblem(m_target); !problem.isEmpty())
        return problem;
    removeStaleTemporaries(m_target);
    static std::atomic<int> counter{0};
    const QFileInfo info(m_target);
    m_temp = info.absolutePath() + u'/' + temporaryPrefix(info.fileName()) +
             QString::number(::getpid()) + u'-' + QString::number(++counter);
    const QByteArray name = QFile::encodeName(m_temp);
    m_fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (m_fd < 0) {
        const int error = errno;
        m_temp.clear();
        return systemErrorText(error);
    }
    // Held until the file is committed or dropped: a cleaner that can take this lock knows the
    // writer is gone, whatever host or pid namespace it ran in.
    ::flock(m_fd, LOCK_EX | LOCK_NB);
    return {};
}

QString AtomicFile::write(const QByteArray &data)
{
    if (m_fd < 0)
        return FileText::tr("the file is not open");
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        if (const int e = injected("write"))
            return fail(e);
        const ssize_t n = ::write(m_fd, p, size_t(std::min<qsizetype>(left, 1 << 20)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(n < 0 ? errno : ENOSPC);
        p += n;
        left -= n;
    }
    return {};
}

QString AtomicFile::commit()
{
    if (m_temp.isEmpty())
        return FileText::tr("the file is not open");
    const QByteArray temp = QFile::encodeName(m_temp);
    if (m_fd < 0) {
        // Written by someone else (SQLite): open it to flush it.
        m_fd = ::open(temp.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return fail(errno);
    }
    if (const int e = injected("fsync"))
        return fail(e);
    if (::fsync(m_fd) != 0)
        return fail(errno);
    // Keep the permissions of the file being replaced; only now, as they may forbid writing.
    struct stat st {};
    if (::stat(QFile::encodeName(m_target).constData(), &st) == 0)
        ::fchmod(m_fd, st.st_mode & 07777);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        return fail(errno);
    if (const int e = injected("rename"))
        return fail(e);
    if (std::rename(temp.constData(), QFile::encodeName(m_target).constData()) != 0)
        return fail(errno);
    m_committed = true;
    // The rename is durable only once the folder is flushed too.
    const int dir = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.isEmpty()) {
        ::unlink(QFile::encodeName(m_temp).constData());
        ::unlink(QFile::encodeName(m_temp + u"-journal"_s).constData());
        m_temp.clear();
    }
}

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    AtomicFile file(path);
    if (QString error = file.open(); !error.isEmpty())
        return FileText::tr("cannot be written (%1)").arg(error);
    if (QString error = file.write(data); !error.isEmpty())
        return FileText::tr("cannot be written (%1); the previous file is unchanged").arg(error);
    if (QString error = file.commit(); !error.isEmpty())
        return FileText::tr("cannot be written (%1); the previous file is unchanged").arg(error);
    return {};
}

void removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = temporaryPrefix(info.fileName());
    const QDir dir(info.absolutePath());
    const QStringList entries =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!entry.startsWith(prefix))
            continue;
        qsizetype end = prefix.size();
        while (end < entry.size() && entry[end].isDigit())
            ++end;
        bool ok = false;
        const qint64 pid = entry.mid(prefix.size(), end - prefix.size()).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // that process is still alive (or not ours to ask): its save may be running
        // A writer on another host (NFS) or in another pid namespace looks dead too; it still
        // holds its lock. Journals have no lock of their own and go with a dead pid.
        const QByteArray name = QFile::encodeName(dir.filePath(entry));
        if (!entry.endsWith(u"-journal")) {
            const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0)
                continue;
            const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            ::close(fd);
            if (!free)
                continue;
        }
        ::unlink(name.constData());
    }
}

} // namespace tarmac
