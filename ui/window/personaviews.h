#pragma once

#include "diagram/diagram.h"

#include <QObject>

class QAction;
class QActionGroup;
class QToolBar;
class QWidget;

namespace tarmac {

class CanvasScene;
class ProjectDocument;

/// The canvas's persona switch: Mapping, Data science, Infrastructure — three checkable
/// actions (a toolbar and the View menu share them, Ctrl+Alt+1…3), applied to the scene and
/// remembered per project file, so that a project reopens in the view the room left it in.
class PersonaViews : public QObject {
    Q_OBJECT
public:
    PersonaViews(CanvasScene *scene, ProjectDocument *document, QWidget *window);
    QList<QAction *> actions() const;
    QAction *action(DiagramView view) const;
    /// A toolbar with the three, for the main window's top.
    QToolBar *createToolBar(QWidget *parent) const;
    DiagramView view() const;
    /// The view remembered for a project file; Mapping for one never seen (or untitled).
    static DiagramView rememberedView(const QString &fileName);
    /// Keeps the view for the document's file (after Save As gave it a new one).
    void remember() const;

public slots:
    void setView(tarmac::DiagramView view);

signals:
    void viewChanged(tarmac::DiagramView view);

private:
    CanvasScene *m_scene;
    ProjectDocument *m_document;
    QActionGroup *m_group;
};

} // namespace tarmac
