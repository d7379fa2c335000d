// Renders the screenshots in docs/ from the real widgets, offscreen, so they never go stale:
//   QT_QPA_PLATFORM=offscreen build/bin/tarmac-screenshots docs

#include "canvas/canvasview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // no user settings, no recovery prompts
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tarmac-screenshots"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs");
    QDir().mkpath(outDir);

    tarmac::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openFile(QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true)) {
        std::fprintf(stderr, "tarmac-screenshots: cannot open the example\n");
        return 1;
    }
    QApplication::processEvents();
    window.canvasView()->zoomToFit(); // now that the window has its final size
    QApplication::processEvents();
    const QString file = QDir(outDir).filePath(QStringLiteral("screenshot.png"));
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "tarmac-screenshots: cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("%s\n", qPrintable(file));
    return 0;
}
