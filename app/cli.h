#pragma once

#include <QStringList>

namespace tarmac::cli {

/// Exit codes of every subcommand (FORMAT.md).
enum Exit { Ok = 0, Findings = 1, Unusable = 2 };

/// True if `word` names a headless subcommand.
bool isSubcommand(const QString &word);
/// Runs a subcommand; args[0] is the subcommand. Prints to stdout/stderr, returns the exit code.
int run(const QStringList &args);
/// The text of `tarmac --help`.
QString mainHelp();

} // namespace tarmac::cli
