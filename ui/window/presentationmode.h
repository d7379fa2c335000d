#pragma once

#include "engine/result.h"
#include "model/quantity.h"

#include <QByteArray>
#include <QFrame>
#include <QObject>
#include <QPointF>
#include <functional>

class QLabel;
class QMainWindow;

namespace tarmac {

class CanvasView;
class LiveEngine;
class ProjectDocument;

/// View → Presentation (F5), for a workshop at a projector: the canvas alone, full screen, at
/// 160 % (card text 1.6 times its desk size), with a findings ticker along the bottom. Space,
/// Page Down or → step to the next finding, centring and selecting its item; Backspace,
/// Page Up or ← go back; Esc or F5 leaves and puts every dock, the menu bar, the window
/// state and the zoom back as they were.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    /// Zoom while presenting: card titles of 9.5 pt are drawn at about 15 pt.
    static constexpr qreal kZoom = 1.6;

    PresentationMode(QMainWindow *window, CanvasView *view, const ProjectDocument *document,
                     const LiveEngine *engine, std::function<void(const QString &)> reveal);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    void setUnits(UnitSystem units) { m_units = units; }
    /// The finding shown, 0-based (-1: none, the project has no findings).
    int current() const { return m_current; }
    int findingCount() const { return int(m_order.size()); }
    QLabel *ticker() const { return m_ticker; }

public slots:
    void enter();
    void leave();
    void toggle();
    void next();
    void previous();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(int index);
    void placeTicker();
    void centreCurrent();
    void refreshOrder();

    QMainWindow *m_window;
    CanvasView *m_view;
    const ProjectDocument *m_document;
    const LiveEngine *m_engine;
    std::function<void(const QString &)> m_reveal;
    UnitSystem m_units = UnitSystem::SI;
    QLabel *m_ticker;
    bool m_active = false;
    std::vector<size_t> m_order; ///< indexes into the result's findings, errors first
    int m_current = -1;
    // What leaving restores.
    QByteArray m_dockState;
    Qt::WindowStates m_windowState;
    bool m_menuBarShown = true, m_statusBarShown = true;
    qreal m_zoom = 1;
    QPointF m_centre;
    struct {
        QFrame::Shape frame = QFrame::StyledPanel;
        Qt::ScrollBarPolicy horizontal = Qt::ScrollBarAsNeeded, vertical = Qt::ScrollBarAsNeeded;
    } m_viewChrome;
};

} // namespace tarmac
