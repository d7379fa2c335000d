#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tarmac {

/// What a newcomer sees with no project open (start without a file, File → New): a blank
/// project, the bundled templates and the example, each with a thumbnail drawn from the
/// project itself, and the recent projects. Arrow keys move within a list, Tab between them,
/// Enter opens.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    /// Re-reads the recent files and draws their thumbnails (on every showing); the
    /// templates' are drawn on the first.
    void refresh(const QStringList &recentFiles);
    QListWidget *templates() const { return m_templates; }
    QListWidget *recent() const { return m_recent; }
    QPushButton *tourButton() const { return m_tour; }

signals:
    void templateRequested(const QString &name);
    void fileRequested(const QString &path);
    void tourRequested();

private:
    void activated(QListWidgetItem *item);

    QListWidget *m_templates;
    QListWidget *m_recent;
    QLabel *m_recentHeading = nullptr;
    QPushButton *m_tour = nullptr;
};

} // namespace tarmac
