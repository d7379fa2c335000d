#pragma once

#include "model/projectdocument.h"
#include "model/quantity.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace tarmac {

class ArrangeController;
class ChartsPanel;
class Autosaver;
class CanvasActions;
class CanvasScene;
class CanvasView;
class PaletteWidget;
class PresentationMode;
class StartPage;
class Tour;
class PropertiesPanel;
class DocumentLock;
class FindingsFilter;
class FindingsModel;
class LiveEngine;
class NotesPanel;
class PersonaViews;
class RequirementsPanel;

/// The main window: one document, its requirements, findings and undo history.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() { return m_document; }
    LiveEngine *engine() { return m_engine; }
    Autosaver *autosaver() { return m_autosaver; }

    /// Opens a project; reports problems in a dialog (or only returns false when quiet).
    bool openFile(const QString &path, bool quiet = false);
    /// Reads the RVTools export at `path`, asks for the GPU host models in the import dialog
    /// and opens the result as a new, unsaved project. False if cancelled or unreadable.
    bool importRvToolsFrom(const QString &path);
    /// Saves to `path` (or the current file); false and a dialog on failure.
    bool saveTo(const QString &path);
    /// Offers orphaned recovery copies; returns true if one was recovered.
    bool offerRecovery();
    FindingsModel *findingsModel() { return m_findings; }
    CanvasView *canvasView() { return m_view; }
    CanvasScene *canvasScene() { return m_scene; }
    CanvasActions *canvasActions() { return m_canvasActions; }
    PaletteWidget *palette() { return m_palette; }
    PropertiesPanel *properties() { return m_properties; }
    ArrangeController *arranger() { return m_arranger; }
    PresentationMode *presentation() { return m_presentation; }
    StartPage *startPage() { return m_startPage; }
    ChartsPanel *charts() { return m_charts; }
    NotesPanel *notes() { return m_notes; }
    PersonaViews *personaViews() { return m_personas; }
    Tour *tour() { return m_tour; }
    /// The Open dialog's filters, "All supported" first.
    static QString openFileFilter();
    /// Selects the item `id` on the canvas and scrolls it into view.
    void revealItem(const QString &id);

public slots:
    void newProject();
    /// The start page in place of the canvas: templates, the example, recent projects.
    void showStartPage();
    bool isStartPageShown() const;
    /// A new, untitled project from a bundled template.
    void newFromTemplate(const QString &name);
    void open();
    /// File → Import → RVTools Export: asks for the workbook or one of its CSV files.
    void importRvTools();
    bool save();
    bool saveAs();
    void about();
    /// Help → Take the Tour: opens the example and walks through it.
    void startTour();
    void showSettings();
    void exportDiagram();
    void exportReport();
    /// Applies stored settings (units, grid, snapping, autosave, theme) to this window.
    void applySettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateTitle();
    /// Moves the focus to the next (previous) of canvas and visible panels (F6, Shift+F6).
    void focusRegion(bool next);
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void refreshResult();
    bool maybeSave();
    void readSettings();
    /// First start: the canvas gets the room, the findings a strip, the side panels their
    /// useful minimum.
    void applyDefaultLayout();
    void writeSettings();

    ProjectDocument *m_document;
    LiveEngine *m_engine;
    Autosaver *m_autosaver;
    std::unique_ptr<DocumentLock> m_lock;
    CanvasScene *m_scene;
    CanvasView *m_view;
    CanvasActions *m_canvasActions;
    PaletteWidget *m_palette;
    PropertiesPanel *m_properties;
    RequirementsPanel *m_requirements;
    ArrangeController *m_arranger;
    ChartsPanel *m_charts = nullptr;
    NotesPanel *m_notes = nullptr;
    PersonaViews *m_personas = nullptr;
    Tour *m_tour = nullptr;
    PresentationMode *m_presentation = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_startPage = nullptr;
    QByteArray m_dockStateBeforeStart; ///< the docks as they were when the start page came
    void showCanvas();
    UnitSystem m_units = UnitSystem::SI; ///< from Settings; handed to every view
    FindingsModel *m_findings;
    FindingsFilter *m_findingsFilter;
    QTableView *m_findingsView;
    QMenu *m_recentMenu = nullptr;
    bool m_needsDefaultLayout = false; ///< no saved dock state: lay out on first show
    static constexpr int kFindingsStripHeight = 210;
    static constexpr int kChartsHeight = 430;
    QLabel *m_status = nullptr;
};

} // namespace tarmac
