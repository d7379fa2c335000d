#include "notepin.h"

#include "canvasitems.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>

namespace tarmac {
namespace {

struct NotePin {
    Q_DECLARE_TR_FUNCTIONS(tarmac::NotePin)
};

} // namespace

NotePinItem::NotePinItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(3); // above the card's ports
    // The same size on screen at every zoom, like a map pin: readable zoomed out, where a
    // room looks at the whole design.
    setFlag(ItemIgnoresTransformations);
}

void NotePinItem::setNotes(const QStringList &entries)
{
    m_entries = entries;
    // As plain text: a note is what someone typed, "<b>" included, never markup.
    setToolTip(Qt::convertFromPlainText(
        NotePin::tr("%n decision note(s):", nullptr, int(entries.size())) +
            QStringLiteral("\n\u2022 ") + entries.join(QStringLiteral("\n\u2022 ")),
        Qt::WhiteSpaceNormal));
    update();
}

void NotePinItem::place()
{
    // The anchor is the middle of the pin's bottom edge: just above a card's top edge, left
    // of its status badge; on a zone's header; above a flow's middle.
    QGraphicsItem *parent = parentItem();
    if (!parent)
        return;
    if (parent->type() == ZoneItem::Type)
        setPos(static_cast<ZoneItem *>(parent)->size().width() - 40, 2);
    else if (parent->type() == EdgeItem::Type)
        setPos(static_cast<EdgeItem *>(parent)->midpoint() - QPointF(0, 6));
    else
        setPos(NodeItem::kWidth - 48, 2);
}

void NotePinItem::placeOn(QGraphicsItem *parent)
{
    const QList<QGraphicsItem *> children = parent->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == Type)
            static_cast<NotePinItem *>(child)->place();
    }
}

QRectF NotePinItem::boundingRect() const
{
    return {-kSize / 2, -kSize, kSize, kSize};
}

void NotePinItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    Q_UNUSED(option)
    painter->translate(-kSize / 2, -kSize);
    // A yellow sticky note with a folded corner and the count: reads as "notes here" in both
    // themes, and never in a status colour.
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal fold = kSize * 0.3;
    const QPolygonF sheet({QPointF(0, 0), QPointF(kSize - fold, 0), QPointF(kSize, fold),
                           QPointF(kSize, kSize), QPointF(0, kSize)});
    painter->setPen(QPen(QColor(0x8A, 0x6D, 0x00), 1));
    painter->setBrush(QColor(0xFF, 0xD9, 0x4A));
    painter->drawPolygon(sheet);
    painter->setBrush(QColor(0xE0, 0xB5, 0x1C));
    painter->drawPolygon(
        QPolygonF({QPointF(kSize - fold, 0), QPointF(kSize - fold, fold), QPointF(kSize, fold)}));
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x3A, 0x2E, 0x00));
    painter->drawText(QRectF(0, 2, kSize - 2, kSize - 2), Qt::AlignCenter,
                      QString::number(m_entries.size()));
}

} // namespace tarmac
