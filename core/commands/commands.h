#pragma once

#include "model/projectdocument.h"

#include <QUndoCommand>
#include <optional>

namespace tarmac {

/// Every merge id in one place, so two command kinds never merge by accident.
enum class MergeId { SetParameter = 1, Rename, MoveItems, SetProjectInfo };

/// Adds a batch of elements (add stage/component/zone/flow/binding/link, paste, duplicate).
class AddItems : public QUndoCommand {
public:
    AddItems(ProjectDocument *document, ItemBatch batch, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    ItemBatch m_batch;
};

/// Deletes elements with everything that hangs on them (flows, bindings, links, layout);
/// components of a deleted zone leave it, flows stored on a deleted component lose their
/// store. Undo restores all of it at the same positions.
class RemoveItems : public QUndoCommand {
public:
    RemoveItems(ProjectDocument *document, const QStringList &ids, const QString &text = {});
    void redo() override;
    void undo() override;
    int removedCount() const { return m_batch.size(); }

private:
    ProjectDocument *m_document;
    ItemBatch m_batch;
};

/// Sets or clears (nullopt) one parameter. Edits of one parameter in the same edit session (one
/// visit to its field: "1", "10", "10 T", "10 TB") merge into one undo step; edits without a
/// session, or in another visit, never merge.
class SetParameter : public QUndoCommand {
public:
    SetParameter(ProjectDocument *document, ItemType type, const QString &id, const QString &name,
                 std::optional<ParamValue> value, QUndoCommand *parent = nullptr);
    /// A session id no command has used yet.
    static quint64 newSession();
    void setSession(quint64 session) { m_session = session; }
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::SetParameter); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ItemType m_type;
    QString m_id, m_name;
    std::optional<ParamValue> m_old, m_new;
    quint64 m_session = 0;
};

/// Renames a stage, component or zone; consecutive renames of one item merge.
class Rename : public QUndoCommand {
public:
    Rename(ProjectDocument *document, ItemType type, const QString &id, const QString &name);
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::Rename); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    ItemType m_type;
    QString m_id, m_old, m_new;
};

/// Moves (or resizes) items. Within one drag (same non-zero dragId) the moves merge into one
/// undo step; the first command of a drag is the one later ones merge into.
class MoveItems : public QUndoCommand {
public:
    MoveItems(ProjectDocument *document, QMap<QString, Placement> to, int dragId = 0,
              const QString &text = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_dragId ? int(MergeId::MoveItems) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    QMap<QString, Placement> m_from, m_to;
    QStringList m_unplaced; ///< had no stored position before: undo removes it again
    int m_dragId;
};

/// The generic "change one text field of one item" command: the old value is read when the
/// command is made, redo and undo call the same document setter. Tiny subclasses name the field.
class ChangeText : public QUndoCommand {
public:
    using Setter = void (ProjectDocument::*)(const QString &id, const QString &value);
    void redo() override { (m_document->*m_setter)(m_id, m_new); }
    void undo() override { (m_document->*m_setter)(m_id, m_old); }

protected:
    ChangeText(ProjectDocument *document, const QString &id, QString oldValue, QString newValue,
               Setter setter, const QString &text, QUndoCommand *parent);

private:
    ProjectDocument *m_document;
    QString m_id, m_old, m_new;
    Setter m_setter;
};

/// Changes the persona a stage belongs to.
class SetPersona : public ChangeText {
public:
    SetPersona(ProjectDocument *document, const QString &stageId, const QString &persona);
};

/// Puts a component into a zone ("" takes it out).
class SetComponentZone : public ChangeText {
public:
    SetComponentZone(ProjectDocument *document, const QString &componentId, const QString &zoneId,
                     QUndoCommand *parent = nullptr);
};

/// Nests a zone in another ("" makes it top-level).
class SetZoneParent : public ChangeText {
public:
    SetZoneParent(ProjectDocument *document, const QString &zoneId, const QString &parentId,
                  QUndoCommand *parent = nullptr);
};

/// Changes the text of a decision note.
class EditNote : public ChangeText {
public:
    EditNote(ProjectDocument *document, const QString &noteId, const QString &text);
};

/// Adds a note after the project's other notes; an empty `note.id` takes a
/// fresh one ("note", "note-2", …).
AddItems *addNoteCommand(ProjectDocument *document, Note note);

/// Several commands as one undo step and one change set: give it as the parent of each. Use it
/// instead of QUndoStack::beginMacro, whose macro would undo its children as separate change
/// sets (one recompute each).
class CommandGroup : public QUndoCommand {
public:
    CommandGroup(ProjectDocument *document, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
};

/// Project name, description and horizon.
class SetProjectInfo : public QUndoCommand {
public:
    SetProjectInfo(ProjectDocument *document, const QString &name, const QString &description,
                   int horizonMonths);
    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::SetProjectInfo); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    QString m_oldName, m_newName, m_oldDescription, m_newDescription;
    int m_oldHorizon, m_newHorizon;
};

} // namespace tarmac
