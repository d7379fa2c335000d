// Canvas figures for the 1,000-stage project: building the scene, repainting the whole
// 1920×1080 view as a screen gets it, and one edit through the engine to the badges.

#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "commands/commands.h"
#include "diagram/diagram.h"
#include "engine/liveengine.h"
#include "projectgenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tarmac;

namespace {

template <typename Fn> double medianMs(int runs, Fn fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// A full repaint as a screen gets it: the viewport's paint event into the window's backing
/// store (the offscreen platform keeps one like any other). QGraphicsView::render() into an
/// image, what this bench measured until 2026-12-06, takes another path with a clipped painter
/// and was up to six times quicker than what a user waited for (decision 0025).
double repaintMs(QGraphicsView &view, int runs)
{
    return medianMs(runs, [&](int) { view.viewport()->repaint(); });
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // 10,000 stages: the core issue's goals are a build within 1 s and a full repaint within
    // 16 ms (the level of detail draws a zoomed-out board as shapes).
    {
        const Project big = testing::generateProject(42, 10000, 3000, 20000);
        ProjectDocument document;
        LiveEngine engine(&document);
        CanvasScene scene(&document, &engine);
        // The event loop runs between two opens in the application: items are polished and
        // indexed then, so the next open deletes items the way it does for a user.
        const double build = medianMs(3, [&](int) {
            document.reset(big);
            QApplication::processEvents();
        });
        std::printf("bench: canvas_build_scene_10000_stages %.1f ms (goal <= 1000: %s)\n", build,
                    build <= 1000 ? "ok" : "over");
        CanvasView view(&scene);
        view.setFrameShape(QFrame::NoFrame);
        view.resize(1920, 1080);
        view.show();
        QApplication::processEvents();
        view.zoomToFit();
        // "--repeat N": the laid-out repaint N times over, and nothing else, for a profiler.
        const qsizetype repeat = app.arguments().indexOf(QStringLiteral("--repeat"));
        if (repeat < 0) {
            const double repaint = repaintMs(view, 5);
            std::printf("bench: canvas_repaint_1920x1080_10000_stages %.1f ms (goal <= 16: %s)\n",
                        repaint, repaint <= 16 ? "ok" : "over");
        }
        if (const qsizetype save = app.arguments().indexOf(QStringLiteral("--save")); save > 0)
            view.viewport()->grab().save(app.arguments().value(save + 1) +
                                         QStringLiteral("/canvas-10000-fit.png"));

        // The generator scatters cards at random, thousands on top of each other in any
        // window: the worst case. Laid out as the canvas lays out a project without positions
        // (lifecycle bands, components in their zones), as a user's project is arranged.
        Project packed = big;
        packed.layout = packedCanvasLayout(big);
        document.reset(packed);
        QApplication::processEvents();
        view.zoomToFit();
        const int runs = repeat > 0 ? app.arguments().value(repeat + 1).toInt() : 5;
        const double packedRepaint = repaintMs(view, std::max(runs, 1));
        std::printf("bench: canvas_repaint_1920x1080_10000_stages_laid_out %.1f ms (zoom %.3f; "
                    "goal <= 16: %s)\n",
                    packedRepaint, view.zoom(), packedRepaint <= 16 ? "ok" : "over");
        if (const qsizetype save = app.arguments().indexOf(QStringLiteral("--save")); save > 0)
            view.viewport()->grab().save(app.arguments().value(save + 1) +
                                         QStringLiteral("/canvas-10000-laid-out-fit.png"));
        if (repeat > 0)
            return 0;
    }
    // Switching the persona view: every item shown or hidden, every card's figures made
    // again with what it runs on or serves. Three sizes: a quadratic term hides at 1,000.
    for (const int stages : {1000, 10000, 100000}) {
        const Project p = testing::generateProject(7, stages, stages * 3 / 10, stages * 2);
        ProjectDocument document;
        LiveEngine engine(&document);
        CanvasScene scene(&document, &engine);
        document.reset(p);
        QApplication::processEvents();
        const DiagramView views[] = {DiagramView::Lifecycle, DiagramView::Infrastructure,
                                     DiagramView::Mapping};
        const double ms = medianMs(3, [&](int i) { scene.setPersonaView(views[i % 3]); });
        std::printf("bench: canvas_persona_switch_%d_stages %.1f ms\n", stages, ms);
    }
    const Project project = testing::generateProject(42, 1000, 300, 2000);
    ProjectDocument document;
    LiveEngine engine(&document);
    CanvasScene scene(&document, &engine);
    std::printf("bench: canvas_build_scene_1000_stages %.3f ms\n",
                medianMs(5, [&](int) { document.reset(project); }));

    CanvasView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1920, 1080);
    view.show(); // the offscreen platform: a real viewport of the full size
    QApplication::processEvents();
    view.zoomToFit();
    std::printf("bench: canvas_repaint_1920x1080 %.3f ms (zoom %.3f)\n", repaintMs(view, 11),
                view.zoom());
    // "bench_canvas --save DIR": the pictures measured, to look at.
    const QStringList args = app.arguments();
    if (const qsizetype save = args.indexOf(QStringLiteral("--save")); save > 0)
        view.viewport()->grab().save(args.value(save + 1) + QStringLiteral("/canvas-1000-fit.png"));

    // An edit on a GPU cluster that many stages use: engine, then every badge and figure.
    const QString cluster = project.components[0].id;
    std::printf("bench: canvas_edit_to_badge %.3f ms\n", medianMs(21, [&](int i) {
                    document.undoStack()->push(new SetParameter(
                        &document, ItemType::Component, cluster, QStringLiteral("hosts"),
                        ParamValue::fromNumber(10 + i % 7)));
                }));
    return 0;
}
