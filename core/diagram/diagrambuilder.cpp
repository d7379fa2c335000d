// From project and engine result to the plain drawing model: what is drawn, with which
// words and colours. Knows nothing of Graphviz.

#include "diagramgraph.h"
#include "engine/keyfigures.h"
#include "model/connectionrules.h"
#include "model/idindex.h"
#include "model/kindregistry.h"
#include "model/paramschema.h"
#include "model/starterparams.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::diagram {
namespace {

int kindOrder(const QStringList &kinds, const QString &kind)
{
    const qsizetype i = kinds.indexOf(kind);
    return i < 0 ? int(kinds.size()) : int(i); // unknown kinds after the known ones
}

void setStatus(Node &node, const QHash<QString, ItemVerdict> &verdicts)
{
    const auto v = verdicts.constFind(node.id);
    node.hasFindings = v != verdicts.cend();
    node.status = node.hasFindings ? v->worst : Severity::Info;
}

Node stageNode(const Stage &s, const StageResult *r, const QHash<QString, ItemVerdict> &verdicts,
               UnitSystem units)
{
    Node n;
    n.type = NodeType::Stage;
    n.id = s.id;
    n.name = s.name.isEmpty() ? s.id : s.name;
    n.kind = s.kind;
    n.kindName = starterName(s.kind);
    n.figures = r ? stageFigures(s, *r, units) : QString();
    n.order = kindOrder(ParamSchema::stageKinds(), s.kind);
    setStatus(n, verdicts);
    return n;
}

Node componentNode(const Component &c, const ComponentResult *r,
                   const QHash<QString, ItemVerdict> &verdicts, const Catalog &catalog,
                   UnitSystem units)
{
    Node n;
    n.type = NodeType::Component;
    n.id = c.id;
    n.name = c.name.isEmpty() ? c.id : c.name;
    n.kind = c.kind;
    n.kindName = starterName(c.kind);
    n.figures = r ? componentFigures(c, *r, catalog, units) : QString();
    n.order = kindOrder(ParamSchema::componentKinds(), c.kind);
    setStatus(n, verdicts);
    return n;
}

template <typename T> const T *at(const std::vector<T> &v, size_t i)
{
    return i < v.size() ? &v[i] : nullptr;
}

QString flowLabel(const Flow &f)
{
    const QString dataset = f.params.value(u"dataset"_s).text;
    return dataset.isEmpty() ? f.id : dataset;
}

/// Zones as clusters, parents first. A zone whose parent is missing, or that sits in a
/// parent cycle (a corrupt file), becomes a top-level cluster rather than being lost.
void addClusters(Graph &g, const Project &p, QHash<QString, int> &clusterOf)
{
    QHash<QString, const Zone *> zones;
    for (const Zone &z : p.zones)
        zones.insert(z.id, &z);
    auto depthOf = [&](const Zone &z) {
        int depth = 0;
        QString parent = z.parent;
        while (!parent.isEmpty() && zones.contains(parent) && depth <= int(p.zones.size())) {
            parent = zones.value(parent)->parent;
            ++depth;
        }
        return depth > int(p.zones.size()) ? 0 : depth;
    };
    std::vector<std::pair<int, int>> byDepth; // (depth, index) keeps the project order per depth
    for (size_t i = 0; i < p.zones.size(); ++i)
        byDepth.push_back({depthOf(p.zones[i]), int(i)});
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[depth, index] : byDepth) {
        const Zone &z = p.zones[size_t(index)];
        Cluster c;
        c.id = z.id;
        c.name = z.name.isEmpty() ? z.id : z.name;
        c.kindName = starterName(z.kind);
        c.parent = depth > 0 ? clusterOf.value(z.parent, -1) : -1;
        clusterOf.insert(z.id, int(g.clusters.size()));
        g.clusters.push_back(c);
    }
}

} // namespace

void addZoneClusters(Graph &g, const Project &p)
{
    if (!g.clusters.empty())
        return;
    QHash<QString, int> clusterOf;
    addClusters(g, p, clusterOf);
    QHash<QString, QString> zoneOf;
    for (const Component &c : p.components)
        zoneOf.insert(c.id, c.zone);
    for (Node &n : g.nodes) {
        if (n.type == NodeType::Component)
            n.cluster = clusterOf.value(zoneOf.value(n.id), -1);
    }
}

void keepOnlyZone(Graph &g, const Project &p, const QString &zone)
{
    const IdIndex index(p);
    auto inside = [&](const QString &id) { return zoneWithin(p, index, id, zone); };
    QSet<QString> components;
    for (const Component &c : p.components) {
        if (inside(c.zone))
            components.insert(c.id);
    }
    QSet<QString> kept = components;
    // The infrastructure view draws links: a fabric elsewhere that the zone's components use
    // belongs to its picture. The mapping view draws none, so there it would only float.
    for (const Link &l : p.links) {
        if (g.view == DiagramView::Infrastructure && components.contains(l.component))
            kept.insert(l.fabric);
    }
    for (const Binding &b : p.bindings) {
        if (components.contains(b.component))
            kept.insert(b.stage);
    }
    std::vector<int> newIndex(g.nodes.size(), -1);
    std::vector<Node> nodes;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        if (kept.contains(g.nodes[i].id)) {
            newIndex[i] = int(nodes.size());
            nodes.push_back(std::move(g.nodes[i]));
        }
    }
    std::vector<Edge> edges;
    for (Edge e : g.edges) {
        if (newIndex[size_t(e.from)] >= 0 && newIndex[size_t(e.to)] >= 0) {
            e.from = newIndex[size_t(e.from)];
            e.to = newIndex[size_t(e.to)];
            edges.push_back(e);
        }
    }
    // Clusters: those of the zone and its inner zones (parents still come first).
    std::vector<int> newCluster(g.clusters.size(), -1);
    std::vector<Cluster> clusters;
    for (size_t i = 0; i < g.clusters.size(); ++i) {
        if (inside(g.clusters[i].id)) {
            Cluster c = g.clusters[i];
            c.parent = c.parent >= 0 ? newCluster[size_t(c.parent)] : -1;
            newCluster[i] = int(clusters.size());
            clusters.push_back(c);
        }
    }
    for (Node &n : nodes)
        n.cluster = n.cluster >= 0 ? newCluster[size_t(n.cluster)] : -1;
    g.nodes = std::move(nodes);
    g.edges = std::move(edges);
    g.clusters = std::move(clusters);
}

Graph buildGraph(const Project &p, const EngineResult &result, DiagramView view,
                 const Catalog &catalog, UnitSystem units)
{
    Graph g;
    g.view = view;
    const QHash<QString, ItemVerdict> verdicts =
        verdictsById(result.findings, FindingFormatter(p, units));
    QHash<QString, int> nodeOf;
    auto addNode = [&](Node n) {
        nodeOf.insert(n.id, int(g.nodes.size()));
        g.nodes.push_back(std::move(n));
    };
    auto addEdge = [&](const QString &from, const QString &to, EdgeType type, const QString &label,
                       const QString &role = {}) {
        const int a = nodeOf.value(from, -1);
        const int b = nodeOf.value(to, -1);
        if (a >= 0 && b >= 0) // dangling references are the engine's findings, not our drawing
            g.edges.push_back({a, b, type, label, role});
    };

    if (view != DiagramView::Infrastructure) {
        for (size_t i = 0; i < p.stages.size(); ++i)
            addNode(stageNode(p.stages[i], at(result.stages, i), verdicts, units));
        for (const Flow &f : p.flows)
            addEdge(f.from, f.to, EdgeType::Flow, flowLabel(f));
    }
    if (view != DiagramView::Lifecycle) {
        QHash<QString, int> clusterOf;
        if (view == DiagramView::Infrastructure)
            addClusters(g, p, clusterOf);
        for (size_t i = 0; i < p.components.size(); ++i) {
            Node n =
                componentNode(p.components[i], at(result.components, i), verdicts, catalog, units);
            n.cluster = clusterOf.value(p.components[i].zone, -1);
            addNode(std::move(n));
        }
    }
    if (view == DiagramView::Mapping) {
        for (const Binding &b : p.bindings)
            addEdge(b.stage, b.component, EdgeType::Binding, roleLabel(b.role), b.role);
    } else if (view == DiagramView::Infrastructure) {
        for (const Link &l : p.links)
            addEdge(l.component, l.fabric, EdgeType::Link, {});
    }
    return g;
}

QColor stageColor(const QString &kind)
{
    return KindRegistry::color(kind);
}

QColor componentColor(const QString &kind)
{
    const KindInfo *k = KindRegistry::find(kind);
    return k ? k->color : QColor(0x78, 0x90, 0x9C);
}

QColor statusColor(const Node &node)
{
    if (!node.hasFindings)
        return QColor(0x2E, 0xA0, 0x4E); // ok: green
    switch (node.status) {
    case Severity::Error:
        return QColor(0xD6, 0x30, 0x31);
    case Severity::Warning:
        return QColor(0xE1, 0x9B, 0x00);
    case Severity::Info:
        break;
    }
    return QColor(0x3B, 0x82, 0xC4);
}

} // namespace tarmac::diagram
