// The one path every file Tarmac writes goes through, and the one every project is read by:
// faults at each step leave the previous file as it was, nothing is left behind, and files
// that are not files (FIFOs, devices, folders) are refused before anything blocks or is replaced.

#include "storage/jsonformat.h"
#include "storage/safefile.h"
#include "storage/sqliteformat.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac::testing;
using namespace tarmac;

namespace {

QByteArray g_failStep;
int g_failErrno = 0;

int failAt(const char *step)
{
    return g_failStep == step ? g_failErrno : 0;
}

// A pid no process can have: one above the kernel's pid_max (a reaped child's pid could be
// reused while another test runs).
qint64 deadPid()
{
    QFile max(u"/proc/sys/kernel/pid_max"_s);
    const qint64 limit = max.open(QIODevice::ReadOnly) ? max.readAll().trimmed().toLongLong() : 0;
    return (limit > 0 ? limit : 4194304) + 1;
}

} // namespace

class TestSafeFile : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { AtomicFile::setFaultInjector(nullptr); }

    void faultLeavesPreviousFile_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        QTest::newRow("disk full on write") << QByteArray("write") << ENOSPC << u"disk is full"_s;
        QTest::newRow("quota on write") << QByteArray("write") << EDQUOT << u"quota"_s;
        QTest::newRow("I/O error on fsync") << QByteArray("fsync") << EIO << u"input/output"_s;
        QTest::newRow("disk full on fsync") << QByteArray("fsync") << ENOSPC << u"disk is full"_s;
        QTest::newRow("read-only on rename") << QByteArray("rename") << EROFS << u"read-only"_s;
    }
    void faultLeavesPreviousFile()
    {
        QFETCH(QByteArray, step);
        QFETCH(int, error);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_s);
        QVERIFY(writeBytes(path, "previous good content"));
        g_failStep = step;
        g_failErrno = error;
        AtomicFile::setFaultInjector(failAt);
        const QString message = writeFileAtomically(path, QByteArray(100000, 'x'));
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(u"previous file is unchanged"_s), qPrintable(message));
        QVERIFY(!message.contains(u"Unknown error"_s));
        QCOMPARE(bytesOf(path), QByteArray("previous good content"));
        QCOMPARE(entries(dir.path()), QStringList{u"out.json"_s});
    }

    void sqliteSaveFaultLeavesPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        Project p;
        p.name = u"first"_s;
        QCOMPARE(SqliteFormat().write(p, path), QString());
        const QByteArray before = bytesOf(path);
        g_failStep = "fsync";
        g_failErrno = ENOSPC;
        AtomicFile::setFaultInjector(failAt);
        p.name = u"second"_s;
        const QString message = SqliteFormat().write(p, path);
        QVERIFY2(message.contains(u"disk is full"_s), qPrintable(message));
        QCOMPARE(bytesOf(path), before);
        // No temporary database and no journal left beside it.
        QCOMPARE(entries(dir.path()), QStringList{u"p.tarmac"_s});
    }

    void writesThroughSymlinkAndKeepsMode()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.md"_s);
        const QString link = dir.filePath(u"link.md"_s);
        QVERIFY(writeBytes(real, "old"));
        QVERIFY(QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(writeFileAtomically(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink()); // the link is kept, the file it names replaced
        QCOMPARE(bytesOf(real), QByteArray("new"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(real).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void staleTemporariesRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        const qint64 dead = deadPid();
        const qint64 alive = QCoreApplication::applicationPid() == 1 ? 2 : 1; // init is alive
        const QStringList left = {u".p.tarmac.saving-%1"_s.arg(dead),
                                  u".p.tarmac.saving-%1-journal"_s.arg(dead),
                                  u".p.tarmac.saving-%1-3"_s.arg(dead)};
        for (const QString &name : left)
            QVERIFY(writeBytes(dir.filePath(name), "half a save"));
        const QString running = u".p.tarmac.saving-%1"_s.arg(alive);
        const QString other = u".q.tarmac.saving-%1"_s.arg(dead);
        QVERIFY(writeBytes(dir.filePath(running), "a save in progress"));
        QVERIFY(writeBytes(dir.filePath(other), "another file's"));
        Project p;
        QCOMPARE(SqliteFormat().write(p, path), QString());
        const QStringList after = entries(dir.path());
        for (const QString &name : left)
            QVERIFY2(!after.contains(name), qPrintable(name));
        QVERIFY(after.contains(running)); // its process is alive: not ours to remove
        QVERIFY(after.contains(other));   // a temporary of another target
        QVERIFY(after.contains(u"p.tarmac"_s));
    }

    void refusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("FIFO") << u"fifo"_s << u"named pipe"_s;
        QTest::newRow("folder") << u"folder"_s << u"folder"_s;
        QTest::newRow("character device") << u"device"_s << u"device"_s;
    }
    void refusesWhatIsNotAFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        if (const QString why = makeNotAFile(kind, path); !why.isEmpty())
            QSKIP(qPrintable(why));
        // Reading: refused at once, without blocking on the FIFO.
        const FileBytes read = readRegularFile(path, 1 << 20);
        QVERIFY2(read.error.contains(words), qPrintable(read.error));
        for (const QString &projectPath : {path}) {
            const ReadResult r = readProjectFile(projectPath);
            QVERIFY2(!r.ok() && r.error.contains(words), qPrintable(r.error));
        }
        // Writing: refused, and the node is still what it was.
        const QString message = writeFileAtomically(path, "data");
        QVERIFY2(message.contains(words) && message.contains(u"not replaced"_s),
                 qPrintable(message));
        QVERIFY(isStill(kind, path));
        QCOMPARE(SqliteFormat().write(Project(), path).contains(words), true);
    }

    void missingFolderNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/out.html"_s);
        const QString message = writeFileAtomically(path, "x");
        QVERIFY2(message.contains(u"does not exist"_s), qPrintable(message));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    }

    void sameFileBySpelling()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QVERIFY(writeBytes(path, "{}"));
        QVERIFY(QDir().mkdir(dir.filePath(u"sub"_s)));
        QVERIFY(QFile::link(path, dir.filePath(u"link.json"_s)));
        QCOMPARE(::link(QFile::encodeName(path).constData(),
                        QFile::encodeName(dir.filePath(u"hard.json"_s)).constData()),
                 0);
        QVERIFY(sameFile(path, path));
        QVERIFY(sameFile(path, dir.path() + u"/./p.json"_s));
        QVERIFY(sameFile(path, dir.path() + u"/sub/../p.json"_s));
        QVERIFY(sameFile(path, dir.filePath(u"link.json"_s)));
        QVERIFY(sameFile(path, dir.filePath(u"hard.json"_s)));
        QVERIFY(!sameFile(path, dir.filePath(u"other.json"_s)));
    }

    void walModeFileReadsWithoutSidecars()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        Project p;
        p.name = u"wal"_s;
        QCOMPARE(SqliteFormat().write(p, path), QString());
        // Switch the file to WAL mode the way another SQLite program would.
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {path, u"PRAGMA journal_mode=WAL;"_s});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            QSKIP("sqlite3 is not installed");
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        const QByteArray header = bytesOf(path).mid(18, 2);
        QCOMPARE(header, QByteArray("\x02\x02", 2));
        const ReadResult r = readProjectFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project.name, u"wal"_s);
        QCOMPARE(entries(dir.path()), QStringList{u"p.tarmac"_s}); // no -wal, no -shm
        // Changes still in a -wal file are not silently dropped.
        QVERIFY(writeBytes(path + u"-wal"_s, QByteArray(4096, 'w')));
        const ReadResult pending = readProjectFile(path);
        QVERIFY2(!pending.ok() && pending.error.contains(u"p.tarmac-wal"_s),
                 qPrintable(pending.error));
    }

    void hotJournalRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        QCOMPARE(SqliteFormat().write(Project(), path), QString());
        QVERIFY(writeBytes(path + u"-journal"_s, QByteArray(512, 'j')));
        const ReadResult r = readProjectFile(path);
        QVERIFY2(!r.ok() && r.error.contains(u"p.tarmac-journal"_s), qPrintable(r.error));
    }

    void saveOverReadOnlyFile()
    {
        // The replaced file's mode is kept, and applied only after the data is written.
        QTemporaryDir dir;
        for (const QString &name : {u"p.tarmac"_s, u"p.json"_s}) {
            const QString path = dir.filePath(name);
            QCOMPARE(writeProjectFile(Project(), path), QString());
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
            Project p;
            p.name = u"second"_s;
            QCOMPARE(writeProjectFile(p, path), QString());
            QCOMPARE(readProjectFile(path).project.name, u"second"_s);
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0440));
        }
    }

    void longFileNameSaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString(240, u'n') + u".tarmac"_s);
        QCOMPARE(SqliteFormat().write(Project(), path), QString());
        QVERIFY(readProjectFile(path).ok());
    }

    void nonCharacterIdsSurvive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        Project p;
        p.zones.push_back({u"z\uFFFF"_s, u"name \uFFFE"_s, u"site"_s, {}});
        QCOMPARE(SqliteFormat().write(p, path), QString());
        const ReadResult r = readProjectFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project.zones.at(0).id, u"z\uFFFF"_s);
        QCOMPARE(r.project.zones.at(0).name, u"name \uFFFE"_s);
    }

    void integrityReportIsOneLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.tarmac"_s);
        Project p;
        for (int i = 0; i < 400; ++i)
            p.zones.push_back({u"zone-%1"_s.arg(i), u"Zone %1"_s.arg(i), u"rack"_s, {}});
        QCOMPARE(SqliteFormat().write(p, path), QString());
        // Damage the cell area at the end of one page after another until the integrity check
        // objects; its report (often several problems) must still come out as one line.
        const QByteArray good = bytesOf(path);
        const qsizetype pageSize = 4096;
        bool refused = false;
        for (qsizetype page = 2; page < good.size() / pageSize && !refused; ++page) {
            QByteArray bytes = good;
            for (qsizetype at = (page + 1) * pageSize - 400; at < (page + 1) * pageSize - 8; ++at)
                bytes[at] = char(0x5a);
            QVERIFY(writeBytes(path, bytes));
            const ReadResult r = readProjectFile(path);
            if (r.ok())
                continue;
            refused = true;
            QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
        }
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
