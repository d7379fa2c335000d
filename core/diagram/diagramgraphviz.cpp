// The drawing model as a libcgraph graph; layout and rendering with libgvc.
// Graphviz keeps global state (error handler, plugin tables, the nop/neato flags) and is not
// thread-safe, so every use goes through one Session, which holds one process-wide lock and
// the one context.

#include "diagramgraph.h"
#include "graphviztext.h"

#include <QCoreApplication>
#include <QMutex>
#include <algorithm>
#include <cstring>
#include <gvc.h>
#include <map>
#include <string>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::diagram {
namespace {

// A translation context lupdate can see (a free DiagramText::tr() would be filed under the wrong
// one).
struct DiagramText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Diagram)
};

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// Graphviz's messages while a session runs: kept for the error text, never printed (a
// headless export must not litter stderr with layout warnings).
QByteArray *g_messages = nullptr;

int collectMessage(char *text)
{
    if (g_messages && g_messages->size() < 4096)
        g_messages->append(text);
    return 0;
}

/// One context for the whole process, created on first use and kept: Graphviz's pango
/// plugin caches a pointer to the last font name, which a freed context would leave
/// dangling (valgrind shows the read); loading the plugins once is also cheaper.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

/// The context for layouts and for outputs that draw their text themselves (SVG, DOT): the
/// same plugins, with every distinct text measured once (graphviztext.h). Kept like the other.
GVC_t *measuringContext()
{
    static GVC_t *gvc = [] {
        const lt_symlist_t *builtins = rememberingTextLayout();
        return builtins ? gvContextPlugins(builtins, 1) : context();
    }();
    return gvc;
}

class Session {
public:
    /// `format`: what will be rendered; a cairo renderer needs the context whose text layouts
    /// it can draw.
    explicit Session(const char *format = nullptr)
        : m_locker(&graphvizLock())
    {
        g_messages = &m_messages;
        m_previousHandler = agseterrf(collectMessage);
        m_previousLevel = agseterr(AGWARN);
        agreseterrors();
        m_gvc = format && std::strstr(format, "cairo") ? context() : measuringContext();
    }
    ~Session()
    {
        agseterr(m_previousLevel);
        agseterrf(m_previousHandler);
        g_messages = nullptr;
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    GVC_t *gvc() const { return m_gvc; }
    /// `message`, followed by what Graphviz said.
    QString failure(const QString &message) const
    {
        const QString details = QString::fromUtf8(m_messages).simplified();
        return details.isEmpty() ? message : message + u": "_s + details;
    }

private:
    QMutexLocker<QMutex> m_locker;
    QByteArray m_messages;
    agusererrf m_previousHandler = nullptr;
    agerrlevel_t m_previousLevel = AGWARN;
    GVC_t *m_gvc = nullptr;
};

// libcgraph takes char * everywhere but copies what it is given.
char *cs(const QByteArray &bytes)
{
    return const_cast<char *>(bytes.constData());
}
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}
QByteArray hex(const QColor &c)
{
    return c.name(QColor::HexRgb).toLatin1();
}

/// Text for an HTML-like label: the five XML specials become entities, so a name like
/// "</text><script>" stays text in every output. Graphviz still expands \N, \G, … in HTML
/// text and reads "\\" as one backslash, so backslashes are doubled. Control characters
/// and U+FFFE/U+FFFF would make Graphviz's XML parser reject the label; they become spaces.
/// Labels stop at 160 characters: longer ones are unreadable on any diagram, and Graphviz's
/// own DOT writer emits very long labels in a form its reader cannot parse back.
constexpr qsizetype kMaxLabelChars = 160;

QByteArray html(const QString &full)
{
    QString text = full;
    if (text.size() > kMaxLabelChars) {
        qsizetype cut = kMaxLabelChars;
        if (text[cut - 1].isHighSurrogate())
            --cut;
        text = text.left(cut) + u'\u2026';
    }
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        default:
            // Not allowed in XML either: Graphviz would drop the label for the node's name.
            out += ch.unicode() < 0x20 || ch.unicode() == 0x7F || ch.unicode() >= 0xFFFE
                       ? QChar(u' ')
                       : ch;
        }
    }
    return out.toUtf8();
}

/// A node name Graphviz writes back unchanged: the project id when it is plain, otherwise
/// a generated one ('#' never occurs in plain ids, so the two cannot collide).
QByteArray nodeName(const Node &n, size_t index)
{
    const bool plain = !n.id.isEmpty() && std::all_of(n.id.cbegin(), n.id.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.');
    });
    return plain ? n.id.toLatin1() : "#n" + QByteArray::number(qulonglong(index));
}

struct Palette {
    QColor background, text, muted, flow, binding;
};

Palette palette(bool dark)
{
    if (dark)
        return {QColor(0x1E, 0x21, 0x26), QColor(0xEE, 0xEE, 0xEE), QColor(0xAA, 0xAA, 0xAA),
                QColor(0xB8, 0xC2, 0xCE), QColor(0x8A, 0x96, 0xA6)};
    return {QColor(0xFF, 0xFF, 0xFF), QColor(0x1E, 0x1E, 0x1E), QColor(0x5A, 0x5A, 0x5A),
            QColor(0x33, 0x3A, 0x44), QColor(0x6B, 0x77, 0x86)};
}

/// Name, kind and key figures beside a band in the kind's colour, with a status badge that
/// carries a sign as well as a colour (readable without colour vision), like the canvas.
QByteArray nodeLabel(const Node &n, const QColor &accent, const Palette &pal)
{
    const char *sign = !n.hasFindings                  ? "\u2713"
                       : n.status == Severity::Error   ? "\u00d7"
                       : n.status == Severity::Warning ? "!"
                                                       : "i";
    const int rows = n.figures.isEmpty() ? 2 : 3;
    QByteArray s = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
    s += "<TR><TD ROWSPAN=\"" + QByteArray::number(rows) + "\" WIDTH=\"6\" BGCOLOR=\"" +
         hex(accent) + "\"></TD>";
    s += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + hex(pal.text) + "\"><B>" +
         html(n.name) + "</B></FONT></TD>";
    s += "<TD WIDTH=\"14\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"" + hex(statusColor(n)) +
         "\"><FONT POINT-SIZE=\"9\" COLOR=\"#FFFFFF\"><B>" + sign + "</B></FONT></TD></TR>";
    s += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"8\" COLOR=\"" + hex(pal.muted) +
         "\">" + html(n.kindName) + "</FONT></TD></TR>";
    if (!n.figures.isEmpty()) {
        s += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"9\" COLOR=\"" +
             hex(pal.text) + "\">" + html(n.figures) + "</FONT></TD></TR>";
    }
    return s + "</TABLE>";
}

class GraphBuilder {
public:
    GraphBuilder(const Graph &graph, const Style &style)
        : m_graph(graph)
        , m_style(style)
        , m_pal(palette(style.dark))
    {
    }
    ~GraphBuilder()
    {
        if (m_g)
            agclose(m_g);
    }
    GraphBuilder(const GraphBuilder &) = delete;
    GraphBuilder &operator=(const GraphBuilder &) = delete;

    Agraph_t *build();
    /// Hands the graph over: the builder no longer closes it.
    Agraph_t *release() { return std::exchange(m_g, nullptr); }
    const char *engine() const { return m_graph.placed ? "nop" : "dot"; }
    Agraph_t *graph() const { return m_g; }
    Agnode_t *node(size_t i) const { return m_nodes[i]; }
    Agraph_t *cluster(size_t i) const { return m_clusters[i]; }

private:
    void graphAttributes();
    void addClusters();
    void addNodes();
    void addEdges();
    void rankConstraints();
    void set(void *object, const char *name, const QByteArray &value)
    {
        agsafeset(object, cs(name), cs(value), cs(""));
    }
    void setHtml(void *object, const char *name, const QByteArray &markup)
    {
        char *label = agstrdup_html(m_g, cs(markup));
        agsafeset(object, cs(name), label, cs(""));
        agstrfree(m_g, label);
    }
    bool isFlat(const Edge &e) const
    {
        if (m_graph.placed || e.type != EdgeType::Flow)
            return false;
        return m_graph.view == DiagramView::Mapping ||
               m_graph.nodes[size_t(e.from)].order == m_graph.nodes[size_t(e.to)].order;
    }
    Agedge_t *invisibleEdge(Agraph_t *in, size_t from, size_t to)
    {
        Agedge_t *e = agedge(in, m_nodes[from], m_nodes[to], nullptr, 1);
        set(e, "style", "invis");
        return e;
    }

    const Graph &m_graph;
    Style m_style;
    Palette m_pal;
    Agraph_t *m_g = nullptr;
    std::vector<Agraph_t *> m_clusters;
    std::vector<Agnode_t *> m_nodes;
};

// Same input, same output. cgraph's default id discipline uses the address of each interned
// name as its id, and orders subgraphs (our clusters) by id: heap addresses vary from run to
// run, and so did the order of clusters in the output. This discipline numbers names in the
// order they are first used instead. Strings stay in the graph's own dictionary (agstrdup) and
// are released with the graph.
struct SequentialIds {
    Agraph_t *graph = nullptr;
    std::map<std::string, IDTYPE> ids;
    std::map<IDTYPE, char *> names;
    IDTYPE nextNamed = 2;     // even: named objects
    IDTYPE nextAnonymous = 1; // odd: anonymous ones, as cgraph does
};

void *idOpen(Agraph_t *g, Agdisc_t *)
{
    auto *state = new SequentialIds;
    state->graph = g;
    return state;
}

long idMap(void *state, int, char *str, IDTYPE *id, int createflag)
{
    auto *s = static_cast<SequentialIds *>(state);
    if (!str) {
        *id = s->nextAnonymous;
        s->nextAnonymous += 2;
        return 1;
    }
    const auto found = s->ids.find(str);
    if (found != s->ids.end()) {
        *id = found->second;
        return 1;
    }
    if (!createflag) {
        *id = 0; // no such name: cgraph then finds no object, as with its own discipline
        return 1;
    }
    char *name = agstrdup(s->graph, str);
    *id = s->nextNamed;
    s->nextNamed += 2;
    s->ids.emplace(str, *id);
    s->names.emplace(*id, name);
    return 1;
}

long idAlloc(void *, int, IDTYPE)
{
    return 0;
}
void idFree(void *, int, IDTYPE) {}

char *idPrint(void *state, int, IDTYPE id)
{
    auto *s = static_cast<SequentialIds *>(state);
    const auto found = s->names.find(id);
    return found == s->names.end() ? nullptr : found->second;
}

void idClose(void *state)
{
    delete static_cast<SequentialIds *>(state);
}
void idRegister(void *, int, void *) {}

Agiddisc_t sequentialIdDisc = {idOpen, idMap, idAlloc, idFree, idPrint, idClose, idRegister};

Agraph_t *GraphBuilder::build()
{
    static Agdisc_t discipline = {&AgMemDisc, &sequentialIdDisc, &AgIoDisc};
    m_g = agopen(cs("tarmac"), Agdirected, &discipline);
    graphAttributes();
    addClusters();
    addNodes();
    addEdges();
    if (!m_graph.placed)
        rankConstraints();
    return m_g;
}

void GraphBuilder::graphAttributes()
{
    const bool lifecycle = m_graph.view == DiagramView::Lifecycle;
    set(m_g, "fontname", "Helvetica");
    set(m_g, "bgcolor", hex(m_pal.background));
    set(m_g, "pad", "0.2");
    set(m_g, "margin", "0"); // PDF would add half an inch on each side, outside the background
    set(m_g, "outputorder", "edgesfirst"); // nodes over edges: a busy drawing stays legible
    set(m_g, "rankdir", lifecycle != m_graph.portrait ? "LR" : "TB");
    // Mapping: flows run inside the stage row and their labels need the gaps.
    set(m_g, "nodesep", m_graph.view == DiagramView::Mapping ? "0.9" : "0.35");
    set(m_g, "ranksep", m_graph.view == DiagramView::Mapping ? "1.2" : "0.6");
    if (m_graph.placed) {
        // Routing around nodes (neato's visibility graph) costs about nodes² × edges × 0.6 µs
        // on a 2-core test machine: 8 ms for the example, seconds at 150 nodes. Past a
        // budget of about 0.3 s, straight lines, which cost nothing.
        const double n = double(m_graph.nodes.size()), e = double(m_graph.edges.size());
        set(m_g, "splines", n * n * e <= 5e5 ? "true" : "line");
    }
    // Graphviz defaults that apply to every node and edge, declared once.
    agattr(m_g, AGNODE, cs("fontname"), cs("Helvetica"));
    agattr(m_g, AGNODE, cs("shape"), cs("box"));
    agattr(m_g, AGNODE, cs("penwidth"), cs("1.5"));
    agattr(m_g, AGNODE, cs("margin"), cs("0.06,0.04"));
    agattr(m_g, AGEDGE, cs("fontname"), cs("Helvetica"));
    agattr(m_g, AGEDGE, cs("arrowsize"), cs("0.8"));
}

void GraphBuilder::addClusters()
{
    for (size_t i = 0; i < m_graph.clusters.size(); ++i) {
        const Cluster &c = m_graph.clusters[i];
        Agraph_t *parent = c.parent >= 0 ? m_clusters[size_t(c.parent)] : m_g;
        Agraph_t *sub = agsubg(parent, cs("cluster_" + QByteArray::number(qulonglong(i))), 1);
        m_clusters.push_back(sub);
        set(sub, "style", "rounded,filled");
        set(sub, "fillcolor", m_style.dark ? "#8A9BAE26" : "#8A9BAE1C");
        set(sub, "color", "#7A8899");
        set(sub, "labeljust", "l");
        set(sub, "labelloc", "t");
        if (m_style.bare) {
            // No drawing, but the canvas writes the zone's name above its contents: keep
            // room for it at the size the zoomed-out canvas draws it.
            // The canvas writes "Rack: name" there, larger when zoomed out.
            set(sub, "label", (c.kindName + u": "_s + c.name).toUtf8());
            set(sub, "fontsize", "26");
        } else {
            setHtml(sub, "label",
                    "<FONT POINT-SIZE=\"10\" COLOR=\"" + hex(m_pal.text) + "\"><B>" + html(c.name) +
                        "</B></FONT> <FONT POINT-SIZE=\"8\" COLOR=\"" + hex(m_pal.muted) + "\">" +
                        html(c.kindName) + "</FONT>");
        }
        if (m_graph.placed) { // nop draws a cluster only where its "bb" says: y points up
            const QRectF r = c.rect;
            set(sub, "bb",
                QByteArray::number(qRound(r.left())) + ',' +
                    QByteArray::number(qRound(-r.bottom())) + ',' +
                    QByteArray::number(qRound(r.right())) + ',' +
                    QByteArray::number(qRound(-r.top())));
        }
    }
}

void GraphBuilder::addNodes()
{
    const QByteArray minWidth = num(kNodeWidth / 72), minHeight = num(kNodeHeight / 72);
    for (size_t i = 0; i < m_graph.nodes.size(); ++i) {
        const Node &n = m_graph.nodes[i];
        Agraph_t *in = n.cluster >= 0 ? m_clusters[size_t(n.cluster)] : m_g;
        Agnode_t *v = agnode(in, cs(nodeName(n, i)), 1);
        m_nodes.push_back(v);
        const bool stage = n.type == NodeType::Stage;
        const QColor accent = stage ? stageColor(n.kind) : componentColor(n.kind);
        set(v, "width", minWidth);
        set(v, "height", minHeight);
        if (m_graph.placed) // points, y up; '!' pins it
            set(v, "pos", num(n.center.x()) + ',' + num(-n.center.y()) + '!');
        if (m_style.bare) {
            set(v, "label", "");
            set(v, "fixedsize", "true");
            continue;
        }
        QColor fill = m_style.dark ? QColor(0x2B, 0x2F, 0x36) : QColor(Qt::white);
        if (stage)
            fill = m_style.dark ? accent.darker(330) : accent.lighter(185);
        set(v, "style", stage ? "rounded,filled" : "filled"); // stages round, infrastructure square
        set(v, "fillcolor", hex(fill));
        set(v, "color", hex(accent.darker(120)));
        setHtml(v, "label", nodeLabel(n, accent, m_pal));
    }
}

void GraphBuilder::addEdges()
{
    for (const Edge &edge : m_graph.edges) {
        Agedge_t *e = agedge(m_g, m_nodes[size_t(edge.from)], m_nodes[size_t(edge.to)], nullptr, 1);
        const QColor color = edge.type == EdgeType::Flow ? m_pal.flow : m_pal.binding;
        set(e, "color", hex(color));
        if (edge.type == EdgeType::Flow) {
            set(e, "penwidth", "1.4");
            // A feedback flow (monitoring back to training) must not pull ranks out of
            // lifecycle order; only the forward flows and the kind order rank the stages.
            if (!m_graph.placed && m_graph.view == DiagramView::Lifecycle &&
                m_graph.nodes[size_t(edge.from)].order > m_graph.nodes[size_t(edge.to)].order)
                set(e, "constraint", "false");
        } else if (edge.type == EdgeType::Binding) {
            set(e, "style", "dashed");
            // The arrow says which way data goes: a stage reads from, writes to a component.
            set(e, "dir",
                edge.role == u"reads"    ? "back"
                : edge.role == u"writes" ? "forward"
                                         : "none");
        } else {
            set(e, "style", "dotted");
            set(e, "dir", "none");
            set(e, "penwidth", "1.2");
        }
        // In a large drawing edge labels pile up at the midpoints, unreadable, and measuring
        // and placing them costs more than the rest of the export: they are left out there.
        if (!m_style.bare && !edge.label.isEmpty() && !isLarge(m_graph)) {
            // dot 2.42 can crash routing labelled edges within one rank ("flat" edges); an
            // external label is placed after routing and never takes that path.
            setHtml(e, isFlat(edge) ? "xlabel" : "label",
                    "<FONT POINT-SIZE=\"8\" COLOR=\"" + hex(m_pal.muted) + "\">" +
                        html(edge.label) + "</FONT>");
        }
    }
}

/// For dot: the lifecycle order as ranks (lifecycle view: one rank per stage kind, left to
/// right), or stages on the top rank in lifecycle order and components on the bottom one
/// (mapping view). Invisible edges carry the order; rank=same groups keep kinds together.
void GraphBuilder::rankConstraints()
{
    std::vector<size_t> stages, components;
    for (size_t i = 0; i < m_graph.nodes.size(); ++i)
        (m_graph.nodes[i].type == NodeType::Stage ? stages : components).push_back(i);
    std::stable_sort(stages.begin(), stages.end(), [&](size_t a, size_t b) {
        return m_graph.nodes[a].order < m_graph.nodes[b].order;
    });
    if (m_graph.view == DiagramView::Lifecycle) {
        Agraph_t *group = nullptr;
        size_t leader = 0;
        for (size_t k = 0; k < stages.size(); ++k) {
            const size_t i = stages[k];
            if (k == 0 || m_graph.nodes[i].order != m_graph.nodes[stages[k - 1]].order) {
                group = agsubg(m_g, cs("kind_" + QByteArray::number(m_graph.nodes[i].order)), 1);
                set(group, "rank", "same");
                if (k > 0)
                    invisibleEdge(m_g, leader, i);
                leader = i;
            }
            agsubnode(group, m_nodes[i], 1);
        }
    } else if (m_graph.view == DiagramView::Mapping) {
        Agraph_t *top = agsubg(m_g, cs("stages"), 1);
        set(top, "rank", "min");
        for (size_t k = 0; k < stages.size(); ++k) {
            agsubnode(top, m_nodes[stages[k]], 1);
            if (k > 0)
                set(invisibleEdge(top, stages[k - 1], stages[k]), "weight", "0");
        }
        // A node in a zone's cluster cannot also be in a rank=same group (dot aborts in
        // mincross): zoned components sit below through the edge from the first stage.
        Agraph_t *bottom = agsubg(m_g, cs("components"), 1);
        set(bottom, "rank", "max");
        for (size_t i : components) {
            if (m_graph.nodes[i].cluster < 0)
                agsubnode(bottom, m_nodes[i], 1);
            else if (!stages.empty())
                set(invisibleEdge(m_g, stages.front(), i), "weight", "0");
        }
        if (!stages.empty() && !components.empty()) // two rows even without any binding
            invisibleEdge(m_g, stages.front(), components.front());
    }
}

/// Frees a layout (even a failed one) before the graph is closed: declared after the
/// builder, it is destroyed before it.
class LayoutGuard {
public:
    LayoutGuard(GVC_t *gvc, Agraph_t *g)
        : m_gvc(gvc)
        , m_g(g)
    {
    }
    ~LayoutGuard()
    {
        if (m_g)
            gvFreeLayout(m_gvc, m_g);
    }
    void dismiss() { m_g = nullptr; }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_g;
};

} // namespace

Rendered renderWithGraphviz(const Graph &graph, const Style &style, const char *format, int dpi,
                            bool keepGraph)
{
    Session session(format);
    GraphBuilder builder(graph, style);
    Agraph_t *g = builder.build();
    if (dpi > 0)
        agsafeset(g, cs("dpi"), cs(QByteArray::number(dpi)), cs(""));
    LayoutGuard guard(session.gvc(), g);
    if (keepGraph) {
        static auto *kept = new std::vector<Agraph_t *>; // reachable: no leak is reported
        kept->push_back(builder.release());
        guard.dismiss();
    }
    Rendered out;
    if (gvLayout(session.gvc(), g, builder.engine()) != 0) {
        out.error = session.failure(DiagramText::tr("Graphviz could not lay out the diagram"));
        return out;
    }
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(session.gvc(), g, format, &data, &length) == 0 && data)
        out.data = QByteArray(data, qsizetype(length));
    else
        out.error = session.failure(DiagramText::tr("Graphviz could not render the diagram"));
    gvFreeRenderData(data);
    // A DOT file is for other tools to read: prove Graphviz itself reads it back.
    if (out.error.isEmpty() && qstrcmp(format, "dot") == 0) {
        Agraph_t *back = agmemread(out.data.constData());
        if (back)
            agclose(back);
        else
            out.error = session.failure(DiagramText::tr("Graphviz wrote DOT it cannot read back"));
    }
    return out;
}

std::vector<QPointF> layoutWithGraphviz(const Graph &graph, const Style &style,
                                        const std::atomic<bool> *cancelled,
                                        std::vector<QRectF> *clusterRects)
{
    auto stop = [cancelled] { return cancelled && cancelled->load(); };
    Session session;
    if (stop())
        return {};
    GraphBuilder builder(graph, style);
    Agraph_t *g = builder.build();
    const LayoutGuard guard(session.gvc(), g);
    if (stop() || gvLayout(session.gvc(), g, builder.engine()) != 0 || stop())
        return {};
    const boxf bb = GD_bb(g);
    std::vector<QPointF> centers;
    centers.reserve(graph.nodes.size());
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const pointf p = ND_coord(builder.node(i));
        centers.emplace_back(p.x - bb.LL.x, bb.UR.y - p.y);
    }
    if (clusterRects) {
        clusterRects->clear();
        for (size_t i = 0; i < graph.clusters.size(); ++i) {
            const boxf c = GD_bb(builder.cluster(i));
            clusterRects->emplace_back(QPointF(c.LL.x - bb.LL.x, bb.UR.y - c.UR.y),
                                       QPointF(c.UR.x - bb.LL.x, bb.UR.y - c.LL.y));
        }
    }
    return centers;
}

} // namespace tarmac::diagram
