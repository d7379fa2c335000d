#pragma once

#include <QGraphicsView>

namespace tarmac {

class CanvasScene;

/// The board: zoom with Ctrl+wheel, pan with the middle button or Space+drag, rubber-band
/// selection, palette entries dropped onto it.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);
    CanvasScene *canvas() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setShowGrid(bool on);
    bool showGrid() const { return m_showGrid; }

    /// Selects the next (or previous) item in reading order and shows it.
    void selectAdjacentItem(bool next);

public slots:
    void zoomIn();
    void zoomOut();
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
    /// Tab and Shift+Tab walk through the items (reading order) so the board works without a
    /// mouse; Ctrl+Tab leaves the canvas, as in Qt's text editors.
    bool focusNextPrevChild(bool next) override;

private:
    CanvasScene *m_scene;
    bool m_showGrid = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace tarmac
