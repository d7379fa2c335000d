#include "palette.h"

#include "model/kindregistry.h"
#include "model/paramschema.h"

#include <QCoreApplication>
#include <QDrag>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace tarmac {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isEntry(const QTreeWidgetItem *item)
{
    return item && !item->data(0, Qt::UserRole).toString().isEmpty();
}

} // namespace

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"paletteTree"_s);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(8);
    setIconSize(QSize(24, 24));
    setUniformRowHeights(true);
    setSelectionMode(SingleSelection);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setEditTriggers(NoEditTriggers);
    // Activation is handled here (double-click, Enter) rather than through itemActivated,
    // whose single-click behaviour depends on the platform style.
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (isEntry(item))
            emit specActivated(item->data(0, Qt::UserRole).toString());
    });
}

QStringList PaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(kPaletteMimeType)};
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    // One entry at a time: the canvas drops exactly one new element per drag.
    for (const QTreeWidgetItem *item : items) {
        if (isEntry(item)) {
            auto *mime = new QMimeData;
            mime->setData(QString::fromLatin1(kPaletteMimeType),
                          item->data(0, Qt::UserRole).toString().toUtf8());
            return mime;
        }
    }
    return nullptr;
}

void PaletteTree::startDrag(Qt::DropActions supportedActions)
{
    QTreeWidgetItem *item = currentItem();
    if (!isEntry(item))
        return;
    QMimeData *mime = mimeData({item});
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    // The icon alone reads better under the cursor than a snapshot of the row.
    const QPixmap pixmap = item->icon(0).pixmap(QSize(32, 32), devicePixelRatioF());
    if (!pixmap.isNull()) {
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(16, 16));
    }
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions,
               Qt::CopyAction);
}

void PaletteTree::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        isEntry(currentItem())) {
        emit specActivated(currentItem()->data(0, Qt::UserRole).toString());
        event->accept();
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    setAccessibleName(tr("Palette"));
    m_filter->setObjectName(u"paletteFilter"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the palette"));
    m_tree->setAccessibleName(tr("Palette items"));
    m_tree->setAccessibleDescription(tr("Drag an item onto the canvas, or press Enter to add it"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    struct Group {
        QString title, prefix;
        const QStringList &kinds;
    };
    const Group groups[] = {
        {tr("Lifecycle stages"), u"stage"_s, ParamSchema::stageKinds()},
        {tr("Infrastructure"), u"component"_s, ParamSchema::componentKinds()},
        {tr("Zones"), u"zone"_s, ParamSchema::zoneKinds()},
    };
    for (const Group &group : groups) {
        auto *header = new QTreeWidgetItem(m_tree, {group.title});
        header->setFlags(Qt::ItemIsEnabled);
        QFont font = header->font(0);
        font.setBold(true);
        header->setFont(0, font);
        for (const QString &kind : group.kinds) {
            auto *entry = new QTreeWidgetItem(header, {titleFor(kind)});
            entry->setIcon(0, QIcon(KindRegistry::iconPath(kind)));
            entry->setToolTip(0, toolTipFor(kind));
            entry->setData(0, Qt::AccessibleDescriptionRole, toolTipFor(kind));
            entry->setData(0, Qt::UserRole, group.prefix + u':' + kind);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        header->setExpanded(true);
    }

    connect(m_tree, &PaletteTree::specActivated, this, &PaletteWidget::addRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    // Enter in the filter adds the entry when the filter leaves exactly one, or the first one
    // whose name starts with what was typed ("Training" also matches descriptions that
    // mention training, but means the Training stage).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QString typed = m_filter->text().trimmed();
        QString only, named;
        int visible = 0;
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                const QTreeWidgetItem *entry = group->child(i);
                if (entry->isHidden())
                    continue;
                ++visible;
                only = entry->data(0, Qt::UserRole).toString();
                if (named.isEmpty() && !typed.isEmpty() &&
                    entry->text(0).startsWith(typed, Qt::CaseInsensitive))
                    named = only;
            }
        }
        if (visible == 1)
            emit addRequested(only);
        else if (!named.isEmpty())
            emit addRequested(named);
    });
}

QTreeWidget *PaletteWidget::tree() const
{
    return m_tree;
}

QStringList PaletteWidget::specs()
{
    QStringList all;
    for (const QString &kind : ParamSchema::stageKinds())
        all << u"stage:"_s + kind;
    for (const QString &kind : ParamSchema::componentKinds())
        all << u"component:"_s + kind;
    for (const QString &kind : ParamSchema::zoneKinds())
        all << u"zone:"_s + kind;
    return all;
}

QString PaletteWidget::titleFor(const QString &kind)
{
    return KindRegistry::displayName(kind);
}

QString PaletteWidget::toolTipFor(const QString &kind)
{
    return KindRegistry::description(kind);
}

void PaletteWidget::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *entry = group->child(i);
            const bool match = needle.isEmpty() ||
                               entry->text(0).contains(needle, Qt::CaseInsensitive) ||
                               entry->toolTip(0).contains(needle, Qt::CaseInsensitive);
            entry->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

} // namespace tarmac
