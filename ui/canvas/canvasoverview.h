#pragma once

#include <QHash>
#include <QString>

class QPainter;
class QRectF;

namespace tarmac {

class EdgeItem;
class NodeItem;

/// Below this zoom no text on a card can be read: cards are boxes with a status square and
/// edges hairlines (the level of detail of NodeItem::paint and EdgeItem::paint).
inline constexpr double kOverviewZoom = 0.35;

/// Draws every card and edge that meets `exposed` as the overview shows them: the edges in one
/// drawLines call per colour, the cards in reading order, instead of one paint() per item with
/// Qt's per-item set-up around each (decision 0014). The items themselves draw nothing meanwhile
/// (ItemHasNoContents) but stay selectable, movable and hoverable.
void paintOverview(QPainter *painter, const QRectF &exposed,
                   const QHash<QString, NodeItem *> &nodes,
                   const QHash<QString, EdgeItem *> &edges);

} // namespace tarmac
