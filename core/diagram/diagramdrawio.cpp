// The draw.io (diagrams.net) writer: an uncompressed mxGraph file that draw.io desktop opens
// and edits — every card a vertex with its label and colours, every zone a container holding
// its cards, every flow, binding and link an edge between them, positions from the layout.

#include "diagramgraph.h"

#include <QXmlStreamWriter>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::diagram {
namespace {

/// XML 1.0 has no place for most control characters (a name may hold one: a hostile file);
/// they are dropped rather than written into a file draw.io would refuse.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u != 0xFFFE && u != 0xFFFF) || u == u'\n' || u == u'\t')
            out += c;
    }
    return out;
}

QString number(double v)
{
    return QString::number(std::round(v * 10) / 10, 'f', 1);
}

QString cellId(const char *prefix, qsizetype index)
{
    return QString::fromLatin1(prefix) + QString::number(index);
}

/// The card's words as draw.io shows them: plain text (html=0), one line each.
QString nodeLabel(const Node &n)
{
    QStringList lines{n.name};
    if (!n.kindName.isEmpty())
        lines << n.kindName;
    if (!n.figures.isEmpty())
        lines << n.figures;
    return xmlSafe(lines.join(u'\n'));
}

QString nodeStyle(const Node &n)
{
    const bool stage = n.type == NodeType::Stage;
    const QColor accent = stage ? stageColor(n.kind) : componentColor(n.kind);
    const QColor fill = stage ? accent.lighter(185) : QColor(Qt::white);
    const QColor stroke = n.hasFindings && n.status != Severity::Info ? statusColor(n) : accent;
    return u"rounded=%1;whiteSpace=wrap;html=0;arcSize=%2;fillColor=%3;strokeColor=%4;"
           u"strokeWidth=%5;fontColor=#1E1E1E;align=left;spacingLeft=8;verticalAlign=middle;"_s.arg(
               stage ? u"1"_s : u"0"_s, stage ? u"18"_s : u"4"_s, fill.name(), stroke.name(),
               n.hasFindings && n.status != Severity::Info ? u"3"_s : u"1.5"_s);
}

QString edgeStyle(const Edge &e)
{
    switch (e.type) {
    case EdgeType::Flow:
        return u"endArrow=classic;html=0;strokeWidth=2;strokeColor=#333A44;edgeStyle=orthogonalEdgeStyle;"_s;
    case EdgeType::Binding:
        return u"endArrow=none;html=0;dashed=1;strokeColor=#6B7786;"_s;
    case EdgeType::Link:
        return u"endArrow=none;html=0;dashed=1;dashPattern=1 3;strokeColor=#6B7786;"_s;
    }
    return {};
}

} // namespace

QByteArray writeDrawio(const Graph &g, const QString &pageName)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"mxfile"_s);
    xml.writeAttribute(u"host"_s, u"Tarmac"_s);
    xml.writeAttribute(u"type"_s, u"device"_s);
    xml.writeStartElement(u"diagram"_s);
    xml.writeAttribute(u"id"_s, u"tarmac-"_s + pageName.toLower());
    xml.writeAttribute(u"name"_s, xmlSafe(pageName));
    xml.writeStartElement(u"mxGraphModel"_s);
    for (const auto &[name, value] : {std::pair{u"grid"_s, u"1"_s},
                                      {u"gridSize"_s, u"10"_s},
                                      {u"guides"_s, u"1"_s},
                                      {u"tooltips"_s, u"1"_s},
                                      {u"connect"_s, u"1"_s},
                                      {u"arrows"_s, u"1"_s},
                                      {u"fold"_s, u"1"_s},
                                      {u"page"_s, u"0"_s},
                                      {u"math"_s, u"0"_s},
                                      {u"shadow"_s, u"0"_s}})
        xml.writeAttribute(name, value);
    xml.writeStartElement(u"root"_s);
    xml.writeEmptyElement(u"mxCell"_s);
    xml.writeAttribute(u"id"_s, u"0"_s);
    xml.writeEmptyElement(u"mxCell"_s);
    xml.writeAttribute(u"id"_s, u"1"_s);
    xml.writeAttribute(u"parent"_s, u"0"_s);

    auto geometry = [&xml](const QRectF &r) {
        xml.writeEmptyElement(u"mxGeometry"_s);
        xml.writeAttribute(u"x"_s, number(r.x()));
        xml.writeAttribute(u"y"_s, number(r.y()));
        xml.writeAttribute(u"width"_s, number(r.width()));
        xml.writeAttribute(u"height"_s, number(r.height()));
        xml.writeAttribute(u"as"_s, u"geometry"_s);
    };
    // Children's geometry is relative to their container (mxGraph's rule): subtract the
    // parent's corner. Clusters come parents first, so a parent is written before its child.
    auto parentOf = [&g](int cluster) { return cluster >= 0 ? cellId("z", cluster) : u"1"_s; };
    auto originOf = [&g](int cluster) {
        return cluster >= 0 ? g.clusters[size_t(cluster)].rect.topLeft() : QPointF(0, 0);
    };
    for (size_t i = 0; i < g.clusters.size(); ++i) {
        const Cluster &c = g.clusters[i];
        xml.writeStartElement(u"mxCell"_s);
        xml.writeAttribute(u"id"_s, cellId("z", qsizetype(i)));
        xml.writeAttribute(u"value"_s,
                           xmlSafe(c.kindName.isEmpty() ? c.name : c.kindName + u": "_s + c.name));
        xml.writeAttribute(u"style"_s,
                           u"swimlane;container=1;collapsible=0;html=0;startSize=30;rounded=1;"
                           u"fillColor=#F1F3F6;swimlaneFillColor=#F7F8FA;strokeColor=#7A8899;"
                           u"fontStyle=1;align=left;spacingLeft=8;"_s +
                               (c.parent >= 0 ? u"dashed=1;"_s : QString()));
        xml.writeAttribute(u"vertex"_s, u"1"_s);
        xml.writeAttribute(u"parent"_s, parentOf(c.parent));
        geometry(c.rect.translated(-originOf(c.parent)));
        xml.writeEndElement();
    }
    const QSizeF card(kNodeWidth, kNodeHeight);
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        const Node &n = g.nodes[i];
        xml.writeStartElement(u"mxCell"_s);
        xml.writeAttribute(u"id"_s, cellId("n", qsizetype(i)));
        xml.writeAttribute(u"value"_s, nodeLabel(n));
        // Whoever continues the drawing can still find the element the file came from.
        xml.writeAttribute(u"tooltip"_s, xmlSafe(n.id));
        xml.writeAttribute(u"style"_s, nodeStyle(n));
        xml.writeAttribute(u"vertex"_s, u"1"_s);
        xml.writeAttribute(u"parent"_s, parentOf(n.cluster));
        geometry(QRectF(n.center - QPointF(card.width() / 2, card.height() / 2), card)
                     .translated(-originOf(n.cluster)));
        xml.writeEndElement();
    }
    for (size_t i = 0; i < g.edges.size(); ++i) {
        const Edge &e = g.edges[i];
        xml.writeStartElement(u"mxCell"_s);
        xml.writeAttribute(u"id"_s, cellId("e", qsizetype(i)));
        xml.writeAttribute(u"value"_s, xmlSafe(e.label));
        xml.writeAttribute(u"style"_s, edgeStyle(e));
        xml.writeAttribute(u"edge"_s, u"1"_s);
        xml.writeAttribute(u"parent"_s, u"1"_s);
        xml.writeAttribute(u"source"_s, cellId("n", e.from));
        xml.writeAttribute(u"target"_s, cellId("n", e.to));
        xml.writeEmptyElement(u"mxGeometry"_s);
        xml.writeAttribute(u"relative"_s, u"1"_s);
        xml.writeAttribute(u"as"_s, u"geometry"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return out;
}

} // namespace tarmac::diagram
