// The Mermaid writer: a flowchart for Markdown-based documents (GitHub, GitLab, Confluence
// plugins) — stages and components as nodes, zones as subgraphs, flows as arrows, bindings
// dashed and links dotted, the status as a class.

#include "diagramgraph.h"

#include <QStringList>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::diagram {
namespace {

/// Text inside a quoted Mermaid label: the characters that could end the quoted string or the
/// edge label, start an entity code, markup or a Markdown string are written as entity codes
/// ("#34;"), so that a name closes nothing and opens nothing, square brackets too (no
/// Markdown link); parentheses and semicolons are text inside quotes (checked with Mermaid's
/// own parser). Line breaks
/// become <br/>.
QString label(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
        case u'#':
        case u'<':
        case u'>':
        case u'&':
        case u'|':
        case u'`':
        case u'[': // a "](" in a name must not read as a Markdown link where a renderer
        case u']': // treats labels as Markdown
            out += u'#' + QString::number(c.unicode()) + u';';
            break;
        case u'\n':
            out += u"<br/>"_s;
            break;
        default:
            if (c.unicode() >= 0x20)
                out += c;
        }
    }
    return out;
}

QString nodeText(const Node &n)
{
    QStringList lines{label(n.name)};
    if (!n.kindName.isEmpty())
        lines << label(n.kindName);
    if (!n.figures.isEmpty())
        lines << label(n.figures);
    return lines.join(u"<br/>"_s);
}

} // namespace

QByteArray writeMermaid(const Graph &g)
{
    QStringList out;
    out << (g.view == DiagramView::Lifecycle ? u"flowchart LR"_s : u"flowchart TB"_s);
    const QString indent = u"    "_s;
    auto nodeLine = [&](size_t i, const QString &pad) {
        const Node &n = g.nodes[i];
        // Stages are rounded, infrastructure square, as on the canvas.
        const bool stage = n.type == NodeType::Stage;
        return pad + u"n"_s + QString::number(i) + (stage ? u"(\""_s : u"[\""_s) + nodeText(n) +
               (stage ? u"\")"_s : u"\"]"_s);
    };
    // Zones nest as subgraphs (clusters come parents first); nodes without one stay outside.
    std::vector<std::vector<size_t>> members(g.clusters.size());
    std::vector<std::vector<size_t>> children(g.clusters.size());
    std::vector<size_t> topZones;
    for (size_t c = 0; c < g.clusters.size(); ++c) {
        if (g.clusters[c].parent >= 0)
            children[size_t(g.clusters[c].parent)].push_back(c);
        else
            topZones.push_back(c);
    }
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        if (g.nodes[i].cluster < 0)
            out << nodeLine(i, indent);
        else
            members[size_t(g.nodes[i].cluster)].push_back(i);
    }
    std::function<void(size_t, int)> zone = [&](size_t c, int depth) {
        const QString pad = indent.repeated(depth);
        const Cluster &z = g.clusters[c];
        out << pad + u"subgraph z"_s + QString::number(c) + u"[\""_s +
                   label(z.kindName.isEmpty() ? z.name : z.kindName + u": "_s + z.name) + u"\"]"_s;
        for (size_t child : children[c])
            zone(child, depth + 1);
        for (size_t i : members[c])
            out << nodeLine(i, pad + indent);
        out << pad + u"end"_s;
    };
    for (size_t c : topZones)
        zone(c, 1);
    for (const Edge &e : g.edges) {
        const QString from = u"n"_s + QString::number(e.from);
        const QString to = u"n"_s + QString::number(e.to);
        const QString arrow = e.type == EdgeType::Flow      ? u"-->"_s
                              : e.type == EdgeType::Binding ? u"-.->"_s
                                                            : u"-.-"_s;
        out << indent + from + u' ' + arrow +
                   (e.label.isEmpty() ? QString() : u"|\""_s + label(e.label) + u"\"|"_s) + u' ' +
                   to;
    }
    // The status as on the canvas: a red or amber outline.
    QStringList errors, warnings;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        const Node &n = g.nodes[i];
        if (!n.hasFindings)
            continue;
        if (n.status == Severity::Error)
            errors << u"n"_s + QString::number(i);
        else if (n.status == Severity::Warning)
            warnings << u"n"_s + QString::number(i);
    }
    out << indent + u"classDef error stroke:#D63031,stroke-width:3px"_s;
    out << indent + u"classDef warning stroke:#E19B00,stroke-width:3px"_s;
    if (!errors.isEmpty())
        out << indent + u"class "_s + errors.join(u',') + u" error"_s;
    if (!warnings.isEmpty())
        out << indent + u"class "_s + warnings.join(u',') + u" warning"_s;
    return (out.join(u'\n') + u'\n').toUtf8();
}

} // namespace tarmac::diagram
