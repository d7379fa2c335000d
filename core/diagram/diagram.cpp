// The public face of core/diagram: picks the layout, asks Graphviz for SVG, DOT or PDF, and
// rasterises PNG from the SVG so that its size follows --dpi exactly.

#include "diagram.h"

#include "diagramgraph.h"
#include "model/idindex.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgRenderer>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

using namespace diagram;

// A translation context lupdate can see (a free DiagramText::tr() would be filed under the wrong
// one).
struct DiagramText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Diagram)
};

// Beyond this a raster export stops being useful and starts exhausting memory.
constexpr qint64 kMaxPngSide = 32767;
constexpr qint64 kMaxPngPixels = 64LL * 1024 * 1024; // 256 MB as ARGB32

/// dot gives the best pictures but its cost grows quickly with size, and in the mapping view
/// every stage shares one rank: past a few dozen stages that row gets unreadably wide.
bool tooLargeForDot(const Graph &g)
{
    size_t stages = 0;
    for (const Node &n : g.nodes)
        stages += n.type == NodeType::Stage ? 1 : 0;
    return isLarge(g) || (g.view == DiagramView::Mapping && stages > 30);
}

/// Lays `g` out with dot as fixed-size boxes and takes the node centres and the zones'
/// rectangles into the graph; false when cancelled or when Graphviz gave no layout.
bool placeWithGraphviz(Graph &g, const std::atomic<bool> *cancelled)
{
    std::vector<QRectF> clusters;
    const std::vector<QPointF> centers =
        layoutWithGraphviz(g, Style{false, true}, cancelled, &clusters);
    if ((cancelled && cancelled->load()) || centers.size() != g.nodes.size() ||
        clusters.size() != g.clusters.size())
        return false;
    for (size_t i = 0; i < g.nodes.size(); ++i)
        g.nodes[i].center = centers[i];
    for (size_t i = 0; i < g.clusters.size(); ++i)
        g.clusters[i].rect = clusters[i];
    g.placed = true;
    return true;
}

void place(Graph &g, const Project &project, std::optional<DiagramLayout> layout)
{
    if (layout.value_or(hasCanvasPositions(g, project)
                            ? DiagramLayout::Canvas
                            : DiagramLayout::Auto) == DiagramLayout::Canvas)
        placeFromCanvas(g, project);
    else if (tooLargeForDot(g))
        placeInBands(g);
    else if (g.portrait && g.view == DiagramView::Mapping)
        placeInColumns(g);
    else if (g.portrait && g.view == DiagramView::Infrastructure && g.nodes.size() > 12)
        placeInBands(g); // zones packed as boxes: dot would stack every card in one column
}

DiagramResult fromRendered(Rendered r)
{
    DiagramResult out;
    out.data = std::move(r.data);
    out.error = std::move(r.error);
    return out;
}

bool haveGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

/// PNG from the SVG: pixels = points × dpi / 72, so the size is exactly what --dpi says.
DiagramResult rasterise(const QByteArray &svg, int dpi)
{
    DiagramResult out;
    QSvgRenderer renderer(svg);
    const QRectF box = renderer.viewBoxF(); // Graphviz writes it in points
    if (!renderer.isValid() || box.isEmpty()) {
        out.error = DiagramText::tr("the diagram could not be rasterised");
        return out;
    }
    const qint64 width = std::max<qint64>(1, std::llround(box.width() * dpi / 72.0));
    const qint64 height = std::max<qint64>(1, std::llround(box.height() * dpi / 72.0));
    if (width > kMaxPngSide || height > kMaxPngSide || width * height > kMaxPngPixels) {
        out.error =
            DiagramText::tr("the diagram is too large for PNG at %1 dpi (%2 \u00d7 %3 pixels); "
                            "use SVG or PDF, or a lower --dpi")
                .arg(dpi)
                .arg(width)
                .arg(height);
        return out;
    }
    QImage image(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        out.error = DiagramText::tr("not enough memory for a %1 \u00d7 %2 pixel image")
                        .arg(width)
                        .arg(height);
        return out;
    }
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderer.render(&painter, QRectF(0, 0, double(width), double(height)));
    }
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        out.error = DiagramText::tr("the PNG image could not be encoded");
    return out;
}

/// Vector PDF through Qt, for a Graphviz without its cairo plugin.
DiagramResult pdfFromSvg(const QByteArray &svg)
{
    DiagramResult out;
    QSvgRenderer renderer(svg);
    const QRectF box = renderer.viewBoxF();
    if (!renderer.isValid() || box.isEmpty()) {
        out.error = DiagramText::tr("the diagram could not be converted to PDF");
        return out;
    }
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one device unit per point, like the SVG
    writer.setPageSize(QPageSize(box.size(), QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    renderer.render(&painter, QRectF(QPointF(0, 0), box.size()));
    painter.end();
    return out;
}

} // namespace

DiagramResult renderDiagram(const Project &project, const EngineResult &result,
                            const DiagramOptions &options)
{
    Graph g = buildGraph(project, result, options.view,
                         options.catalog ? *options.catalog : Catalog::builtin(), options.units);
    const Style style{options.dark, false};
    const bool editable =
        options.format == DiagramFormat::Drawio || options.format == DiagramFormat::Mermaid;
    // The editable formats show zones in every view that draws components: the mapping view
    // as drawn by Graphviz has none (its rows are lifecycle bands), a drawing continued in
    // draw.io or Mermaid needs them.
    if (editable && options.view == DiagramView::Mapping)
        addZoneClusters(g, project);
    g.portrait = options.layout == DiagramLayout::Page;
    if (!options.zone.isEmpty()) {
        if (!project.zone(options.zone))
            return {{}, DiagramText::tr("there is no zone \"%1\"").arg(options.zone)};
        keepOnlyZone(g, project, options.zone);
    }
    if (editable) {
        if (options.format == DiagramFormat::Mermaid)
            return {writeMermaid(g), {}};
        place(g, project, options.layout);
        // A fresh layout: Graphviz places, draw.io draws.
        if (!g.placed && !placeWithGraphviz(g, nullptr))
            return {{}, DiagramText::tr("the diagram could not be laid out")};
        const QString page = options.view == DiagramView::Lifecycle        ? u"Lifecycle"_s
                             : options.view == DiagramView::Infrastructure ? u"Infrastructure"_s
                                                                           : u"Mapping"_s;
        return {writeDrawio(g, page), {}};
    }
    place(g, project, options.layout);
    switch (options.format) {
    case DiagramFormat::Svg:
        return fromRendered(renderWithGraphviz(g, style, "svg", 0, options.keepUntilExit));
    case DiagramFormat::Dot:
        return fromRendered(renderWithGraphviz(g, style, "dot", 0, options.keepUntilExit));
    case DiagramFormat::Pdf: {
        DiagramResult pdf =
            fromRendered(renderWithGraphviz(g, style, "pdf:cairo", 0, options.keepUntilExit));
        if (pdf.ok() || !haveGuiApplication())
            return pdf;
        const DiagramResult svg =
            fromRendered(renderWithGraphviz(g, style, "svg", 0, options.keepUntilExit));
        return svg.ok() ? pdfFromSvg(svg.data) : svg;
    }
    case DiagramFormat::Drawio:
    case DiagramFormat::Mermaid:
        break; // written above
    case DiagramFormat::Png: {
        // QPainter needs fonts, and fonts need a QGuiApplication; without one Graphviz's own
        // cairo renderer draws the bitmap (its size then follows the dpi less exactly).
        if (!haveGuiApplication())
            return fromRendered(
                renderWithGraphviz(g, style, "png:cairo", options.dpi, options.keepUntilExit));
        const DiagramResult svg =
            fromRendered(renderWithGraphviz(g, style, "svg", 0, options.keepUntilExit));
        return svg.ok() ? rasterise(svg.data, options.dpi) : svg;
    }
    }
    return {{}, DiagramText::tr("unknown diagram format")};
}

namespace {

/// The mapping view with every card the canvas's fixed size: the boxes Arrange places.
Graph canvasGraph(const Project &project)
{
    Graph g = buildGraph(project, EngineResult(), DiagramView::Mapping, Catalog::builtin(),
                         UnitSystem::SI);
    for (Node &n : g.nodes) // canvas items have one size whatever they say: lay out boxes
        n.name = n.kindName = n.figures = QString();
    addZoneClusters(g, project);
    return g;
}

QMap<QString, Placement> placementsOf(const Graph &g)
{
    QMap<QString, Placement> placements;
    const QPointF half(kNodeWidth / 2, kNodeHeight / 2);
    for (const Node &n : g.nodes)
        placements.insert(
            n.id, {std::round(n.center.x() - half.x()), std::round(n.center.y() - half.y()), 0, 0});
    for (const Cluster &c : g.clusters)
        placements.insert(c.id, {std::round(c.rect.left()), std::round(c.rect.top()),
                                 std::round(c.rect.width()), std::round(c.rect.height())});
    return placements;
}

} // namespace

QMap<QString, Placement> arrangePlacements(const Project &project,
                                           const std::atomic<bool> *cancelled)
{
    Graph g = canvasGraph(project);
    if (tooLargeForDot(g))
        placeForCanvas(g);
    else if (!placeWithGraphviz(g, cancelled))
        return {};
    if (cancelled && cancelled->load())
        return {};
    return placementsOf(g);
}

QMap<QString, Placement> packedCanvasLayout(const Project &project)
{
    Graph g = canvasGraph(project);
    placeForCanvas(g);
    return placementsOf(g);
}

QStringList diagramParts(const Project &project)
{
    const IdIndex index(project);
    QHash<QString, QStringList> children; // parent id ("" for the outermost) -> zone ids
    for (const Zone &z : project.zones)
        children[zoneAt(project, index, z.parent) ? z.parent : QString()].append(z.id);
    // Which zones hold a component, directly or in a zone inside them: each component marks
    // its zone and that zone's parents (a parent cycle in a corrupt file ends the walk).
    QHash<QString, int> direct;
    QSet<QString> holding;
    for (const Component &c : project.components) {
        ++direct[c.zone];
        QString zone = c.zone;
        for (size_t guard = 0; !zone.isEmpty() && guard <= project.zones.size(); ++guard) {
            const Zone *z = zoneAt(project, index, zone);
            if (!z || holding.contains(zone))
                break;
            holding.insert(zone);
            zone = z->parent;
        }
    }
    QString current; // the outermost level
    for (size_t depth = 0; depth <= project.zones.size(); ++depth) {
        QStringList parts;
        for (const QString &child : children.value(current)) {
            if (holding.contains(child))
                parts << child;
        }
        if (parts.size() >= 2)
            return parts;
        // One zone holds everything below here: look inside it, unless things sit here too.
        if (parts.size() != 1 || direct.value(current) > 0)
            return {};
        current = parts.first();
    }
    return {};
}

bool parseDiagramView(const QString &text, DiagramView *view)
{
    const QString t = text.trimmed().toLower();
    if (t == u"lifecycle")
        *view = DiagramView::Lifecycle;
    else if (t == u"infrastructure")
        *view = DiagramView::Infrastructure;
    else if (t == u"mapping")
        *view = DiagramView::Mapping;
    else
        return false;
    return true;
}

bool parseDiagramFormat(const QString &text, DiagramFormat *format)
{
    const QString t = text.trimmed().toLower();
    if (t == u"svg")
        *format = DiagramFormat::Svg;
    else if (t == u"png")
        *format = DiagramFormat::Png;
    else if (t == u"pdf")
        *format = DiagramFormat::Pdf;
    else if (t == u"dot" || t == u"gv")
        *format = DiagramFormat::Dot;
    else if (t == u"drawio" || t == u"draw.io")
        *format = DiagramFormat::Drawio;
    else if (t == u"mermaid" || t == u"mmd")
        *format = DiagramFormat::Mermaid;
    else
        return false;
    return true;
}

bool parseDiagramLayout(const QString &text, DiagramLayout *layout)
{
    const QString t = text.trimmed().toLower();
    if (t == u"canvas")
        *layout = DiagramLayout::Canvas;
    else if (t == u"auto")
        *layout = DiagramLayout::Auto;
    else if (t == u"page")
        *layout = DiagramLayout::Page;
    else
        return false;
    return true;
}

QString diagramViewName(DiagramView view)
{
    switch (view) {
    case DiagramView::Lifecycle:
        return u"lifecycle"_s;
    case DiagramView::Infrastructure:
        return u"infrastructure"_s;
    case DiagramView::Mapping:
        return u"mapping"_s;
    }
    return {};
}

} // namespace tarmac
