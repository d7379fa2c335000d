#include "notespanel.h"

#include "commands/commands.h"
#include "dialogs/notedialog.h"
#include "model/notes.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

constexpr int kNoteIdRole = NotesPanel::NoteIdRole;
constexpr int kTargetRole = NotesPanel::TargetRole;

// A note as two blocks: its text, wrapped to the panel's width, then in small grey type what
// it is on, who wrote it and when. A dock beside the canvas is narrow; columns would leave
// the note itself a few letters.
class NoteDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString meta(const QModelIndex &index)
    {
        QStringList parts{index.data(NotesPanel::TargetNameRole).toString()};
        for (int role : {int(NotesPanel::AuthorRole), int(NotesPanel::WhenRole)}) {
            const QString part = index.data(role).toString();
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QStringLiteral(" \u00b7 "));
    }

    static QFont small(const QFont &font)
    {
        QFont f = font;
        f.setPointSizeF(f.pointSizeF() * 0.9);
        return f;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The width rows are painted in: the list's viewport (no frame, no scroll bar).
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int room = view ? view->viewport()->width() : option.rect.width();
        const int width = std::max(120, room) - 2 * kPadding;
        const QRect text =
            QFontMetrics(option.font)
                .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, index.data().toString());
        const QRect info =
            QFontMetrics(small(option.font))
                .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, meta(index));
        return {width + 2 * kPadding, text.height() + info.height() + 3 * kPadding};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget); // background, focus
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        const QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
        painter->save();
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        QRect used;
        painter->drawText(area, Qt::TextWordWrap, index.data().toString(), &used);
        painter->setFont(small(option.font));
        const QColor grey =
            pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(grey);
        painter->drawText(area.adjusted(0, used.height() + kPadding, 0, 0), Qt::TextWordWrap,
                          meta(index));
        painter->restore();
    }

private:
    static constexpr int kPadding = 4;
};

} // namespace

NotesPanel::NotesPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Decision notes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setItemDelegate(new NoteDelegate(m_list));
    m_add->setObjectName(QStringLiteral("addNote"));
    m_add->setToolTip(tr("A note on the selected element, or on the project when nothing is "
                         "selected"));
    m_edit->setObjectName(QStringLiteral("editNote"));
    m_delete->setObjectName(QStringLiteral("deleteNote"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    m_editor = [this](const QString &targetName, const Note &note) -> std::optional<Edit> {
        NoteDialog dialog(targetName, note.text, note.author, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Edit{dialog.text(), dialog.author()};
    };

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_edit, &QPushButton::clicked, this, &NotesPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &NotesPanel::deleteCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit targetActivated(item->data(0, kTargetRole).toString());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &NotesPanel::updateButtons);
    // F2 edits, Delete deletes: keys of the list itself, as in a file manager. A narrower or
    // wider panel wraps the notes again.
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);

    // Notes, and the names of what they are on, change rarely: one rebuild per transaction
    // that could matter, never one per event.
    connect(
        m_document, &ProjectDocument::changeSetCommitted, this, [this](const ChangeSet &changes) {
            // Notes come and go, an element they are on is renamed or removed, a project
            // comes in; parameter edits (every keystroke in Properties) leave the list alone.
            using K = ChangeEvent::Kind;
            if (std::any_of(changes.events.begin(), changes.events.end(), [](const ChangeEvent &e) {
                    return e.type == ItemType::Note || e.kind == K::Reset || e.kind == K::Renamed ||
                           e.kind == K::Removed;
                }))
                rebuild();
        });
    rebuild();
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        m_list->doItemsLayout();
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
            editCurrent();
            return true;
        }
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString NotesPanel::currentNoteId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kNoteIdRole).toString() : QString();
}

void NotesPanel::rebuild()
{
    const QString current = currentNoteId();
    const Project &p = m_document->project();
    m_list->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(qsizetype(p.notes.size()));
    QTreeWidgetItem *restore = nullptr;
    for (const Note &n : p.notes) {
        auto *row = new QTreeWidgetItem;
        const QString on = noteTargetName(p, m_document->index(), n.target);
        const QString when = noteTimeText(n.created);
        row->setText(0, n.text);
        row->setData(0, TargetNameRole, on);
        row->setData(0, AuthorRole, n.author);
        row->setData(0, WhenRole, when);
        row->setData(0, kNoteIdRole, n.id);
        row->setData(0, kTargetRole, n.target);
        // Read as one sentence by screen readers: the note, then what, who and when.
        row->setData(0, Qt::AccessibleTextRole,
                     tr("%1. On %2, %3, %4").arg(n.text, on, n.author, when));
        row->setToolTip(0, Qt::convertFromPlainText(
                               n.created.isEmpty() ? n.text : n.text + u"\n\n"_s + n.created,
                               Qt::WhiteSpaceNormal));
        if (n.id == current)
            restore = row;
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    if (restore)
        m_list->setCurrentItem(restore);
    updateButtons();
}

void NotesPanel::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void NotesPanel::addNote()
{
    addNoteOn(m_target);
}

void NotesPanel::addNoteOn(const QString &target)
{
    const QString on = m_document->index().contains(target) && m_document->note(target) == nullptr
                           ? target
                           : QString();
    Note draft;
    draft.target = on;
    draft.author = NoteDialog::defaultAuthor();
    const std::optional<Edit> edit =
        m_editor(noteTargetName(m_document->project(), m_document->index(), on), draft);
    if (!edit || edit->text.trimmed().isEmpty())
        return;
    draft.text = edit->text.trimmed();
    draft.author = edit->author.trimmed();
    draft.created = noteTimestampNow();
    NoteDialog::rememberAuthor(draft.author);
    m_document->undoStack()->push(addNoteCommand(m_document, draft));
    // The new note is the last one: make it the current row.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

void NotesPanel::editCurrent()
{
    const Note *note = m_document->note(currentNoteId());
    if (!note)
        return;
    const Note copy = *note;
    const std::optional<Edit> edit =
        m_editor(noteTargetName(m_document->project(), m_document->index(), copy.target), copy);
    if (!edit || edit->text.trimmed().isEmpty() || edit->text.trimmed() == copy.text)
        return;
    m_document->undoStack()->push(new EditNote(m_document, copy.id, edit->text.trimmed()));
}

void NotesPanel::deleteCurrent()
{
    const QString id = currentNoteId();
    if (id.isEmpty() || !m_document->note(id))
        return;
    m_document->undoStack()->push(new RemoveItems(m_document, {id}, tr("Delete note")));
}

} // namespace tarmac
