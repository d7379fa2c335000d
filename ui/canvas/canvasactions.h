#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMimeData;

namespace tarmac {

class CanvasScene;
class CanvasView;

/// The editing people expect on a board: clipboard, duplicate, delete, select all, align and
/// distribute, zoom, grid snapping and the context menu. Every edit is one undo command.
class CanvasActions : public QObject {
    Q_OBJECT
public:
    /// MIME type of copied elements (interchange JSON); text/plain carries the same JSON.
    static constexpr char kItemsMimeType[] = "application/x-tarmac-items";

    CanvasActions(CanvasView *view, QObject *parent = nullptr);
    void populateEditMenu(QMenu *menu);
    void populateViewMenu(QMenu *menu);
    QAction *action(const QString &objectName) const;
    /// Actions of the window the context menu offers too (Add Note…), after the edits.
    void addContextAction(QAction *action) { m_contextExtras << action; }

    /// The selection as interchange JSON (what Copy puts on the clipboard).
    QByteArray selectionAsJson() const;
    /// Adds the elements of interchange JSON with fresh ids, offset so they do not hide the
    /// originals; selects them. Returns false (and why) for text that is not such JSON.
    bool pasteJson(const QByteArray &json, QString *why = nullptr);

public slots:
    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void align(Qt::Alignment edge);
    void distribute(Qt::Orientation orientation);
    void showContextMenu(const QPoint &globalPos);
    /// Connect To… (Ctrl+K): a menu of every flow, binding and link the selected stage or
    /// component accepts, so connecting needs no pointer.
    void connectSelection();

signals:
    void message(const QString &text);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut);
    void updateEnabled();

    CanvasView *m_view;
    CanvasScene *m_scene;
    int m_pasteCount = 0;
    QList<QAction *> m_contextExtras;
};

} // namespace tarmac
