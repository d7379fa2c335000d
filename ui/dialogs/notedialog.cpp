#include "notedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

namespace tarmac {
namespace {

const char *const kAuthorKey = "notes/author";

} // namespace

NoteDialog::NoteDialog(const QString &targetName, const QString &text, const QString &author,
                       QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(text, this))
    , m_author(new QLineEdit(author, this))
{
    setWindowTitle(text.isEmpty() ? tr("Add Note") : tr("Edit Note"));
    setObjectName(QStringLiteral("noteDialog"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setPlaceholderText(
        tr("What was decided and why, e.g. \"NFS over Lustre: the corpus is read once per epoch "
           "at 2.4 GB/s\""));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(460, 140);
    m_author->setObjectName(QStringLiteral("noteAuthor"));
    m_author->setAccessibleName(tr("Author"));
    // A note keeps who wrote it; an edit changes what it says.
    m_author->setReadOnly(!text.isEmpty());

    auto *on = new QLabel(targetName, this);
    on->setObjectName(QStringLiteral("noteTarget"));
    on->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    // Ctrl+Enter accepts from inside the text, where Enter starts a new line (the text
    // edit would take the key before any shortcut saw it).
    ok->setToolTip(tr("Ctrl+Enter"));
    m_text->installEventFilter(this);
    const auto updateOk = [this, ok] {
        ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("On:"), on);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(buttons);
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

bool NoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (!text().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString NoteDialog::author() const
{
    return m_author->text().trimmed();
}

QString NoteDialog::defaultAuthor()
{
    // An author cleared on purpose stays cleared: only a machine that never gave one gets
    // the login name.
    const QSettings settings;
    if (settings.contains(QLatin1StringView(kAuthorKey)))
        return settings.value(QLatin1StringView(kAuthorKey)).toString();
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName(); // a container may set none of them
}

void NoteDialog::rememberAuthor(const QString &author)
{
    QSettings().setValue(QLatin1StringView(kAuthorKey), author);
}

} // namespace tarmac
