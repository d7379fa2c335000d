#pragma once

#include "model/quantity.h"

#include <QCommandLineOption>
#include <QStringList>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace tarmac {
struct EngineResult;
struct Project;
} // namespace tarmac

namespace tarmac::cli {

/// Exit codes of every subcommand (FORMAT.md).
enum Exit { Ok = 0, Findings = 1, Unusable = 2 };

/// True if `word` names a headless subcommand.
bool isSubcommand(const QString &word);
/// Runs a subcommand; args[0] is the subcommand. Prints to stdout/stderr, returns the exit code.
int run(const QStringList &args);
/// The text of `tarmac --help`.
QString mainHelp();

// Shared by the subcommand implementations.
struct Command {
    const char *name;
    const char *synopsis;
    const char *summary;
};
const Command &commandNamed(const QString &name);
/// One line on stderr, exit code 2.
int failWith(const QString &message);
/// Writes to stdout and checks that every byte got there (a full disk, /dev/full, a closed
/// pipe): returns `code`, or prints why not and returns 2.
int printOut(const QByteArray &bytes, int code = Ok);
/// Why `output` must not be written: it is one of the inputs (by any spelling), a device, a
/// FIFO or a folder, or its folder is missing. Empty if it may be.
QString outputRefusal(const QString &output, const QStringList &inputs);
/// `--units si|iec`: the byte prefixes of sizes in sentences and figures (numbers in JSON and
/// CSV stay base units). The option is added to `parser` here.
struct UnitsOption {
    explicit UnitsOption(QCommandLineParser &parser);
    /// Reads the parsed value; on a word other than si or iec prints why and returns false.
    bool read(const QCommandLineParser &parser, const QString &command, UnitSystem *units) const;
    QCommandLineOption option;
};
/// Parses a subcommand's options; -1 to go on, else the exit code (help printed, or error).
int parse(QCommandLineParser &parser, const QStringList &args, const Command &command,
          int positionals);

// A command's process ends right after printing: freeing a large project piece by piece (its
// hundreds of thousands of strings and parameter maps) took longer than printing its findings,
// and the operating system takes the memory back at once. Kept reachable, so leak checkers do
// not report it (decision 0022).
template <typename T> const T &keptUntilExit(T &&value)
{
    static auto *kept = new std::vector<std::shared_ptr<const void>>;
    auto held = std::make_shared<const T>(std::move(value));
    kept->push_back(held);
    return *held;
}

/// The engine's result for `project`, with the engine itself kept until exit: its index of
/// 100,000 stages is not freed piece by piece either.
const EngineResult &computeKeptUntilExit(const Project &project);

} // namespace tarmac::cli
