// Paste, delete and undo of 1,000 elements in the whole main window — live engine, canvas,
// properties, findings, requirements and charts attached — on the 1,000-stage project: the time
// of each, and how many recomputes each cost (one per transaction).

#include "charts/chartspanel.h"
#include "commands/commands.h"
#include "engine/liveengine.h"
#include "projectgenerator.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace tarmac;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.document()->reset(testing::generateProject(42, 1000, 300, 2000));
    QApplication::processEvents();
    QUndoStack *stack = window.document()->undoStack();
    LiveEngine *engine = window.engine();

    // The goal for paste, delete and undo of 1,000 elements with everything attached:
    // at most 100 ms and exactly one recompute each.
    auto measure = [&](const char *name, const std::function<void()> &action, bool goal = true) {
        const int before = engine->recomputeCount();
        QElapsedTimer t;
        t.start();
        action();
        QApplication::processEvents(); // what the views queued is part of the cost
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const int recomputes = engine->recomputeCount() - before;
        if (goal) {
            std::printf("bench: %s %.1f ms (goal <= 100: %s)\n", name, ms,
                        ms <= 100 ? "ok" : "over");
            std::printf("bench: %s_recomputes %d count (goal 1: %s)\n", name, recomputes,
                        recomputes == 1 ? "ok" : "over");
        } else {
            std::printf("bench: %s %.1f ms\n", name, ms);
            std::printf("bench: %s_recomputes %d count\n", name, recomputes);
        }
    };
    QStringList ids;
    for (int i = 0; i < 1000; ++i)
        ids << QStringLiteral("pasted%1").arg(i);
    measure("views_paste_1000_elements", [&] {
        stack->push(new AddItems(window.document(),
                                 testing::pasteBatch(window.document()->project(), 1000, false),
                                 QStringLiteral("Paste")));
    });
    measure("views_undo_paste_1000_elements", [&] { stack->undo(); });
    measure("views_redo_paste_1000_elements", [&] { stack->redo(); });
    measure("views_delete_1000_elements",
            [&] { stack->push(new RemoveItems(window.document(), ids)); });
    measure("views_undo_delete_1000_elements", [&] { stack->undo(); });
    // Where the time goes: the charts alone, redrawn from the same result.
    measure(
        "views_charts_refresh_2000_stages", [&] { window.charts()->refresh(); }, false);
    return 0;
}
