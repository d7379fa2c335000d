// Diagram export of the 1,000-stage project: the mapping view with automatic layout to SVG,
// against `dot -Tsvg` on the same graph written as plain DOT (nodes and edges only), measured
// side by side in one run. Prints "bench: NAME VALUE UNIT" lines.

#include "diagram/diagram.h"
#include "engine/engine.h"
#include "projectgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tarmac;

namespace {

constexpr int kDefaultDotTimeoutSeconds =
    120; // dot may take far longer; the figure is then a lower bound

template <typename Fn> double medianMs(int runs, Fn fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// The mapping view's graph with nothing but names: what plain Graphviz is given.
QByteArray plainMappingDot(const Project &p)
{
    QByteArray dot = "digraph mapping {\n";
    auto quoted = [](const QString &id) {
        return '"' + id.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
    };
    for (const Stage &s : p.stages)
        dot += "  " + quoted(s.id) + ";\n";
    for (const Component &c : p.components)
        dot += "  " + quoted(c.id) + ";\n";
    for (const Flow &f : p.flows)
        dot += "  " + quoted(f.from) + " -> " + quoted(f.to) + ";\n";
    for (const Binding &b : p.bindings)
        dot += "  " + quoted(b.stage) + " -> " + quoted(b.component) + ";\n";
    return dot + "}\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // SVG needs no GUI application
    // Optional argument: seconds to give dot before stopping it.
    const int dotTimeoutMs =
        1000 * (argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : kDefaultDotTimeoutSeconds);
    const Project project = testing::generateProject(42, 1000, 300, 2000);
    const EngineResult result = computeRequirements(project);
    DiagramOptions options;
    options.view = DiagramView::Mapping;
    options.format = DiagramFormat::Svg;
    options.layout = DiagramLayout::Auto;

    bool ok = renderDiagram(project, result, options).ok(); // warm up: plugins, fonts
    const double ours =
        medianMs(5, [&] { ok = renderDiagram(project, result, options).ok() && ok; });
    if (!ok) {
        std::fprintf(stderr, "bench_diagram: the mapping view did not render\n");
        return 1;
    }
    std::printf("bench: diagram_mapping_1000_svg_auto %.1f ms\n", ours);
    std::fflush(stdout);

    const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dotTool.isEmpty()) {
        std::fprintf(stderr, "bench_diagram: dot (graphviz) is not installed; no comparison\n");
        return 0;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mapping-plain.dot"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(plainMappingDot(project)) < 0)
        return 1;
    file.close();
    QProcess dot;
    dot.setStandardOutputFile(QProcess::nullDevice());
    dot.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    dot.start(dotTool, {QStringLiteral("-Tsvg"), path});
    const bool finished = dot.waitForFinished(dotTimeoutMs);
    double theirs = double(t.nsecsElapsed()) / 1e6;
    if (!finished) {
        dot.kill();
        dot.waitForFinished();
        theirs = dotTimeoutMs;
        std::printf(
            "bench: dot_plain_mapping_1000_timed_out 1 flag\n"); // the figure is a lower bound
    }
    std::printf("bench: dot_plain_mapping_1000_svg %.1f ms\n", theirs);
    std::printf("bench: diagram_speedup %.1f x\n", theirs / ours);
    return 0;
}
