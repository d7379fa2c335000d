#pragma once

#include "model/projectdocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace tarmac {

/// "Arrange": lays the canvas out with Graphviz in a worker thread (the window stays
/// responsive, with a progress dialog and Cancel) and applies the result as one undoable move.
class ArrangeController : public QObject {
    Q_OBJECT
public:
    ArrangeController(ProjectDocument *document, QWidget *window);
    ~ArrangeController() override;
    bool isRunning() const;

public slots:
    void start();
    void cancel();

signals:
    /// Finished: applied (true) or cancelled / nothing to do (false).
    void finished(bool applied);

private:
    void onFinished();

    ProjectDocument *m_document;
    QWidget *m_window;
    QFutureWatcher<QMap<QString, Placement>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QProgressDialog *m_progress = nullptr;
    quint64 m_revision = 0; // document revision when started: edits meanwhile make it stale
};

} // namespace tarmac
