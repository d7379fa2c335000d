#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace tarmac {

/// Writes or edits one decision note: what it is on, the text, and who wrote it. OK stays
/// disabled while the text is blank: an empty note records nothing.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString &targetName, const QString &text, const QString &author,
               QWidget *parent = nullptr);
    QString text() const;
    QString author() const;
    /// Who writes notes on this machine unless they say otherwise: the last author given, else
    /// the login name.
    static QString defaultAuthor();
    static void rememberAuthor(const QString &author);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_author;
};

} // namespace tarmac
