#include "exportdialog.h"

#include "diagram/diagram.h"
#include "storage/safefile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace tarmac {
namespace {

DiagramOptions optionsFrom(QComboBox *view, QComboBox *format, QComboBox *layout, QSpinBox *dpi)
{
    DiagramOptions o;
    parseDiagramView(view->currentData().toString(), &o.view);
    parseDiagramFormat(format->currentData().toString(), &o.format);
    DiagramLayout l;
    if (parseDiagramLayout(layout->currentData().toString(), &l))
        o.layout = l;
    o.dpi = dpi->value();
    return o;
}

} // namespace

ExportDialog::ExportDialog(const Project &project, const EngineResult &result, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_result(result)
    , m_view(new QComboBox)
    , m_format(new QComboBox)
    , m_layout(new QComboBox)
    , m_dpi(new QSpinBox)
    , m_preview(new QLabel)
{
    setWindowTitle(tr("Export Diagram"));
    setObjectName(QStringLiteral("exportDialog"));
    m_view->addItem(tr("Mapping: stages over infrastructure"), QStringLiteral("mapping"));
    m_view->addItem(tr("Lifecycle: stages and flows"), QStringLiteral("lifecycle"));
    m_view->addItem(tr("Infrastructure: components by zone"), QStringLiteral("infrastructure"));
    m_format->addItem(QStringLiteral("SVG"), QStringLiteral("svg"));
    m_format->addItem(QStringLiteral("PNG"), QStringLiteral("png"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_format->addItem(QStringLiteral("DOT (Graphviz)"), QStringLiteral("dot"));
    m_format->addItem(QStringLiteral("draw.io"), QStringLiteral("drawio"));
    m_format->addItem(QStringLiteral("Mermaid"), QStringLiteral("mmd"));
    m_layout->addItem(tr("Canvas positions"), QStringLiteral("canvas"));
    m_layout->addItem(tr("Automatic (Graphviz)"), QStringLiteral("auto"));
    m_layout->addItem(tr("Automatic, for a portrait page"), QStringLiteral("page"));
    m_dpi->setRange(10, 1200);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    for (QWidget *w : {static_cast<QWidget *>(m_view), static_cast<QWidget *>(m_format),
                       static_cast<QWidget *>(m_layout), static_cast<QWidget *>(m_dpi)})
        w->setAccessibleName(w == m_view     ? tr("View")
                             : w == m_format ? tr("Format")
                             : w == m_layout ? tr("Layout")
                                             : tr("Resolution"));

    auto *form = new QFormLayout;
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(640, 400);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    for (QComboBox *box : {m_view, m_layout})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_dpi->setEnabled(m_format->currentData().toString() == u"png"); });
    m_dpi->setEnabled(false);
    updatePreview();
}

void ExportDialog::updatePreview()
{
    DiagramOptions o = optionsFrom(m_view, m_format, m_layout, m_dpi);
    o.format = DiagramFormat::Svg;
    const DiagramResult d = renderDiagram(m_project, m_result, o);
    if (!d.ok()) {
        m_preview->setText(d.error);
        return;
    }
    QSvgRenderer renderer(d.data);
    QSizeF size = renderer.defaultSize();
    if (size.width() > 1200)
        size.scale(1200, 1200, Qt::KeepAspectRatio);
    QPixmap pixmap(size.toSize().expandedTo(QSize(1, 1)));
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    m_preview->setPixmap(pixmap);
}

QString ExportDialog::exportTo(const QString &path) const
{
    const DiagramResult d =
        renderDiagram(m_project, m_result, optionsFrom(m_view, m_format, m_layout, m_dpi));
    if (!d.ok())
        return d.error;
    return writeFileAtomically(path, d.data);
}

void ExportDialog::chooseFileAndExport()
{
    const QString suffix = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), m_view->currentData().toString() + u'.' + suffix,
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot export"), path + QStringLiteral(": ") + error);
        return;
    }
    accept();
}

} // namespace tarmac
