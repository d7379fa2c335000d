#include "palette.h"

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

struct KindText {
    const char16_t *kind;
    const char *title;
    const char *toolTip;
};

// One table for every kind so that titles and explanations are translated in one context
// and the canvas and properties panel can reuse them through PaletteWidget::titleFor().
// Each tooltip speaks both languages of a workshop: first what the data scientist means,
// then what the VI architect has to provision.
constexpr KindText kKinds[] = {
    {u"ingestion", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Ingestion"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Ingestion \u2014 bringing raw data in from its sources (data scientist). "
                       "Needs landing capacity for the retention period and write bandwidth for "
                       "the peak arrival rate (architect).")},
    {u"processing", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Processing"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Processing \u2014 cleaning, joining and transforming data in batch passes "
                       "(data scientist). Needs CPU cores, memory, and read and write bandwidth "
                       "to finish a pass within its window (architect).")},
    {u"feature-engineering", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Feature engineering"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Feature engineering \u2014 computing the model's inputs and serving them "
                       "online (data scientist). Needs CPU cores for batch passes and an in-memory "
                       "key-value store sized for lookups per second and latency (architect).")},
    {u"training", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Training"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Training \u2014 fitting the model to data (data scientist). Needs GPU "
                       "hours, GPU memory, fast reads and checkpoint writes (architect).")},
    {u"validation", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Validation"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Validation \u2014 evaluating candidate models on held-out data (data "
                       "scientist). Needs GPU hours for every evaluation run and read bandwidth "
                       "for the evaluation set (architect).")},
    {u"serving", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Serving"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Serving \u2014 answering prediction requests in production (data "
                       "scientist). Needs GPU memory for weights and KV cache, GPUs or cores for "
                       "the request rate, and a latency budget (architect).")},
    {u"monitoring", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Monitoring"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Monitoring \u2014 watching predictions, drift and model quality (data "
                       "scientist). Needs capacity for metrics, logs and predictions over the "
                       "retention period (architect).")},
    {u"gpu-cluster", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "GPU cluster"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "GPU cluster \u2014 where models are trained and served (data scientist). "
                       "Hosts with accelerators: GPU count and memory, host cores, memory and "
                       "NICs, minus hosts held back for failover (architect).")},
    {u"cpu-cluster", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "CPU / vSphere cluster"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "CPU / vSphere cluster \u2014 where data preparation and classic models run "
                       "(data scientist). ESXi or Kubernetes hosts: cores, memory, NICs, HA "
                       "reserve and vCPU overcommit (architect).")},
    {u"file-storage", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "File storage (NFS)"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "File storage (NFS) \u2014 a shared folder for datasets, notebooks and "
                       "models (data scientist). NAS or NFS system: raw capacity, protection, "
                       "read and write bandwidth, latency (architect).")},
    {u"block-storage", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Block storage (vSAN)"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Block storage (vSAN) \u2014 the disks of the virtual machines (data "
                       "scientist). vSAN or SAN datastore: raw capacity, RAID/FTT storage policy, "
                       "slack space, bandwidth (architect).")},
    {u"object-storage", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Object storage (data lake)"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Object storage (data lake) \u2014 the buckets where raw data and dataset "
                       "versions live (data scientist). S3-compatible store: raw capacity, "
                       "erasure coding, throughput, first-byte latency (architect).")},
    {u"parallel-fs", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Parallel file system"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Parallel file system \u2014 fast shared storage that keeps the GPUs fed "
                       "(data scientist). Lustre, GPFS or WEKA-class system: capacity and "
                       "aggregate read/write bandwidth for training data and checkpoints "
                       "(architect).")},
    {u"kv-store", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "In-memory key-value store"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "In-memory key-value store \u2014 the online feature store (data "
                       "scientist). Redis-class cluster: memory for the data, operations per "
                       "second, lookup latency (architect).")},
    {u"fabric", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Network fabric"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Network fabric \u2014 how data gets from storage to the GPUs and between "
                       "sites (data scientist). Switches and links: port speed, port count, MTU, "
                       "RDMA, latency (architect).")},
    {u"site", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Site"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Site \u2014 a data centre or cloud region where the work runs (data "
                       "scientist). A location: traffic between sites crosses the fabrics that "
                       "link them (architect).")},
    {u"rack", QT_TRANSLATE_NOOP("tarmac::PaletteWidget", "Rack"),
     QT_TRANSLATE_NOOP("tarmac::PaletteWidget",
                       "Rack \u2014 machines that sit together (data scientist). A rack inside a "
                       "site: group components to show where they are installed (architect).")},
};

const KindText *findKind(const QString &kind)
{
    for (const KindText &k : kKinds) {
        if (kind == QStringView(k.kind))
            return &k;
    }
    return nullptr;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("tarmac::PaletteWidget", text);
}

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
            entry->setIcon(0, QIcon(u":/icons/%1.svg"_s.arg(kind)));
            entry->setToolTip(0, toolTipFor(kind));
            entry->setData(0, Qt::AccessibleDescriptionRole, toolTipFor(kind));
            entry->setData(0, Qt::UserRole, group.prefix + u':' + kind);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        header->setExpanded(true);
    }

    connect(m_tree, &PaletteTree::specActivated, this, &PaletteWidget::addRequested);
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    // Enter in the filter adds the entry when the filter leaves exactly one.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        QString only;
        int visible = 0;
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                if (!group->child(i)->isHidden()) {
                    ++visible;
                    only = group->child(i)->data(0, Qt::UserRole).toString();
                }
            }
        }
        if (visible == 1)
            emit addRequested(only);
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
    const KindText *k = findKind(kind);
    return k ? translate(k->title) : kind;
}

QString PaletteWidget::toolTipFor(const QString &kind)
{
    const KindText *k = findKind(kind);
    return k ? translate(k->toolTip) : QString();
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
