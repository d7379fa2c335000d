#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace tarmac {

/// The pin on a card or zone that has decision notes: a small note with their count; its
/// tooltip reads them. Clicks go through to the card (it takes no mouse buttons).
class NotePinItem : public QGraphicsItem {
public:
    static constexpr qreal kSize = 20;
    explicit NotePinItem(QGraphicsItem *parent);
    enum { Type = UserType + 11 };
    int type() const override { return Type; }
    /// The notes on the parent, one "text — author" entry each.
    void setNotes(const QStringList &entries);
    int count() const { return int(m_entries.size()); }
    /// Where it sits on its parent: a card's top-right corner, a zone's header, a flow's
    /// middle. Parents call it when their shape changes.
    void place();
    /// place() for the pin among `parent`'s children, if it has one.
    static void placeOn(QGraphicsItem *parent);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QStringList m_entries;
};

} // namespace tarmac
