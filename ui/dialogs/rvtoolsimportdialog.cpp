#include "rvtoolsimportdialog.h"

#include "catalog/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tarmac {
namespace {

enum Column { ModelColumn, HostsColumn, GpuColumn, CountColumn };

} // namespace

RvToolsImportDialog::RvToolsImportDialog(RvToolsInventory inventory, QWidget *parent)
    : QDialog(parent)
    , m_inventory(std::move(inventory))
    , m_models(new QTableWidget(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import RVTools Export"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("RVTools lists no GPUs. Say which host models carry GPUs: Tarmac suggests what it "
           "knows of a server model; check each before importing."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<GpuSuggestion> models = hostModelsOf(m_inventory);
    m_models->setObjectName(QStringLiteral("hostModels"));
    m_models->setColumnCount(4);
    m_models->setHorizontalHeaderLabels(
        {tr("Host model"), tr("Hosts"), tr("GPU"), tr("GPUs per host")});
    m_models->setRowCount(int(models.size()));
    m_models->verticalHeader()->hide();
    m_models->setSelectionMode(QAbstractItemView::NoSelection);
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->setAccessibleName(tr("Host models and their GPUs"));
    const Catalog &catalog = Catalog::builtin();
    for (int row = 0; row < models.size(); ++row) {
        const GpuSuggestion &s = models[row];
        m_models->setItem(row, ModelColumn, new QTableWidgetItem(s.hostModel));
        auto *hosts = new QTableWidgetItem(QString::number(s.hosts));
        hosts->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_models->setItem(row, HostsColumn, hosts);
        auto *gpu = new QComboBox(m_models);
        gpu->setAccessibleName(tr("GPU of %1").arg(s.hostModel));
        gpu->addItem(tr("None (CPU hosts)"), QString());
        for (const Accelerator &a : catalog.accelerators())
            gpu->addItem(a.name, a.id);
        auto *count = new QSpinBox(m_models);
        count->setAccessibleName(tr("GPUs per %1 host").arg(s.hostModel));
        count->setRange(1, 64);
        count->setValue(s.suggested.gpusPerHost > 0 ? s.suggested.gpusPerHost : 8);
        if (!s.suggested.accelerator.isEmpty()) {
            gpu->setCurrentIndex(gpu->findData(s.suggested.accelerator));
            gpu->setToolTip(tr("Suggested: %1 usually carries %2 × %3")
                                .arg(s.hostModel)
                                .arg(s.suggested.gpusPerHost)
                                .arg(gpu->currentText()));
        }
        count->setEnabled(gpu->currentIndex() > 0);
        m_models->setCellWidget(row, GpuColumn, gpu);
        m_models->setCellWidget(row, CountColumn, count);
        connect(gpu, &QComboBox::currentIndexChanged, this, [this, count](int index) {
            count->setEnabled(index > 0);
            updatePreview();
        });
        connect(count, &QSpinBox::valueChanged, this, &RvToolsImportDialog::updatePreview);
    }
    m_models->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_models->resizeColumnsToContents();
    layout->addWidget(m_models, 2);

    auto *previewLabel = new QLabel(tr("What the import makes:"), this);
    layout->addWidget(previewLabel);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(previewLabel->text());
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
    updatePreview();
}

QList<GpuHostModel> RvToolsImportDialog::gpuMapping() const
{
    QList<GpuHostModel> mapping;
    for (int row = 0; row < m_models->rowCount(); ++row) {
        const auto *gpu = qobject_cast<QComboBox *>(m_models->cellWidget(row, GpuColumn));
        const auto *count = qobject_cast<QSpinBox *>(m_models->cellWidget(row, CountColumn));
        if (gpu && count && gpu->currentIndex() > 0)
            mapping << GpuHostModel{m_models->item(row, ModelColumn)->text(),
                                    gpu->currentData().toString(), count->value()};
    }
    return mapping;
}

RvToolsImport RvToolsImportDialog::result() const
{
    return importRvTools(m_inventory, gpuMapping(), Catalog::builtin());
}

void RvToolsImportDialog::updatePreview()
{
    const RvToolsImport r = result();
    m_preview->setPlainText(r.ok() ? importSummary(r) : r.error);
}

} // namespace tarmac
