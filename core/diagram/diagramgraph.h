#pragma once

// Internal to core/diagram: the drawing as plain values, between the project and Graphviz.
// Building, placing and rendering are separate so that each stays small and testable.

#include "diagram.h"

#include <QColor>
#include <QRectF>
#include <atomic>
#include <vector>

namespace tarmac::diagram {

/// Canvas item size (ui/canvas NodeItem): one canvas pixel is one point in a diagram.
constexpr double kNodeWidth = 210;
constexpr double kNodeHeight = 76;
/// Above this many nodes, dot's network simplex and crossing minimisation take seconds to
/// minutes; we place nodes ourselves and let Graphviz only route and draw.
constexpr int kLargeGraph = 150;

enum class NodeType { Stage, Component };
enum class EdgeType { Flow, Binding, Link };

struct Node {
    NodeType type = NodeType::Stage;
    QString id;
    QString name;     ///< as shown: the name, or the id when the name is empty
    QString kind;     ///< "training", "gpu-cluster", …
    QString kindName; ///< translated ("Training")
    QString figures;  ///< stageFigures / componentFigures
    int order = 0;    ///< lifecycle index (stages) or palette index (components) of the kind
    Severity status = Severity::Info;
    bool hasFindings = false; ///< false: "ok"
    int cluster = -1;         ///< index into Graph::clusters
    QPointF center;           ///< points, y down; meaningful once placed
};

/// A zone drawn as a Graphviz cluster.
struct Cluster {
    QString id, name, kindName;
    int parent = -1;
    QRectF rect; ///< points, y down; meaningful once placed
};

struct Edge {
    int from = -1, to = -1;
    EdgeType type = EdgeType::Flow;
    QString label;
    QString role; ///< bindings: compute, reads, writes, online-store
};

struct Graph {
    DiagramView view = DiagramView::Mapping;
    std::vector<Node> nodes;
    std::vector<Cluster> clusters; ///< parents come before their children
    std::vector<Edge> edges;
    bool placed = false;   ///< node centres (and cluster rects) are set: lay out with "nop"
    bool portrait = false; ///< DiagramLayout::Page: ranks run the other way
};

/// Whether the graph is past kLargeGraph in nodes, or in edges (three per node).
inline bool isLarge(const Graph &g)
{
    return g.nodes.size() > size_t(kLargeGraph) || g.edges.size() > 3 * size_t(kLargeGraph);
}

/// The nodes, clusters and edges of one view, with labels and status from the result.
/// `catalog` names accelerators on the cards; sizes are written in `units`.
Graph buildGraph(const Project &project, const EngineResult &result, DiagramView view,
                 const Catalog &catalog, UnitSystem units);

/// Keeps only what DiagramOptions::zone asks for: the components in `zone` and its zones,
/// the fabrics they are linked to, the stages bound to them, and the edges among those.
void keepOnlyZone(Graph &graph, const Project &project, const QString &zone);

/// Adds the project's zones as clusters to a graph that has none (the mapping view) and puts
/// each component in its zone's: the canvas draws zones around what they hold.
void addZoneClusters(Graph &graph, const Project &project);

/// Whether the project has a canvas position for any node of the graph.
bool hasCanvasPositions(const Graph &graph, const Project &project);
/// Centres from Project::layout (or the canvas's default spots for items without one);
/// cluster rectangles from the zones' placements.
void placeFromCanvas(Graph &graph, const Project &project);
/// The layout for graphs too large for dot: stages in lifecycle bands left to right,
/// components in kind bands below (mapping), zones packed as nested boxes (infrastructure).
void placeInBands(Graph &graph);
/// The mapping view for a portrait page: the stages in a column in lifecycle order, each
/// component in a column to their right at the height of the stages that use it (overlaps
/// pushed down). dot cannot be made to keep the lifecycle order in one column.
void placeInColumns(Graph &graph);
/// The canvas's layout when the project gives none: stages in lifecycle bands on top,
/// components inside their zones (racks inside sites) packed below. Linear, no Graphviz.
void placeForCanvas(Graph &graph);

/// How the Graphviz graph is dressed.
struct Style {
    bool dark = false;
    bool bare = false; ///< fixed-size nodes without labels: positions only (Arrange)
};

/// Bytes of one Graphviz output format ("svg", "dot", "pdf:cairo", "png:cairo"), or an error.
struct Rendered {
    QByteArray data;
    QString error;
};

/// Builds the Graphviz graph, lays it out (dot, or nop when the graph is placed) and
/// renders it. `dpi` is set on the graph for bitmap formats. Serialised by one lock.
/// `keepGraph`: the graph is left allocated (and reachable) for a process about to exit.
Rendered renderWithGraphviz(const Graph &graph, const Style &style, const char *format, int dpi = 0,
                            bool keepGraph = false);
/// Lays out only; node centres (points, y down, top-left of the drawing at 0,0), or empty
/// when `cancelled` became true or the layout failed.
/// With `clusterRects`, also each cluster's rectangle (same coordinates, Graph::clusters order).
std::vector<QPointF> layoutWithGraphviz(const Graph &graph, const Style &style,
                                        const std::atomic<bool> *cancelled,
                                        std::vector<QRectF> *clusterRects = nullptr);

/// An uncompressed draw.io (mxGraph) file of a placed graph: zones as containers with their
/// cards inside, edges with labels. `pageName` names the draw.io page.
QByteArray writeDrawio(const Graph &graph, const QString &pageName);
/// A Mermaid flowchart of the graph (no positions needed): zones as subgraphs.
QByteArray writeMermaid(const Graph &graph);

/// Colours of the drawing: kinds take the kind registry's (the canvas uses the same),
/// statuses are the canvas badge's.
QColor stageColor(const QString &kind);
QColor componentColor(const QString &kind);
QColor statusColor(const Node &node);

} // namespace tarmac::diagram
