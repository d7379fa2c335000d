#pragma once

#include "engine/result.h"
#include "model/projectdocument.h"

#include <QGraphicsObject>
#include <QGraphicsPathItem>
#include <QStaticText>

class QFontMetrics;

namespace tarmac {

/// The card title's size at 100 %, in points of the scene.
inline constexpr qreal kTitlePointSize = 9.5;
/// The smallest a name may be on screen, in points: what a room reads off a projector.
inline constexpr qreal kLegiblePointSize = 9;
/// Below this zoom a card drops its kind line and draws its title larger, so that the title
/// stays kLegiblePointSize on screen (titlePointSize).
inline constexpr double kDetailZoom = 0.9;
/// The largest title two lines of a card hold.
inline constexpr qreal kMaxTitlePointSize = 22;
/// The lowest zoom at which a card's title is still kLegiblePointSize on screen: fit-to-view
/// never goes below it (a design larger than that gets the navigator).
inline constexpr double kLegibleZoom = kLegiblePointSize / kMaxTitlePointSize;

/// Below this zoom edges draw no role or dataset label.
inline constexpr double kEdgeLabelZoom = 0.6;

/// `text` on at most `maxLines` lines of `width`, broken at `separator` (between words, or
/// between the " · " parts of a card's figures); the last line elided.
QStringList wrapLines(const QFontMetrics &metrics, const QString &text, qreal width, int maxLines,
                      const QString &separator);

/// The size in scene points a card draws its title at when shown at `zoom`.
qreal titlePointSize(qreal zoom);

/// Roles of the small handles on nodes that start a connection drag.
enum class PortKind { FlowOut, Connector, LinkOut };

/// Worst severity of the findings about an item; "ok" when there are none.
enum class Status { Ok, Info, Warning, Error };

/// A handle on a node: dragging from it draws a flow, a binding or a link.
class PortItem : public QGraphicsEllipseItem {
public:
    PortItem(PortKind kind, QGraphicsItem *parent);
    PortKind kind() const { return m_kind; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    enum { Type = UserType + 10 };
    int type() const override { return Type; }

private:
    PortKind m_kind;
};

/// Stage or component on the canvas: title, kind, key figures and a status badge.
class NodeItem : public QGraphicsObject {
    Q_OBJECT
public:
    static constexpr qreal kWidth = 210;
    static constexpr qreal kHeight = 76;

    NodeItem(ItemType type, const QString &id, QGraphicsItem *parent = nullptr);
    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    ItemType itemType() const { return m_type; }
    QString id() const { return m_id; }
    QString kind() const { return m_kind; }
    /// The kind as people read it ("GPU cluster"), from the kind registry.
    QString kindLabel() const { return m_kindLabel; }
    QString title() const { return m_title; }

    void setContent(const QString &title, const QString &kind);
    /// Who owns the stage (its persona id): a dot in that person's colour before the kind,
    /// and their title after it.
    void setPersona(const QString &persona);
    QString persona() const { return m_persona; }
    void setFigures(const QString &figures, Status status, const QString &findingsText);
    Status status() const { return m_status; }
    QString figures() const { return m_figures; }
    /// The findings as plain text, one per line (the tooltip shows them as rich text).
    QString findingsText() const { return m_findingsText; }
    /// The figures as the card draws them at 100 %: at most two lines, broken between parts.
    QStringList figureLines(const QFontMetrics &metrics) const;
    static constexpr qreal kFiguresWidth = kWidth - 24; ///< from the accent band to the edge
    /// Highlight while a connection is dragged over it: fits (green) or refused (red).
    void setDropHint(int hint); // 0 none, 1 fits, -1 refused
    QPointF portPosition(PortKind kind) const;
    /// The middle of the card in scene coordinates (what decides which zone it is in).
    QPointF cardCentre() const { return mapToScene(QPointF(kWidth / 2, kHeight / 2)); }
    /// Zoomed far out the card is a box in its kind's colour with a status square: the colours
    /// the overview (canvasoverview.h) draws it in, identical to paint() at that zoom.
    QColor overviewFill() const;
    QColor overviewStatus() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void geometryChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// The title (and figures) as drawn zoomed out, laid out for one point size.
    struct ZoomedTitle {
        qreal points = -1;
        qreal lineSpacing = 0;
        int titleLines = 0;
        QList<QStaticText> lines;
    };
    void layOutZoomedTitle(QFont font, qreal points, qreal badgeSize) const;

    ItemType m_type;
    QString m_id, m_kind, m_kindLabel, m_title, m_figures, m_persona, m_findingsText;
    mutable ZoomedTitle m_zoomedTitle;
    Status m_status = Status::Ok;
    int m_dropHint = 0;
};

/// A site or rack: a resizable container; moving it moves what it holds.
class ZoneItem : public QGraphicsObject {
    Q_OBJECT
public:
    ZoneItem(const QString &id, QGraphicsItem *parent = nullptr);
    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString title() const { return m_title; }
    /// "Site" or "Rack", in the user's language.
    QString kindLabel() const;
    void setContent(const QString &title, const QString &kind);
    /// While an item is dragged: 1 it will move into this zone, -1 it will leave it, 0 none.
    void setDropHint(int hint);
    int dropHint() const { return m_dropHint; }
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// The bottom-right handle that resizes the zone.
    QRectF resizeHandle() const;

signals:
    void geometryChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id, m_title, m_kind;
    QSizeF m_size{400, 240};
    int m_dropHint = 0;
};

/// A flow (arrow), a binding (dashed, with its role) or a link (dotted) between two nodes.
class EdgeItem : public QGraphicsPathItem {
public:
    EdgeItem(ItemType type, const QString &key, NodeItem *from, NodeItem *to, const QString &label);
    enum { Type = UserType + 3 };
    int type() const override { return Type; }
    ItemType itemType() const { return m_type; }
    QString key() const { return m_key; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void updatePath();
    /// Zoomed far out an edge is a hairline between its ends, in this colour.
    QLineF chord() const;
    /// The middle of the curve (where a note's pin sits).
    QPointF midpoint() const { return m_mid; }
    QColor overviewColor() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ItemType m_type;
    QString m_key, m_label;
    NodeItem *m_from;
    NodeItem *m_to;
    QPolygonF m_arrow;
    QPointF m_mid;
    QRectF m_bounds; ///< set with the path: what boundingRect() returns
};

} // namespace tarmac
