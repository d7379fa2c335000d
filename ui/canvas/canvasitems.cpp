#include "canvasitems.h"

#include "canvasoverview.h"
#include "model/kindregistry.h"
#include "notepin.h"
#include "style/lifecyclecolors.h"
#include "style/personas.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <cmath>

namespace tarmac {
namespace {

QColor statusColor(Status s)
{
    switch (s) {
    case Status::Error:
        return QColor(0xD6, 0x30, 0x31);
    case Status::Warning:
        return QColor(0xE1, 0x9B, 0x00);
    case Status::Info:
        return QColor(0x3B, 0x82, 0xC4);
    case Status::Ok:
        break;
    }
    return QColor(0x2E, 0xA0, 0x4E);
}

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 110;
}

QColor itemColor(ItemType type, const QString &kind)
{
    return type == ItemType::Stage ? lifecycleColor(kind) : componentColor(kind);
}

} // namespace

/// `text` on at most `maxLines` lines of `width`, broken at `separator` (between words, or
/// between the " · " parts of a card's figures); the last line elided.
QStringList wrapLines(const QFontMetrics &metrics, const QString &text, qreal width, int maxLines,
                      const QString &separator)
{
    QStringList lines;
    const QStringList words = text.split(separator, Qt::SkipEmptyParts);
    qsizetype next = 0;
    while (next < words.size() && lines.size() < maxLines - 1) {
        QString line = words[next];
        if (metrics.horizontalAdvance(line) > width)
            break; // a word longer than the line: the elided last line takes it
        ++next;
        while (next < words.size()) {
            const QString longer = line + separator + words[next];
            if (metrics.horizontalAdvance(longer) > width)
                break;
            line = longer;
            ++next;
        }
        lines << line;
    }
    if (next < words.size())
        lines << metrics.elidedText(words.mid(next).join(separator), Qt::ElideRight, int(width));
    return lines;
}

qreal titlePointSize(qreal zoom)
{
    if (zoom >= kDetailZoom)
        return kTitlePointSize;
    return std::clamp(kLegiblePointSize / std::max(zoom, kOverviewZoom), kTitlePointSize,
                      kMaxTitlePointSize);
}

PortItem::PortItem(PortKind kind, QGraphicsItem *parent)
    : QGraphicsEllipseItem(-6, -6, 12, 12, parent)
    , m_kind(kind)
{
    setBrush(kind == PortKind::FlowOut ? QColor(0x33, 0x33, 0x33) : QColor(0xFF, 0xFF, 0xFF));
    setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
    setCursor(Qt::CrossCursor);
    setZValue(2);
    setToolTip(
        kind == PortKind::FlowOut ? QObject::tr("Drag to another stage to draw a data flow")
        : kind == PortKind::Connector
            ? QObject::tr("Drag to a cluster, storage system or key-value store to bind this stage")
            : QObject::tr("Drag to a network fabric to link this component"));
}

void PortItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kOverviewZoom)
        return; // too small to grab; the node's outline is enough
    // Solid handles start flows, hollow ones bindings and links; in the dark theme the
    // solid one is light, or it vanishes against the card.
    const bool dark = darkPalette();
    const QColor ink = dark ? QColor(0xE6, 0xE9, 0xED) : QColor(0x33, 0x33, 0x33);
    const QColor paper = dark ? QColor(0x2B, 0x2F, 0x36) : QColor(0xFF, 0xFF, 0xFF);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1.5));
    painter->setBrush(m_kind == PortKind::FlowOut ? ink : paper);
    painter->drawEllipse(rect());
}

NodeItem::NodeItem(ItemType type, const QString &id, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_type(type)
    , m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
    if (type == ItemType::Stage) {
        (new PortItem(PortKind::FlowOut, this))->setPos(portPosition(PortKind::FlowOut));
        (new PortItem(PortKind::Connector, this))->setPos(portPosition(PortKind::Connector));
    } else {
        (new PortItem(PortKind::LinkOut, this))->setPos(portPosition(PortKind::LinkOut));
    }
}

void NodeItem::setContent(const QString &title, const QString &kind)
{
    if (title == m_title && kind == m_kind)
        return;
    m_title = title;
    m_kind = kind;
    m_kindLabel = KindRegistry::displayName(kind);
    m_zoomedTitle = {};
    // A fabric is the target of links; it needs no link handle of its own.
    for (QGraphicsItem *child : childItems()) {
        if (child->type() == PortItem::Type &&
            static_cast<PortItem *>(child)->kind() == PortKind::LinkOut)
            child->setVisible(kind != QStringLiteral("fabric"));
    }
    update();
}

void NodeItem::setFigures(const QString &figures, Status status, const QString &findingsText)
{
    if (findingsText != m_findingsText) {
        m_findingsText = findingsText;
        setToolTip(Qt::convertFromPlainText(
            findingsText, Qt::WhiteSpaceNormal)); // names are typed text, not markup
    }
    if (figures == m_figures && status == m_status)
        return;
    m_figures = figures;
    m_status = status;
    m_zoomedTitle = {};
    update();
}

void NodeItem::setDropHint(int hint)
{
    if (hint != m_dropHint) {
        m_dropHint = hint;
        update();
    }
}

void NodeItem::setPersona(const QString &persona)
{
    if (persona == m_persona)
        return;
    m_persona = persona;
    update();
}

QPointF NodeItem::portPosition(PortKind kind) const
{
    switch (kind) {
    case PortKind::FlowOut:
        return {kWidth, kHeight / 2};
    case PortKind::Connector:
        return {kWidth / 2, kHeight};
    case PortKind::LinkOut:
        return {kWidth / 2, kHeight}; // fabrics sit below what they connect
    }
    return {};
}

void NodeItem::layOutZoomedTitle(QFont font, qreal points, qreal badgeSize) const
{
    font.setPointSizeF(points);
    font.setBold(false);
    const QFontMetrics plain(font);
    font.setBold(true);
    const QFontMetrics bold(font); // the title is measured as drawn, so no line runs past the card
    const QRectF inner = QRectF(0, 0, kWidth, kHeight).adjusted(14, 3, -6, -3);
    ZoomedTitle t;
    t.points = points;
    t.lineSpacing = bold.lineSpacing();
    const int room = std::max(1, int(inner.height() / t.lineSpacing));
    QStringList lines =
        wrapLines(bold, m_title, inner.width() - badgeSize / 2, room, QStringLiteral(" "));
    t.titleLines = int(lines.size());
    if (room >= 3 && t.titleLines < room && !m_figures.isEmpty())
        lines << plain.elidedText(m_figures.section(u'\n', 0, 0), Qt::ElideRight,
                                  int(inner.width()));
    for (const QString &line : std::as_const(lines)) {
        QStaticText laid(line);
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        t.lines << laid;
    }
    m_zoomedTitle = std::move(t);
}

QStringList NodeItem::figureLines(const QFontMetrics &metrics) const
{
    const QString separator = QStringLiteral(" \u00b7 ");
    if (!m_figures.contains(u'\n'))
        return wrapLines(metrics, m_figures, kFiguresWidth, 2, separator);
    // Two lines given (a persona view: what the item is, then what it runs on or serves):
    // the first keeps the parts that fit whole, in their order of importance; the second
    // is cut at the end.
    const QString first = m_figures.section(u'\n', 0, 0);
    QString line;
    for (const QString &part : first.split(separator, Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (metrics.horizontalAdvance(longer) > kFiguresWidth) {
            if (line.isEmpty())
                line = metrics.elidedText(part, Qt::ElideRight, int(kFiguresWidth));
            break;
        }
        line = longer;
    }
    return {line,
            metrics.elidedText(m_figures.section(u'\n', 1), Qt::ElideRight, int(kFiguresWidth))};
}

QColor NodeItem::overviewFill() const
{
    const QColor accent = itemColor(m_type, m_kind);
    return m_type == ItemType::Stage ? accent.lighter(150) : accent;
}

QColor NodeItem::overviewStatus() const
{
    return statusColor(m_status);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-14, -14, kWidth + 28, kHeight + 22); // the zoomed-out badge overhangs
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool dark = darkPalette();
    const QColor accent = itemColor(m_type, m_kind);
    const QRectF body(0, 0, kWidth, kHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Its border and text are drawn faster on a clipped painter (see EdgeItem::paint), and it
    // draws nothing outside its bounds.
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    // Zoomed far out, text is unreadable anyway: draw the shape, its colour and its status only.
    if (lod < kOverviewZoom) {
        painter->setPen(isSelected() ? QPen(QApplication::palette().color(QPalette::Highlight), 0)
                                     : Qt::NoPen);
        painter->setBrush(overviewFill());
        painter->drawRect(body);
        painter->fillRect(QRectF(kWidth - 40, 0, 40, 30), overviewStatus());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);

    QColor fill = dark ? QColor(0x2B, 0x2F, 0x36) : QColor(0xFF, 0xFF, 0xFF);
    if (m_type == ItemType::Stage)
        fill = dark ? accent.darker(330) : accent.lighter(185);
    QPen border(isSelected() ? QApplication::palette().color(QPalette::Highlight)
                             : accent.darker(120),
                isSelected() ? 3 : 1.5);
    if (m_dropHint != 0)
        border = QPen(m_dropHint > 0 ? QColor(0x2E, 0xA0, 0x4E) : QColor(0xD6, 0x30, 0x31), 3.5);
    painter->setPen(border);
    painter->setBrush(fill);
    const qreal radius = m_type == ItemType::Stage ? 14 : 4; // stages round, infrastructure square
    painter->drawRoundedRect(body, radius, radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(0, 0, 8, kHeight), 4, 4);

    const QColor text = dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x1E, 0x1E, 0x1E);
    QFont font = painter->font();
    const qreal titlePoints = titlePointSize(lod);
    const qreal badgeSize = std::min(16.0 / std::min(lod, 1.0), 30.0);
    if (titlePoints > kTitlePointSize) {
        // Zoomed out: the small lines go first. The title grows so that it stays legible on
        // screen, on as many lines as the card holds; the figures keep the last line when the
        // title leaves one free. The badge sits on the corner so the words get the width.
        // The wrapped lines are laid out once per zoom (QStaticText keeps the glyphs), not on
        // every repaint of every card: at the lowest legible zoom hundreds of cards show.
        if (m_zoomedTitle.points != titlePoints)
            layOutZoomedTitle(font, titlePoints, badgeSize);
        const QRectF inner = body.adjusted(14, 3, -6, -3);
        const ZoomedTitle &t = m_zoomedTitle;
        const qreal top =
            inner.top() + (inner.height() - qreal(t.lines.size()) * t.lineSpacing) / 2;
        font.setPointSizeF(titlePoints);
        for (qsizetype i = 0; i < t.lines.size(); ++i) {
            const bool title = i < t.titleLines;
            font.setBold(title);
            painter->setFont(font);
            painter->setPen(title ? text : (dark ? text.darker(140) : QColor(0x4A, 0x4A, 0x4A)));
            painter->drawStaticText(QPointF(inner.left(), top + qreal(i) * t.lineSpacing),
                                    t.lines[i]);
        }
    } else {
        font.setPointSizeF(kTitlePointSize);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(text);
        const QRectF inner = body.adjusted(16, 6, -26, -6);
        painter->drawText(
            QRectF(inner.left(), inner.top(), inner.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(m_title, Qt::ElideRight, int(inner.width())));
        font.setBold(false);
        font.setPointSizeF(8);
        painter->setFont(font);
        painter->setPen(dark ? text.darker(140) : QColor(0x5A, 0x5A, 0x5A));
        QRectF kindLine(inner.left(), inner.top() + 19, inner.width(), 15);
        QString kindText = m_kindLabel;
        if (!m_persona.isEmpty()) {
            // Who owns it: a dot in their colour, their title after the kind.
            const qreal dot = 8;
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(personaColor(m_persona));
            painter->drawEllipse(
                QRectF(kindLine.left(), kindLine.center().y() - dot / 2, dot, dot));
            painter->restore();
            kindLine.setLeft(kindLine.left() + dot + 4);
            kindText += QStringLiteral(" \u00b7 ") + personaTitle(m_persona);
        }
        painter->drawText(
            kindLine, Qt::AlignLeft | Qt::AlignVCenter,
            painter->fontMetrics().elidedText(kindText, Qt::ElideRight, int(kindLine.width())));
        // The figures get two lines, broken between words, so "65.2 GiB/GPU" is not cut.
        painter->setPen(text);
        const QStringList lines = figureLines(painter->fontMetrics());
        const qreal line = painter->fontMetrics().lineSpacing();
        for (int i = 0; i < lines.size(); ++i)
            painter->drawText(
                QRectF(inner.left(), inner.top() + 35 + i * line, kFiguresWidth, line),
                Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }

    const qreal k = badgeSize / 16; // the glyph scales with the badge
    const QRectF badge =
        titlePoints > kTitlePointSize
            ? QRectF(kWidth - badgeSize * 0.6, -badgeSize * 0.4, badgeSize, badgeSize)
            : QRectF(kWidth - 8 - badgeSize, 8, badgeSize, badgeSize);
    painter->setPen(QPen(Qt::white, 1.5 * k));
    painter->setBrush(statusColor(m_status));
    painter->drawEllipse(badge);
    painter->setPen(QPen(Qt::white, 2 * k));
    const QPointF c = badge.center();
    if (m_status == Status::Error) {
        painter->drawLine(c + k * QPointF(-3.5, -3.5), c + k * QPointF(3.5, 3.5));
        painter->drawLine(c + k * QPointF(-3.5, 3.5), c + k * QPointF(3.5, -3.5));
    } else if (m_status == Status::Warning) {
        painter->drawLine(c + k * QPointF(0, -4.5), c + k * QPointF(0, 1.5));
        painter->drawPoint(c + k * QPointF(0, 4));
    } else {
        painter->drawLine(c + k * QPointF(-4, 0), c + k * QPointF(-1, 3.5));
        painter->drawLine(c + k * QPointF(-1, 3.5), c + k * QPointF(4.5, -3.5));
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene() && scene()->property("snapToGrid").toBool()) {
        const qreal grid = 20;
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
    }
    if (change == ItemPositionHasChanged)
        emit geometryChanged();
    return QGraphicsObject::itemChange(change, value);
}

ZoneItem::ZoneItem(const QString &id, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(-1);
}

void ZoneItem::setDropHint(int hint)
{
    if (hint != m_dropHint) {
        m_dropHint = hint;
        update();
    }
}

QString ZoneItem::kindLabel() const
{
    return KindRegistry::displayName(m_kind);
}

void ZoneItem::setContent(const QString &title, const QString &kind)
{
    m_title = title;
    m_kind = kind;
    setZValue(kind == QStringLiteral("rack") ? -0.5 : -1);
    update();
}

void ZoneItem::setSize(const QSizeF &size)
{
    const QSizeF s(std::max(120.0, size.width()), std::max(80.0, size.height()));
    if (s == m_size)
        return;
    prepareGeometryChange();
    m_size = s;
    NotePinItem::placeOn(this);
    emit geometryChanged();
}

QRectF ZoneItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

QRectF ZoneItem::resizeHandle() const
{
    return QRectF(m_size.width() - 14, m_size.height() - 14, 14, 14);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool dark = darkPalette();
    const bool site = m_kind == QStringLiteral("site");
    // Its border and text are drawn faster on a clipped painter (see EdgeItem::paint), and it
    // draws nothing outside its bounds.
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = site ? QColor(0x8A, 0x9B, 0xAE, 28) : QColor(0x8A, 0x9B, 0xAE, 40);
    QPen pen(isSelected() ? QApplication::palette().color(QPalette::Highlight)
                          : QColor(0x7A, 0x88, 0x99),
             isSelected() ? 2.5 : 1.2, site ? Qt::SolidLine : Qt::DashLine);
    if (m_dropHint != 0) // what a drag is about to do to membership, before it does it
        pen = QPen(m_dropHint > 0 ? QColor(0x2E, 0xA0, 0x4E) : QColor(0xE1, 0x9B, 0x00), 3.5,
                   m_dropHint > 0 ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 8, 8);
    // The zone's name stays as large on screen as a card's title when zoomed out.
    QFont font = painter->font();
    font.setPointSizeF(titlePointSize(lod));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(dark ? QColor(0xC8, 0xD0, 0xDA) : QColor(0x44, 0x50, 0x5E));
    const QRectF header(10, 4, m_size.width() - 20, painter->fontMetrics().height() + 2);
    painter->drawText(
        header, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText((site ? QObject::tr("Site") : QObject::tr("Rack")) +
                                              QStringLiteral(": ") + m_title,
                                          Qt::ElideRight, int(header.width())));
    painter->setBrush(pen.color());
    painter->setPen(Qt::NoPen);
    const QRectF h = resizeHandle();
    painter->drawPolygon(QPolygonF({h.bottomLeft(), h.bottomRight(), h.topRight()}));
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene() && scene()->property("snapToGrid").toBool()) {
        const qreal grid = 20;
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
    }
    if (change == ItemPositionHasChanged)
        emit geometryChanged();
    return QGraphicsObject::itemChange(change, value);
}

EdgeItem::EdgeItem(ItemType type, const QString &key, NodeItem *from, NodeItem *to,
                   const QString &label)
    : m_type(type)
    , m_key(key)
    , m_label(label)
    , m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setToolTip(label);
    setZValue(type == ItemType::Flow ? 0.5 : 0.2);
    QPen pen(type == ItemType::Flow ? QColor(0x33, 0x3A, 0x44) : QColor(0x6B, 0x77, 0x86),
             type == ItemType::Flow ? 2.2 : 1.4,
             type == ItemType::Flow      ? Qt::SolidLine
             : type == ItemType::Binding ? Qt::DashLine
                                         : Qt::DotLine);
    if (darkPalette())
        pen.setColor(QColor(0xB8, 0xC2, 0xCE));
    setPen(pen);
    updatePath();
}

void EdgeItem::setLabel(const QString &label)
{
    m_label = label;
    // Also where the edge is too short to draw it; a dataset name is text, not markup.
    setToolTip(label.isEmpty() ? QString() : Qt::convertFromPlainText(label, Qt::WhiteSpaceNormal));
    update();
}

void EdgeItem::updatePath()
{
    prepareGeometryChange();
    QPointF a, b;
    if (m_type == ItemType::Flow) {
        a = m_from->mapToScene(m_from->portPosition(PortKind::FlowOut));
        b = m_to->mapToScene(QPointF(0, NodeItem::kHeight / 2));
    } else if (m_type == ItemType::Binding) {
        a = m_from->mapToScene(m_from->portPosition(PortKind::Connector));
        b = m_to->mapToScene(QPointF(NodeItem::kWidth / 2, 0));
    } else {
        a = m_from->mapToScene(m_from->portPosition(PortKind::LinkOut));
        b = m_to->mapToScene(QPointF(NodeItem::kWidth / 2, 0));
        if (b.y() < a.y()) // fabric drawn above the component: enter it from below
            b = m_to->mapToScene(QPointF(NodeItem::kWidth / 2, NodeItem::kHeight));
    }
    // One cubic whose control points are known: its points come from the Bézier formula, not
    // from QPainterPath::pointAtPercent, which measures the curve's length by subdivision and
    // was a third of building a 10,000-stage canvas.
    QPointF c1, c2;
    if (m_type != ItemType::Flow) {
        const qreal dy = std::max(40.0, std::abs(b.y() - a.y()) / 2);
        c1 = a + QPointF(0, dy);
        c2 = b - QPointF(0, dy);
    } else {
        const qreal dx = std::max(40.0, std::abs(b.x() - a.x()) / 2);
        c1 = a + QPointF(dx, 0);
        c2 = b - QPointF(dx, 0);
    }
    QPainterPath path(a);
    path.cubicTo(c1, c2, b);
    setPath(path);
    m_mid = (a + 3 * c1 + 3 * c2 + b) / 8;
    NotePinItem::placeOn(this);
    m_arrow.clear();
    if (m_type == ItemType::Flow) {
        const qreal t = 0.97, u = 1 - t;
        const QPointF near =
            u * u * u * a + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * b;
        const qreal angle = std::atan2(b.y() - near.y(), b.x() - near.x());
        const qreal size = 10;
        m_arrow << b << b - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)
                << b - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    }
    // The control polygon holds the curve: its box plus room for the pen, the arrow and the
    // label, without stroking the path (QGraphicsPathItem's own box strokes it).
    const qreal pen = this->pen().widthF() + 2;
    m_bounds = path.controlPointRect()
                   .united(m_arrow.boundingRect())
                   .adjusted(-60 - pen, -20 - pen, 60 + pen, 20 + pen);
}

QLineF EdgeItem::chord() const
{
    const QPainterPath &route = path();
    if (route.elementCount() == 0)
        return {};
    const QPainterPath::Element first = route.elementAt(0);
    const QPainterPath::Element last = route.elementAt(route.elementCount() - 1);
    return QLineF(first.x, first.y, last.x, last.y);
}

QColor EdgeItem::overviewColor() const
{
    return isSelected() ? QApplication::palette().color(QPalette::Highlight)
                        : pen().color().lighter(130);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Qt's raster engine strokes thin lines on an unclipped painter through its threaded fill,
    // which hands every few hundred pixels to the thread pool and waits: a repaint of the
    // laid-out 10,000-stage board spent 650 ms, most of it in futex calls. Clipped, the same
    // lines take the engine's clipped-span path: 115 ms (decision 0025). The view's painter
    // has no clip of its own; the item's bounds cost nothing to clip to. The label is text,
    // which may reach past them, so it is drawn with the clip the painter came with.
    const bool cameClipped = painter->hasClipping();
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    QPen p = pen();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kOverviewZoom) {
        p.setWidthF(0); // cosmetic hairline, no dashes, no label: the overview of a big board
        p.setStyle(Qt::SolidLine);
        p.setColor(overviewColor());
        painter->setPen(p);
        painter->drawLine(chord());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        p.setColor(QApplication::palette().color(QPalette::Highlight));
        p.setWidthF(p.widthF() + 1.5);
    }
    // A line a pixel wide or less on screen is drawn as a one-pixel cosmetic line, as light as
    // the thinner line would be: the same look at a tenth of the cost. Stroking it as an outline
    // and filling that was two thirds of a repaint at the zoom fit chooses for a large board.
    if (const qreal onScreen = p.widthF() * lod; onScreen <= 1.2) {
        QColor ink = p.color();
        ink.setAlphaF(ink.alphaF() * std::min(1.0, onScreen));
        p.setColor(ink);
        p.setWidthF(1);
        p.setCosmetic(true);
    }
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    if (!m_arrow.isEmpty()) {
        painter->setBrush(p.color());
        painter->drawPolygon(m_arrow);
    }
    if (!m_label.isEmpty() && lod >= kEdgeLabelZoom) { // a 7.5 pt label is noise below it
        if (!cameClipped)
            painter->setClipping(false);
        QFont font = painter->font();
        font.setPointSizeF(7.5);
        painter->setFont(font);
        const qreal w = painter->fontMetrics().horizontalAdvance(m_label) + 8;
        // Where the edge is too short to hold its label clear of the arrowhead and the ports,
        // the label stays in the tooltip instead of covering them.
        if (chord().length() < w + 36)
            return;
        const QPointF mid = path().pointAtPercent(0.5);
        const QRectF box(mid.x() - w / 2, mid.y() - 8, w, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(darkPalette() ? QColor(0x20, 0x24, 0x2A, 220)
                                        : QColor(255, 255, 255, 220));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(p.color());
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace tarmac
