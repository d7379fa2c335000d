#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace tarmac {

class MainWindow;

/// The guided walk over the example: a callout beside the real widget each step is about
/// (palette, a flow, a binding, properties, a finding, a chart, the views, export), with a
/// frame around it. Next / Back / Skip, or Right, Left and Esc. Finishing or skipping marks
/// it done, and Tarmac never starts it on its own again (Help → Take the Tour still does).
class Tour : public QObject {
    Q_OBJECT
public:
    struct Step {
        QString title, text;
        /// Gets the window ready (selects a flow, opens the charts) and returns the widget
        /// the step is about and the part of it to frame (empty: all of it).
        std::function<std::pair<QWidget *, QRect>()> prepare;
    };

    explicit Tour(MainWindow *window);
    ~Tour() override;

    /// Opens the example as an untitled project and shows the first step.
    void start();
    bool isRunning() const { return m_current >= 0; }
    int stepCount() const { return int(m_steps.size()); }
    int currentStep() const { return m_current; }
    const Step &step(int index) const { return m_steps[size_t(index)]; }
    /// What the current step frames, in the window's coordinates.
    QRect framedRect() const { return m_framed; }
    QWidget *callout() const { return m_callout; }

    /// Whether the tour was finished or skipped on this machine.
    static bool isDone();
    static void setDone(bool done);

public slots:
    void next();
    void back();
    /// Leaves the tour (Esc, Skip); it counts as done.
    void skip();

signals:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(int index);
    void place();
    void end();

    MainWindow *m_window;
    std::vector<Step> m_steps;
    int m_current = -1;
    QPointer<QWidget> m_target;
    QRect m_targetPart;
    QRect m_framed;
    QByteArray m_dockState; ///< the panels as they were: put back when the tour ends
    QWidget *m_callout = nullptr;
    QWidget *m_frame = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace tarmac
