#pragma once

// The few pieces of SQLite's C API the .tarmac format uses, owned and checked.

#include <QJsonValue>
#include <QString>
#include <memory>
#include <sqlite3.h>

namespace tarmac::sqlite {

struct Closer {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, Closer>;

struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return stmt != nullptr; }
    bool step()
    {
        m_rc = sqlite3_step(stmt);
        return m_rc == SQLITE_ROW;
    }
    /// A missing table or a read error, as opposed to simply no (more) rows.
    bool failed() const
    {
        return !stmt || (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != -1);
    }
    int m_rc = -1;
    // UTF-8 both ways: SQLite's own UTF-16 conversion turns U+FFFF into U+FFFD.
    QString text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, col)) : QString();
    }
    QJsonValue value(int col) const
    {
        switch (sqlite3_column_type(stmt, col)) {
        case SQLITE_INTEGER:
            return double(sqlite3_column_int64(stmt, col));
        case SQLITE_FLOAT:
            return sqlite3_column_double(stmt, col);
        case SQLITE_TEXT:
            return text(col);
        case SQLITE_NULL:
            return QJsonValue::Null;
        default:
            return QStringLiteral("<blob>"); // refused by validation downstream
        }
    }
    void bind(int i, const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, double d) { sqlite3_bind_double(stmt, i, d); }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(stmt, i, v); }
    bool exec()
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return rc == SQLITE_DONE;
    }
};

QString lastError(sqlite3 *db);
/// Runs `sql` (several statements allowed); false with SQLite's message in `error` on failure.
bool exec(sqlite3 *db, const char *sql, QString *error);
/// The integer a one-row PRAGMA returns, or -1.
int pragmaInt(sqlite3 *db, const char *sql);
/// Treats the database as hostile: defensive mode, no extensions, triggers or views, no trusted
/// schema, a length limit.
void harden(sqlite3 *db);

} // namespace tarmac::sqlite
