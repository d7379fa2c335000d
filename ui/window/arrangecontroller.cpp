#include "arrangecontroller.h"

#include "commands/commands.h"
#include "diagram/diagram.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace tarmac {

ArrangeController::ArrangeController(ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ArrangeController::onFinished);
}

ArrangeController::~ArrangeController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
}

bool ArrangeController::isRunning() const
{
    return m_watcher.isRunning();
}

void ArrangeController::start()
{
    if (isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_revision = m_document->revision(); // any edit, undo or redo meanwhile makes the result stale
    const Project snapshot = m_document->project(); // the worker never touches the document
    auto cancelled = m_cancelled;
    m_watcher.setFuture(QtConcurrent::run(
        [snapshot, cancelled] { return arrangePlacements(snapshot, cancelled.get()); }));
    m_progress = new QProgressDialog(tr("Arranging the canvas with Graphviz\u2026"), tr("Cancel"),
                                     0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("arrangeProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, &ArrangeController::cancel);
}

void ArrangeController::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ArrangeController::onFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QMap<QString, Placement> placements = m_watcher.result();
    const bool stale = m_document->revision() != m_revision;
    if (m_cancelled->load() || placements.isEmpty() || stale) {
        emit finished(false);
        return;
    }
    // Cards move; zones move and take the size that holds what they contain.
    QMap<QString, Placement> to;
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        if (m_document->index().contains(it.key()))
            to.insert(it.key(), *it);
    }
    m_document->undoStack()->push(new MoveItems(m_document, to, 0, tr("Arrange")));
    emit finished(true);
}

} // namespace tarmac
