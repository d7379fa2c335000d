// The .tarmac project file (core/storage/sqliteformat.cpp) against FORMAT.md and
// docs/file-format.md: exact round trips, a sound SQLite file other tools accept, refusal of
// foreign, corrupt, newer and invalid files, the migration path (decision 0003) and atomic,
// failure-safe saving.

#include "model/project.h"
#include "projectdiff.h"
#include "projectgenerator.h"
#include "storage/jsonformat.h"
#include "storage/projectformat.h"
#include "storage/sqliteformat.h"
#include "storage/sqlitetables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using tarmac::testing::generateProject;
using tarmac::testing::projectDifference;
using tarmac::testing::textDifference;

namespace {

QString examplePath()
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Runs SQL on a file with a plain connection (as another tool would); returns an error or "".
QString execSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
        sqlite3_close(db);
        return error;
    }
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

QString sqliteCli()
{
    return QStandardPaths::findExecutable(u"sqlite3"_s);
}

// Runs the sqlite3 command-line tool: the file must be sound for other tools too.
bool runCli(const QString &file, const QString &sql, QString *output)
{
    QProcess process;
    process.start(sqliteCli(), {file, sql});
    if (!process.waitForFinished(60000))
        return false;
    *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed() +
              QString::fromUtf8(process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool errorMentions(const QString &error, const QString &fragment)
{
    if (fragment.startsWith(u"re:"))
        return QRegularExpression(fragment.mid(3), QRegularExpression::CaseInsensitiveOption)
            .match(error)
            .hasMatch();
    return error.contains(fragment, Qt::CaseInsensitive);
}

// Every file in `dir` except the ones expected: temp files, journals and the like.
QStringList strayFiles(const QString &dir, const QStringList &expected)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : expected)
        files.removeAll(name);
    return files;
}

// A migration step that really changes the schema, as a future version would.
QString addNoteColumn(sqlite3 *db, int n)
{
    const QByteArray sql = "ALTER TABLE project ADD COLUMN note" + QByteArray::number(n) +
                           " TEXT; UPDATE project SET note" + QByteArray::number(n) + "='migrated'";
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return error;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void exampleJsonIdentical();
    void contentDecidesFormat();
    void fileIsSound_data();
    void fileIsSound();
    void badFiles_data();
    void badFiles();
    void migration_data();
    void migration();
    void schemaVersion1File();
    void atomicSave_data();
    void atomicSave();
    void readOnlyFolder();
    void missingFolder();
    void fileDeletedWhileOpen();

private:
    Project m_example;
};

void TestProjectFile::initTestCase()
{
    const ReadResult r = readProjectFile(examplePath());
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_example = r.project;
}

void TestProjectFile::cleanup()
{
    // A failed check must not leave a fault injector behind for the next test.
    SqliteFormat::setFaultInjector(nullptr);
}

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("flows");
    for (int i = 0; i < 30; ++i) {
        const quint32 seed = 2000 + quint32(i);
        const int stages = 5 + (i * 55) / 29;
        const int components = 1 + (i * 41) % 90;
        const int flows = (i % 4) * stages / 2 + 1;
        QTest::addRow("seed%u-%dst-%dco-%dfl", seed, stages, components, flows)
            << seed << stages << components << flows;
    }
}

void TestProjectFile::roundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(int, stages);
    QFETCH(int, components);
    QFETCH(int, flows);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project original = generateProject(seed, stages, components, flows);
    // Unknown interchange keys live in the project row; keep one in every other project.
    if (seed % 2)
        original.extra.insert(u"x-review"_s, QJsonObject{{u"seed"_s, int(seed)}, {u"ok"_s, true}});
    // Decision notes on an element, on the project, with and without author and time.
    if (!original.stages.empty())
        original.notes.push_back({u"note-a"_s, original.stages.front().id,
                                  u"Train <nightly> & \"never\" on weekends](x)"_s, u"Ana"_s,
                                  u"2026-12-02T10:15:00Z"_s});
    if (seed % 3 == 0)
        original.notes.push_back({u"note-b"_s, {}, u"One site\nfor now"_s, {}, {}});
    const QString path = dir.filePath(u"project.tarmac"_s);

    const SqliteFormat format;
    QString error = format.write(original, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(SqliteFormat::looksLikeSqlite(path));
    const QByteArray written = fileBytes(path);

    const ReadResult r = format.read(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.project == original, qPrintable(projectDifference(r.project, original)));
    QCOMPARE(fileBytes(path), written); // reading never changes the file

    // Saving over an existing file works and leaves nothing behind.
    error = format.write(r.project, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReadResult again = readProjectFile(path);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.project == original, qPrintable(projectDifference(again.project, original)));
    const QStringList stray = strayFiles(dir.path(), {u"project.tarmac"_s});
    QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u", "_s)));
}

void TestProjectFile::exampleJsonIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray json = JsonFormat::toJson(m_example);
    const QString file = dir.filePath(u"example.tarmac"_s);
    QString error = writeProjectFile(m_example, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReadResult back = readProjectFile(file);
    QVERIFY2(back.ok(), qPrintable(back.error));
    const QByteArray again = JsonFormat::toJson(back.project);
    QVERIFY2(again == json, qPrintable(textDifference(again, json)));
    QVERIFY2(back.project == m_example, qPrintable(projectDifference(back.project, m_example)));

    // And out to a .json file again (what `tarmac convert` does).
    const QString out = dir.filePath(u"example.json"_s);
    error = writeProjectFile(back.project, out);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fileBytes(out), json);
}

void TestProjectFile::contentDecidesFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"p.tarmac"_s);
    QString error = SqliteFormat().write(m_example, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A .tarmac renamed to .json or .bak still opens: the SQLite header decides.
    for (const QString &name : {u"renamed.json"_s, u"renamed.bak"_s, u"renamed"_s}) {
        QVERIFY(QFile::copy(file, dir.filePath(name)));
        const ReadResult r = readProjectFile(dir.filePath(name));
        QVERIFY2(r.ok(), qPrintable(name + u": "_s + r.error));
        QVERIFY(r.project == m_example);
    }
}

void TestProjectFile::fileIsSound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integrity_check") << u"PRAGMA integrity_check"_s << u"ok"_s;
    QTest::newRow("application_id") << u"PRAGMA application_id"_s << u"1414679875"_s; // 0x54524D43
    QTest::newRow("user_version") << u"PRAGMA user_version"_s
                                  << QString::number(SqliteFormat::kSchemaVersion);
    QTest::newRow("foreign_key_check") << u"PRAGMA foreign_key_check"_s << QString();
    QTest::newRow("meta schema_version") << u"SELECT value FROM meta WHERE key='schema_version'"_s
                                         << QString::number(SqliteFormat::kSchemaVersion);
    QTest::newRow("journal_mode") << u"PRAGMA journal_mode"_s << u"delete"_s;
    QTest::newRow("one project row") << u"SELECT count(*) FROM project"_s << u"1"_s;
}

void TestProjectFile::fileIsSound()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    if (sqliteCli().isEmpty())
        QSKIP("the sqlite3 command-line tool is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"sound.tarmac"_s);
    const QString error = SqliteFormat().write(generateProject(31, 25, 30, 40), file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString output;
    QVERIFY2(runCli(file, sql, &output), qPrintable(output));
    QCOMPARE(output, expected);
}

void TestProjectFile::badFiles_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("mentions"); // every fragment must occur in the error

    QTest::newRow("empty file") << u"empty"_s << QStringList{u"empty"_s};
    QTest::newRow("random bytes") << u"random"_s << QStringList{u"not a Tarmac project"_s};
    QTest::newRow("SQLite header, then random bytes") << u"header+random"_s << QStringList();
    QTest::newRow("truncated to half") << u"truncate:2"_s << QStringList{u"re:corrupt|truncated"_s};
    QTest::newRow("truncated to 100 bytes") << u"truncate:100b"_s << QStringList();
    QTest::newRow("another application's database")
        << u"foreign"_s << QStringList{u"another application"_s};
    QTest::newRow("tarmac tables, other application id")
        << u"sql:PRAGMA application_id=42"_s << QStringList{u"another application"_s};
    QTest::newRow("newer schema (user_version 99)")
        << u"sql:PRAGMA user_version=99"_s
        << QStringList{u"newer"_s, u"re:\\b99\\b"_s,
                       u"re:\\b%1\\b"_s.arg(SqliteFormat::kSchemaVersion)};
    QTest::newRow("schema version 0")
        << u"sql:PRAGMA user_version=0"_s << QStringList{u"re:\\b0\\b"_s};
    QTest::newRow("project row missing")
        << u"sql:DELETE FROM project"_s << QStringList{u"project"_s};
    QTest::newRow("layout x holds text")
        << u"sql:UPDATE layout SET x='abc'"_s << QStringList{u"layout"_s};
    QTest::newRow("param out of range (hosts -5)")
        << u"sql:UPDATE params SET number=-5, text='' WHERE name='hosts'"_s
        << QStringList{u"hosts"_s, u"negative"_s};
    QTest::newRow("param out of range (mfu 1.5)")
        << u"sql:UPDATE params SET number=1.5, text='' WHERE name='mfu'"_s
        << QStringList{u"mfu"_s, u"1.5"_s};
    QTest::newRow("param typed text of the wrong dimension")
        << u"sql:UPDATE params SET text='25 Gb/s' WHERE name='rawCapacity'"_s
        << QStringList{u"rawCapacity"_s, u"25 Gb/s"_s};
    QTest::newRow("param number is a blob")
        << u"sql:UPDATE params SET number=x'00ff', text='' WHERE name='hosts'"_s
        << QStringList{u"hosts"_s};
    QTest::newRow("unknown stage kind")
        << u"sql:UPDATE stages SET kind='cooking' WHERE id='train'"_s << QStringList{u"cooking"_s};
    QTest::newRow("unknown persona")
        << u"sql:UPDATE stages SET persona='astronaut' WHERE id='train'"_s
        << QStringList{u"astronaut"_s};
    QTest::newRow("dangling flow")
        << u"sql:UPDATE flows SET source='ghost' WHERE id='raw'"_s << QStringList{u"ghost"_s};
    QTest::newRow("zone cycle") << u"sql:UPDATE zones SET parent='rack-gpu' WHERE id='dc1'"_s
                                << QStringList{u"cycle"_s};
    QTest::newRow("duplicate id across tables")
        << u"sql:UPDATE stages SET id='gpu' WHERE id='monitor'; UPDATE flows SET target='gpu' "
           u"WHERE target='monitor';"
           "UPDATE bindings SET stage='gpu' WHERE stage='monitor'; DELETE FROM layout WHERE item='monitor'"_s
        << QStringList{u"duplicate"_s, u"gpu"_s};
    // Objects Tarmac never writes are refused before anything could run or parse them.
    QTest::newRow("a trigger")
        << u"sql:CREATE TRIGGER t AFTER INSERT ON zones BEGIN DELETE FROM stages; END"_s
        << QStringList{u"trigger"_s, u"\"t\""_s};
    QTest::newRow("a view calling load_extension")
        << u"sql:CREATE VIEW v AS SELECT load_extension('/tmp/evil.so')"_s
        << QStringList{u"view"_s, u"\"v\""_s};
    QTest::newRow("an expression index")
        << u"sql:CREATE INDEX i ON stages(length(name))"_s << QStringList{u"index"_s, u"\"i\""_s};
    QTest::newRow("an extra table")
        << u"sql:CREATE TABLE scribbles(x)"_s << QStringList{u"table"_s, u"scribbles"_s};
    QTest::newRow("meta table missing") << u"sql:DROP TABLE meta"_s << QStringList{u"meta"_s};
    QTest::newRow("meta without schema_version")
        << u"sql:DELETE FROM meta WHERE key='schema_version'"_s
        << QStringList{u"meta"_s, u"schema_version"_s};
    QTest::newRow("meta disagrees with user_version")
        << u"sql:UPDATE meta SET value='7' WHERE key='schema_version'"_s
        << QStringList{u"meta"_s, u"re:\\b7\\b"_s,
                       u"re:\\b%1\\b"_s.arg(SqliteFormat::kSchemaVersion)};
    QTest::newRow("versionsRetained 1.5")
        << u"sql:UPDATE params SET number=1.5, text='' WHERE name='versionsRetained'"_s
        << QStringList{u"versionsRetained"_s, u"whole number"_s};
    QTest::newRow("hosts 1e308")
        << u"sql:UPDATE params SET number=1e308, text='' WHERE name='hosts'"_s
        << QStringList{u"hosts"_s, u"range"_s};
    // integrity_check verifies CHECK constraints, so either it or the validation refuses this.
    QTest::newRow("horizon out of range (CHECK bypassed)")
        << u"sql:PRAGMA ignore_check_constraints=1; UPDATE project SET horizon_months=0"_s
        << QStringList{u"re:horizon|check"_s};
}

void TestProjectFile::badFiles()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"bad.tarmac"_s);
    QRandomGenerator rng(4096);
    auto randomBytes = [&](int n) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        return bytes;
    };

    if (setup == u"empty") {
        QVERIFY(writeBytes(file, {}));
    } else if (setup == u"random") {
        QVERIFY(writeBytes(file, randomBytes(4096)));
    } else if (setup == u"header+random") {
        QVERIFY(writeBytes(file, QByteArray("SQLite format 3\0", 16) + randomBytes(4080)));
    } else if (setup == u"foreign") {
        const QString error = execSql(file, "CREATE TABLE x(a); INSERT INTO x VALUES (1)");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        // The rest start from a good file: a big one, so that truncation cuts real data.
        Project project = m_example;
        if (setup.startsWith(u"truncate"))
            project = generateProject(5, 60, 80, 120);
        const QString error = SqliteFormat().write(project, file);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (setup == u"truncate:2") {
            QFile f(file);
            QVERIFY(f.resize(f.size() / 2));
        } else if (setup == u"truncate:100b") {
            QFile f(file);
            QVERIFY(f.resize(100));
        } else if (setup.startsWith(u"sql:")) {
            const QString sqlError = execSql(file, setup.mid(4).toUtf8());
            QVERIFY2(sqlError.isEmpty(), qPrintable(sqlError));
        } else {
            QFAIL(qPrintable(u"unknown setup "_s + setup));
        }
    }

    const QByteArray before = fileBytes(file);
    const ReadResult r = SqliteFormat().read(file);
    QVERIFY2(!r.ok(), "accepted a bad file");
    QVERIFY(!r.error.isEmpty());
    for (const QString &fragment : mentions) {
        QVERIFY2(errorMentions(r.error, fragment),
                 qPrintable(u"error \"%1\" does not mention \"%2\""_s.arg(r.error, fragment)));
    }
    QCOMPARE(fileBytes(file), before); // a failed open does not touch the file either

    // Through the generic entry point the message starts with the file name.
    const ReadResult named = readProjectFile(file);
    QVERIFY(!named.ok());
    QVERIFY2(named.error.startsWith(file + u':'), qPrintable(named.error));
}

void TestProjectFile::migration_data()
{
    // Future versions: the file is written at the current version (v), and the format under
    // test is given the product's own steps followed by the injected ones.
    const int v = SqliteFormat::kSchemaVersion;
    const QString next = u"re:\\b%1\\b"_s.arg(v);
    const QString afterNext = u"re:\\b%1\\b"_s.arg(v + 1);
    QTest::addColumn<int>("version");      // the format's current schema version
    QTest::addColumn<int>("goodSteps");    // injected steps that succeed, from version v on
    QTest::addColumn<bool>("failingStep"); // then one step that fails
    QTest::addColumn<bool>("expectOk");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("v -> v+1 in one step") << v + 1 << 1 << false << true << QStringList();
    QTest::newRow("v -> v+2 in two steps") << v + 2 << 2 << false << true << QStringList();
    QTest::newRow("current version, steps unused") << v << 1 << false << true << QStringList();
    QTest::newRow("no step from v+1")
        << v + 2 << 1 << false << false << QStringList{u"migration"_s, afterNext};
    QTest::newRow("no steps at all")
        << v + 1 << 0 << false << false << QStringList{u"migration"_s, next};
    QTest::newRow("step fails") << v + 1 << 0 << true << false
                                << QStringList{u"disk on fire"_s, next};
}

void TestProjectFile::migration()
{
    QFETCH(int, version);
    QFETCH(int, goodSteps);
    QFETCH(bool, failingStep);
    QFETCH(bool, expectOk);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"current.tarmac"_s);
    QString error = SqliteFormat().write(m_example, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = fileBytes(file);

    int calls = 0;
    QStringList databases; // the file name each step ran on ("" for an in-memory database)
    std::vector<SqliteFormat::Migration> steps;
    static_assert(SqliteFormat::kSchemaVersion == 2, "list the product's new migration step here");
    steps.push_back(&sqlite::migrateToVersion2); // the product's steps, unused for this file
    for (int i = 0; i < goodSteps; ++i) {
        steps.push_back([&calls, &databases, i](sqlite3 *db) {
            ++calls;
            const char *name = sqlite3_db_filename(db, "main");
            databases << QString::fromUtf8(name ? name : "");
            return addNoteColumn(db, i + 1);
        });
    }
    if (failingStep) {
        steps.push_back([&calls](sqlite3 *) {
            ++calls;
            return u"disk on fire"_s;
        });
    }
    const SqliteFormat format(version, steps);
    const ReadResult r = format.read(file);
    if (expectOk) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(calls, std::max(0, version - SqliteFormat::kSchemaVersion));
        QVERIFY2(r.project == m_example, qPrintable(projectDifference(r.project, m_example)));
    } else {
        QVERIFY(!r.ok());
        for (const QString &fragment : mentions) {
            QVERIFY2(errorMentions(r.error, fragment),
                     qPrintable(u"error \"%1\" does not mention \"%2\""_s.arg(r.error, fragment)));
        }
    }
    // Steps run on the in-memory copy; the user's file is never changed by opening it.
    // (SQLite names a database deserialized into memory "x"; no such file exists.)
    for (const QString &name : std::as_const(databases))
        QVERIFY2(name.isEmpty() || !QFileInfo::exists(dir.filePath(name)),
                 qPrintable(u"a migration step ran on "_s + name));
    QCOMPARE(fileBytes(file), before);
    // The product format still reads it.
    const ReadResult plain = SqliteFormat().read(file);
    QVERIFY2(plain.ok(), qPrintable(plain.error));
}

void TestProjectFile::schemaVersion1File()
{
    // A file written before decision notes (schema 1, by Tarmac 0.x; kept in tests/data):
    // it opens with no notes, is not changed by opening, and saving it writes schema 2.
    const QString fixture =
        QStringLiteral(TARMAC_SOURCE_DIR "/tests/data/schema-v1/llm-platform.tarmac");
    const QByteArray before = fileBytes(fixture);
    QVERIFY(!before.isEmpty());
    const ReadResult r = readProjectFile(fixture);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project.notes.empty());
    QVERIFY2(r.project == m_example, qPrintable(projectDifference(r.project, m_example)));
    QCOMPARE(fileBytes(fixture), before);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project edited = r.project;
    edited.notes.push_back(
        {u"n1"_s, u"train"_s, u"70B on 64 GPUs, as agreed"_s, u"Ana"_s, u"2026-12-02T10:15:00Z"_s});
    const QString saved = dir.filePath(u"saved.tarmac"_s);
    const QString error = SqliteFormat().write(edited, saved);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(saved.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), SqliteFormat::kSchemaVersion);
    sqlite3_finalize(st);
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT target, text, author FROM notes", -1, &st, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))),
             u"70B on 64 GPUs, as agreed"_s);
    sqlite3_finalize(st);
    sqlite3_close(db);
    const ReadResult back = readProjectFile(saved);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY2(back.project == edited, qPrintable(projectDifference(back.project, edited)));
}

void TestProjectFile::atomicSave_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("fail after writing, over a file") << QByteArray("written") << true;
    QTest::newRow("fail before rename, over a file") << QByteArray("before-rename") << true;
    QTest::newRow("fail after writing, new file") << QByteArray("written") << false;
    QTest::newRow("fail before rename, new file") << QByteArray("before-rename") << false;
}

void TestProjectFile::atomicSave()
{
    QFETCH(QByteArray, point);
    QFETCH(bool, targetExists);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"project.tarmac"_s;
    const QString file = dir.filePath(name);
    const Project first = generateProject(11, 12, 16, 15);
    const Project second = generateProject(12, 30, 40, 45);
    QVERIFY(!(first == second));
    QByteArray before;
    if (targetExists) {
        const QString error = SqliteFormat().write(first, file);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        before = fileBytes(file);
    }

    QByteArrayList reached;
    SqliteFormat::setFaultInjector([&reached, point](const char *at) {
        reached << QByteArray(at);
        return qstrcmp(at, point.constData()) != 0;
    });
    const QString error = SqliteFormat().write(second, file);
    SqliteFormat::setFaultInjector(nullptr);

    QVERIFY2(reached.contains(point), qPrintable(QString::fromUtf8(reached.join(", "))));
    QVERIFY2(!error.isEmpty(), "a failed save reported success");
    QVERIFY2(error.contains(u"unchanged"_s), qPrintable(error));
    if (targetExists) {
        QCOMPARE(fileBytes(file), before);
        const ReadResult r = SqliteFormat().read(file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.project == first, qPrintable(projectDifference(r.project, first)));
    } else {
        QVERIFY(!QFileInfo::exists(file));
    }
    // No ".project.tarmac.saving-PID" (or its journal) is left behind.
    QStringList stray = strayFiles(dir.path(), {name});
    QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u", "_s)));

    // The next save, without the fault, goes through.
    const QString retry = SqliteFormat().write(second, file);
    QVERIFY2(retry.isEmpty(), qPrintable(retry));
    const ReadResult r = SqliteFormat().read(file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.project == second, qPrintable(projectDifference(r.project, second)));
    stray = strayFiles(dir.path(), {name});
    QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u", "_s)));
}

void TestProjectFile::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("running as root: folder permissions are not enforced");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/project.tarmac"_s;
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther; // 0555
    QVERIFY(QFile::setPermissions(folder, readOnly));
    const QString error = SqliteFormat().write(m_example, file);
    const QString named = writeProjectFile(m_example, file);
    QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner);
    QVERIFY2(!error.isEmpty(), "saved into a read-only folder");
    QVERIFY2(error.contains(u"not writable"_s), qPrintable(error));
    QVERIFY2(named.startsWith(file + u':'), qPrintable(named));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestProjectFile::missingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"no/such/folder/project.tarmac"_s);
    const QString error = SqliteFormat().write(m_example, file);
    QVERIFY2(!error.isEmpty(), "saved into a folder that does not exist");
    QVERIFY2(error.contains(u"folder"_s) && error.contains(u"does not exist"_s), qPrintable(error));
    const QString named = writeProjectFile(m_example, file);
    QVERIFY2(named.startsWith(file + u':'), qPrintable(named));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
}

void TestProjectFile::fileDeletedWhileOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"project.tarmac"_s);
    QString error = SqliteFormat().write(m_example, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReadResult opened = readProjectFile(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    // The user deletes (or moves away) the file while the project is open, then saves.
    QVERIFY(QFile::remove(file));
    error = writeProjectFile(opened.project, file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ReadResult again = readProjectFile(file);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.project == m_example, qPrintable(projectDifference(again.project, m_example)));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
