#include "propertiespanel.h"

#include "catalog/catalog.h"
#include "commands/commands.h"
#include "model/kindregistry.h"
#include "panels/palette.h"
#include "paramtext.h"
#include "style/personas.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tarmac {

using namespace Qt::Literals::StringLiterals;

namespace {

QString exampleFor(const ParamSpec &spec)
{
    if (!spec.plainUnit.isEmpty())
        return u"2 d"_s;
    switch (spec.dimension) {
    case Dimension::Count:
        return u"70B"_s;
    case Dimension::Ratio:
        return u"40%"_s;
    case Dimension::Bytes:
        return u"4 TB"_s;
    case Dimension::BytesPerSecond:
        return u"25 Gb/s"_s;
    case Dimension::Seconds:
        return u"0.5 ms"_s;
    case Dimension::Flops:
        return u"8.4e23"_s;
    case Dimension::FlopsPerSecond:
        return u"989 TFLOPS"_s;
    case Dimension::PerSecond:
        return u"100k"_s;
    }
    return {};
}

// A choice counts whether the user picks it (activated, also when re-picking the current
// entry, which re-applies a preset) or code sets it (currentIndexChanged: tests, accessibility
// tools). Refreshes block signals, and a repeated choice pushes nothing, so both may fire.
template <typename Handler> void connectChosen(QComboBox *combo, QObject *context, Handler handler)
{
    QObject::connect(combo, &QComboBox::activated, context, handler);
    QObject::connect(combo, &QComboBox::currentIndexChanged, context, handler);
}

} // namespace

PropertiesPanel::PropertiesPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
    , m_binder(document)
{
    setAccessibleName(tr("Properties"));
    m_scroll->setWidgetResizable(true);
    // The form follows the panel's width (long choices are elided in their combo boxes)
    // instead of asking for a horizontal scroll bar.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    connect(m_document, &ProjectDocument::changed, this, &PropertiesPanel::onDocumentChanged);
    clear();
}

QWidget *PropertiesPanel::editorFor(const QString &paramName) const
{
    return m_binder.editor(paramName);
}

void PropertiesPanel::showItem(ItemType type, const QString &id)
{
    const bool editable = type == ItemType::Stage || type == ItemType::Component ||
                          type == ItemType::Zone || type == ItemType::Flow;
    if (!editable || id.isEmpty()) {
        clear();
        return;
    }
    if (type == m_type && id == m_id && m_scroll->widget()) {
        m_binder.refresh(); // reselecting the same item must not take the focus away
        return;
    }
    m_type = type;
    m_id = id;
    m_binder.setItem(type, id);
    if (!m_binder.itemExists()) {
        clear();
        return;
    }
    rebuild();
}

void PropertiesPanel::clear()
{
    m_type = ItemType::Project;
    m_id.clear();
    m_binder.setItem(m_type, m_id);
    rebuild();
}

void PropertiesPanel::onDocumentChanged(const ChangeEvent &event)
{
    using Kind = ChangeEvent::Kind;
    if (event.kind == Kind::Reset) {
        if (m_type != ItemType::Project && !m_binder.itemExists())
            clear();
        else
            rebuild();
        return;
    }
    if (event.kind == Kind::Moved)
        return;
    if (m_type == ItemType::Project) {
        if (event.type == ItemType::Project)
            m_binder.refresh();
        return;
    }
    if (event.type == m_type && event.id == m_id) {
        if (event.kind == Kind::AboutToBeRemoved || event.kind == Kind::Removed)
            clear();
        else if (m_type == ItemType::Stage && m_binder.currentMode() != m_mode)
            rebuild(); // another mode shows other parameters
        else
            m_binder.refresh();
        return;
    }
    // Other items appear in this form's lists and labels: zones in the zone pickers, storage
    // components in a flow's store picker, stage names in a flow's ends.
    if (event.kind == Kind::AboutToBeRemoved)
        return;
    const bool listed = (event.type == ItemType::Zone &&
                         (m_type == ItemType::Component || m_type == ItemType::Zone)) ||
                        (m_type == ItemType::Flow &&
                         (event.type == ItemType::Component || event.type == ItemType::Stage));
    if (listed)
        m_binder.refresh();
}

void PropertiesPanel::rebuild()
{
    // A rebuild under the user (mode change, reset) gives the focus back to the same field.
    QString focusKey;
    if (QWidget *focus = QApplication::focusWidget()) {
        for (auto it = m_binder.editors().cbegin(); it != m_binder.editors().cend(); ++it) {
            if (it.value() == focus || it.value()->isAncestorOf(focus)) {
                focusKey = it.key();
                break;
            }
        }
    }
    if (QWidget *old = m_scroll->widget()) {
        // The old editors may be in the middle of emitting (the mode combo that caused this);
        // delete them later, and keep their last signals (editingFinished on focus loss) away.
        const auto children = old->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->blockSignals(true);
        m_scroll->takeWidget();
        old->deleteLater();
    }
    m_binder.clearEditors();
    m_mode.clear();

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(page);
    icon->setObjectName(u"icon"_s);
    auto *title = new QLabel(page);
    title->setObjectName(u"title"_s);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    header->addWidget(icon);
    header->addWidget(title, 1);
    layout->addLayout(header);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_type == ItemType::Project) {
        icon->hide();
        title->setText(tr("Project"));
        buildProjectForm(layout, form);
    } else {
        // A flow has no kind, so no icon (asking for ":/icons/.svg" only makes Qt complain).
        const QString kind = m_binder.itemKind();
        const QIcon kindIcon = kind.isEmpty() || m_type == ItemType::Flow
                                   ? QIcon()
                                   : QIcon(KindRegistry::iconPath(kind));
        if (kindIcon.isNull())
            icon->hide();
        else
            icon->setPixmap(kindIcon.pixmap(QSize(24, 24), devicePixelRatioF()));
        buildItemForm(title, form);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    m_scroll->setWidget(page);
    m_binder.refresh();
    if (QWidget *editor = m_binder.editor(focusKey))
        editor->setFocus(Qt::OtherFocusReason);
}

void PropertiesPanel::buildProjectForm(QVBoxLayout *page, QFormLayout *form)
{
    auto *hint = new QLabel(tr("Select a stage, component, zone or flow to edit it"));
    hint->setObjectName(u"hint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    page->addWidget(hint);

    auto *name = new QLineEdit;
    name->setObjectName(u"projectName"_s);
    name->setAccessibleName(tr("Project name"));
    connect(name, &QLineEdit::textEdited, this, [this, name] { m_binder.pushProjectInfo(name); });
    form->addRow(tr("Name"), name);

    auto *notes = new QPlainTextEdit;
    notes->setObjectName(u"projectDescription"_s);
    notes->setAccessibleName(tr("Project description"));
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(notes->fontMetrics().lineSpacing() * 6);
    connect(notes, &QPlainTextEdit::textChanged, this, [this, notes] {
        if (!m_binder.refreshing())
            m_binder.pushProjectInfo(notes);
    });
    form->addRow(tr("Description"), notes);

    auto *horizon = new QSpinBox;
    horizon->setObjectName(u"horizonMonths"_s);
    horizon->setAccessibleName(tr("Planning horizon in months"));
    horizon->setToolTip(tr("How far ahead storage growth is projected"));
    horizon->setRange(1, 600);
    horizon->setSuffix(tr(" months"));
    connect(horizon, &QSpinBox::valueChanged, this, [this, horizon] {
        if (!m_binder.refreshing())
            m_binder.pushProjectInfo(horizon);
    });
    form->addRow(tr("Horizon"), horizon);

    m_binder.addEditor(name->objectName(), name);
    m_binder.addEditor(notes->objectName(), notes);
    m_binder.addEditor(horizon->objectName(), horizon);
}

void PropertiesPanel::buildItemForm(QLabel *title, QFormLayout *form)
{
    const QString kind = m_binder.itemKind();
    switch (m_type) {
    case ItemType::Stage:
        title->setText(tr("Stage: %1").arg(PaletteWidget::titleFor(kind)));
        break;
    case ItemType::Component:
        title->setText(tr("Component: %1").arg(PaletteWidget::titleFor(kind)));
        break;
    case ItemType::Zone:
        title->setText(tr("Zone: %1").arg(PaletteWidget::titleFor(kind)));
        break;
    default:
        title->setText(tr("Flow"));
        break;
    }
    title->setToolTip(PaletteWidget::toolTipFor(kind));

    auto *id = new QLabel(m_id);
    id->setObjectName(u"id"_s);
    id->setAccessibleName(tr("Id"));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Id"), id);

    if (m_type == ItemType::Flow) {
        // Flows have no name of their own; show what they connect.
        for (const auto &[key, label] :
             {std::pair{u"from"_s, tr("From")}, std::pair{u"to"_s, tr("To")}}) {
            auto *end = new QLabel;
            end->setObjectName(key);
            end->setAccessibleName(label);
            form->addRow(label, end);
            m_binder.addEditor(key, end);
        }
    } else {
        auto *name = new QLineEdit;
        name->setObjectName(u"name"_s);
        name->setAccessibleName(tr("Name"));
        name->setPlaceholderText(m_id);
        connect(name, &QLineEdit::textEdited, this, [this, name](const QString &text) {
            const auto guard = m_binder.editing(name);
            m_document->undoStack()->push(new Rename(m_document, m_type, m_id, text));
        });
        form->addRow(tr("Name"), name);
        m_binder.addEditor(name->objectName(), name);
    }

    if (m_type == ItemType::Stage) {
        auto *persona = new QComboBox;
        persona->setObjectName(u"persona"_s);
        persona->setAccessibleName(tr("Persona"));
        persona->setToolTip(tr("Who owns this stage in the workshop"));
        persona->addItem(tr("(none)"), QString());
        for (const QString &p : ParamSchema::personas())
            persona->addItem(personaTitle(p), p);
        connectChosen(persona, this, [this, persona](int index) {
            if (index < 0)
                return;
            const QString value = persona->itemData(index).toString();
            const Stage *stage = m_document->stage(m_id);
            if (!stage || stage->persona == value)
                return;
            const auto guard = m_binder.editing(persona);
            m_document->undoStack()->push(new SetPersona(m_document, m_id, value));
        });
        form->addRow(tr("Persona"), persona);
        m_binder.addEditor(persona->objectName(), persona);
    } else if (m_type == ItemType::Component || m_type == ItemType::Zone) {
        const bool component = m_type == ItemType::Component;
        auto *zone = new QComboBox;
        zone->setObjectName(component ? u"zone"_s : u"parent"_s);
        zone->setAccessibleName(component ? tr("Zone") : tr("Parent zone"));
        connectChosen(zone, this, [this, zone, component](int index) {
            if (index < 0)
                return;
            const QString value = zone->itemData(index).toString();
            const Component *c = component ? m_document->component(m_id) : nullptr;
            const Zone *z = component ? nullptr : m_document->zone(m_id);
            if ((c && c->zone == value) || (z && z->parent == value) || (!c && !z))
                return;
            const auto guard = m_binder.editing(zone);
            if (component)
                m_document->undoStack()->push(new SetComponentZone(m_document, m_id, value));
            else
                m_document->undoStack()->push(new SetZoneParent(m_document, m_id, value));
        });
        form->addRow(component ? tr("Zone") : tr("Inside"), zone);
        m_binder.addEditor(zone->objectName(), zone);
    }

    if (m_type == ItemType::Component)
        addPresetRow(form, kind);
    addParamRows(form, kind);
}

void PropertiesPanel::addParamRows(QFormLayout *form, const QString &kind)
{
    m_mode = m_binder.currentMode();
    for (const ParamSpec &spec : m_binder.itemSpecs()) {
        if (!spec.mode.isEmpty() && spec.mode != m_mode)
            continue;
        QWidget *editor = createParamEditor(spec, kind);
        // People read the label; the key the file and the command line use is in the tooltip.
        const QString words = parameterLabel(spec.name);
        const QString description = paramDescription(spec);
        const QString text = description.isEmpty()
                                 ? spec.name
                                 : tr("%1 (%2 in the file)").arg(description, spec.name);
        editor->setObjectName(u"param_"_s + spec.name);
        editor->setAccessibleName(words);
        editor->setAccessibleDescription(text);
        editor->setToolTip(text);
        auto *label = new QLabel(words);
        label->setToolTip(text);
        label->setBuddy(editor);
        QWidget *field = editor;
        const QString unit = spec.type == ParamType::Number ? paramUnitSuffix(spec) : QString();
        if (!unit.isEmpty()) {
            field = new QWidget;
            auto *row = new QHBoxLayout(field);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(editor, 1);
            auto *suffix = new QLabel(unit);
            suffix->setObjectName(u"unit_"_s + spec.name);
            suffix->setForegroundRole(QPalette::PlaceholderText);
            suffix->setToolTip(tr("A bare number is in %1. Other units work too, e.g. \"%2\".")
                                   .arg(unit, exampleFor(spec)));
            row->addWidget(suffix);
            // The suffix says what a bare number means; next to "100 Gb/s" it would contradict
            // the unit typed, so it shows only while the text has none.
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                auto follow = [suffix](const QString &text) {
                    const QString t = text.trimmed();
                    suffix->setVisible(t.isEmpty() || t.back().isDigit());
                };
                connect(line, &QLineEdit::textChanged, suffix, follow);
                follow(line->text());
            }
        }
        form->addRow(label, field);
        m_binder.addEditor(spec.name, editor, &spec);
    }
}

QWidget *PropertiesPanel::createParamEditor(const ParamSpec &spec, const QString &kind)
{
    const ParamSpec *s = &spec; // ParamSchema's tables live as long as the program
    if (spec.type == ParamType::Bool) {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, s, box](bool checked) {
            m_binder.pushParam(box, s->name, ParamValue::fromBool(checked));
        });
        return box;
    }
    const bool picker = !spec.choices.isEmpty() || spec.name == u"protection" ||
                        (spec.name == u"gpu" && kind == u"gpu-cluster") ||
                        (m_type == ItemType::Flow && spec.name == u"store");
    if (spec.type == ParamType::Text && picker)
        return createChoiceCombo(spec, kind);

    auto *edit = new QLineEdit;
    // The engine names an unnamed dataset after its flow; say so with the actual id.
    const bool dataset = m_type == ItemType::Flow && spec.name == u"dataset";
    edit->setPlaceholderText(dataset ? tr("default: %1").arg(m_id) : paramPlaceholder(spec));
    if (spec.type == ParamType::Number) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, s, edit](const QString &text) { m_binder.commitNumber(*s, edit, text); });
    } else {
        connect(edit, &QLineEdit::textEdited, this, [this, s, edit](const QString &text) {
            const QString word = text.trimmed();
            m_binder.pushParam(edit, s->name,
                               word.isEmpty() ? std::nullopt
                                              : std::optional(ParamValue::fromText(word)));
        });
    }
    // Leaving the field shows the stored value again: an undo made while the field had the
    // focus was not written into it. Invalid text stays, marked, so it can be corrected.
    connect(edit, &QLineEdit::editingFinished, this, [this, s, edit] {
        m_binder.flushPending(); // Enter or leaving the field: the value is complete
        m_binder.endSession();   // a later edit of this field starts from what it holds now
        if (!edit->property("invalid").toBool())
            m_binder.refreshParamEditor(*s, edit);
    });
    return edit;
}

QComboBox *PropertiesPanel::createChoiceCombo(const ParamSpec &spec, const QString &kind)
{
    const ParamSpec *s = &spec;
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->addItem(paramUnsetLabel(spec), QString());
    const Catalog &catalog = Catalog::builtin();
    if (spec.name == u"gpu" && kind == u"gpu-cluster") {
        for (const Accelerator &a : catalog.accelerators()) {
            combo->addItem(u"%1 (%2)"_s.arg(a.name, a.id), a.id);
            combo->setItemData(
                combo->count() - 1,
                tr("%1: %2 memory, %3 dense BF16")
                    .arg(a.vendor, formatQuantity(a.memoryBytes, Dimension::Bytes, UnitSystem::IEC),
                         formatQuantity(a.peak(u"bf16"_s), Dimension::FlopsPerSecond)),
                Qt::ToolTipRole);
        }
    } else if (spec.name == u"protection") {
        // Editable, because erasure coding comes in any k+m ("ec-8-3"), not only the listed ones.
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        // Inline completion would show a scheme the model does not have.
        combo->setCompleter(nullptr);
        combo->lineEdit()->setPlaceholderText(tr("e.g. raid6 or ec-8-3"));
        for (const ProtectionScheme &scheme : catalog.protectionSchemes()) {
            combo->addItem(scheme.id, scheme.id);
            combo->setItemData(
                combo->count() - 1,
                tr("%1 (raw : usable %2)").arg(scheme.name, threeSignificant(scheme.overhead)),
                Qt::ToolTipRole);
        }
        connect(
            combo->lineEdit(), &QLineEdit::textEdited, this,
            [this, s, combo](const QString &text) { m_binder.commitProtection(*s, combo, text); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this] { m_binder.endSession(); });
    } else if (spec.name != u"store") {
        for (const QString &choice : spec.choices)
            combo->addItem(choice, choice);
    } // the store picker is filled by refreshChoices(): storage components come and go
    connectChosen(combo, this, [this, s, combo](int index) {
        if (index < 0)
            return;
        // An editable combo also activates when typed text matches an item; ignore stale ones.
        if (combo->isEditable() &&
            combo->itemText(index).compare(combo->currentText(), Qt::CaseInsensitive) != 0)
            return;
        const QString word = combo->itemData(index).toString();
        if (combo->isEditable())
            m_binder.setError(combo, {}, paramDescription(*s));
        m_binder.pushParam(combo, s->name,
                           word.isEmpty() ? std::nullopt
                                          : std::optional(ParamValue::fromText(word)));
    });
    return combo;
}

void PropertiesPanel::addPresetRow(QFormLayout *form, const QString &kind)
{
    const Catalog &catalog = Catalog::builtin();
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->addItem(tr("(choose a preset)"), QString());
    QString label;
    if (ParamSchema::isStorageKind(kind) || kind == u"kv-store") {
        combo->setObjectName(u"latencyPreset"_s);
        combo->setToolTip(tr("Sets the latency to a typical figure"));
        label = tr("Latency preset");
        for (const LatencyPreset &p : catalog.latencyPresets()) {
            combo->addItem(
                u"%1 (%2)"_s.arg(p.name, formatQuantity(p.latencySeconds, Dimension::Seconds)),
                p.id);
            combo->setItemData(combo->count() - 1, p.source.text, Qt::ToolTipRole);
        }
    } else if (kind == u"fabric") {
        combo->setObjectName(u"linkPreset"_s);
        combo->setToolTip(tr("Sets link speed, RDMA and latency from the catalog"));
        label = tr("Link preset");
        for (const NetworkPreset &p : catalog.networks()) {
            combo->addItem(p.name, p.id);
            combo->setItemData(combo->count() - 1, p.source.text, Qt::ToolTipRole);
        }
    } else {
        delete combo;
        return;
    }
    combo->setAccessibleName(label);
    connectChosen(combo, this, [this, combo](int index) {
        if (index < 0)
            return;
        const QString id = combo->itemData(index).toString();
        if (!id.isEmpty())
            m_binder.applyPreset(combo->objectName(), id);
    });
    form->addRow(label, combo);
    m_binder.addEditor(combo->objectName(), combo);
}

} // namespace tarmac
