// Renders the screenshots in docs/ from the real widgets, offscreen, so they never go stale:
//   ./dev.sh screenshots   (QT_QPA_PLATFORM=offscreen build/bin/tarmac-screenshots docs)

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "charts/chartrender.h"
#include "commands/commands.h"
#include "dialogs/rvtoolsimportdialog.h"
#include "dialogs/settingsdialog.h"
#include "engine/engine.h"
#include "storage/projectformat.h"
#include "window/mainwindow.h"
#include "window/personaviews.h"
#include "window/presentationmode.h"
#include "window/tour.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

const char *const kExample = TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json";
const char *const kVisionExample = TARMAC_SOURCE_DIR "/resources/examples/vision-training.json";

bool save(const QImage &image, const QString &file)
{
    if (!image.save(file)) {
        std::fprintf(stderr, "tarmac-screenshots: cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// A main window of `size` on the example, shown; null if the example does not open.
std::unique_ptr<tarmac::MainWindow> windowOn(const char *example, QSize size)
{
    auto window = std::make_unique<tarmac::MainWindow>();
    window->resize(size);
    window->show();
    if (!window->openFile(QString::fromUtf8(example), true))
        return nullptr;
    return window;
}

// The main window on an example at the zoom fit chooses, grabbed once its layout has settled.
bool shootWindow(const QString &file, const char *example = kExample)
{
    const auto shown = windowOn(example, QSize(1440, 900));
    if (!shown)
        return false;
    tarmac::MainWindow &window = *shown;
    QApplication::processEvents();
    window.canvasView()->zoomToFit();
    QApplication::processEvents();
    return save(window.grab().toImage(), file);
}

// The training stage selected: its properties with human labels, and its requirements.
bool shootSelection(const QString &propertiesFile, const QString &requirementsFile)
{
    const auto shown = windowOn(kExample, QSize(1440, 900));
    if (!shown)
        return false;
    tarmac::MainWindow &window = *shown;
    window.revealItem(QStringLiteral("train"));
    QApplication::processEvents();
    bool ok = save(window.grab().toImage(), propertiesFile);
    const QList<QTabBar *> tabs = window.findChildren<QTabBar *>();
    for (QTabBar *bar : tabs) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == QApplication::translate("tarmac::MainWindow", "Requirements"))
                bar->setCurrentIndex(i);
        }
    }
    QApplication::processEvents();
    return save(window.grab().toImage(), requirementsFile) && ok;
}

// The start page a newcomer sees: templates with their thumbnails, and a recent project.
bool shootStartPage(const QString &file)
{
    tarmac::MainWindow window;
    window.resize(1280, 720); // a projector's size: what a workshop starts on
    window.show();
    window.openFile(QString::fromUtf8(kExample), true); // one recent project to show
    window.showStartPage();
    QApplication::processEvents();
    return save(window.grab().toImage(), file);
}

// File → Import → RVTools Export on the fixture inventory: the dialog with its GPU
// suggestions, then the project it makes.
bool shootImport(const QString &dialogFile, const QString &projectFile)
{
    tarmac::MainWindow window;
    window.resize(1440, 900);
    window.show();
    bool ok = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog =
            qobject_cast<tarmac::RvToolsImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QApplication::processEvents();
        ok = save(dialog->grab().toImage(), dialogFile);
        dialog->accept();
    });
    if (!window.importRvToolsFrom(
            QStringLiteral(TARMAC_SOURCE_DIR "/tests/data/rvtools/inventory.xlsx")))
        return false;
    QApplication::processEvents();
    window.canvasView()->zoomToFit();
    QApplication::processEvents();
    ok = save(window.grab().toImage(), projectFile) && ok;
    window.document()->markSaved(QString());
    return ok;
}

// The example in one persona view at a projector's 1280×720, as a workshop shows it: the side
// panels closed, at 100 % (where cards show their figures) on the part that matters to that
// side of the room.
bool shootPersona(tarmac::DiagramView view, const QString &centreOn, const QString &file)
{
    const auto shown = windowOn(kExample, QSize(1280, 720));
    if (!shown)
        return false;
    tarmac::MainWindow &window = *shown;
    window.personaViews()->setView(view);
    for (const char *dock :
         {"paletteDock", "propertiesDock", "requirementsDock", "historyDock", "notesDock"}) {
        if (auto *d = window.findChild<QDockWidget *>(QLatin1StringView(dock)))
            d->hide();
    }
    QApplication::processEvents();
    window.canvasView()->resetZoom();
    if (const QGraphicsItem *item = window.canvasScene()->node(centreOn))
        window.canvasView()->centerOn(item);
    QApplication::processEvents();
    const bool ok = save(window.grab().toImage(), file);
    window.personaViews()->setView(tarmac::DiagramView::Mapping); // not remembered for the next
    return ok;
}

// Presentation mode (F5) at 1280×720 on its first finding.
bool shootPresentation(const QString &file)
{
    const auto shown = windowOn(kExample, QSize(1280, 720));
    if (!shown)
        return false;
    tarmac::MainWindow &window = *shown;
    window.presentation()->enter();
    QApplication::processEvents();
    window.resize(1280, 720); // offscreen has no real full screen: keep the projector's size
    QApplication::processEvents();
    const bool ok = save(window.grab().toImage(), file);
    window.presentation()->leave();
    return ok;
}

// Steps of the tour, as docs/tutorial.md walks them.
bool shootTour(const QString &dir)
{
    tarmac::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    window.startTour();
    tarmac::Tour *tour = window.tour();
    bool ok = true;
    for (int i = 0; i < tour->stepCount(); ++i) {
        QApplication::processEvents();
        ok &= save(window.grab().toImage(),
                   QDir(dir).filePath(QStringLiteral("tour-%1.png").arg(i + 1)));
        tour->next();
    }
    window.document()->markSaved(QString());
    return ok;
}

// A decision note on the NFS, pinned on its card and listed in the Notes panel.
bool shootNotes(const QString &file)
{
    const auto shown = windowOn(kExample, QSize(1280, 720));
    if (!shown)
        return false;
    tarmac::MainWindow &window = *shown;
    window.document()->undoStack()->push(tarmac::addNoteCommand(
        window.document(),
        tarmac::Note{
            {},
            QStringLiteral("nfs"),
            QStringLiteral("NFS over Lustre: the corpus is read once per epoch at 2.4 GB/s"),
            QStringLiteral("Ana Ruiz"),
            QStringLiteral("2026-12-02T10:15:00Z")}));
    if (auto *notes = window.findChild<QDockWidget *>(QStringLiteral("notesDock"))) {
        notes->show();
        notes->raise();
    }
    window.revealItem(QStringLiteral("nfs"));
    QApplication::processEvents();
    const bool ok = save(window.grab().toImage(), file);
    window.document()->markSaved(QString());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // no user settings, no recovery prompts
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tarmac-screenshots"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs");
    const QDir shots(QDir(outDir).filePath(QStringLiteral("screenshots")));
    QDir().mkpath(shots.path());

    bool ok = shootWindow(QDir(outDir).filePath(QStringLiteral("screenshot.png")));
    ok &= shootStartPage(shots.filePath(QStringLiteral("start-page.png")));
    ok &= shootImport(shots.filePath(QStringLiteral("import-rvtools-dialog.png")),
                      shots.filePath(QStringLiteral("import-rvtools-project.png")));
    ok &= shootSelection(shots.filePath(QStringLiteral("properties-training.png")),
                         shots.filePath(QStringLiteral("requirements-training.png")));
    ok &= shootPersona(tarmac::DiagramView::Mapping, QStringLiteral("train"),
                       shots.filePath(QStringLiteral("view-mapping.png")));
    ok &= shootPersona(tarmac::DiagramView::Lifecycle, QStringLiteral("train"),
                       shots.filePath(QStringLiteral("view-data-science.png")));
    ok &= shootPersona(tarmac::DiagramView::Infrastructure, QStringLiteral("nfs"),
                       shots.filePath(QStringLiteral("view-infrastructure.png")));
    ok &= shootPresentation(shots.filePath(QStringLiteral("presentation-1280x720.png")));
    ok &= shootNotes(shots.filePath(QStringLiteral("notes.png")));
    ok &= shootTour(shots.path());
    for (const char *language : {"de", "fr"}) {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/tarmac_") + QLatin1StringView(language) +
                             QStringLiteral(".qm"))) {
            std::fprintf(stderr, "tarmac-screenshots: no %s translation in this build\n", language);
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
        ok &= shootWindow(
            shots.filePath(QStringLiteral("main-%1.png").arg(QLatin1StringView(language))));
        QCoreApplication::removeTranslator(&translator);
    }
    tarmac::AppSettings settings =
        tarmac::AppSettings::load(); // test-mode settings, not the user's
    // Both examples at fit zoom, light and dark: what a room sees when a file opens.
    for (const char *theme : {"light", "dark"}) {
        settings.theme = QString::fromLatin1(theme);
        settings.save();
        for (const auto &[example, name] :
             {std::pair{kExample, "llm-platform"}, std::pair{kVisionExample, "vision-training"}})
            ok &= shootWindow(
                shots.filePath(QStringLiteral("fit-%1-%2.png")
                                   .arg(QLatin1StringView(name), QLatin1StringView(theme))),
                example);
    }
    settings.theme = QStringLiteral("system");
    settings.save();
    tarmac::applyTheme(QStringLiteral("light"));

    const tarmac::ReadResult read = tarmac::readProjectFile(QString::fromUtf8(kExample));
    const tarmac::EngineResult result = tarmac::computeRequirements(read.project);
    using tarmac::charts::ChartKind;
    const std::pair<ChartKind, const char *> charts[] = {{ChartKind::Utilization, "utilization"},
                                                         {ChartKind::Growth, "growth"},
                                                         {ChartKind::StageNeeds, "stage-needs"},
                                                         {ChartKind::Bandwidth, "bandwidth"}};
    for (const auto &[kind, name] : charts) {
        for (bool dark : {false, true}) {
            const QImage image =
                tarmac::charts::renderChartImage(kind, read.project, result, QSize(900, 520), dark);
            ok &=
                save(image,
                     shots.filePath(QStringLiteral("chart-%1-%2.png")
                                        .arg(QLatin1StringView(name), dark ? u"dark" : u"light")));
        }
    }
    return ok ? 0 : 1;
}
