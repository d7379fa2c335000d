#pragma once

#include "engine/result.h"
#include "model/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace tarmac {

/// File → Export Diagram: view, format, layout and resolution, with a live preview.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const Project &project, const EngineResult &result, QWidget *parent = nullptr);
    /// Renders with the chosen options and writes `path`; returns an error or empty.
    QString exportTo(const QString &path) const;
    QComboBox *viewBox() const { return m_view; }
    QComboBox *formatBox() const { return m_format; }

private slots:
    void updatePreview();
    void chooseFileAndExport();

private:
    const Project &m_project;
    const EngineResult &m_result;
    QComboBox *m_view;
    QComboBox *m_format;
    QComboBox *m_layout;
    QSpinBox *m_dpi;
    QLabel *m_preview;
};

} // namespace tarmac
