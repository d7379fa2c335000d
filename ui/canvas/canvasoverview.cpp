#include "canvasoverview.h"

#include "canvasitems.h"

#include <QApplication>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QVector>
#include <algorithm>
#include <vector>

namespace tarmac {

void paintOverview(QPainter *painter, const QRectF &exposed,
                   const QHash<QString, NodeItem *> &nodes, const QHash<QString, EdgeItem *> &edges)
{
    // Clipped: Qt strokes hairlines on an unclipped painter through its threaded fill, many
    // times slower (decision 0025). The view's foreground and the navigator's picture are both.
    painter->save();
    painter->setClipRect(exposed, Qt::IntersectClip);
    // Edges below the cards, batched by colour (ordered by colour, so the picture does not
    // depend on hash order; hairlines of one colour blend the same in any order).
    QMap<QRgb, QVector<QLineF>> lines;
    for (const EdgeItem *edge : edges) {
        if (!edge->isVisible())
            continue;
        const QLineF chord = edge->chord();
        if (QRectF(chord.p1(), chord.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(exposed))
            lines[edge->overviewColor().rgba()].append(chord);
    }
    // Cards one by one in reading order (top to bottom, left to right), so that overlapping
    // cards always cover each other the same way.
    std::vector<const NodeItem *> shown;
    shown.reserve(size_t(nodes.size()));
    const QSizeF size(NodeItem::kWidth, NodeItem::kHeight);
    for (const NodeItem *node : nodes) {
        if (node->isVisible() && QRectF(node->scenePos(), size).intersects(exposed))
            shown.push_back(node);
    }
    std::sort(shown.begin(), shown.end(), [](const NodeItem *a, const NodeItem *b) {
        const QPointF pa = a->scenePos(), pb = b->scenePos();
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        if (pa.x() != pb.x())
            return pa.x() < pb.x();
        return a->id() < b->id();
    });

    painter->save();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        painter->setPen(QPen(QColor::fromRgba(it.key()), 0));
        painter->drawLines(it.value());
    }
    const QPen selection(QApplication::palette().color(QPalette::Highlight), 0);
    painter->setPen(Qt::NoPen);
    for (const NodeItem *node : shown) {
        const QRectF body(node->scenePos(), size);
        if (node->isSelected())
            painter->setPen(selection);
        painter->setBrush(node->overviewFill());
        painter->drawRect(body);
        if (node->isSelected())
            painter->setPen(Qt::NoPen);
        painter->fillRect(
            QRectF(body.topLeft() + QPointF(NodeItem::kWidth - 40, 0), QSizeF(40, 30)),
            node->overviewStatus());
    }
    painter->restore();
    painter->restore();
}

} // namespace tarmac
