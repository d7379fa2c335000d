#include "gui.h"

#include "tarmac/version.h"
#include "window/mainwindow.h"
#include "window/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace tarmac {
namespace {

// Loads Tarmac's and Qt's own translations for `language` ("de", "fr"; "" = system locale).
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tarmac"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tarmac"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tarmac"));
    QApplication::setOrganizationName(QStringLiteral("tarmac"));
    QApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tarmac"));

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language"),
                                  QStringLiteral("code"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Project to open"));
    parser.parse(QApplication::arguments()); // main() already refused anything unknown

    const QString language = parser.isSet(lang)
                                 ? parser.value(lang)
                                 : QSettings().value(QStringLiteral("language")).toString();
    installTranslations(app, language);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        if (window.offerRecovery())
            return;
        // A file given and opened: its canvas; the very first start without one: the tour
        // (until it is finished or skipped once); anything else: the start page.
        if (!files.isEmpty() && window.openFile(files.first()))
            return;
        if (files.isEmpty() && !Tour::isDone())
            window.startTour();
        else
            window.showStartPage();
    });
    return QApplication::exec();
}

} // namespace tarmac
