#include "commands.h"

#include "model/kindregistry.h"

#include <QCoreApplication>
#include <QSet>
#include <atomic>

namespace tarmac {
namespace {

// A translation context lupdate can see (a free CommandText::tr() would be filed under the wrong
// one).
struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Commands)
};

} // namespace

AddItems::AddItems(ProjectDocument *document, ItemBatch batch, const QString &text)
    : QUndoCommand(text.isEmpty() ? CommandText::tr("Add %n item(s)", nullptr, batch.size()) : text)
    , m_document(document)
    , m_batch(std::move(batch))
{
}

void AddItems::redo()
{
    m_document->insertBatch(m_batch);
}
void AddItems::undo()
{
    m_document->removeBatch(m_batch);
}

RemoveItems::RemoveItems(ProjectDocument *document, const QStringList &ids, const QString &text)
    : m_document(document)
    , m_batch(document->closureOf(ids))
{
    setText(text.isEmpty() ? CommandText::tr("Delete %n item(s)", nullptr, m_batch.size()) : text);
    const Project &p = document->project();
    const QStringList goneIds = ProjectDocument::idsOf(m_batch);
    const QSet<QString> gone(goneIds.begin(), goneIds.end());
    // Side effects on what stays, as child commands: they run before the removal and are
    // undone after the re-insertion.
    for (const Component &c : p.components) {
        if (!gone.contains(c.id) && gone.contains(c.zone))
            new SetComponentZone(document, c.id, QString(), this);
    }
    for (const Zone &z : p.zones) {
        if (!gone.contains(z.id) && gone.contains(z.parent))
            new SetZoneParent(document, z.id, QString(), this);
    }
    for (const Flow &f : p.flows) {
        const QString store = f.params.value(QStringLiteral("store")).text;
        if (!gone.contains(f.id) && !store.isEmpty() && gone.contains(store))
            new SetParameter(document, ItemType::Flow, f.id, QStringLiteral("store"), std::nullopt,
                             this);
    }
}

void RemoveItems::redo()
{
    QUndoCommand::redo(); // children
    m_document->removeBatch(m_batch);
}

void RemoveItems::undo()
{
    m_document->insertBatch(m_batch);
    QUndoCommand::undo();
}

SetParameter::SetParameter(ProjectDocument *document, ItemType type, const QString &id,
                           const QString &name, std::optional<ParamValue> value,
                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_type(type)
    , m_id(id)
    , m_name(name)
    , m_old(document->param(type, id, name))
    , m_new(std::move(value))
{
    setText(CommandText::tr("Set %1").arg(parameterLabel(name)));
}

void SetParameter::redo()
{
    m_document->setParam(m_type, m_id, m_name, m_new);
}
void SetParameter::undo()
{
    m_document->setParam(m_type, m_id, m_name, m_old);
}

quint64 SetParameter::newSession()
{
    static std::atomic<quint64> next{0};
    return ++next;
}

bool SetParameter::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetParameter *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_type != m_type || o->m_id != m_id ||
        o->m_name != m_name)
        return false;
    m_new = o->m_new;
    setObsolete(m_old == m_new); // typed and erased again: no step left on the stack
    return true;
}

Rename::Rename(ProjectDocument *document, ItemType type, const QString &id, const QString &name)
    : m_document(document)
    , m_type(type)
    , m_id(id)
    , m_new(name)
{
    if (const Stage *s = document->stage(id))
        m_old = s->name;
    else if (const Component *c = document->component(id))
        m_old = c->name;
    else if (const Zone *z = document->zone(id))
        m_old = z->name;
    setText(CommandText::tr("Rename to %1").arg(name));
}

void Rename::redo()
{
    m_document->setName(m_type, m_id, m_new);
}
void Rename::undo()
{
    m_document->setName(m_type, m_id, m_old);
}

bool Rename::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const Rename *>(other);
    if (o->m_id != m_id)
        return false;
    m_new = o->m_new;
    setText(o->text());
    return true;
}

MoveItems::MoveItems(ProjectDocument *document, QMap<QString, Placement> to, int dragId,
                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? CommandText::tr("Move %n item(s)", nullptr, int(to.size()))
                                  : text,
                   parent)
    , m_document(document)
    , m_to(std::move(to))
    , m_dragId(dragId)
{
    for (auto it = m_to.cbegin(); it != m_to.cend(); ++it) {
        if (document->project().layout.contains(it.key()))
            m_from.insert(it.key(), document->project().layout.value(it.key()));
        else
            m_unplaced << it.key();
    }
}

void MoveItems::redo()
{
    m_document->setPlacements(m_to);
}

void MoveItems::undo()
{
    const ProjectDocument::Transaction transaction(m_document);
    m_document->setPlacements(m_from);
    m_document->removePlacements(m_unplaced);
}

bool MoveItems::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveItems *>(other);
    if (o->m_dragId != m_dragId)
        return false;
    for (auto it = o->m_to.cbegin(); it != o->m_to.cend(); ++it) {
        if (!m_from.contains(it.key()) && !m_unplaced.contains(it.key())) {
            if (o->m_unplaced.contains(it.key()))
                m_unplaced << it.key();
            else
                m_from.insert(it.key(), o->m_from.value(it.key()));
        }
        m_to.insert(it.key(), it.value());
    }
    return true;
}

ChangeText::ChangeText(ProjectDocument *document, const QString &id, QString oldValue,
                       QString newValue, Setter setter, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(id)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_setter(setter)
{
}

namespace {

QString personaOf(const ProjectDocument *d, const QString &id)
{
    const Stage *s = d->stage(id);
    return s ? s->persona : QString();
}

QString zoneOf(const ProjectDocument *d, const QString &id)
{
    const Component *c = d->component(id);
    return c ? c->zone : QString();
}

QString parentOf(const ProjectDocument *d, const QString &id)
{
    const Zone *z = d->zone(id);
    return z ? z->parent : QString();
}

} // namespace

SetPersona::SetPersona(ProjectDocument *document, const QString &stageId, const QString &persona)
    : ChangeText(document, stageId, personaOf(document, stageId), persona,
                 &ProjectDocument::setPersona, CommandText::tr("Change persona"), nullptr)
{
}

EditNote::EditNote(ProjectDocument *document, const QString &noteId, const QString &text)
    : ChangeText(document, noteId,
                 document->note(noteId) ? document->note(noteId)->text : QString(), text,
                 &ProjectDocument::setNoteText, CommandText::tr("Edit note"), nullptr)
{
}

AddItems *addNoteCommand(ProjectDocument *document, Note note)
{
    if (note.id.isEmpty())
        note.id = document->index().uniqueId(QStringLiteral("note"));
    ItemBatch batch;
    batch.notes.push_back({int(document->project().notes.size()), std::move(note)});
    return new AddItems(document, std::move(batch), CommandText::tr("Add note"));
}

SetComponentZone::SetComponentZone(ProjectDocument *document, const QString &componentId,
                                   const QString &zoneId, QUndoCommand *parent)
    : ChangeText(document, componentId, zoneOf(document, componentId), zoneId,
                 &ProjectDocument::setComponentZone,
                 zoneId.isEmpty() ? CommandText::tr("Take out of zone")
                                  : CommandText::tr("Put into zone"),
                 parent)
{
}

SetZoneParent::SetZoneParent(ProjectDocument *document, const QString &zoneId,
                             const QString &parentId, QUndoCommand *parent)
    : ChangeText(document, zoneId, parentOf(document, zoneId), parentId,
                 &ProjectDocument::setZoneParent, CommandText::tr("Nest zone"), parent)
{
}

SetProjectInfo::SetProjectInfo(ProjectDocument *document, const QString &name,
                               const QString &description, int horizonMonths)
    : QUndoCommand(CommandText::tr("Change project properties"))
    , m_document(document)
    , m_oldName(document->project().name)
    , m_newName(name)
    , m_oldDescription(document->project().description)
    , m_newDescription(description)
    , m_oldHorizon(document->project().horizonMonths)
    , m_newHorizon(horizonMonths)
{
}

void SetProjectInfo::redo()
{
    m_document->setProjectInfo(m_newName, m_newDescription, m_newHorizon);
}
void SetProjectInfo::undo()
{
    m_document->setProjectInfo(m_oldName, m_oldDescription, m_oldHorizon);
}

bool SetProjectInfo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetProjectInfo *>(other);
    m_newName = o->m_newName;
    m_newDescription = o->m_newDescription;
    m_newHorizon = o->m_newHorizon;
    return true;
}

} // namespace tarmac

namespace tarmac {

CommandGroup::CommandGroup(ProjectDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void CommandGroup::redo()
{
    const ProjectDocument::Transaction transaction(m_document);
    QUndoCommand::redo();
}

void CommandGroup::undo()
{
    const ProjectDocument::Transaction transaction(m_document);
    QUndoCommand::undo();
}

} // namespace tarmac
