#pragma once

#include <QByteArray>
#include <QString>

namespace tarmac {

/// Bytes read from a file, or the one-line reason they could not be (without the path).
struct FileBytes {
    QByteArray data;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads a whole regular file of at most `maxBytes`. A FIFO, a device or a folder is refused
/// before anything blocks on it; every failure says why in the system's words.
FileBytes readRegularFile(const QString &path, qint64 maxBytes);

/// The first `bytes` bytes of a regular file; empty for anything else (never blocks on a FIFO).
QByteArray readHead(const QString &path, qsizetype bytes);

/// True if both paths name the same existing file, by any spelling (./, .., symlinks, hard
/// links): the check that keeps `-o` from overwriting the input.
bool sameFile(const QString &a, const QString &b);

/// Why `path` cannot take an output, or empty: its folder is missing, or it exists and is not
/// a regular file (a device, a FIFO, a folder), which a writer must never replace.
QString outputPathProblem(const QString &path);

/// The system's message for an errno value ("No space left on device"), never "Unknown error".
QString systemErrorText(int error);

/// One file written the only way Tarmac writes files: into a temporary file beside the target,
/// every write checked, flushed to disk, then renamed over the target, so a crash, a kill or a
/// full disk leaves the previous file as it was. Temporary files that a killed Tarmac left
/// behind beside the same target are removed when the next one opens.
class AtomicFile {
public:
    explicit AtomicFile(const QString &target);
    ~AtomicFile(); ///< removes the temporary file unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /// Creates the temporary file; returns empty or the error.
    QString open();
    /// The temporary file, for writers that must open it themselves (SQLite). Valid after open().
    QString temporaryPath() const { return m_temp; }
    /// Appends to the temporary file; returns empty or the error.
    QString write(const QByteArray &data);
    /// Flushes, closes and renames over the target; returns empty or the error. After a
    /// failure the target is unchanged and the temporary file is gone.
    QString commit();
    /// Drops the temporary file.
    void discard();

    /// Test hook: called at "write", "fsync" and "rename"; returning an errno value other
    /// than 0 makes that step fail as the system would (ENOSPC for a full disk).
    static void setFaultInjector(int (*injector)(const char *step));

private:
    QString fail(int error);

    QString m_target; ///< the resolved target (symlinks followed)
    QString m_temp;
    int m_fd = -1;
    bool m_committed = false;
};

/// Writes `data` to `path` through an AtomicFile; returns empty or the error (without the path).
QString writeFileAtomically(const QString &path, const QByteArray &data);

/// Removes `.NAME.saving-PID…` files (and their SQLite journals) beside `target` whose
/// process is gone: what a save killed half-way leaves behind.
void removeStaleTemporaries(const QString &target);

} // namespace tarmac
