#pragma once

#include "model/projectdocument.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace tarmac {

/// The decisions a room recorded: every note with what it is on, who wrote it and when. Adds
/// a note to the canvas's current element (or the project), edits and deletes them, each as
/// one undo step; activating a note's row shows its element on the canvas.
class NotesPanel : public QWidget {
    Q_OBJECT
public:
    /// What each row holds besides its text (the note): for the delegate and for tests.
    enum Role { NoteIdRole = Qt::UserRole, TargetRole, TargetNameRole, AuthorRole, WhenRole };
    /// What the editor gives back: the text and the author, or nothing when cancelled.
    struct Edit {
        QString text, author;
    };
    /// Asks for a note's text and author (the dialog; tests replace it).
    using Editor = std::function<std::optional<Edit>(const QString &targetName, const Note &note)>;

    explicit NotesPanel(ProjectDocument *document, QWidget *parent = nullptr);

    /// The element new notes go on: the canvas's single selection, empty for the project.
    void setCurrentTarget(const QString &id) { m_target = id; }
    QString currentTarget() const { return m_target; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    QTreeWidget *list() const { return m_list; }
    /// The id of the note in the current row, or empty.
    QString currentNoteId() const;

public slots:
    /// Asks for a note on the current target and adds it (one undo step).
    void addNote();
    void addNoteOn(const QString &target);
    void editCurrent();
    void deleteCurrent();

signals:
    /// A note's row was activated: show this element (empty for the project).
    void targetActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateButtons();

    ProjectDocument *m_document;
    QString m_target;
    Editor m_editor;
    QTreeWidget *m_list;
    QPushButton *m_add, *m_edit, *m_delete;
};

} // namespace tarmac
