#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace tarmac {

class CanvasView;

/// A small map of the whole design in the corner of the canvas, with the visible part
/// outlined: shown whenever the design is larger than the view. Clicking or dragging in it
/// moves the view there. Its picture is redrawn a moment after the scene changes, not on
/// every change.
class CanvasNavigator : public QWidget {
    Q_OBJECT
public:
    explicit CanvasNavigator(CanvasView *view);
    /// Scene rectangle the map shows (every item, with a margin).
    QRectF sceneArea() const { return m_area; }
    /// Where a point of the map lies in the scene.
    QPointF toScene(const QPointF &mapPoint) const;
    /// Re-reads the scene now instead of after the settle delay.
    void refresh();
    /// Follows the view's size, zoom and scroll: placed in its corner, shown only when the
    /// design does not fit the view.
    void reposition();
    /// Kept hidden while `suppressed` (presentation mode: its ticker holds that corner).
    void setSuppressed(bool suppressed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF mapRect() const;

    CanvasView *m_view;
    QRectF m_area;
    QPixmap m_picture;
    QTimer m_settle;
    bool m_suppressed = false;
};

} // namespace tarmac
