// tarmac: the desktop application and its headless command line in one binary.

#include "cli.h"
#include "gui.h"
#include "output/textescape.h"
#include "tarmac/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHashFunctions>
#include <cstdio>
#include <cstring>

namespace {

// Qt's own GUI options that take a value; QApplication consumes them.
bool isQtOptionWithValue(const char *arg)
{
    for (const char *o : {"-platform", "-style", "-stylesheet", "-qwindowgeometry", "-qwindowtitle",
                          "-qwindowicon", "-display", "-geometry", "-platformpluginpath",
                          "-platformtheme", "-plugin", "-session", "-name", "-title"}) {
        if (std::strcmp(arg, o) == 0)
            return true;
    }
    return false;
}

bool isQtFlag(const char *arg)
{
    for (const char *o : {"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync"}) {
        if (std::strcmp(arg, o) == 0)
            return true;
    }
    return false;
}

// Headless subcommands promise one clear line on stderr for a problem, and nothing else:
// Qt's own chatter (no XDG_RUNTIME_DIR, font fallbacks) is dropped unless TARMAC_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIsSet("TARMAC_DEBUG"))
        std::fprintf(stderr, "tarmac: %s\n",
                     tarmac::terminalText(message).toLocal8Bit().constData());
}

int usageError(const char *message, const char *what)
{
    const QString shown = tarmac::terminalText(QString::fromLocal8Bit(what));
    std::fprintf(stderr, "tarmac: %s '%s' (see tarmac --help)\n", message,
                 shown.toLocal8Bit().constData());
    return tarmac::cli::Unusable;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *first = argv[1];
        // --version and --help check their output as much as any subcommand does.
        if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0)
            return tarmac::cli::printOut(QByteArray("tarmac ") + TARMAC_VERSION + '\n');
        if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0)
            return tarmac::cli::printOut(tarmac::cli::mainHelp().toUtf8());
        const QString command = QString::fromLocal8Bit(first);
        if (tarmac::cli::isSubcommand(command))
            qInstallMessageHandler(quietMessages);
        if (command == u"export" || command == u"report") {
            // Diagrams and charts are drawn with fonts and widgets, never on a screen: the
            // offscreen platform makes them work the same with or without a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Same input, same output: Qt's per-process random hash seed would reorder
            // font subsets and objects in PDFs from one run to the next.
            QHashSeed::setDeterministicGlobalSeed();
            QApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("tarmac"));
            QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION));
            return tarmac::cli::run(app.arguments().mid(1));
        }
        if (tarmac::cli::isSubcommand(command)) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("tarmac"));
            QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION));
            return tarmac::cli::run(app.arguments().mid(1));
        }
    }
    // The GUI: check the arguments before a display is needed, so mistakes exit 2 anywhere.
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--lang") == 0 || isQtOptionWithValue(arg)) {
            if (i + 1 >= argc)
                return usageError("missing value for", arg);
            ++i;
            continue;
        }
        if (std::strncmp(arg, "--lang=", 7) == 0 || isQtFlag(arg))
            continue;
        if (arg[0] == '-')
            return usageError("unknown option", arg);
        const QString path = QString::fromLocal8Bit(arg);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!QFileInfo::exists(path) && suffix != u"tarmac" && suffix != u"json")
            return usageError("unknown command", arg);
        if (++files > 1)
            return usageError("more than one file given; extra", arg);
    }
    return tarmac::runGui(argc, argv);
}
