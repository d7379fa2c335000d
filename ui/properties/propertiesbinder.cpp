// The properties' binder: editors in step with the document, edits as undo commands.

#include "propertiesbinder.h"

#include "catalog/catalog.h"
#include "commands/commands.h"
#include "model/connectionrules.h"
#include "model/kindregistry.h"
#include "paramtext.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <cmath>

namespace tarmac {

using namespace Qt::Literals::StringLiterals;

namespace {

QString entryLabel(const QString &name, const QString &id)
{
    return name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id);
}

using Entries = QList<std::pair<QString, QString>>; // label, data

// Rebuilds the items only when they differ, so an open popup and the selection survive
// unrelated changes.
void setEntries(QComboBox *combo, const Entries &entries)
{
    bool same = combo->count() == entries.size();
    for (qsizetype i = 0; same && i < entries.size(); ++i)
        same = combo->itemText(int(i)) == entries[i].first &&
               combo->itemData(int(i)).toString() == entries[i].second;
    if (same)
        return;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[label, data] : entries)
        combo->addItem(label, data);
}

// Selects the item whose data is `data`. A value the list does not know (from a file, or a
// deleted zone) is shown as such rather than silently showing another one.
void selectData(QComboBox *combo, const QString &data)
{
    const QSignalBlocker blocker(combo);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() == data) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    if (combo->isEditable()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(data);
        return;
    }
    combo->addItem(PropertiesBinder::tr("%1 (unknown)").arg(data), data);
    combo->setCurrentIndex(combo->count() - 1);
}

void setTextIfChanged(QLineEdit *edit, const QString &text)
{
    // Only when different: setText moves the cursor and clears the field's own undo history.
    if (edit && edit->text() != text)
        edit->setText(text);
}

bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

PropertiesBinder::PropertiesBinder(ProjectDocument *document)
    : m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMilliseconds);
    m_settle.callOnTimeout([this] { flushPending(); });
}

void PropertiesBinder::flushPending()
{
    m_settle.stop();
    if (!m_pending)
        return;
    PendingNumber pending = std::move(*m_pending);
    m_pending.reset();
    if (pending.editor)
        pushParam(pending.editor, pending.name, pending.value);
}

void PropertiesBinder::clearEditors()
{
    flushPending(); // a value typed just before another item was chosen is not lost
    m_editors.clear();
    m_specs.clear();
    m_session = {};
    m_editing = nullptr;
}

void PropertiesBinder::addEditor(const QString &key, QWidget *editor, const ParamSpec *spec)
{
    m_editors.insert(key, editor);
    if (spec)
        m_specs.insert(key, spec);
}

bool PropertiesBinder::itemExists() const
{
    switch (m_type) {
    case ItemType::Stage:
        return m_document->stage(m_id) != nullptr;
    case ItemType::Component:
        return m_document->component(m_id) != nullptr;
    case ItemType::Zone:
        return m_document->zone(m_id) != nullptr;
    case ItemType::Flow:
        return m_document->flow(m_id) != nullptr;
    default:
        return false;
    }
}

QString PropertiesBinder::itemKind() const
{
    if (const Stage *s = m_type == ItemType::Stage ? m_document->stage(m_id) : nullptr)
        return s->kind;
    if (const Component *c = m_type == ItemType::Component ? m_document->component(m_id) : nullptr)
        return c->kind;
    if (const Zone *z = m_type == ItemType::Zone ? m_document->zone(m_id) : nullptr)
        return z->kind;
    return {};
}

QString PropertiesBinder::currentMode() const
{
    if (m_type != ItemType::Stage)
        return {};
    const auto mode = value(u"mode"_s);
    return mode && !mode->text.isEmpty() ? mode->text : ParamSchema::defaultMode(itemKind());
}

const std::vector<ParamSpec> &PropertiesBinder::itemSpecs() const
{
    static const std::vector<ParamSpec> none;
    switch (m_type) {
    case ItemType::Stage:
        return ParamSchema::forStage(itemKind());
    case ItemType::Component:
        return ParamSchema::forComponent(itemKind());
    case ItemType::Flow:
        return ParamSchema::forFlow();
    default:
        return none;
    }
}

std::optional<ParamValue> PropertiesBinder::value(const QString &name) const
{
    return m_document->param(m_type, m_id, name);
}

bool PropertiesBinder::isBeingTypedIn(QWidget *editor) const
{
    if (editor == m_editing)
        return true;
    // Pickers and check boxes are safe to update under the focus; text fields are not.
    auto *combo = qobject_cast<QComboBox *>(editor);
    const bool typed = qobject_cast<QLineEdit *>(editor) ||
                       qobject_cast<QPlainTextEdit *>(editor) ||
                       qobject_cast<QAbstractSpinBox *>(editor) || (combo && combo->isEditable());
    if (!typed)
        return false;
    QWidget *focus = QApplication::focusWidget();
    return focus && (focus == editor || editor->isAncestorOf(focus));
}

void PropertiesBinder::refresh()
{
    if (m_type != ItemType::Project && !itemExists())
        return;
    const QScopedValueRollback guard(m_refreshing, true);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!isBeingTypedIn(it.value()))
            refreshEditor(it.key(), it.value());
    }
}

void PropertiesBinder::refreshEditor(const QString &key, QWidget *editor)
{
    if (const ParamSpec *spec = m_specs.value(key)) {
        refreshParamEditor(*spec, editor);
        return;
    }
    const Project &p = m_document->project();
    if (key == u"projectName") {
        setTextIfChanged(qobject_cast<QLineEdit *>(editor), p.name);
    } else if (key == u"projectDescription") {
        auto *notes = qobject_cast<QPlainTextEdit *>(editor);
        if (notes && notes->toPlainText() != p.description)
            notes->setPlainText(p.description);
    } else if (key == u"horizonMonths") {
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(p.horizonMonths);
    } else if (key == u"name") {
        QString name;
        if (const Stage *s = m_document->stage(m_id))
            name = s->name;
        else if (const Component *c = m_document->component(m_id))
            name = c->name;
        else if (const Zone *z = m_document->zone(m_id))
            name = z->name;
        setTextIfChanged(qobject_cast<QLineEdit *>(editor), name);
    } else if (key == u"persona") {
        if (const Stage *s = m_document->stage(m_id))
            selectData(qobject_cast<QComboBox *>(editor), s->persona);
    } else if (key == u"zone" || key == u"parent") {
        refreshChoices(key, qobject_cast<QComboBox *>(editor));
    } else if (key == u"from" || key == u"to") {
        if (const Flow *f = m_document->flow(m_id)) {
            const QString stageId = key == u"from" ? f->from : f->to;
            const Stage *s = m_document->stage(stageId);
            qobject_cast<QLabel *>(editor)->setText(entryLabel(s ? s->name : QString(), stageId));
        }
    } else if (key == u"latencyPreset" || key == u"linkPreset") {
        refreshPresets(qobject_cast<QComboBox *>(editor));
    }
}

void PropertiesBinder::refreshChoices(const QString &key, QComboBox *combo)
{
    if (!combo)
        return;
    const Project &p = m_document->project();
    Entries entries;
    QString current;
    if (key == u"zone" || key == u"parent") {
        entries.append({tr("(none)"), QString()});
        for (const Zone &z : p.zones) {
            if (key == u"zone" || !zoneWithin(p, m_document->index(), z.id, m_id))
                entries.append({entryLabel(z.name, z.id), z.id});
        }
        if (const Component *c = key == u"zone" ? m_document->component(m_id) : nullptr)
            current = c->zone;
        if (const Zone *z = key == u"parent" ? m_document->zone(m_id) : nullptr)
            current = z->parent;
    } else if (key == u"store") { // a flow's store
        entries.append({tr("(default: the producing stage's writes binding)"), QString()});
        for (const Component &c : p.components) {
            if (ParamSchema::isStorageKind(c.kind))
                entries.append({entryLabel(c.name, c.id), c.id});
        }
        if (const auto v = value(key))
            current = v->text;
    }
    setEntries(combo, entries);
    selectData(combo, current);
}

void PropertiesBinder::refreshParamEditor(const ParamSpec &spec, QWidget *editor)
{
    const std::optional<ParamValue> v = value(spec.name);
    const QString description = paramDescription(spec);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QString text;
        if (v)
            text = spec.type == ParamType::Number ? paramDisplayText(spec, *v) : v->text;
        setTextIfChanged(edit, text);
        QString tip = description;
        if (v && spec.type == ParamType::Number && v->type == ParamValue::Type::Number)
            tip += u'\n' + tr("Value: %1").arg(formatParamValue(spec, v->number));
        setError(edit, {}, tip);
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        const QSignalBlocker blocker(box);
        box->setChecked(v ? v->number != 0 : spec.defaultText == u"true");
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (m_type == ItemType::Flow && spec.name == u"store")
            refreshChoices(spec.name, combo);
        else
            selectData(combo, v ? v->text : QString());
        if (combo->isEditable())
            setError(combo, {}, description);
    }
}

void PropertiesBinder::refreshPresets(QComboBox *combo)
{
    if (!combo)
        return;
    // Show the preset the current values came from, or none once the user deviates from it.
    const Catalog &catalog = Catalog::builtin();
    const auto latency = value(u"latency"_s);
    int match = 0;
    if (combo->objectName() == u"latencyPreset") {
        const auto &presets = catalog.latencyPresets();
        for (size_t i = 0; latency && i < presets.size(); ++i) {
            if (nearlyEqual(latency->number, presets[i].latencySeconds))
                match = int(i) + 1;
        }
    } else {
        const auto speed = value(u"linkSpeed"_s);
        const auto rdma = value(u"rdma"_s);
        const bool rdmaOn = rdma && rdma->number != 0;
        const auto &presets = catalog.networks();
        for (size_t i = 0; speed && i < presets.size(); ++i) {
            if (nearlyEqual(speed->number, presets[i].bitsPerSecond / 8) &&
                rdmaOn == presets[i].rdma)
                match = int(i) + 1;
        }
    }
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(match);
}

void PropertiesBinder::setError(QWidget *editor, const QString &error, const QString &normalToolTip)
{
    const bool invalid = !error.isEmpty();
    editor->setToolTip(invalid ? error : normalToolTip);
    editor->setAccessibleDescription(error);
    if (editor->property("invalid").toBool() == invalid)
        return;
    editor->setProperty("invalid", invalid);
    // A red frame rather than a palette change: it shows in every style, also on dark themes.
    editor->setStyleSheet(invalid ? u"%1 { border: 2px solid #C0392B; border-radius: 3px; }"_s.arg(
                                        QString::fromLatin1(editor->metaObject()->className()))
                                  : QString());
}

void PropertiesBinder::commitNumber(const ParamSpec &spec, QLineEdit *editor, const QString &text)
{
    const QString description = paramDescription(spec);
    m_pending.reset(); // whatever waited is superseded by this text
    m_settle.stop();
    if (text.trimmed().isEmpty()) {
        setError(editor, {}, description);
        pushParam(editor, spec.name, std::nullopt); // back to the default
        return;
    }
    const ParsedQuantity parsed = checkParamText(spec, text);
    if (!parsed.ok()) {
        setError(editor, parsed.error, description);
        revertSession(editor, spec.name);
        return;
    }
    setError(editor, {},
             description + u'\n' + tr("Value: %1").arg(formatParamValue(spec, parsed.value)));
    const QString typed = text.trimmed();
    const ParamValue value = ParamValue::fromNumber(parsed.value, typed);
    // A bare number in a field whose values take a suffix or unit may be half typed.
    const bool mayContinue = !spec.integral && spec.dimension != Dimension::Ratio &&
                             !typed.isEmpty() && typed.back().isDigit();
    if (mayContinue) {
        m_pending = PendingNumber{editor, spec.name, value};
        m_settle.start();
        return;
    }
    pushParam(editor, spec.name, value);
}

void PropertiesBinder::commitProtection(const ParamSpec &spec, QComboBox *combo,
                                        const QString &text)
{
    QString scheme = text.trimmed();
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i) == scheme) {
            scheme = combo->itemData(i).toString(); // "(default: none)" means unset
            break;
        }
    }
    double overhead = 0;
    if (!scheme.isEmpty() && !Catalog::builtin().protectionOverhead(scheme, &overhead)) {
        setError(
            combo,
            tr("%1: unknown scheme \"%2\"; pick one from the list or write ec-K-M, e.g. ec-8-3")
                .arg(parameterLabel(spec.name), scheme),
            paramDescription(spec));
        revertSession(combo, spec.name);
        return;
    }
    setError(combo, {}, paramDescription(spec));
    pushParam(combo, spec.name,
              scheme.isEmpty() ? std::nullopt : std::optional(ParamValue::fromText(scheme)));
}

void PropertiesBinder::pushParam(QWidget *editor, const QString &name,
                                 const std::optional<ParamValue> &value)
{
    const std::optional<ParamValue> current = m_document->param(m_type, m_id, name);
    if (current == value)
        return; // no empty undo steps
    if (!continuesSession(name))
        m_session = {m_id, name, current, 0, SetParameter::newSession()};
    QUndoStack *stack = m_document->undoStack();
    {
        const QScopedValueRollback guard(m_editing, editor);
        auto *command = new SetParameter(m_document, m_type, m_id, name, value);
        command->setSession(m_session.session);
        stack->push(command);
    }
    m_session.revision = m_document->revision();
}

bool PropertiesBinder::continuesSession(const QString &name) const
{
    // Nothing else changed the document since this session's last push (no other edit, no undo).
    return m_session.session != 0 && m_session.id == m_id && m_session.name == name &&
           m_session.revision == m_document->revision();
}

void PropertiesBinder::revertSession(QWidget *editor, const QString &name)
{
    // "4" on the way to "4 TB" was valid and pushed; text that ends up invalid refuses the
    // whole edit, so the model must not keep the half-typed value. The revert merges into
    // the session's undo step (SetParameter merges consecutive edits of one parameter).
    if (continuesSession(name))
        pushParam(editor, name, m_session.before);
}

void PropertiesBinder::pushProjectInfo(QWidget *editor)
{
    auto *name = qobject_cast<QLineEdit *>(m_editors.value(u"projectName"_s));
    auto *notes = qobject_cast<QPlainTextEdit *>(m_editors.value(u"projectDescription"_s));
    auto *horizon = qobject_cast<QSpinBox *>(m_editors.value(u"horizonMonths"_s));
    if (!name || !notes || !horizon)
        return;
    const Project &p = m_document->project();
    if (p.name == name->text() && p.description == notes->toPlainText() &&
        p.horizonMonths == horizon->value())
        return;
    const QScopedValueRollback guard(m_editing, editor);
    m_document->undoStack()->push(
        new SetProjectInfo(m_document, name->text(), notes->toPlainText(), horizon->value()));
}

void PropertiesBinder::applyPreset(const QString &key, const QString &presetId)
{
    const Catalog &catalog = Catalog::builtin();
    QString title;
    std::vector<std::pair<QString, ParamValue>> values;
    if (key == u"latencyPreset") {
        for (const LatencyPreset &p : catalog.latencyPresets()) {
            if (p.id != presetId)
                continue;
            title = p.name;
            values.push_back(
                {u"latency"_s,
                 ParamValue::fromNumber(p.latencySeconds,
                                        formatQuantity(p.latencySeconds, Dimension::Seconds))});
        }
    } else {
        for (const NetworkPreset &p : catalog.networks()) {
            if (p.id != presetId)
                continue;
            title = p.name;
            values.push_back(
                {u"linkSpeed"_s,
                 ParamValue::fromNumber(p.bitsPerSecond / 8, linkSpeedText(p.bitsPerSecond))});
            values.push_back({u"rdma"_s, ParamValue::fromBool(p.rdma)});
            if (p.latencySeconds > 0)
                values.push_back(
                    {u"latency"_s,
                     ParamValue::fromNumber(p.latencySeconds,
                                            formatQuantity(p.latencySeconds, Dimension::Seconds))});
        }
    }
    std::erase_if(values, [this](const auto &v) { return value(v.first) == v.second; });
    if (values.empty())
        return;
    // One preset, one undo step, however many parameters it sets.
    QUndoStack *stack = m_document->undoStack();
    const QScopedValueRollback guard(m_editing, m_editors.value(key));
    auto *group = new CommandGroup(m_document, tr("Apply preset %1").arg(title));
    for (const auto &[name, v] : values)
        new SetParameter(m_document, m_type, m_id, name, v, group);
    stack->push(group);
}

} // namespace tarmac
