#pragma once

#include <QString>

namespace tarmac {

/// Versions of the libraries Tarmac is built on, for Help → About and --version reports.
QString graphvizVersion();
QString sqliteVersion();

} // namespace tarmac
