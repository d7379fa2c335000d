// Where nodes go when Graphviz is not asked to decide: the user's canvas, or (for graphs
// too large for dot to finish in time) lifecycle bands and packed zones computed here.

#include "diagramgraph.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <optional>

namespace tarmac::diagram {
namespace {

// Gaps between grid cells and blocks, in points.
constexpr double kGapX = 50;
constexpr double kGapY = 44;
constexpr double kClusterPad = 16;
constexpr double kClusterLabel = 30;

/// A generous guess of a node's drawn width. Graphviz measures the text only during layout,
/// and nodes placed here must not overlap; Helvetica averages about half an em per
/// character, bold a little more.
double estimatedWidth(const Node &n)
{
    const double text = std::max(
        {n.name.size() * 10 * 0.62, n.kindName.size() * 8 * 0.56, n.figures.size() * 9 * 0.56});
    return std::max(kNodeWidth, text + 44); // accent band, status badge, margins
}

QSizeF cellSize(const Graph &g)
{
    double width = kNodeWidth;
    for (const Node &n : g.nodes)
        width = std::max(width, estimatedWidth(n));
    return {width + kGapX, kNodeHeight + kGapY};
}

/// Nodes sorted by kind order (lifecycle order for stages), then project order.
std::vector<int> sortedByKind(const Graph &g, NodeType type)
{
    std::vector<int> nodes;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        if (g.nodes[i].type == type)
            nodes.push_back(int(i));
    }
    std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
        return g.nodes[size_t(a)].order < g.nodes[size_t(b)].order;
    });
    return nodes;
}

/// Lays `nodes` (sorted by kind) out in bands, one per kind, left to right; inside a band
/// columns fill top to bottom. Every node of an earlier kind lies left of every node of a
/// later one: the lifecycle order reads left to right. Returns the block's size.
QSizeF placeBands(Graph &g, const std::vector<int> &nodes, QSizeF cell, double aspect, double top)
{
    if (nodes.empty())
        return {};
    const double n = double(nodes.size());
    const int rows =
        std::max(1, int(std::lround(std::sqrt(n * cell.width() / (aspect * cell.height())))));
    const double bandGap = cell.width() * 0.3;
    double x0 = 0;
    int tallest = 0;
    size_t i = 0;
    while (i < nodes.size()) {
        const int order = g.nodes[size_t(nodes[i])].order;
        size_t end = i;
        while (end < nodes.size() && g.nodes[size_t(nodes[end])].order == order)
            ++end;
        const int count = int(end - i);
        for (int j = 0; j < count; ++j) {
            g.nodes[size_t(nodes[i + size_t(j)])].center = QPointF(
                x0 + (j / rows + 0.5) * cell.width(), top + (j % rows + 0.5) * cell.height());
        }
        tallest = std::max(tallest, std::min(rows, count));
        x0 += std::ceil(double(count) / rows) * cell.width() + bandGap;
        i = end;
    }
    return {x0 - bandGap, tallest * cell.height()};
}

void shift(Graph &g, const std::vector<int> &nodes, double dx)
{
    for (int i : nodes)
        g.nodes[size_t(i)].center.rx() += dx;
}

/// Zones as nested boxes: each holds a grid of its own components and its child zones,
/// packed in rows (shelves) no wider than a roughly square box would be.
void placeZones(Graph &g, QSizeF cell)
{
    const int root = int(g.clusters.size());
    std::vector<std::vector<int>> childZones(size_t(root) + 1), members(size_t(root) + 1);
    for (size_t c = 0; c < g.clusters.size(); ++c)
        childZones[size_t(g.clusters[c].parent < 0 ? root : g.clusters[c].parent)].push_back(
            int(c));
    for (int n : sortedByKind(g, NodeType::Component))
        members[size_t(g.nodes[size_t(n)].cluster < 0 ? root : g.nodes[size_t(n)].cluster)]
            .push_back(n);

    std::vector<QSizeF> size(size_t(root) + 1);
    std::vector<QPointF> zoneOffset(size_t(root) + 1); // relative to the parent's top-left
    std::vector<QPointF> nodeOffset(g.nodes.size());   // centre, relative to its zone's top-left
    // Children come after parents in g.clusters, so going backwards sizes children first;
    // the root (all zones without a parent) comes last.
    for (int k = 0; k <= root; ++k) {
        const int c = k < root ? root - 1 - k : root;
        const bool isRoot = c == root;
        const double padX = isRoot ? 0 : kClusterPad;
        const double padTop = isRoot ? 0 : kClusterLabel;
        struct Item {
            QSizeF size;
            int zone; // -1: the grid of own members
            QPointF at;
        };
        std::vector<Item> items;
        const std::vector<int> &own = members[size_t(c)];
        if (!own.empty()) {
            const int cols = std::max(
                1,
                int(std::ceil(std::sqrt(double(own.size()) * cell.height() * 1.6 / cell.width()))));
            const int rows = int((own.size() + size_t(cols) - 1) / size_t(cols));
            items.push_back({QSizeF(std::min<size_t>(size_t(cols), own.size()) * cell.width(),
                                    rows * cell.height()),
                             -1,
                             {}});
        }
        for (int child : childZones[size_t(c)])
            items.push_back({size[size_t(child)], child, {}});
        double area = 0, widest = 0;
        for (const Item &it : items) {
            area += it.size.width() * it.size.height();
            widest = std::max(widest, it.size.width());
        }
        const double maxRow = std::max(widest, std::sqrt(area * 1.6));
        double x = 0, y = 0, rowHeight = 0, width = 0;
        for (Item &it : items) {
            if (x > 0 && x + it.size.width() > maxRow) {
                y += rowHeight + kGapY;
                x = rowHeight = 0;
            }
            it.at = QPointF(padX + x, padTop + y);
            x += it.size.width() + kGapX;
            rowHeight = std::max(rowHeight, it.size.height());
            width = std::max(width, x - kGapX);
        }
        for (const Item &it : items) {
            if (it.zone >= 0) {
                zoneOffset[size_t(it.zone)] = it.at;
                continue;
            }
            const int cols = std::max(1, int(std::lround(it.size.width() / cell.width())));
            for (size_t j = 0; j < own.size(); ++j) {
                nodeOffset[size_t(own[j])] =
                    it.at + QPointF((double(j % size_t(cols)) + 0.5) * cell.width(),
                                    (double(j / size_t(cols)) + 0.5) * cell.height());
            }
        }
        size[size_t(c)] = items.empty() ? QSizeF(kNodeWidth, kNodeHeight)
                                        : QSizeF(width + 2 * padX, padTop + y + rowHeight + padX);
    }
    std::vector<QPointF> origin(size_t(root) + 1);
    for (size_t c = 0; c < g.clusters.size(); ++c) { // parents first
        const int parent = g.clusters[c].parent < 0 ? root : g.clusters[c].parent;
        origin[c] = origin[size_t(parent)] + zoneOffset[c];
        g.clusters[c].rect = QRectF(origin[c], size[c]);
    }
    for (size_t n = 0; n < g.nodes.size(); ++n) {
        const int zone = g.nodes[n].cluster < 0 ? root : g.nodes[n].cluster;
        g.nodes[n].center = origin[size_t(zone)] + nodeOffset[n];
    }
}

} // namespace

bool hasCanvasPositions(const Graph &graph, const Project &project)
{
    for (const Node &n : graph.nodes) {
        if (project.layout.contains(n.id))
            return true;
    }
    for (const Cluster &c : graph.clusters) {
        if (project.layout.contains(c.id))
            return true;
    }
    return false;
}

void placeFromCanvas(Graph &g, const Project &p)
{
    // What has no stored position goes where the canvas draws it (packedCanvasLayout), which
    // is worked out only if something needs it.
    std::optional<QMap<QString, Placement>> packed;
    auto canvasSpot = [&](const QString &id) {
        if (!packed)
            packed = packedCanvasLayout(p);
        return packed->value(id);
    };
    const QPointF half(kNodeWidth / 2, kNodeHeight / 2); // layout holds top-left corners
    for (Node &n : g.nodes) {
        const auto it = p.layout.constFind(n.id);
        const Placement at = it != p.layout.constEnd() ? *it : canvasSpot(n.id);
        n.center = QPointF(at.x, at.y) + half;
    }
    for (Cluster &c : g.clusters) {
        const auto it = p.layout.constFind(c.id);
        Placement at = it != p.layout.constEnd() ? *it : canvasSpot(c.id);
        if (at.width <= 0 || at.height <= 0) { // a stored corner without a size
            const Placement spot = canvasSpot(c.id);
            at.width = spot.width;
            at.height = spot.height;
        }
        c.rect = QRectF(at.x, at.y, at.width, at.height);
    }
    g.placed = true;
}

void placeInBands(Graph &g)
{
    const QSizeF cell = cellSize(g);
    if (g.view == DiagramView::Infrastructure) {
        placeZones(g, cell);
    } else {
        const std::vector<int> stages = sortedByKind(g, NodeType::Stage);
        const std::vector<int> components = sortedByKind(g, NodeType::Component);
        const double aspect = g.view == DiagramView::Lifecycle ? 1.6 : 2.4;
        const QSizeF top = placeBands(g, stages, cell, aspect, 0);
        // Room between the rows for the bindings to fan out.
        const double below = stages.empty() ? 0 : top.height() + 4 * cell.height();
        const QSizeF bottom = placeBands(g, components, cell, aspect, below);
        if (top.width() < bottom.width())
            shift(g, stages, (bottom.width() - top.width()) / 2);
        else
            shift(g, components, (top.width() - bottom.width()) / 2);
    }
    g.placed = true;
}

void placeInColumns(Graph &g)
{
    const QSizeF cell = cellSize(g);
    const std::vector<int> stages = sortedByKind(g, NodeType::Stage);
    std::vector<int> components = sortedByKind(g, NodeType::Component);
    const double row = kNodeHeight + kGapY / 2;
    for (size_t k = 0; k < stages.size(); ++k)
        g.nodes[size_t(stages[k])].center = QPointF(cell.width() / 2, k * row + kNodeHeight / 2);
    // Each component beside the mean height of the stages bound to it; unbound ones last.
    std::vector<double> sum(g.nodes.size(), 0), count(g.nodes.size(), 0);
    for (const Edge &e : g.edges) {
        if (e.type == EdgeType::Binding) {
            sum[size_t(e.to)] += g.nodes[size_t(e.from)].center.y();
            ++count[size_t(e.to)];
        }
    }
    const double unbound = stages.size() * row + kNodeHeight / 2;
    auto wanted = [&](int i) {
        return count[size_t(i)] ? sum[size_t(i)] / count[size_t(i)] : unbound;
    };
    std::stable_sort(components.begin(), components.end(),
                     [&](int a, int b) { return wanted(a) < wanted(b); });
    // Room between the columns for the binding labels.
    const double x = cell.width() + 1.6 * kGapX + cell.width() / 2;
    double next = kNodeHeight / 2;
    for (int i : components) {
        const double y = std::max(wanted(i), next);
        g.nodes[size_t(i)].center = QPointF(x, y);
        next = y + row;
    }
    g.placed = true;
}

void placeForCanvas(Graph &g)
{
    const QSizeF cell = cellSize(g);
    placeZones(g, cell); // components and zones, from the top-left corner
    const std::vector<int> stages = sortedByKind(g, NodeType::Stage);
    const QSizeF top = placeBands(g, stages, cell, 2.4, 0);
    // Below the stages, with room for the bindings to fan out.
    const double below = stages.empty() ? 0 : top.height() + 2 * cell.height();
    for (Node &n : g.nodes) {
        if (n.type == NodeType::Component)
            n.center.ry() += below;
    }
    for (Cluster &c : g.clusters)
        c.rect.translate(0, below);
    g.placed = true;
}

} // namespace tarmac::diagram
