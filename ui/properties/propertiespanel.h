#pragma once

#include "model/paramschema.h"
#include "model/projectdocument.h"

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
/// through undo commands, and follows the document when it changes from elsewhere.
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

    void refresh();
    void refreshEditor(const QString &key, QWidget *editor);
    void refreshParamEditor(const ParamSpec &spec, QWidget *editor);
    void refreshPresets(QComboBox *combo);
    void refreshChoices(const QString &key, QComboBox *combo);
    bool isBeingTypedIn(QWidget *editor) const;

    void commitNumber(const ParamSpec &spec, QLineEdit *editor, const QString &text);
    void commitProtection(const ParamSpec &spec, QComboBox *combo, const QString &text);
    void pushParam(QWidget *editor, const QString &name, const std::optional<ParamValue> &value);
    bool continuesSession(const QString &name) const;
    void revertSession(QWidget *editor, const QString &name);
    void pushProjectInfo(QWidget *editor);
    void applyPreset(const QString &key, const QString &presetId);
    void setError(QWidget *editor, const QString &error, const QString &normalToolTip);

    bool itemExists() const;
    QString itemKind() const;
    QString currentMode() const;
    const std::vector<ParamSpec> &itemSpecs() const;
    std::optional<ParamValue> value(const QString &name) const;

    ProjectDocument *m_document;
    ItemType m_type = ItemType::Project;
    QString m_id;
    QString m_mode; ///< the stage mode the form was built for; a change rebuilds it
    QScrollArea *m_scroll;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, const ParamSpec *> m_specs; ///< shown parameters; point into ParamSchema
    /// Typing in one field, from its first pushed keystroke until it loses the focus or
    /// anything else lands on the undo stack: invalid text reverts to `before`.
    struct EditSession {
        QString id, name;
        std::optional<ParamValue> before;
        quint64 revision = 0; ///< document revision right after the session's last push
        quint64 session = 0;  ///< the SetParameter merge session of this visit to the field
    };
    EditSession m_session;
    QWidget *m_editing = nullptr; ///< the editor whose edit is being pushed: never refreshed
    bool m_refreshing = false;    ///< programmatic updates must not push commands
};

} // namespace tarmac
