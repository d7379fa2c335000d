#pragma once

#include "import/rvtools.h"

#include <QDialog>

class QPlainTextEdit;
class QTableWidget;

namespace tarmac {

/// File → Import → RVTools Export: the host models found, each with the GPUs its hosts carry
/// (RVTools lists none; Tarmac suggests what it knows of a server model and the user
/// confirms or changes it), and a live preview of what the import makes and skips.
class RvToolsImportDialog : public QDialog {
    Q_OBJECT
public:
    RvToolsImportDialog(RvToolsInventory inventory, QWidget *parent = nullptr);
    /// The import as the dialog's choices stand.
    RvToolsImport result() const;
    /// The GPU mapping the user confirmed (a row per host model whose GPU is set).
    QList<GpuHostModel> gpuMapping() const;
    QTableWidget *modelTable() const { return m_models; }
    QPlainTextEdit *preview() const { return m_preview; }

private:
    void updatePreview();

    RvToolsInventory m_inventory;
    QTableWidget *m_models;
    QPlainTextEdit *m_preview;
};

} // namespace tarmac
