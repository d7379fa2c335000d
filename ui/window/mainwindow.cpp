#include "mainwindow.h"

#include "arrangecontroller.h"
#include "canvas/canvasactions.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "charts/chartspanel.h"
#include "diagram/libraryinfo.h"
#include "dialogs/exportdialog.h"
#include "dialogs/rvtoolsimportdialog.h"
#include "dialogs/settingsdialog.h"
#include "engine/liveengine.h"
#include "panels/findingsmodel.h"
#include "panels/notespanel.h"
#include "panels/palette.h"
#include "panels/requirementspanel.h"
#include "personaviews.h"
#include "presentationmode.h"
#include "properties/propertiespanel.h"
#include "report/reportwriter.h"
#include "startpage.h"
#include "storage/projectformat.h"
#include "storage/recovery.h"
#include "storage/templates.h"
#include "style/shortcutkeys.h"
#include "tarmac/version.h"
#include "tour.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace tarmac {
namespace {

constexpr int kMaxRecent = 8;
const char *const kFileFilter = QT_TRANSLATE_NOOP(
    "tarmac::MainWindow", "Tarmac projects (*.tarmac);;Interchange JSON (*.json)");
// Open shows every file Tarmac reads at once; Save As offers one format per filter.
const char *const kOpenFilter =
    QT_TRANSLATE_NOOP("tarmac::MainWindow", "All supported (*.tarmac *.json);;Tarmac projects "
                                            "(*.tarmac);;Interchange JSON (*.json)");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_engine(new LiveEngine(m_document, this))
    , m_autosaver(new Autosaver(m_document, RecoveryStore(), this))
    , m_scene(new CanvasScene(m_document, m_engine, this))
    , m_view(new CanvasView(m_scene, this))
    , m_canvasActions(new CanvasActions(m_view, this))
    , m_palette(new PaletteWidget(this))
    , m_properties(new PropertiesPanel(m_document, this))
    , m_requirements(new RequirementsPanel(this))
    , m_arranger(new ArrangeController(m_document, this))
    , m_findings(new FindingsModel(this))
    , m_findingsFilter(new FindingsFilter(this))
    , m_findingsView(new QTableView(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The canvas, or the start page in its place while no project is open.
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_view);
    m_startPage = new StartPage(m_central);
    m_central->addWidget(m_startPage);
    setCentralWidget(m_central);
    m_notes = new NotesPanel(m_document, this);
    m_personas = new PersonaViews(m_scene, m_document, this);
    connect(m_startPage, &StartPage::templateRequested, this, &MainWindow::newFromTemplate);
    connect(m_startPage, &StartPage::tourRequested, this, &MainWindow::startTour);
    connect(m_startPage, &StartPage::fileRequested, this,
            [this](const QString &path) { openFile(path); });
    // Whatever puts a project in the window (open, a template, an import, a recovery, an
    // edit) shows the canvas.
    connect(m_document, &ProjectDocument::changed, this, [this] {
        if (isStartPageShown())
            showCanvas();
    });
    createActions();
    createDocks();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.type == ItemType::Project && e.kind == ChangeEvent::Kind::Changed)
            updateTitle();
    });
    connect(m_engine, &LiveEngine::resultChanged, this, &MainWindow::refreshResult);
    connect(m_scene, &CanvasScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_canvasActions, &CanvasActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_scene, &CanvasScene::currentItemChanged, this,
            [this](ItemType type, const QString &id) {
                m_notes->setCurrentTarget(id);
                if (id.isEmpty())
                    m_properties->clear();
                else
                    m_properties->showItem(type, id);
                // Screen readers read the canvas's description: say what is selected and how it
                // fits.
                const NodeItem *node = m_scene->node(id);
                m_view->setAccessibleDescription(
                    node ? tr("%1 (%2): %3. %4")
                               .arg(node->title(), node->kindLabel(), node->figures(),
                                    node->findingsText())
                    : id.isEmpty() ? tr("Nothing selected; Tab walks through the items")
                                   : id);
            });
    connect(m_palette, &PaletteWidget::addRequested, this, [this](const QString &spec) {
        m_scene->addFromSpec(spec, m_view->mapToScene(m_view->viewport()->rect().center()));
        m_view->setFocus();
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });
    applySettings();

    readSettings();
    newProject();
}

MainWindow::~MainWindow()
{
    // The document is a child and would be deleted by ~QWidget, after this object has stopped
    // being a MainWindow; its undo stack still signals "clean changed" as it goes, into our
    // slots. Cut those connections while every member is still alive.
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New\u2026"), this, [this] {
        if (maybeSave())
            showStartPage();
    });
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction *openAction = file->addAction(tr("&Open\u2026"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("menuImport"));
    importMenu
        ->addAction(tr("&RVTools Export (vSphere inventory)\u2026"), this,
                    &MainWindow::importRvTools)
        ->setObjectName(QStringLiteral("actionImportRvTools"));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    QAction *saveAsAction = file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    file->addSeparator();
    QAction *exportDiagramAction =
        file->addAction(tr("&Export Diagram\u2026"), this, &MainWindow::exportDiagram);
    exportDiagramAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDiagramAction->setObjectName(QStringLiteral("actionExportDiagram"));
    QAction *exportReportAction =
        file->addAction(tr("Export &Report\u2026"), this, &MainWindow::exportReport);
    exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Both Ctrl+Y (what Office users type) and Ctrl+Shift+Z, whichever the platform's is.
    redo->setShortcuts(
        platformKeysAnd(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::Key_Y),
                                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}));
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    m_canvasActions->populateEditMenu(edit);
    QAction *addNote = edit->addAction(tr("Add N&ote\u2026"), m_notes, &NotesPanel::addNote);
    // Ctrl+Alt+M inserts a comment in office suites; a note is the same gesture here.
    addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    addNote->setObjectName(QStringLiteral("actionAddNote"));
    addNote->setToolTip(tr("Record a decision on the selected element, or on the project"));
    m_canvasActions->addContextAction(addNote);
    QAction *arrange =
        edit->addAction(tr("A&rrange with Graphviz"), m_arranger, &ArrangeController::start);
    arrange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    arrange->setObjectName(QStringLiteral("actionArrange"));
    connect(m_arranger, &ArrangeController::finished, this, [this](bool applied) {
        statusBar()->showMessage(applied ? tr("Arranged; Undo restores the previous layout.")
                                         : tr("Arrange cancelled; nothing changed."),
                                 6000);
        if (applied)
            m_view->zoomToFit();
    });
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings\u2026"), this, &MainWindow::showSettings);
    // Most Linux desktops define no Preferences key; Ctrl+, is the documented one everywhere.
    settings->setShortcuts(
        platformKeysAnd(QKeySequence::Preferences, {QKeySequence(Qt::CTRL | Qt::Key_Comma)}));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("actionSettings"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addActions(m_personas->actions());
    view->addSeparator();
    m_canvasActions->populateViewMenu(view);
    view->addSeparator();
    addToolBar(Qt::TopToolBarArea, m_personas->createToolBar(this));
    m_presentation = new PresentationMode(this, m_view, m_document, m_engine,
                                          [this](const QString &id) { revealItem(id); });
    QAction *present =
        view->addAction(tr("&Presentation"), m_presentation, &PresentationMode::toggle);
    present->setObjectName(QStringLiteral("actionPresentation"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setCheckable(true);
    present->setToolTip(tr("The canvas full screen for a projector; Space steps through the "
                           "findings, Esc leaves"));
    connect(m_presentation, &PresentationMode::activeChanged, present, &QAction::setChecked);
    // Its shortcut must work while the menu bar is hidden.
    addAction(present);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *tourAction = help->addAction(tr("Take the &Tour"), this, &MainWindow::startTour);
    tourAction->setObjectName(QStringLiteral("actionTour"));
    QAction *aboutAction = help->addAction(tr("&About Tarmac"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    updateRecentMenu();
}

void MainWindow::createDocks()
{
    m_findingsFilter->setSourceModel(m_findings);
    m_findingsView->setModel(m_findingsFilter);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setWordWrap(false);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn,
                                                             QHeaderView::Interactive);
    m_findingsView->setColumnWidth(FindingsModel::MessageColumn, 620);
    m_findingsView->setAccessibleName(tr("Findings"));

    auto *severity = new QComboBox;
    severity->setObjectName(QStringLiteral("findingsSeverity"));
    severity->addItem(tr("All findings"), int(Severity::Info));
    severity->addItem(tr("Warnings and errors"), int(Severity::Warning));
    severity->addItem(tr("Errors only"), int(Severity::Error));
    severity->setAccessibleName(tr("Lowest severity shown"));
    connect(severity, &QComboBox::currentIndexChanged, this, [this, severity] {
        m_findingsFilter->setMinimumSeverity(Severity(severity->currentData().toInt()));
    });
    auto *filter = new QLineEdit;
    filter->setObjectName(QStringLiteral("findingsFilter"));
    filter->setPlaceholderText(tr("Filter findings"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter findings"));
    connect(filter, &QLineEdit::textChanged, m_findingsFilter, &FindingsFilter::setText);

    auto *panel = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->addWidget(severity);
    bar->addWidget(filter, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_findingsView);

    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);

    connect(m_findingsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        revealItem(index.data(FindingsModel::ItemIdRole).toString());
    });

    auto *paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    auto *propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    auto *requirementsDock = new QDockWidget(tr("Requirements"), this);
    requirementsDock->setObjectName(QStringLiteral("requirementsDock"));
    requirementsDock->setWidget(m_requirements);
    addDockWidget(Qt::RightDockWidgetArea, requirementsDock);
    tabifyDockWidget(propertiesDock, requirementsDock);
    propertiesDock->raise();

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_document->undoStack());
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(requirementsDock, historyDock);
    auto *notesDock = new QDockWidget(tr("Notes"), this);
    notesDock->setObjectName(QStringLiteral("notesDock"));
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    tabifyDockWidget(historyDock, notesDock);
    propertiesDock->raise();
    connect(m_notes, &NotesPanel::targetActivated, this, [this](const QString &id) {
        if (!id.isEmpty())
            revealItem(id);
    });

    m_charts = new ChartsPanel(m_document, m_engine, this);
    auto *chartsDock = new QDockWidget(tr("Charts"), this);
    chartsDock->setObjectName(QStringLiteral("chartsDock"));
    chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, chartsDock);
    tabifyDockWidget(findingsDock, chartsDock);
    findingsDock->raise();
    // Charts open on demand (View > Charts): their pages need more height than the findings
    // strip, which the canvas would otherwise lose for good.
    chartsDock->hide();
    connect(chartsDock->toggleViewAction(), &QAction::triggered, this, [this, chartsDock](bool on) {
        if (!on)
            return;
        chartsDock->raise();
        resizeDocks({chartsDock}, {kChartsHeight}, Qt::Vertical);
    });
    chartsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_scene, &CanvasScene::currentItemChanged, m_charts, &ChartsPanel::setSelection);
    connect(m_charts, &ChartsPanel::itemActivated, this, &MainWindow::revealItem);

    // F6 and Shift+F6 move between the canvas and the panels, Esc in a panel goes back to the
    // canvas: the keyboard reaches everything without the mouse.
    auto *nextRegion = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(nextRegion, &QShortcut::activated, this, [this] { focusRegion(true); });
    auto *previousRegion = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this);
    connect(previousRegion, &QShortcut::activated, this, [this] { focusRegion(false); });
    for (QDockWidget *dock : {paletteDock, propertiesDock, requirementsDock, historyDock, notesDock,
                              findingsDock, chartsDock}) {
        auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), dock);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, m_view,
                [this] { m_view->setFocus(Qt::OtherFocusReason); });
    }

    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("menuView"));
    view->addAction(chartsDock->toggleViewAction());
    view->addAction(paletteDock->toggleViewAction());
    view->addAction(propertiesDock->toggleViewAction());
    view->addAction(requirementsDock->toggleViewAction());
    view->addAction(findingsDock->toggleViewAction());
    view->addAction(historyDock->toggleViewAction());
    view->addAction(notesDock->toggleViewAction());
}

void MainWindow::focusRegion(bool next)
{
    // The regions in screen order: palette, canvas, the right-hand panels, the bottom ones;
    // a tabbed dock that is not the raised tab has no visible region and is skipped.
    auto dock = [this](const char *name) -> QWidget * {
        auto *d = findChild<QDockWidget *>(QLatin1StringView(name));
        return d && d->isVisible() && !d->visibleRegion().isEmpty() ? d : nullptr;
    };
    QList<QWidget *> regions;
    for (QWidget *region : {dock("paletteDock"), static_cast<QWidget *>(m_view),
                            dock("propertiesDock"), dock("requirementsDock"), dock("historyDock"),
                            dock("notesDock"), dock("findingsDock"), dock("chartsDock")}) {
        if (region)
            regions << region;
    }
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (focus && (regions[i] == focus || regions[i]->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = regions.size();
    const qsizetype target =
        current < 0 ? (next ? 0 : count - 1) : (current + (next ? 1 : count - 1)) % count;
    QWidget *region = regions[target];
    if (region == m_view) {
        m_view->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The first widget of the region that takes focus by Tab.
    for (QWidget *w = region->nextInFocusChain(); w && w != region; w = w->nextInFocusChain()) {
        if (region->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::updateTitle()
{
    const QString name =
        m_document->fileName().isEmpty()
            ? (m_document->project().name.isEmpty() ? tr("Untitled") : m_document->project().name)
            : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(name + QStringLiteral("[*] \u2014 Tarmac"));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshResult()
{
    const EngineResult &result = m_engine->result();
    m_findings->setFindings(result.findings, &m_document->project());
    m_requirements->showResult(m_document->project(), result, m_units);
    m_status->setText(tr("%n error(s)", nullptr, result.errorCount()) + QStringLiteral(" \u00b7 ") +
                      tr("%n warning(s)", nullptr, result.warningCount()));
}

void MainWindow::exportDiagram()
{
    ExportDialog dialog(m_document->project(), m_engine->result(), this);
    // The diagram of the view the canvas shows.
    const int shown = dialog.viewBox()->findData(diagramViewName(m_scene->personaView()));
    if (shown >= 0)
        dialog.viewBox()->setCurrentIndex(shown);
    dialog.exec();
}

void MainWindow::exportReport()
{
    const QString base = m_document->fileName().isEmpty()
                             ? QStringLiteral("report")
                             : QFileInfo(m_document->fileName()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + QStringLiteral(".html"),
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;Word (*.docx);;"
           "OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        ReportWriter(m_document->project(), m_engine->result(), m_units).write(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export report"), error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(path), 6000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.settings().save();
    applySettings();
}

void MainWindow::applySettings()
{
    const AppSettings s = AppSettings::load();
    // Every view that shows a size or a finding takes the units from here, and renders again.
    m_units = s.iecUnits ? UnitSystem::IEC : UnitSystem::SI;
    m_findings->setUnits(m_units);
    if (m_presentation)
        m_presentation->setUnits(m_units);
    m_charts->setUnits(m_units);
    m_scene->setUnits(m_units);
    m_requirements->showResult(m_document->project(), m_engine->result(), m_units);
    m_view->setShowGrid(s.showGrid);
    m_canvasActions->action(QStringLiteral("actionSnap"))->setChecked(s.snapToGrid);
    m_autosaver->setInterval(s.autosaveSeconds * 1000);
    applyTheme(s.theme);
    m_scene->update();
}

void MainWindow::revealItem(const QString &id)
{
    if (id.isEmpty())
        return;
    // Something the persona view does not draw (a finding on a component in the data-science
    // view): back to the mapping view, which draws everything.
    if (m_scene->showAllIfHidden({id}))
        statusBar()->showMessage(
            tr("Showing the Mapping view: the item is not drawn in the view you had."), 6000);
    m_scene->selectIds({id});
    if (QGraphicsItem *item = m_scene->itemFor(id))
        m_view->centerOn(item);
}

void MainWindow::startTour()
{
    if (!maybeSave())
        return;
    if (!m_tour)
        m_tour = new Tour(this);
    m_tour->start();
}

void MainWindow::showStartPage()
{
    if (!isStartPageShown()) {
        // The panels speak of the project that was open: out of the way until one is.
        m_dockStateBeforeStart = saveState();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->hide();
        m_status->hide(); // the counts of that project too
    }
    m_startPage->refresh(QSettings().value(QStringLiteral("recentFiles")).toStringList());
    m_central->setCurrentWidget(m_startPage);
}

void MainWindow::showCanvas()
{
    m_central->setCurrentWidget(m_view);
    restoreState(m_dockStateBeforeStart);
    m_status->show();
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_startPage;
}

void MainWindow::newFromTemplate(const QString &name)
{
    QString error;
    Project project = loadTemplate(name, &error);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot open template"), error);
        return;
    }
    if (project.name.isEmpty())
        project.name = tr("New project");
    // Untitled: Save asks where to keep it; the template itself is never written.
    m_lock.reset();
    m_document->reset(project);
    m_autosaver->discard();
    updateTitle();
    refreshResult();
    m_view->zoomToFit();
    QTimer::singleShot(0, m_view, &CanvasView::zoomToFit);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    Project project;
    project.name = tr("New project");
    project.horizonMonths = AppSettings::load().defaultHorizonMonths;
    m_lock.reset();
    m_document->reset(project);
    m_autosaver->discard();
    updateTitle();
    refreshResult();
    m_view->resetZoom(); // a new board starts at 100 %, not at the last project's zoom
    m_view->centerOn(0, 0);
}

QString MainWindow::openFileFilter()
{
    return tr(kOpenFilter);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), QString(), openFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, bool quiet)
{
    const ReadResult read = readProjectFile(path);
    if (!read.ok()) {
        if (!quiet)
            QMessageBox::critical(this, tr("Cannot open project"), read.error);
        return false;
    }
    auto lock = std::make_unique<DocumentLock>(path);
    if (!lock->acquired() && !quiet) {
        const auto answer = QMessageBox::warning(
            this, tr("Project already open"),
            tr("%1 is open in another Tarmac window (process %2). Edits in two windows overwrite "
               "each other when saved. Open it here anyway?")
                .arg(QFileInfo(path).fileName())
                .arg(lock->ownerPid()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
    }
    m_lock = std::move(lock);
    // Interchange files are opened as they are; saving them writes JSON again.
    m_document->reset(read.project, QFileInfo(path).absoluteFilePath());
    m_autosaver->discard();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    refreshResult();
    m_view->zoomToFit();
    // Again once pending layout has given the view its final size (first open at start-up).
    QTimer::singleShot(0, m_view, &CanvasView::zoomToFit);
    return true;
}

void MainWindow::importRvTools()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import RVTools export"), QString(),
        tr("RVTools export: the .xlsx workbook, or one CSV file of its folder (*.xlsx *.csv);;"
           "All files (*)"));
    if (!path.isEmpty())
        importRvToolsFrom(path);
}

bool MainWindow::importRvToolsFrom(const QString &path)
{
    RvToolsInventory inventory = readRvToolsExport(path);
    if (!inventory.error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot import"), inventory.error);
        return false;
    }
    RvToolsImportDialog dialog(std::move(inventory), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const RvToolsImport imported = dialog.result();
    if (!imported.ok()) {
        QMessageBox::critical(this, tr("Cannot import"), imported.error);
        return false;
    }
    if (!maybeSave())
        return false;
    // A new project that exists in no file yet: Save asks for a name, closing asks to save.
    m_lock.reset();
    m_document->reset(imported.project);
    m_document->markUnsaved();
    m_autosaver->discard();
    updateTitle();
    refreshResult();
    m_view->zoomToFit();
    statusBar()->showMessage(
        tr("Imported %n element(s) from %1", nullptr,
           int(imported.project.components.size() + imported.project.zones.size()))
            .arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_document->fileName(),
                                                tr(kFileFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tarmac");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const QString error = writeProjectFile(m_document->project(), path);
    if (!error.isEmpty()) {
        QMessageBox::critical(
            this, tr("Cannot save project"),
            tr("%1\n\nYour work is still open here; save it somewhere else.").arg(error));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_document->fileName())
        m_lock = std::make_unique<DocumentLock>(absolute);
    m_document->markSaved(absolute);
    m_personas->remember(); // Save As: the new file opens in the view it was saved in
    m_autosaver->discard();
    addRecentFile(absolute);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = RecoveryStore().orphaned();
    for (const RecoveryStore::Entry &entry : entries) {
        const QString what = entry.original.isEmpty() ? tr("an unsaved project")
                                                      : QFileInfo(entry.original).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved work?"),
            tr("Tarmac did not close normally. Unsaved work on %1 from %2 was kept.\n\n"
               "Recover it now? Discarding deletes the recovery copy.")
                .arg(what, QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Ignore)
            continue;
        if (answer == QMessageBox::Yes) {
            const ReadResult read = readProjectFile(entry.path);
            if (!read.ok()) {
                QMessageBox::critical(this, tr("Cannot recover"), read.error);
                continue;
            }
            m_document->reset(read.project, entry.original);
            m_document->markUnsaved();
            RecoveryStore::remove(entry);
            m_autosaver->saveNow();
            updateTitle();
            refreshResult();
            return true;
        }
        RecoveryStore::remove(entry);
    }
    return false;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Save changes?"),
        tr("The project has unsaved changes. Save them before closing it?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discard();
    writeSettings();
    event->accept();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Tarmac"),
        tr("<h3>Tarmac %1</h3>"
           "<p>Where machine-learning work meets data-centre infrastructure: lifecycle stages "
           "bound to clusters, storage and fabrics, sized and checked.</p>"
           "<p>Built with:</p><ul>"
           "<li>Qt %2 (LGPL 3.0)</li>"
           "<li>Graphviz %3 (Eclipse Public License 1.0)</li>"
           "<li>SQLite %4 (public domain)</li></ul>")
            .arg(QStringLiteral(TARMAC_VERSION), QString::fromLatin1(qVersion()), graphvizVersion(),
                 sqliteVersion()));
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] {
                if (maybeSave())
                    openFile(path);
            });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 900);
    m_needsDefaultLayout =
        !restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_needsDefaultLayout) {
        m_needsDefaultLayout = false;
        applyDefaultLayout();
    }
}

void MainWindow::applyDefaultLayout()
{
    // Sizes apply once the window has its own, which it has when it is first shown. The
    // findings stay visible as a strip of about five rows; the charts share their tab.
    if (auto *findings = findChild<QDockWidget *>(QStringLiteral("findingsDock"))) {
        resizeDocks({findings}, {kFindingsStripHeight}, Qt::Vertical);
    }
    QList<QDockWidget *> sides;
    QList<int> widths;
    if (auto *palette = findChild<QDockWidget *>(QStringLiteral("paletteDock")))
        sides << palette, widths << 200;
    if (auto *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock")))
        sides << properties, widths << 330;
    resizeDocks(sides, widths, Qt::Horizontal);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

} // namespace tarmac
