#pragma once

#include "model/paramschema.h"
#include "model/projectdocument.h"
#include "propertiesbinder.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace tarmac {

/// Edits the selected stage, component, zone or flow (or, with nothing selected, the project)
/// through undo commands, and follows the document when it changes from elsewhere. The panel
/// builds the form; its PropertiesBinder keeps the editors and the document in step.
///
/// Editors are named for tests and accessibility: "param_<name>" for parameters, "name",
/// "persona", "zone", "parent", "latencyPreset", "linkPreset", and "projectName",
/// "projectDescription", "horizonMonths" for the project.
class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(ProjectDocument *document, QWidget *parent = nullptr);

    /// The editor of a parameter ("hosts") or of a field named above ("name", "zone", …);
    /// nullptr when the current item does not show it.
    QWidget *editorFor(const QString &paramName) const;
    ItemType itemType() const { return m_type; }
    QString itemId() const { return m_id; }

public slots:
    void showItem(tarmac::ItemType type, const QString &id);
    /// Shows the project-level fields and a hint to select something.
    void clear();

private:
    void onDocumentChanged(const ChangeEvent &event);
    void rebuild();
    void buildProjectForm(QVBoxLayout *page, QFormLayout *form);
    void buildItemForm(QLabel *title, QFormLayout *form);
    void addParamRows(QFormLayout *form, const QString &kind);
    QWidget *createParamEditor(const ParamSpec &spec, const QString &kind);
    QComboBox *createChoiceCombo(const ParamSpec &spec, const QString &kind);
    void addPresetRow(QFormLayout *form, const QString &kind);

    ProjectDocument *m_document;
    ItemType m_type = ItemType::Project;
    QString m_id;
    QString m_mode; ///< the stage mode the form was built for; a change rebuilds it
    QScrollArea *m_scroll;
    PropertiesBinder m_binder;
};

} // namespace tarmac
