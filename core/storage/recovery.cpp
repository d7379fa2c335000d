#include "recovery.h"

#include "jsonformat.h"
#include "safefile.h"
#include "sqliteformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

QString RecoveryStore::defaultDirectory()
{
    // ~/.local/share/tarmac/recovery, as the documentation and the man page say.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/tarmac/recovery"_s;
}

QString RecoveryStore::save(const QString &session, const Project &project,
                            const QString &original) const
{
    if (!QDir().mkpath(m_directory))
        return QCoreApplication::translate("tarmac::Recovery", "cannot create %1").arg(m_directory);
    const QString base = QDir(m_directory).filePath(session);
    const QString error = SqliteFormat().write(project, base + u".tarmac"_s);
    if (!error.isEmpty())
        return error;
    const QJsonObject meta{{u"original"_s, original},
                           {u"pid"_s, QCoreApplication::applicationPid()},
                           {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    // Atomic, so another starting Tarmac never reads a half-written note.
    return writeFileAtomically(base + u".json"_s, QJsonDocument(meta).toJson());
}

void RecoveryStore::discard(const QString &session) const
{
    const QString base = QDir(m_directory).filePath(session);
    QFile::remove(base + u".tarmac"_s);
    QFile::remove(base + u".json"_s);
}

QList<RecoveryStore::Entry> RecoveryStore::orphaned() const
{
    QList<Entry> entries;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files)) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        Entry e;
        e.path = dir.filePath(info.completeBaseName() + u".tarmac"_s);
        e.original = meta.value(u"original").toString();
        e.pid = qint64(meta.value(u"pid").toDouble());
        if (e.pid <= 0)
            continue; // not a note we wrote; never offer (or delete) someone else's work
        e.saved = QDateTime::fromString(meta.value(u"saved").toString(), Qt::ISODate);
        if (QFileInfo::exists(e.path) && !processAlive(e.pid))
            entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return entries;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.path);
    QFile::remove(entry.path.chopped(int(qstrlen(".tarmac"))) + u".json"_s);
}

Autosaver::Autosaver(ProjectDocument *document, RecoveryStore store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            if (!m_timer.isActive())
                m_timer.start();
        } else {
            m_timer.stop();
            discard();
        }
    });
}

Autosaver::~Autosaver() = default;

void Autosaver::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1000, milliseconds));
}

void Autosaver::saveNow()
{
    if (!m_document->isModified())
        return;
    const QString error = m_store.save(m_session, m_document->project(), m_document->fileName());
    if (!error.isEmpty())
        emit failed(error);
}

void Autosaver::discard()
{
    m_store.discard(m_session);
}

DocumentLock::DocumentLock(const QString &file)
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/tarmac/locks"_s;
    QDir().mkpath(dir);
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex();
    m_lock = std::make_unique<QLockFile>(dir + u'/' + QString::fromLatin1(hash) + u".lock"_s);
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale
    m_acquired = m_lock->tryLock(0);
    if (!m_acquired) {
        QString host, app;
        m_lock->getLockInfo(&m_ownerPid, &host, &app);
    }
}

} // namespace tarmac
