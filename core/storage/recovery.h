#pragma once

#include "model/projectdocument.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

namespace tarmac {

/// Recovery copies of unsaved work, one per running window, in the application data folder.
/// A copy whose process is gone (crash, kill) is "orphaned": the next start offers it.
class RecoveryStore {
public:
    struct Entry {
        QString path;     ///< the recovery .tarmac
        QString original; ///< the file it was a copy of ("" for an unsaved project)
        QDateTime saved;
        qint64 pid = 0;
    };

    explicit RecoveryStore(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Writes the copy for `session`; returns an error or empty.
    QString save(const QString &session, const Project &project, const QString &original) const;
    void discard(const QString &session) const;
    /// Copies left behind by processes that no longer run, newest first.
    QList<Entry> orphaned() const;
    /// Removes an orphaned entry once the user recovered or declined it.
    static void remove(const Entry &entry);

private:
    QString m_directory;
};

/// Writes a recovery copy every `interval` while the document has unsaved changes; a save or
/// a normal close removes it.
class Autosaver : public QObject {
    Q_OBJECT
public:
    Autosaver(ProjectDocument *document, RecoveryStore store, QObject *parent = nullptr);
    ~Autosaver() override;
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    /// Writes a copy now if there are unsaved changes (also called by the timer).
    void saveNow();
    /// Forgets the copy (after a save or on a clean close).
    void discard();
    QString session() const { return m_session; }

signals:
    void failed(const QString &error);

private:
    ProjectDocument *m_document;
    RecoveryStore m_store;
    QTimer m_timer;
    QString m_session;
};

/// Tells whether another Tarmac process has a file open: a lock per absolute path,
/// released when the process ends (stale locks of dead processes are taken over).
class DocumentLock {
public:
    explicit DocumentLock(const QString &file);
    bool acquired() const { return m_acquired; }
    qint64 ownerPid() const { return m_ownerPid; }

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_acquired = false;
    qint64 m_ownerPid = 0;
};

} // namespace tarmac
