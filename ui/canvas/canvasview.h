#pragma once

#include <QGraphicsView>
#include <optional>

namespace tarmac {

class CanvasNavigator;
class CanvasScene;

/// The board: zoom with Ctrl+wheel, pan with the middle button or Space+drag, rubber-band
/// selection, palette entries dropped onto it.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);
    CanvasScene *canvas() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    CanvasNavigator *navigator() const { return m_navigator; }
    void setShowGrid(bool on);
    bool showGrid() const { return m_showGrid; }

    /// Selects the next (or previous) item in reading order and shows it; false when the
    /// selection already is the last (first) item, or there are none.
    bool selectAdjacentItem(bool next, bool wrap = true);

public slots:
    void zoomIn();
    void zoomOut();
    /// Shows the whole design, or, when it is too large to read whole (kLegibleZoom), the part
    /// with the most serious findings at the lowest legible zoom.
    void zoomToFit();
    void resetZoom();
    void setZoom(qreal factor);

signals:
    void zoomChanged(qreal factor);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// Tab and Shift+Tab walk the items in reading order and leave the canvas after the last
    /// (before the first); Ctrl+Tab leaves at once. Handled before QGraphicsView hands Tab to
    /// the scene, whose focus chain over the items would never let go.
    bool event(QEvent *event) override;

private:
    /// zoomToFit's zoom and centre, before the map is brought up to date.
    void fitWithoutMap();
    /// The centre of the `window`-sized scene area holding the most serious findings, if any.
    std::optional<QPointF> busiestRegion(const QSizeF &window) const;

    CanvasScene *m_scene;
    CanvasNavigator *m_navigator;
    bool m_showGrid = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace tarmac
