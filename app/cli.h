#pragma once

#include <QStringList>

class QCommandLineParser;

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
/// Parses a subcommand's options; -1 to go on, else the exit code (help printed, or error).
int parse(QCommandLineParser &parser, const QStringList &args, const Command &command,
          int positionals);

} // namespace tarmac::cli
