#pragma once

#include "idindex.h"
#include "project.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>
#include <optional>

namespace tarmac {

/// One typed change: views and the engine react to these, never to the model directly.
/// Bindings and links have no id of their own: `id` is "stage|component|role" or
/// "component|fabric".
struct ChangeEvent {
    /// Renamed: a name changed (results that quote it must be made again); Changed: anything
    /// else about the item (parameters, persona, zone membership).
    enum class Kind { Added, AboutToBeRemoved, Removed, Changed, Renamed, Moved, Reset };
    Kind kind = Kind::Changed;
    ItemType type = ItemType::Project;
    QString id;
};

/// Everything one transaction changed, delivered once when it ends. `revision` is the
/// document's revision after it: what later work compares to know whether it is stale.
struct ChangeSet {
    quint64 revision = 0;
    std::vector<ChangeEvent> events;
    /// True if every event is a Changed of a stage, component or flow (parameters): the engine
    /// can recompute just those.
    bool onlyItemChanges() const;
    /// True if every event is a Moved (positions only): no requirement changes.
    bool onlyMoves() const;
    /// True if every event is a Moved or concerns a note: nothing the engine reads changed.
    bool leavesRequirements() const;
};

/// A set of elements with their positions in the project's lists, so that removing them and
/// inserting them again restores the project exactly (undo of delete, paste, add).
struct ItemBatch {
    std::vector<std::pair<int, Zone>> zones;
    std::vector<std::pair<int, Component>> components;
    std::vector<std::pair<int, Stage>> stages;
    std::vector<std::pair<int, Flow>> flows;
    std::vector<std::pair<int, Binding>> bindings;
    std::vector<std::pair<int, Link>> links;
    std::vector<std::pair<int, Note>> notes;
    QMap<QString, Placement> layout;
    bool isEmpty() const;
    int size() const;
};

QString bindingKey(const Binding &b);
QString linkKey(const Link &l);

/// The document: owns the project, its undo stack, its file name and its revision. Every edit
/// is a command on the stack; commands call the mutators below, which emit change events.
///
/// Mutations happen inside transactions. `changed` is emitted for every event as it happens
/// (views add and drop their items with it); `changeSetCommitted` once per outermost
/// transaction with all of its events, after the revision was bumped: the engine recomputes
/// once per change set, however many items a paste, a delete or an undo touched.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);

    /// Groups mutations into one change set; transactions nest (the outermost one commits).
    class Transaction {
    public:
        explicit Transaction(ProjectDocument *document);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

    private:
        ProjectDocument *m_document;
    };

    /// Bumped by every committed change set (and by reset): never reused, never decreases.
    quint64 revision() const { return m_revision; }

    const Project &project() const { return m_project; }
    /// Id → position in the project's lists, in step with every mutation (and valid inside
    /// the `changed` handlers: events of a batch are emitted after the lists are updated).
    const IdIndex &index() const { return m_index; }
    const Stage *stage(const QString &id) const { return stageAt(m_project, m_index, id); }
    const Component *component(const QString &id) const
    {
        return componentAt(m_project, m_index, id);
    }
    const Zone *zone(const QString &id) const { return zoneAt(m_project, m_index, id); }
    const Flow *flow(const QString &id) const { return flowAt(m_project, m_index, id); }
    const Note *note(const QString &id) const { return noteAt(m_project, m_index, id); }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// Unsaved changes: derived from the undo stack's clean state.
    bool isModified() const { return !m_undoStack.isClean(); }
    /// Replaces the whole project (open, new, recover); clears the undo history.
    void reset(const Project &project, const QString &fileName = {});
    /// Work that exists in no file yet (recovered, imported): the document stays modified
    /// until it is saved, so closing asks where to keep it.
    void markUnsaved();
    /// Marks the current state as saved.
    void markSaved(const QString &fileName);

    // Mutators for commands. Each emits the matching change events.
    void insertBatch(const ItemBatch &batch);
    void removeBatch(const ItemBatch &batch);
    void setParam(ItemType type, const QString &id, const QString &name,
                  const std::optional<ParamValue> &value);
    std::optional<ParamValue> param(ItemType type, const QString &id, const QString &name) const;
    void setName(ItemType type, const QString &id, const QString &name);
    void setPersona(const QString &stageId, const QString &persona);
    void setComponentZone(const QString &componentId, const QString &zoneId);
    void setZoneParent(const QString &zoneId, const QString &parentId);
    void setPlacements(const QMap<QString, Placement> &placements);
    /// Forgets stored positions (the items are drawn at their default places again).
    void removePlacements(const QStringList &ids);
    void setProjectInfo(const QString &name, const QString &description, int horizonMonths);
    void setNoteText(const QString &noteId, const QString &text);

    /// Everything that would go with `ids` if they were deleted: their flows, bindings, links,
    /// layout and notes, with positions. Components in deleted zones stay (they just leave the
    /// zone).
    ItemBatch closureOf(const QStringList &ids) const;
    /// The ids of `batch` (stages, components, zones, flows).
    static QStringList idsOf(const ItemBatch &batch);

signals:
    void changed(const tarmac::ChangeEvent &event);
    void changeSetCommitted(const tarmac::ChangeSet &changes);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    void emitChange(ChangeEvent::Kind kind, ItemType type, const QString &id);
    Params *paramsOf(ItemType type, const QString &id);

    void beginTransaction() { ++m_depth; }
    void endTransaction();

    Project m_project;
    IdIndex m_index;
    QUndoStack m_undoStack;
    QString m_fileName;
    quint64 m_revision = 0;
    int m_depth = 0;
    ChangeSet m_pending;
};

} // namespace tarmac

Q_DECLARE_METATYPE(tarmac::ChangeEvent)
Q_DECLARE_METATYPE(tarmac::ChangeSet)
