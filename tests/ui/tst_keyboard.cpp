// Without a mouse, and for assistive technology: Tab, F6, Esc and the shortcuts people type,
// Connect To…, and the canvas as accessible objects — driven through the real main window.

#include "canvas/canvasitems.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "commands/commands.h"
#include "dialogs/settingsdialog.h"
#include "panels/palette.h"
#include "properties/propertiespanel.h"
#include "window/mainwindow.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestKeyboard : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    CanvasView *view() { return m_window->canvasView(); }
    CanvasScene *scene() { return m_window->canvasScene(); }

    void openProject(const QString &example)
    {
        QVERIFY(m_window->openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/") + example + u".json"_s, true));
        QApplication::processEvents();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void zoomShortcuts()
    {
        openProject(u"llm-platform"_s);
        view()->setFocus();
        view()->resetZoom();
        QTest::keyClick(view(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.25);
        QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.0);
    }

    void ctrlYRedoes()
    {
        openProject(u"llm-platform"_s);
        ProjectDocument *doc = m_window->document();
        doc->undoStack()->push(new Rename(doc, ItemType::Stage, u"train"_s, u"Renamed"_s));
        doc->undoStack()->undo();
        QVERIFY(doc->project().stage(u"train"_s)->name != u"Renamed"_s);
        view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc->project().stage(u"train"_s)->name, u"Renamed"_s);
        doc->undoStack()->undo();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->project().stage(u"train"_s)->name, u"Renamed"_s);
    }

    void ctrlCommaOpensSettings()
    {
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            if (auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(opened);
    }

    void tabLeavesTheCanvasAfterTheLastItem()
    {
        openProject(u"vision-training"_s);
        view()->setFocus();
        const int items = int(scene()->nodes().size()) + 1; // and the site
        for (int i = 0; i < items; ++i) {
            QTest::keyClick(view(), Qt::Key_Tab);
            QVERIFY2(view()->hasFocus(),
                     qPrintable(u"left after %1 of %2 items"_s.arg(i + 1).arg(items)));
            QCOMPARE(scene()->selectedItems().size(), 1);
        }
        QTest::keyClick(view(), Qt::Key_Tab); // past the last: on to the next panel
        QVERIFY(!view()->hasFocus());
        view()->setFocus();
        scene()->clearSelection();
        QTest::keyClick(view(), Qt::Key_Tab, Qt::ControlModifier); // Ctrl+Tab: leave at once
        QVERIFY(!view()->hasFocus());
        QVERIFY(scene()->selectedItems().isEmpty());
    }

    void f6AndEscapeMoveBetweenCanvasAndPanels()
    {
        openProject(u"llm-platform"_s);
        view()->setFocus();
        auto *properties = m_window->findChild<QDockWidget *>(u"propertiesDock"_s);
        auto *findings = m_window->findChild<QDockWidget *>(u"findingsDock"_s);
        QTest::keyClick(view(), Qt::Key_F6);
        QVERIFY2(properties->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(view()->hasFocus());
        QTest::keyClick(view(), Qt::Key_F6, Qt::ShiftModifier); // backwards: the palette
        QVERIFY(m_window->palette()->isAncestorOf(QApplication::focusWidget()));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(findings->isAncestorOf(QApplication::focusWidget()));
    }

    void keyboardAloneAddsEditsAndBindsAStage()
    {
        openProject(u"llm-platform"_s);
        ProjectDocument *doc = m_window->document();
        view()->setFocus();
        // F6 to the palette, type the kind, Enter: a training stage at the centre, selected.
        for (int i = 0; i < 6 && QApplication::focusWidget()->objectName() != u"paletteFilter"_s;
             ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"paletteFilter"_s);
        const qsizetype stagesBefore = doc->project().stages.size();
        QTest::keyClicks(QApplication::focusWidget(), u"Training"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(doc->project().stages.size(), stagesBefore + 1);
        const QString id = doc->project().stages.back().id;
        QVERIFY(view()->hasFocus());
        QCOMPARE(scene()->selectedIds(), QStringList{id});

        // F6 to Properties, Tab to the model size, type it.
        QTest::keyClick(view(), Qt::Key_F6);
        QWidget *size = m_window->properties()->editorFor(u"modelParams"_s);
        QVERIFY(size);
        for (int i = 0; i < 40 && QApplication::focusWidget() != size; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), size);
        QTest::keyClicks(size, u"70B"_s);
        QTest::keyClick(size, Qt::Key_Return);
        QCOMPARE(doc->project().stage(id)->params.value(u"modelParams"_s).number, 70e9);

        // Esc back to the canvas, Ctrl+K, walk the menu to the GPU hosts, Enter: bound.
        QTest::keyClick(size, Qt::Key_Escape);
        QVERIFY(view()->hasFocus());
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (int i = 0; i < 40; ++i) {
                QTest::keyClick(menu, Qt::Key_Down);
                if (menu->activeAction() &&
                    menu->activeAction()->text().startsWith(u"HGX H100 hosts"_s))
                    break;
            }
            offered = menu->activeAction() ? menu->activeAction()->text() : QString();
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(view(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(offered, u"HGX H100 hosts (GPU cluster)"_s);
        const auto &bindings = doc->project().bindings;
        QVERIFY(std::find(bindings.begin(), bindings.end(), Binding{id, u"gpu"_s, u"compute"_s}) !=
                bindings.end());
    }

    void connectOffersWhatTheItemsHandlesCan()
    {
        // A component's Connect To menu offers links to fabrics only, never flows or bindings.
        openProject(u"llm-platform"_s);
        scene()->selectIds({scene()->addFromSpec(u"component:block-storage"_s, {2000, 900})});
        view()->setFocus();
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    offered << (a->isSeparator() ? u"--"_s + a->text() : a->text());
                menu->close();
            }
        });
        QTest::keyClick(view(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(offered, (QStringList{u"--Link to"_s, u"Spine-leaf 100 GbE (Network fabric)"_s}));
    }

    void canvasItemsAreAccessibleObjects()
    {
        openProject(u"llm-platform"_s);
        QAccessibleInterface *canvas = QAccessible::queryAccessibleInterface(view());
        QVERIFY(canvas);
        QCOMPARE(canvas->role(), QAccessible::List);
        const int expected =
            int(scene()->nodes().size() + m_window->document()->project().zones.size());
        QCOMPARE(canvas->childCount(), expected);
        bool sawGpu = false;
        for (int i = 0; i < canvas->childCount(); ++i) {
            QAccessibleInterface *item = canvas->child(i);
            QVERIFY(item && item->isValid());
            QCOMPARE(item->role(), QAccessible::ListItem);
            QVERIFY(!item->text(QAccessible::Name).isEmpty());
            QCOMPARE(canvas->indexOfChild(item), i);
            if (item->text(QAccessible::Name) == u"HGX H100 hosts"_s) {
                sawGpu = true;
                const QString description = item->text(QAccessible::Description);
                QVERIFY2(description.startsWith(u"GPU cluster, error: 32 \u00d7 H100"_s),
                         qPrintable(description));
                QVERIFY2(description.contains(u"33 GPUs"_s), qPrintable(description));
                QVERIFY(!item->state().selected);
                scene()->selectIds({u"gpu"_s});
                QVERIFY(item->state().selected);
                QCOMPARE(canvas->focusChild(), item);
            }
        }
        QVERIFY(sawGpu);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
