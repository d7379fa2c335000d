// Recovery copies, autosave and document locks (core/storage/recovery.cpp): a live session's
// copy is never offered, a dead one's is, with the edits; the autosaver writes while there
// are unsaved changes and removes its copy once they are saved; a second lock on a file fails.

#include "commands/commands.h"
#include "model/projectdocument.h"
#include "projectdiff.h"
#include "storage/projectformat.h"
#include "storage/recovery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using tarmac::testing::projectDifference;

namespace {

QString examplePath()
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
}

// The pid of a process that has ended (and been reaped), or 0.
qint64 deadPid()
{
    QProcess process;
    process.start(u"sleep"_s, {u"30"_s});
    if (!process.waitForStarted(10000))
        return 0;
    const qint64 pid = process.processId();
    process.kill();
    process.waitForFinished(10000);
    // Pids are reused only after wrapping around; make sure this one is really free.
    if (pid <= 0 || ::kill(pid_t(pid), 0) == 0)
        return 0;
    return pid;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void liveSessionIsNotOrphaned();
    void deadSessionIsOrphaned();
    void orphansNewestFirst();
    void orphanWithoutCopyIsIgnored();
    void discardRemovesBothFiles();
    void autosaverSavesEdits();
    void autosaverSkipsCleanDocument();
    void autosaverDiscardsOnSave();
    void autosaverDiscardsOnUndoToClean();
    void autosaverTimer();
    void autosaverReportsFailure();
    void documentLock();
    void staleLockIsTakenOver();

private:
    Project edited() const;
    Project m_example;
};

void TestRecovery::initTestCase()
{
    // Locks and the default recovery folder go to ~/.qttest, never to the user's own data.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(RecoveryStore::defaultDirectory().contains(u".qttest"_s));
    QVERIFY(RecoveryStore::defaultDirectory().endsWith(u"/recovery"_s));
    const ReadResult r = readProjectFile(examplePath());
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_example = r.project;
}

// The example with unsaved edits, as a window would hold it.
Project TestRecovery::edited() const
{
    Project p = m_example;
    p.name = u"Edited <unsaved> & \"recovered\""_s;
    p.component(u"gpu"_s)->params.insert(u"hosts"_s, ParamValue::fromNumber(12));
    p.layout.insert(u"train"_s, Placement{999, 111, 0, 0});
    return p;
}

void TestRecovery::liveSessionIsNotOrphaned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path() + u"/recovery"_s); // created on the first save
    const QString error = store.save(u"live-session"_s, edited(), u"/projects/a.tarmac"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo::exists(store.directory() + u"/live-session.tarmac"_s));
    const QJsonObject meta = readJson(store.directory() + u"/live-session.json"_s);
    QCOMPARE(qint64(meta.value(u"pid"_s).toDouble()), QCoreApplication::applicationPid());
    QCOMPARE(meta.value(u"original"_s).toString(), u"/projects/a.tarmac"_s);
    // This process is alive: its copy is not offered to another window or a later start.
    QVERIFY(store.orphaned().isEmpty());
}

void TestRecovery::deadSessionIsOrphaned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    const Project unsaved = edited();
    QString error = store.save(u"crashed"_s, unsaved, u"/projects/b.tarmac"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Pretend a process that has since died wrote it.
    const qint64 pid = deadPid();
    if (pid == 0)
        QSKIP("could not get the pid of an ended process");
    const QString metaPath = dir.filePath(u"crashed.json"_s);
    QJsonObject meta = readJson(metaPath);
    QVERIFY(!meta.isEmpty());
    meta.insert(u"pid"_s, pid);
    QVERIFY(writeJson(metaPath, meta));

    const QList<RecoveryStore::Entry> orphans = store.orphaned();
    QCOMPARE(orphans.size(), 1);
    const RecoveryStore::Entry &entry = orphans.first();
    QCOMPARE(QFileInfo(entry.path).canonicalFilePath(),
             QFileInfo(dir.filePath(u"crashed.tarmac"_s)).canonicalFilePath());
    QCOMPARE(entry.original, u"/projects/b.tarmac"_s);
    QCOMPARE(entry.pid, pid);
    QVERIFY(entry.saved.isValid());
    QVERIFY(qAbs(entry.saved.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // The copy holds the edits.
    const ReadResult r = readProjectFile(entry.path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.project == unsaved, qPrintable(projectDifference(r.project, unsaved)));

    // Once recovered (or declined) it is gone, both files.
    RecoveryStore::remove(entry);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"crashed.tarmac"_s)));
    QVERIFY(!QFileInfo::exists(metaPath));
    QVERIFY(store.orphaned().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestRecovery::orphansNewestFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    const qint64 pid = deadPid();
    if (pid == 0)
        QSKIP("could not get the pid of an ended process");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<std::pair<QString, int>> sessions = {
        {u"old"_s, -3600}, {u"newest"_s, 0}, {u"middle"_s, -60}};
    for (const auto &[session, offset] : sessions) {
        QString error = store.save(session, m_example, session);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QJsonObject meta = readJson(dir.filePath(session + u".json"_s));
        meta.insert(u"pid"_s, pid);
        meta.insert(u"saved"_s, now.addSecs(offset).toString(Qt::ISODate));
        QVERIFY(writeJson(dir.filePath(session + u".json"_s), meta));
    }
    const QList<RecoveryStore::Entry> orphans = store.orphaned();
    QCOMPARE(orphans.size(), 3);
    QCOMPARE(orphans[0].original, u"newest"_s);
    QCOMPARE(orphans[1].original, u"middle"_s);
    QCOMPARE(orphans[2].original, u"old"_s);
}

void TestRecovery::orphanWithoutCopyIsIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    // A note whose copy is missing, and a note that is not JSON: neither is offered, no crash.
    QVERIFY(writeJson(dir.filePath(u"lonely.json"_s),
                      QJsonObject{{u"pid"_s, 0}, {u"original"_s, u"x"_s}}));
    QFile garbage(dir.filePath(u"garbage.json"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ not json");
    garbage.close();
    QVERIFY(store.orphaned().isEmpty());
}

void TestRecovery::discardRemovesBothFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore store(dir.path());
    QString error = store.save(u"session"_s, m_example, QString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    store.discard(u"session"_s);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    store.discard(u"session"_s); // twice is harmless
}

void TestRecovery::autosaverSavesEdits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(m_example, u"/projects/c.tarmac"_s);
    Autosaver saver(&doc, RecoveryStore(dir.path()));
    QVERIFY(!saver.session().isEmpty());
    const QString copy = dir.filePath(saver.session() + u".tarmac"_s);

    doc.undoStack()->push(new SetParameter(&doc, ItemType::Component, u"gpu"_s, u"hosts"_s,
                                           ParamValue::fromNumber(16)));
    QVERIFY(doc.isModified());
    saver.saveNow();
    QVERIFY(QFileInfo::exists(copy));
    const ReadResult r = readProjectFile(copy);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project.component(u"gpu"_s)->params.value(u"hosts"_s).number, 16.0);
    QVERIFY2(r.project == doc.project(), qPrintable(projectDifference(r.project, doc.project())));
    const QJsonObject meta = readJson(dir.filePath(saver.session() + u".json"_s));
    QCOMPARE(meta.value(u"original"_s).toString(), u"/projects/c.tarmac"_s);
    QCOMPARE(qint64(meta.value(u"pid"_s).toDouble()), QCoreApplication::applicationPid());
    // Our own copy is not an orphan.
    QVERIFY(RecoveryStore(dir.path()).orphaned().isEmpty());
}

void TestRecovery::autosaverSkipsCleanDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(m_example);
    Autosaver saver(&doc, RecoveryStore(dir.path()));
    saver.saveNow(); // nothing unsaved: nothing written
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestRecovery::autosaverDiscardsOnSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(m_example);
    Autosaver saver(&doc, RecoveryStore(dir.path()));
    const QString copy = dir.filePath(saver.session() + u".tarmac"_s);
    doc.undoStack()->push(new Rename(&doc, ItemType::Stage, u"train"_s, u"Train harder"_s));
    saver.saveNow();
    QVERIFY(QFileInfo::exists(copy));
    doc.markSaved(dir.filePath(u"saved.tarmac"_s)); // the user saved: the copy is obsolete
    QVERIFY(!QFileInfo::exists(copy));
    QVERIFY(!QFileInfo::exists(dir.filePath(saver.session() + u".json"_s)));
}

void TestRecovery::autosaverDiscardsOnUndoToClean()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(m_example);
    Autosaver saver(&doc, RecoveryStore(dir.path()));
    const QString copy = dir.filePath(saver.session() + u".tarmac"_s);
    doc.undoStack()->push(new Rename(&doc, ItemType::Stage, u"train"_s, u"Train harder"_s));
    saver.saveNow();
    QVERIFY(QFileInfo::exists(copy));
    doc.undoStack()->undo(); // nothing unsaved any more
    QVERIFY(!QFileInfo::exists(copy));
}

void TestRecovery::autosaverTimer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectDocument doc;
    doc.reset(m_example);
    Autosaver saver(&doc, RecoveryStore(dir.path()));
    QCOMPARE(saver.interval(), 60 * 1000); // the documented default
    saver.setInterval(10);
    QCOMPARE(saver.interval(), 1000); // clamped to at least a second
    const QString copy = dir.filePath(saver.session() + u".tarmac"_s);

    doc.undoStack()->push(new SetParameter(&doc, ItemType::Component, u"cpu"_s, u"hosts"_s,
                                           ParamValue::fromNumber(9)));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(copy), 3000);
    // The file appears when its rename completes, so it is whole when seen.
    const ReadResult r = readProjectFile(copy);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project.component(u"cpu"_s)->params.value(u"hosts"_s).number, 9.0);

    // A later edit is picked up by a later tick.
    doc.undoStack()->push(new SetParameter(&doc, ItemType::Component, u"cpu"_s, u"hosts"_s,
                                           ParamValue::fromNumber(10)));
    QTRY_VERIFY_WITH_TIMEOUT(
        readProjectFile(copy).project.component(u"cpu"_s) &&
            readProjectFile(copy).project.component(u"cpu"_s)->params.value(u"hosts"_s).number ==
                10.0,
        3000);
}

void TestRecovery::autosaverReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The recovery folder cannot be created below a regular file (even as root).
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProjectDocument doc;
    doc.reset(m_example);
    Autosaver saver(&doc, RecoveryStore(dir.filePath(u"file/recovery"_s)));
    QSignalSpy failed(&saver, &Autosaver::failed);
    doc.undoStack()->push(new Rename(&doc, ItemType::Stage, u"train"_s, u"Train"_s));
    saver.saveNow();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
}

void TestRecovery::documentLock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"shared.tarmac"_s);
    {
        DocumentLock first(file);
        QVERIFY(first.acquired());
        // QLockFile creates its file with O_EXCL, so a second QLockFile object fails even in
        // the same process while the first holds the lock, and names the owner: us.
        DocumentLock second(file);
        QVERIFY(!second.acquired());
        QCOMPARE(second.ownerPid(), QCoreApplication::applicationPid());
        // Other files are independent.
        DocumentLock other(dir.filePath(u"other.tarmac"_s));
        QVERIFY(other.acquired());
    }
    // Released when the holder goes away (the window closes).
    DocumentLock again(file);
    QVERIFY(again.acquired());
}

void TestRecovery::staleLockIsTakenOver()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"crashed.tarmac"_s);
    const qint64 pid = deadPid();
    if (pid == 0)
        QSKIP("could not get the pid of an ended process");
    // Leave a lock as a crashed Tarmac would: QLockFile's format (pid, application, host) at
    // the place DocumentLock uses (GenericDataLocation/tarmac/locks/<sha1 of the path>.lock).
    const QString locks =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/tarmac/locks"_s;
    QVERIFY(QDir().mkpath(locks));
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(file).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex();
    const QString lockPath = locks + u'/' + QString::fromLatin1(hash) + u".lock"_s;
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.write(QByteArray::number(pid) + "\ntarmac\n" + QSysInfo::machineHostName().toUtf8() +
               "\n");
    lock.close();

    DocumentLock taken(file);
    QVERIFY2(taken.acquired(), "the lock of a dead process was not taken over");
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
