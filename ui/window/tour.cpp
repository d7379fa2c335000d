#include "tour.h"

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "charts/chartspanel.h"
#include "mainwindow.h"
#include "panels/findingsmodel.h"
#include "panels/palette.h"
#include "presentationmode.h"
#include "properties/propertiespanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFrame>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tarmac {
namespace {

const char *const kDoneKey = "tour/done";

QDockWidget *dock(MainWindow *window, const char *name)
{
    return window->findChild<QDockWidget *>(QLatin1StringView(name));
}

// Raises a dock (it may be a hidden tab) and gives it back as the step's widget.
std::pair<QWidget *, QRect> showDock(MainWindow *window, const char *name)
{
    QDockWidget *d = dock(window, name);
    if (!d)
        return {window->canvasView(), {}};
    d->show();
    d->raise();
    return {d, {}};
}

// Selects a canvas item, scrolls it into view and frames it (in the view's coordinates).
std::pair<QWidget *, QRect> showItem(MainWindow *window, const QString &id)
{
    window->revealItem(id);
    CanvasScene *scene = window->canvasScene();
    CanvasView *view = window->canvasView();
    const QGraphicsItem *item = scene->node(id);
    if (!item)
        item = scene->edge(id);
    if (!item)
        return {view, {}};
    const QRect inView = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    return {view->viewport(), inView.adjusted(-8, -8, 8, 8)};
}

} // namespace

Tour::Tour(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // Steps over the example (llm-platform): the ids below are its own.
    m_steps = {
        {tr("The canvas"),
         tr("This is the example: an LLM fine-tuning and serving platform on vSphere. Lifecycle "
            "stages are on top, the infrastructure they run on below, in its site and racks. "
            "Every card shows what the engine computed for it."),
         [this] {
             return std::pair<QWidget *, QRect>{m_window->canvasView(), {}};
         }},
        {tr("The palette"),
         tr("Drag a lifecycle stage or a piece of infrastructure from here onto the canvas, or "
            "select one and press Enter. Everything you add can be undone with Ctrl+Z."),
         [this] { return showDock(m_window, "paletteDock"); }},
        {tr("A data flow"),
         tr("Arrows are datasets moving between stages: this one carries the tokenized corpus to "
            "training. Its size, versions kept and growth decide what the storage must hold. "
            "Draw one by dragging from a stage's solid handle to another stage."),
         [this] { return showItem(m_window, QStringLiteral("corpus")); }},
        {tr("A binding"),
         tr("Dashed lines bind a stage to what it runs on, in a role: here training computes on "
            "the H100 hosts. Drag from a stage's hollow handle to a cluster or a storage system."),
         [this] { return showItem(m_window, QStringLiteral("train|gpu|compute")); }},
        {tr("Properties"),
         tr("The selected item's parameters, with units: \"70B\", \"4 TB\", \"25 Gb/s\". Change "
            "one and every figure and finding follows at once."),
         [this] {
             m_window->revealItem(QStringLiteral("train"));
             return showDock(m_window, "propertiesDock");
         }},
        {tr("A finding"),
         tr("The engine checks every demand against what its component delivers and explains "
            "each shortfall, with the numbers and a hint. Double-click a finding to see its "
            "item; F5 presents them one by one to the room."),
         [this] {
             auto shown = showDock(m_window, "findingsDock");
             if (auto *table = shown.first->findChild<QTableView *>()) {
                 if (table->model() && table->model()->rowCount() > 0) {
                     table->selectRow(0);
                     shown = {table, table->visualRect(table->model()->index(0, 0))
                                         .united(table->visualRect(table->model()->index(
                                             0, table->model()->columnCount() - 1)))};
                     shown.second = shown.second.translated(table->viewport()->pos());
                 }
             }
             return shown;
         }},
        {tr("A chart"),
         tr("Charts show demand against capacity per component, storage growth over the horizon, "
            "what each stage needs and the bandwidth of every flow (View \u2192 Charts, "
            "Ctrl+Shift+H)."),
         [this] {
             QDockWidget *charts = dock(m_window, "chartsDock");
             if (charts && !charts->isVisible())
                 charts->toggleViewAction()->trigger();
             return showDock(m_window, "chartsDock");
         }},
        {tr("Views for each side of the room"),
         tr("Mapping (Ctrl+Alt+1) shows both sides; Data Science (Ctrl+Alt+2) only the stages "
            "and flows, in model and dataset terms; Infrastructure (Ctrl+Alt+3) only the "
            "components, with the demand on each and where it comes from."),
         [this] {
             auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("personaToolBar"));
             if (bar)
                 return std::pair<QWidget *, QRect>{bar, {}};
             return std::pair<QWidget *, QRect>{m_window->canvasView(), {}};
         }},
        {tr("Into the design document"),
         tr("File \u2192 Export Diagram (Ctrl+E) writes SVG, PNG, PDF, draw.io or Mermaid; Export "
            "Report (Ctrl+Shift+E) a report in HTML, PDF, Markdown or Word with every "
            "requirement, finding and decision. Notes (Ctrl+Alt+M) record what the room "
            "decided. That is the tour: start from a template with File \u2192 New."),
         [this] {
             QDockWidget *charts = dock(m_window, "chartsDock");
             if (charts && charts->isVisible())
                 charts->hide();
             QMenuBar *bar = m_window->menuBar();
             const QList<QAction *> menus = bar->actions();
             return std::pair<QWidget *, QRect>{
                 bar, menus.isEmpty() ? QRect() : bar->actionGeometry(menus.first())};
         }},
    };

    // The frame around the widget: drawn over it, never in the way of the pointer.
    m_frame = new QWidget(window);
    m_frame->setObjectName(QStringLiteral("tourFrame"));
    m_frame->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_frame->setStyleSheet(QStringLiteral(
        "#tourFrame { border: 3px solid #e8a317; border-radius: 6px; background: transparent; }"));
    m_frame->hide();

    m_callout = new QFrame(window);
    m_callout->setObjectName(QStringLiteral("tourCallout"));
    m_callout->setAccessibleName(tr("Tour"));
    m_callout->setFocusPolicy(Qt::StrongFocus);
    // Dark on light whatever the theme: it must stand out from any panel it covers.
    m_callout->setStyleSheet(QStringLiteral(
        "#tourCallout { background: #fffbea; border: 2px solid #e8a317; border-radius: 8px; }"
        "#tourCallout QLabel { color: #1f2630; background: transparent; }"));
    m_title = new QLabel(m_callout);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_text = new QLabel(m_callout);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_counter = new QLabel(m_callout);
    m_back = new QPushButton(tr("Back"), m_callout);
    m_next = new QPushButton(tr("Next"), m_callout);
    m_skip = new QPushButton(tr("Skip tour"), m_callout);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_skip->setObjectName(QStringLiteral("tourSkip"));
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(m_callout);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    m_callout->setFixedWidth(420);
    m_callout->hide();
    connect(m_next, &QPushButton::clicked, this, &Tour::next);
    connect(m_back, &QPushButton::clicked, this, &Tour::back);
    connect(m_skip, &QPushButton::clicked, this, &Tour::skip);
    m_callout->installEventFilter(this);
    window->installEventFilter(this);
    // Presentation mode takes the keys and the screen: the tour steps aside for good.
    connect(window->presentation(), &PresentationMode::activeChanged, this, [this](bool on) {
        if (on && isRunning())
            end();
    });
}

Tour::~Tour() = default;

bool Tour::isDone()
{
    return QSettings().value(QLatin1StringView(kDoneKey), false).toBool();
}

void Tour::setDone(bool done)
{
    QSettings().setValue(QLatin1StringView(kDoneKey), done);
}

void Tour::start()
{
    m_window->newFromTemplate(QStringLiteral("llm-platform"));
    // Its steps point at the example's own items: without it there is nothing to show.
    if (!m_window->document()->project().stage(QStringLiteral("train")))
        return;
    if (!isRunning())
        m_dockState = m_window->saveState(); // steps open the charts and raise tabs
    show(0);
}

void Tour::next()
{
    if (m_current + 1 >= stepCount()) {
        end();
        return;
    }
    show(m_current + 1);
}

void Tour::back()
{
    if (m_current > 0)
        show(m_current - 1);
}

void Tour::skip()
{
    end();
}

void Tour::end()
{
    m_current = -1;
    m_callout->hide();
    m_frame->hide();
    m_window->restoreState(m_dockState);
    setDone(true);
    m_window->canvasView()->setFocus(Qt::OtherFocusReason);
    emit finished();
}

void Tour::show(int index)
{
    m_current = index;
    const Step &s = m_steps[size_t(index)];
    const auto [widget, part] = s.prepare();
    m_target = widget;
    m_targetPart = part;
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_counter->setText(tr("%1 of %2").arg(index + 1).arg(stepCount()));
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 == stepCount() ? tr("Finish") : tr("Next"));
    m_callout->adjustSize();
    // Layout (a dock that was just raised) settles first; then the frame finds its widget.
    QApplication::sendPostedEvents();
    place();
    m_frame->show();
    m_frame->raise();
    m_callout->show();
    m_callout->raise();
    m_callout->setFocus(Qt::OtherFocusReason);
}

void Tour::place()
{
    if (!isRunning())
        return;
    QWidget *target = m_target ? m_target.data() : m_window->canvasView();
    const QRect local = m_targetPart.isEmpty() ? target->rect() : m_targetPart;
    const QRect inWindow(target->mapTo(m_window, local.topLeft()), local.size());
    const QRect room = m_window->rect();
    m_framed = inWindow.intersected(room.adjusted(2, 2, -2, -2));
    m_frame->setGeometry(m_framed.adjusted(-3, -3, 3, 3));
    // The callout beside what it is about: right, left, below, above, whichever has room;
    // else over the target's top-left, inside the window.
    // As tall as its wrapped text needs at its fixed width (a wrapping label's size hint
    // alone is a line short).
    const int width = m_callout->width();
    QLayout *layout = m_callout->layout();
    const QSize size(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                        : m_callout->sizeHint().height());
    const int gap = 14;
    QPoint at;
    if (m_framed.right() + gap + size.width() <= room.right())
        at = QPoint(m_framed.right() + gap, m_framed.top());
    else if (m_framed.left() - gap - size.width() >= room.left())
        at = QPoint(m_framed.left() - gap - size.width(), m_framed.top());
    else if (m_framed.bottom() + gap + size.height() <= room.bottom())
        at = QPoint(m_framed.left(), m_framed.bottom() + gap);
    else if (m_framed.top() - gap - size.height() >= room.top())
        at = QPoint(m_framed.left(), m_framed.top() - gap - size.height());
    else
        at = m_framed.center() - QPoint(size.width() / 2, size.height() / 2);
    at.setX(std::clamp(at.x(), room.left() + 8,
                       std::max(room.left() + 8, room.right() - size.width() - 8)));
    at.setY(std::clamp(at.y(), room.top() + 8,
                       std::max(room.top() + 8, room.bottom() - size.height() - 8)));
    m_callout->setGeometry(QRect(at, size));
}

bool Tour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        place();
    if (watched == m_callout && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            skip();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            // On a focused button (Back, Skip) the key presses that button, elsewhere Next.
            if (auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
                button && m_callout->isAncestorOf(button)) {
                button->click();
                return true;
            }
            next();
            return true;
        case Qt::Key_Right:
            next();
            return true;
        case Qt::Key_Left:
            back();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tarmac
