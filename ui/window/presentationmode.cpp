#include "presentationmode.h"

#include "canvas/canvasnavigator.h"
#include "canvas/canvasview.h"
#include "engine/findingformat.h"
#include "engine/liveengine.h"
#include "model/projectdocument.h"
#include "panels/findingsmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

namespace tarmac {
namespace {

int rank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2;
}

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, CanvasView *view,
                                   const ProjectDocument *document, const LiveEngine *engine,
                                   std::function<void(const QString &)> reveal)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_document(document)
    , m_engine(engine)
    , m_reveal(std::move(reveal))
    , m_ticker(new QLabel(view))
{
    m_ticker->setObjectName(QStringLiteral("presentationTicker"));
    m_ticker->setWordWrap(true);
    m_ticker->setTextFormat(Qt::PlainText);
    // Light on dark and large: read from the back of the room, over any canvas colour and
    // in either theme (a style sheet, which the application palette cannot override).
    m_ticker->setStyleSheet(
        QStringLiteral("QLabel { background: #1f2630; color: #ffffff; padding: 14px; }"));
    m_ticker->hide();
    connect(engine, &LiveEngine::resultChanged, this, [this] {
        if (!m_active)
            return;
        refreshOrder();
        show(std::min(m_current, findingCount() - 1));
    });
}

PresentationMode::~PresentationMode()
{
    if (m_active)
        qApp->removeEventFilter(this);
}

void PresentationMode::toggle()
{
    m_active ? leave() : enter();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_dockState = m_window->saveState();
    m_windowState = m_window->windowState();
    m_menuBarShown = m_window->menuBar()->isVisible();
    m_statusBarShown = m_window->statusBar()->isVisible();
    m_zoom = m_view->zoom();
    m_centre = m_view->mapToScene(m_view->viewport()->rect().center());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->hide();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        bar->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    // Edge to edge: no frame, no scroll bars (the keys and the ticker do the navigating).
    m_viewChrome = {m_view->frameShape(), m_view->horizontalScrollBarPolicy(),
                    m_view->verticalScrollBarPolicy()};
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setZoom(kZoom);
    m_view->navigator()->setSuppressed(true); // the ticker holds the bottom edge
    qApp->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    QFont font = m_view->font(); // not the ticker's own: entering again must not grow it
    font.setPointSizeF(std::max(20.0, font.pointSizeF() * 1.8));
    m_ticker->setFont(font);
    m_ticker->show();
    m_ticker->raise();
    refreshOrder();
    show(findingCount() > 0 ? 0 : -1);
    m_view->setFocus(Qt::OtherFocusReason);
    emit activeChanged(true);
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    m_view->viewport()->removeEventFilter(this);
    m_ticker->hide();
    m_view->setFrameShape(m_viewChrome.frame);
    m_view->setHorizontalScrollBarPolicy(m_viewChrome.horizontal);
    m_view->setVerticalScrollBarPolicy(m_viewChrome.vertical);
    m_window->setWindowState(m_windowState);
    m_window->menuBar()->setVisible(m_menuBarShown);
    m_window->statusBar()->setVisible(m_statusBarShown);
    m_window->restoreState(m_dockState);
    m_view->setZoom(m_zoom);
    m_view->centerOn(m_centre);
    m_view->navigator()->setSuppressed(false);
    emit activeChanged(false);
}

void PresentationMode::refreshOrder()
{
    const std::vector<Finding> &findings = m_engine->result().findings;
    m_order.resize(findings.size());
    for (size_t i = 0; i < findings.size(); ++i)
        m_order[i] = i;
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        return rank(findings[a].severity) < rank(findings[b].severity);
    });
}

void PresentationMode::next()
{
    if (findingCount() > 0)
        show((m_current + 1) % findingCount());
}

void PresentationMode::previous()
{
    if (findingCount() > 0)
        show((m_current - 1 + findingCount()) % findingCount());
}

void PresentationMode::show(int index)
{
    m_current = index;
    if (index < 0) {
        m_ticker->setText(tr("No findings: every demand fits its capacity with headroom."));
        placeTicker();
        return;
    }
    const Finding &f = m_engine->result().findings[m_order[size_t(index)]];
    const FindingFormatter words(m_document->project(), m_units);
    QString text =
        tr("%1 of %2 \u00b7 %3: %4\n%5")
            .arg(index + 1)
            .arg(findingCount())
            .arg(FindingsModel::severityText(f.severity), words.message(f), words.hint(f));
    // What the room already decided about it, so that the question is not opened again.
    for (const Note &note : m_document->project().notes) {
        if (!note.target.isEmpty() &&
            (note.target == f.stage || note.target == f.component || note.target == f.flow))
            text += u'\n' + tr("Decided: %1").arg(note.text.section(u'\n', 0, 0));
    }
    m_ticker->setText(text);
    placeTicker();
    centreCurrent();
}

void PresentationMode::centreCurrent()
{
    if (m_current < 0)
        return;
    const QString id = m_engine->result().findings[m_order[size_t(m_current)]].itemId();
    if (id.isEmpty())
        return;
    m_reveal(id); // selects it and scrolls it into view
    // Then centred in what the ticker leaves of the screen.
    QRectF selected;
    for (const QGraphicsItem *item : m_view->scene()->selectedItems())
        selected |= item->sceneBoundingRect();
    if (!selected.isEmpty())
        m_view->centerOn(selected.center() + QPointF(0, m_ticker->height() / 2.0 / m_view->zoom()));
}

void PresentationMode::placeTicker()
{
    const QRect area = m_view->viewport()->geometry();
    const int height = m_ticker->heightForWidth(area.width());
    m_ticker->setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        // Going full screen resizes the view after entering: centre again on the new size.
        placeTicker();
        centreCurrent();
        return false;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    // Only this window's keys: a dialog opened while presenting keeps its own.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    void (PresentationMode::*step)() = nullptr;
    switch (key->key()) {
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
        step = &PresentationMode::next;
        break;
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
        step = &PresentationMode::previous;
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        step = &PresentationMode::leave;
        break;
    default:
        return false;
    }
    // Claim the key before any shortcut or the canvas (Space pans, arrows move items).
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (!key->isAutoRepeat() || step != &PresentationMode::leave)
        (this->*step)();
    return true;
}

} // namespace tarmac
