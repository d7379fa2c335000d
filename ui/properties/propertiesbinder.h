#pragma once

#include "model/paramschema.h"
#include "model/projectdocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QScopedValueRollback>
#include <QTimer>
#include <optional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace tarmac {

/// Keeps the editors of one item in step with the document, and turns their edits into undo
/// commands: the half of the properties that knows the document, not the layout. The form
/// (PropertiesPanel) creates the editors, registers them here and calls the commit functions
/// from their signals.
///
/// Typing in one field is one session, from its first pushed keystroke until the field loses
/// the focus or anything else lands on the undo stack: edits merge into one undo step, and text
/// that ends up invalid reverts to what the field held before.
class PropertiesBinder {
    Q_DECLARE_TR_FUNCTIONS(tarmac::PropertiesPanel) // one translation context with the form

public:
    explicit PropertiesBinder(ProjectDocument *document);

    /// The item the editors are about (the project when `type` is Project).
    void setItem(ItemType type, const QString &id)
    {
        m_type = type;
        m_id = id;
    }
    /// Forgets every editor and the session: a new form is about to be built.
    void clearEditors();
    ItemType type() const { return m_type; }
    QString id() const { return m_id; }

    void addEditor(const QString &key, QWidget *editor, const ParamSpec *spec = nullptr);
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    const QHash<QString, QWidget *> &editors() const { return m_editors; }

    bool itemExists() const;
    QString itemKind() const;
    /// The stage's mode as the document has it (or its default); empty for other items.
    QString currentMode() const;
    const std::vector<ParamSpec> &itemSpecs() const;
    std::optional<ParamValue> value(const QString &name) const;

    /// Shows the document's values in every editor but the one being typed in.
    void refresh();
    /// Shows the stored value of one parameter in its editor (leaving a field shows it again).
    void refreshParamEditor(const ParamSpec &spec, QWidget *editor);
    /// True while refresh() writes into the editors: their change signals are not edits.
    bool refreshing() const { return m_refreshing; }
    /// Marks `editor` as the one whose edit is being pushed, until the guard goes: the change
    /// events of that push must not write into it.
    [[nodiscard]] QScopedValueRollback<QWidget *> editing(QWidget *editor)
    {
        return QScopedValueRollback<QWidget *>(m_editing, editor);
    }
    /// A later edit of this field starts a new undo step from what it holds now.
    void endSession() { m_session = {}; }

    /// Checks typed text at once and pushes it — at once when it is complete, after
    /// kSettleMilliseconds when it is a bare number that a suffix may still follow ("70" on the
    /// way to "70B"), so that a half-typed value never flashes a 603,000 % error.
    void commitNumber(const ParamSpec &spec, QLineEdit *editor, const QString &text);
    /// Pushes a number waiting to settle now (Enter, leaving the field, another item).
    void flushPending();
    static constexpr int kSettleMilliseconds = 700;
    void commitProtection(const ParamSpec &spec, QComboBox *combo, const QString &text);
    void pushParam(QWidget *editor, const QString &name, const std::optional<ParamValue> &value);
    void pushProjectInfo(QWidget *editor);
    void applyPreset(const QString &key, const QString &presetId);
    void setError(QWidget *editor, const QString &error, const QString &normalToolTip);

private:
    void refreshEditor(const QString &key, QWidget *editor);
    void refreshPresets(QComboBox *combo);
    void refreshChoices(const QString &key, QComboBox *combo);
    bool isBeingTypedIn(QWidget *editor) const;
    bool continuesSession(const QString &name) const;
    void revertSession(QWidget *editor, const QString &name);

    ProjectDocument *m_document;
    ItemType m_type = ItemType::Project;
    QString m_id;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, const ParamSpec *> m_specs; ///< shown parameters; point into the registry
    struct EditSession {
        QString id, name;
        std::optional<ParamValue> before;
        quint64 revision = 0; ///< document revision right after the session's last push
        quint64 session = 0;  ///< the SetParameter merge session of this visit to the field
    };
    EditSession m_session;
    QWidget *m_editing = nullptr; ///< the editor whose edit is being pushed: never refreshed
    bool m_refreshing = false;    ///< programmatic updates must not push commands
    struct PendingNumber {
        QPointer<QLineEdit> editor;
        QString name;
        ParamValue value;
    };
    std::optional<PendingNumber> m_pending;
    QTimer m_settle;
};

} // namespace tarmac
