#pragma once

namespace tarmac {

/// Starts the desktop application (QApplication, translations, main window).
int runGui(int argc, char **argv);

} // namespace tarmac
