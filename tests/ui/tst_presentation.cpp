// Presentation mode (F5) as a workshop uses it, at a projector's resolution: the screen size
// comes from TARMAC_SCREEN ("1280x720", "1920x1080"), given to the offscreen platform.

#include "canvas/canvasitems.h"
#include "canvas/canvasnavigator.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "commands/commands.h"
#include "engine/findingformat.h"
#include "engine/liveengine.h"
#include "panels/findingsmodel.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestPresentation : public QObject {
    Q_OBJECT
private:
    static QStringList visibleDocks(MainWindow &w)
    {
        QStringList out;
        for (QDockWidget *d : w.findChildren<QDockWidget *>()) {
            if (d->isVisible())
                out << d->objectName();
        }
        out.sort();
        return out;
    }

    static QRect onScreen(MainWindow &w, const QString &id)
    {
        QGraphicsItem *item = w.canvasScene()->node(id);
        return item ? w.canvasView()->mapFromScene(item->sceneBoundingRect()).boundingRect()
                    : QRect();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void presentsTheFindingsOneByOne()
    {
        const QSize screen = QApplication::primaryScreen()->size();
        MainWindow window;
        window.resize(screen.width() * 3 / 4, screen.height() * 3 / 4);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        QApplication::processEvents(); // the fit that opening schedules
        const QStringList docksBefore = visibleDocks(window);
        QVERIFY(!docksBefore.isEmpty());
        const qreal zoomBefore = window.canvasView()->zoom();

        QTest::keyClick(window.canvasView(), Qt::Key_F5);
        PresentationMode *p = window.presentation();
        QVERIFY(p->isActive());
        QTRY_VERIFY(window.isFullScreen());
        QVERIFY(visibleDocks(window).isEmpty());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QTRY_COMPARE(window.canvasView()->width(), screen.width());
        QCOMPARE(window.canvasView()->zoom(), PresentationMode::kZoom);
        // Card titles at least 1.6 times their desk size on the screen.
        QVERIFY(kTitlePointSize * window.canvasView()->zoom() >= 1.6 * kTitlePointSize);

        // The first finding: the worst, its words and numbers in the ticker, its item
        // selected and whole on the screen above the ticker.
        QLabel *ticker = p->ticker();
        QVERIFY(ticker->isVisible());
        QVERIFY(ticker->font().pointSizeF() >= 20);
        // At 160 % the example is larger than the screen, where the overview map would show;
        // it gives the ticker its corner instead (it covered the end of the sentence).
        CanvasNavigator *map = window.canvasView()->navigator();
        map->refresh();
        QVERIFY(!window.canvasView()
                     ->mapToScene(window.canvasView()->viewport()->rect())
                     .boundingRect()
                     .contains(map->sceneArea()));
        QVERIFY(!map->isVisible());
        const int count = int(window.engine()->result().findings.size());
        QCOMPARE(p->findingCount(), count);
        QVERIFY2(ticker->text().startsWith(u"1 of %1 \u00b7 Error: "_s.arg(count)),
                 qPrintable(ticker->text()));
        QVERIFY2(ticker->text().contains(u"33 GPUs"_s), qPrintable(ticker->text()));
        QVERIFY(ticker->height() < screen.height() / 4);
        // Along the bottom edge of the screen, the canvas edge to edge above it.
        QCOMPARE(ticker->geometry().bottom(), window.canvasView()->viewport()->geometry().bottom());
        QCOMPARE(window.canvasView()->viewport()->height(), screen.height());
        QCOMPARE(window.canvasScene()->selectedIds(), QStringList{u"gpu"_s});
        const QRect visible(0, 0, window.canvasView()->viewport()->width(),
                            ticker->geometry().top());
        QVERIFY2(visible.contains(onScreen(window, u"gpu"_s)),
                 qPrintable(u"%1,%2 %3x%4"_s.arg(onScreen(window, u"gpu"_s).x())
                                .arg(onScreen(window, u"gpu"_s).y())
                                .arg(onScreen(window, u"gpu"_s).width())
                                .arg(onScreen(window, u"gpu"_s).height())));

        // Centred in what the ticker leaves of the screen.
        QTRY_VERIFY((onScreen(window, u"gpu"_s).center() - visible.center()).manhattanLength() < 8);
        // Space and Page Down step on, Backspace back; past the last it starts again.
        QTest::keyClick(window.canvasView(), Qt::Key_Space);
        QCOMPARE(p->current(), 1);
        QVERIFY(ticker->text().startsWith(u"2 of %1 \u00b7 Error: "_s.arg(count)));
        QCOMPARE(window.canvasScene()->selectedIds(), QStringList{u"nfs"_s});
        QVERIFY(visible.contains(onScreen(window, u"nfs"_s)));
        QTest::keyClick(window.canvasView(), Qt::Key_PageDown);
        QCOMPARE(p->current(), 2);
        QVERIFY(ticker->text().contains(u"Warning: "_s));
        QTest::keyClick(window.canvasView(), Qt::Key_Backspace);
        QCOMPARE(p->current(), 1);
        // Every finding in turn, errors before warnings before information, each in the
        // engine's order within its severity: its words in the ticker, its item selected and
        // on screen above it.
        const std::vector<Finding> &findings = window.engine()->result().findings;
        std::vector<const Finding *> expected;
        for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            for (const Finding &f : findings) {
                if (f.severity == severity)
                    expected.push_back(&f);
            }
        }
        QCOMPARE(int(expected.size()), count);
        const FindingFormatter words(window.document()->project(), UnitSystem::SI);
        for (int i = 1; i <= count; ++i) {
            if (i > 1)
                QTest::keyClick(window.canvasView(), Qt::Key_Space);
            const int at = i % count; // past the last it starts again
            QCOMPARE(p->current(), at);
            const Finding &f = *expected[size_t(at)];
            const QString head = u"%1 of %2 \u00b7 %3: %4"_s.arg(at + 1).arg(count).arg(
                FindingsModel::severityText(f.severity), words.message(f));
            QVERIFY2(ticker->text().startsWith(head), qPrintable(ticker->text() + u" / "_s + head));
            QVERIFY2(ticker->text().contains(words.hint(f)), qPrintable(ticker->text()));
            if (!f.itemId().isEmpty()) {
                QCOMPARE(window.canvasScene()->selectedIds(), QStringList{f.itemId()});
                QVERIFY2(visible.contains(onScreen(window, f.itemId())), qPrintable(f.itemId()));
            }
        }
        QCOMPARE(p->current(), 0);
        // Space did not pan, arrows did not move the selected card.
        QVERIFY(window.document()->undoStack()->count() == 0);

        // Esc: everything as it was.
        QTest::keyClick(window.canvasView(), Qt::Key_Escape);
        QVERIFY(!p->isActive());
        QTRY_VERIFY(!window.isFullScreen());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.statusBar()->isVisible());
        QTRY_COMPARE(visibleDocks(window), docksBefore);
        QCOMPARE(window.canvasView()->zoom(), zoomBefore);
        QVERIFY(!ticker->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"actionPresentation"_s)->isChecked());
    }

    void tickerRecallsWhatWasDecided()
    {
        // A decision on the GPU cluster comes up with its finding, so the room does not argue
        // it again; findings on other items do not show it.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"), true));
        window.document()->undoStack()->push(addNoteCommand(
            window.document(),
            Note{{}, u"gpu"_s, u"Buy 4 more hosts in Q2\nquote attached"_s, u"Ana"_s, {}}));
        window.presentation()->enter();
        QLabel *ticker = window.presentation()->ticker();
        QVERIFY2(ticker->text().contains(u"33 GPUs"_s), qPrintable(ticker->text()));
        QVERIFY2(ticker->text().endsWith(u"\nDecided: Buy 4 more hosts in Q2"_s),
                 qPrintable(ticker->text()));
        QTest::keyClick(window.canvasView(), Qt::Key_Space); // the NFS write finding
        QVERIFY2(!ticker->text().contains(u"Decided"_s), qPrintable(ticker->text()));
        window.presentation()->leave();
    }

    void aProjectWithoutFindingsSaysSo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.presentation()->enter();
        QCOMPARE(window.presentation()->current(), -1);
        QVERIFY(window.presentation()->ticker()->text().startsWith(u"No findings"_s));
        QTest::keyClick(window.canvasView(), Qt::Key_Space); // nothing to step to, no crash
        QTest::keyClick(window.canvasView(), Qt::Key_F5);
        QVERIFY(!window.presentation()->isActive());
    }
};

int main(int argc, char **argv)
{
    // A screen of the projector's size for the offscreen platform.
    const QByteArray size = qEnvironmentVariable("TARMAC_SCREEN", u"1280x720"_s).toLatin1();
    const QList<QByteArray> wh = size.split('x');
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || wh.size() != 2)
        return 2;
    file.write("{\"screens\": [{\"name\": \"Projector\", \"x\": 0, \"y\": 0, \"width\": " + wh[0] +
               ", \"height\": " + wh[1] +
               ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestPresentation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presentation.moc"
