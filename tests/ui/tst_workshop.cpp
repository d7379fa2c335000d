// Workshop mode: persona views of the canvas and decision notes (panel, pins, files).

#include "canvas/canvasactions.h"
#include "canvas/canvasitems.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "canvas/notepin.h"
#include "charts/chartspanel.h"
#include "commands/commands.h"
#include "dialogs/exportdialog.h"
#include "dialogs/notedialog.h"
#include "engine/liveengine.h"
#include "model/fieldlabels.h"
#include "model/paramschema.h"
#include "panels/notespanel.h"
#include "storage/projectformat.h"
#include "window/mainwindow.h"
#include "window/personaviews.h"
#include "window/presentationmode.h"
#include "window/startpage.h"
#include "window/tour.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

namespace {

QString example()
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
}

// Every parameter label a component kind has, in the user's language: none of them may be
// on a card in the data-science view.
QStringList componentParameterLabels(const Project &p)
{
    QSet<QString> names;
    for (const Component &c : p.components) {
        for (const ParamSpec &spec : ParamSchema::forComponent(c.kind))
            names.insert(spec.name);
    }
    QStringList labels;
    for (const FieldLabel &l : parameterLabels()) {
        if (names.contains(QLatin1StringView(l.key)))
            labels << QCoreApplication::translate("tarmac::Labels", l.label);
    }
    labels.removeDuplicates();
    return labels;
}

} // namespace

class TestWorkshop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"tarmac-tests"_s);
        QApplication::setApplicationName(u"tst_workshop"_s);
        QSettings().clear();
    }

    void personaViewsShowTheRightItems()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(), true));
        CanvasScene *scene = window.canvasScene();
        const Project &p = window.document()->project();
        auto visibleIds = [scene](ItemType type) {
            QStringList ids;
            for (QGraphicsItem *item : scene->items()) {
                if (!item->isVisible())
                    continue;
                if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->itemType() == type)
                    ids << n->id();
                else if (auto *z = qgraphicsitem_cast<ZoneItem *>(item);
                         z && type == ItemType::Zone)
                    ids << z->id();
                else if (auto *e = qgraphicsitem_cast<EdgeItem *>(item); e && e->itemType() == type)
                    ids << e->key();
            }
            ids.sort();
            return ids;
        };
        auto all = [](const auto &list) {
            QStringList ids;
            for (const auto &x : list)
                ids << x.id;
            ids.sort();
            return ids;
        };
        const QStringList stages = all(p.stages), components = all(p.components),
                          zones = all(p.zones), flows = all(p.flows);
        QCOMPARE(scene->personaView(), DiagramView::Mapping);
        // Who owns each stage is on its card, and follows an edit of the persona.
        QCOMPARE(scene->node(u"train"_s)->persona(), u"ml-engineer"_s);
        window.document()->undoStack()->push(
            new SetPersona(window.document(), u"train"_s, u"data-scientist"_s));
        QCOMPARE(scene->node(u"train"_s)->persona(), u"data-scientist"_s);
        window.document()->undoStack()->undo();
        QCOMPARE(scene->node(u"train"_s)->persona(), u"ml-engineer"_s);
        QCOMPARE(visibleIds(ItemType::Stage), stages);
        QCOMPARE(visibleIds(ItemType::Component), components);
        QCOMPARE(visibleIds(ItemType::Binding).size(), qsizetype(p.bindings.size()));

        // Data science, from the toolbar with a real click.
        auto *bar = window.findChild<QToolBar *>(u"personaToolBar"_s);
        QVERIFY(bar && bar->isVisible());
        QAction *ds = window.findChild<QAction *>(u"actionViewDataScience"_s);
        QVERIFY(ds);
        QTest::mouseClick(bar->widgetForAction(ds), Qt::LeftButton);
        QCOMPARE(scene->personaView(), DiagramView::Lifecycle);
        QCOMPARE(visibleIds(ItemType::Stage), stages);
        QCOMPARE(visibleIds(ItemType::Flow), flows);
        QVERIFY(visibleIds(ItemType::Component).isEmpty());
        QVERIFY(visibleIds(ItemType::Zone).isEmpty());
        QVERIFY(visibleIds(ItemType::Binding).isEmpty());
        QVERIFY(visibleIds(ItemType::Link).isEmpty());
        // The cards speak data science and name what each stage runs on, no hardware figure.
        const NodeItem *train = scene->node(u"train"_s);
        QVERIFY2(train->figures().contains(u"70 B params"_s), qPrintable(train->figures()));
        QVERIFY2(train->figures().contains(u"GPU-h"_s), qPrintable(train->figures()));
        QVERIFY2(train->figures().contains(u"to train"_s), qPrintable(train->figures()));
        const Component *gpus = nullptr;
        for (const Binding &b : p.bindings) {
            if (b.stage == u"train" && b.role == u"compute")
                gpus = p.component(b.component);
        }
        QVERIFY(gpus);
        QVERIFY2(train->figures().section(u'\n', 1).startsWith(u"on "_s + gpus->name),
                 qPrintable(train->figures()));
        QVERIFY(!train->figures().contains(u"/GPU"_s));
        const QStringList labels = componentParameterLabels(p);
        QVERIFY(labels.size() > 5);
        for (const NodeItem *node : scene->nodes()) {
            if (!node->isVisible())
                continue;
            // What the stage is, before the name of what it runs on (" · on A100 hosts ✓").
            const QString own = node->figures().section(u'\n', 0, 0);
            for (const QString &label : labels)
                QVERIFY2(!own.contains(label, Qt::CaseInsensitive),
                         qPrintable(node->title() + u": "_s + label + u" in "_s + own));
        }
        // Tab reads only what is drawn.
        for (QGraphicsObject *item : scene->itemsInReadingOrder())
            QVERIFY(qgraphicsitem_cast<NodeItem *>(item) &&
                    qgraphicsitem_cast<NodeItem *>(item)->itemType() == ItemType::Stage);

        // Infrastructure by its shortcut.
        QTest::keyClick(window.canvasView(), Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(scene->personaView(), DiagramView::Infrastructure);
        QVERIFY(visibleIds(ItemType::Stage).isEmpty());
        QVERIFY(visibleIds(ItemType::Flow).isEmpty());
        QVERIFY(visibleIds(ItemType::Binding).isEmpty());
        QCOMPARE(visibleIds(ItemType::Component), components);
        QCOMPARE(visibleIds(ItemType::Zone), zones);
        QCOMPARE(visibleIds(ItemType::Link).size(), qsizetype(p.links.size()));
        const NodeItem *gpuCard = scene->node(gpus->id);
        // The demand on its fullest resource, and the stages it comes from.
        QVERIFY2(gpuCard->figures().startsWith(u"33 of 32 GPUs"_s), qPrintable(gpuCard->figures()));
        QVERIFY2(gpuCard->figures().section(u'\n', 1).startsWith(u"for "_s),
                 qPrintable(gpuCard->figures()));
        QVERIFY2(gpuCard->figures().contains(p.stage(u"train"_s)->name),
                 qPrintable(gpuCard->figures()));

        // At most three stages by name: the NFS serves four (training reads and writes it: once).
        const QString nfs = scene->node(u"nfs"_s)->figures().section(u'\n', 1);
        QCOMPARE(nfs, u"for %1, %2, %3 and 1 more"_s.arg(p.stage(u"prep"_s)->name,
                                                         p.stage(u"features"_s)->name,
                                                         p.stage(u"train"_s)->name));

        // File > Export Diagram (Ctrl+E) opens on the diagram of the view the canvas shows.
        // After the dialog the window is made active again, as a window manager does, so
        // that the next shortcut reaches it.
        const auto exportOffers = [&](int viewKey) {
            QTest::keyClick(window.canvasView(), Qt::Key(viewKey),
                            Qt::ControlModifier | Qt::AltModifier);
            QString offered;
            QTimer::singleShot(0, &window, [&] {
                if (auto *dialog =
                        qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
                    offered = dialog->viewBox()->currentData().toString();
                    dialog->reject();
                }
            });
            QTest::keyClick(window.canvasView(), Qt::Key_E, Qt::ControlModifier);
            window.activateWindow();
            if (!QTest::qWaitForWindowActive(&window))
                return u"(the window did not become active again)"_s;
            return offered;
        };
        QCOMPARE(exportOffers(Qt::Key_2), u"lifecycle"_s);
        QCOMPARE(exportOffers(Qt::Key_1), u"mapping"_s);
        QCOMPARE(exportOffers(Qt::Key_3), u"infrastructure"_s);

        // Remembered for this file: back in Infrastructure when it is opened again.
        QVERIFY(window.openFile(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/vision-training.json"), true));
        QCOMPARE(scene->personaView(), DiagramView::Mapping); // another file, its own view
        QVERIFY(window.openFile(example(), true));
        QCOMPARE(scene->personaView(), DiagramView::Infrastructure);
        QVERIFY(window.findChild<QAction *>(u"actionViewInfrastructure"_s)->isChecked());

        // Adding what the view does not draw shows everything: nothing is added out of sight.
        QTest::keyClick(window.canvasView(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(scene->personaView(), DiagramView::Lifecycle);
        const QString added = scene->addFromSpec(u"component:gpu-cluster"_s, {0, 900});
        QCOMPARE(scene->personaView(), DiagramView::Mapping);
        QVERIFY(window.findChild<QAction *>(u"actionViewMapping"_s)->isChecked());
        QVERIFY(scene->node(added)->isVisible() && scene->node(added)->isSelected());
        window.document()->undoStack()->undo();
        QTest::keyClick(window.canvasView(), Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);

        // Revealing an item the view does not draw goes back to the mapping view.
        window.revealItem(u"train"_s);
        QCOMPARE(scene->personaView(), DiagramView::Mapping);
        QVERIFY(scene->node(u"train"_s)->isVisible());
        QVERIFY(scene->node(u"train"_s)->isSelected());
        QVERIFY(window.findChild<QAction *>(u"actionViewMapping"_s)->isChecked());
        QCOMPARE(visibleIds(ItemType::Binding).size(), qsizetype(p.bindings.size()));
    }

    void notesPanelAddsEditsDeletesWithUndo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(), true));
        NotesPanel *notes = window.notes();
        QTreeWidget *list = notes->list();
        QSettings().remove(u"notes/author"_s);
        QVERIFY(!NoteDialog::defaultAuthor().isEmpty()); // the login name, whatever the machine
        NoteDialog::rememberAuthor(u"Ana Ruiz"_s);
        QCOMPARE(list->topLevelItemCount(), 0);
        // The editor is the real dialog: filled and accepted from a timer while it runs.
        auto answerDialog = [](const QString &text) {
            QTimer::singleShot(0, [text] {
                auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
                if (!dialog) {
                    if (QWidget *other = QApplication::activeModalWidget())
                        other->close();
                    QFAIL("no note dialog");
                }
                auto *edit = dialog->findChild<QPlainTextEdit *>(u"noteText"_s);
                QVERIFY(edit);
                edit->selectAll();
                QTest::keyClicks(edit, text);
                QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter: OK
            });
        };
        // Select the training stage, then Edit > Add Note… by its shortcut.
        window.revealItem(u"train"_s);
        QCOMPARE(notes->currentTarget(), u"train"_s);
        answerDialog(u"70B on 64 GPUs <agreed> & \"final\""_s);
        QTest::keyClick(window.canvasView(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        const Project &p = window.document()->project();
        QCOMPARE(int(p.notes.size()), 1);
        QCOMPARE(p.notes[0].target, u"train"_s);
        QCOMPARE(p.notes[0].text, u"70B on 64 GPUs <agreed> & \"final\""_s);
        QCOMPARE(p.notes[0].author, u"Ana Ruiz"_s);
        QVERIFY(QDateTime::fromString(p.notes[0].created, Qt::ISODate).isValid());
        QVERIFY(p.notes[0].created.endsWith(u'Z'));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->data(0, NotesPanel::TargetNameRole).toString(),
                 p.stage(u"train"_s)->name);
        QCOMPARE(list->topLevelItem(0)->text(0), p.notes[0].text);
        QCOMPARE(list->topLevelItem(0)->data(0, NotesPanel::AuthorRole).toString(), u"Ana Ruiz"_s);
        QVERIFY(window.document()->isModified());
        // A pin on the card, its tooltip reads the note.
        NotePinItem *pin = window.canvasScene()->notePin(u"train"_s);
        QVERIFY(pin);
        QCOMPARE(pin->count(), 1);
        QVERIFY(pin->toolTip().contains(u"70B on 64 GPUs"_s));
        // What was typed is shown as typed: "<agreed>" is not a tag to Qt's tooltip.
        QVERIFY2(pin->toolTip().contains(u"&lt;agreed&gt; &amp;"_s), qPrintable(pin->toolTip()));
        QCOMPARE(pin->parentItem(), window.canvasScene()->node(u"train"_s));

        // Nothing selected: the note goes on the project, listed but with no pin.
        window.canvasScene()->clearSelection();
        answerDialog(u"One site for now"_s);
        QTest::mouseClick(notes->findChild<QPushButton *>(u"addNote"_s), Qt::LeftButton);
        QCOMPARE(int(p.notes.size()), 2);
        QVERIFY(p.notes[1].target.isEmpty());
        QCOMPARE(list->topLevelItem(1)->data(0, NotesPanel::TargetNameRole).toString(),
                 u"Project"_s);

        // Edit the first with F2; the author stays.
        const QString author = p.notes[0].author;
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        answerDialog(u"70B on 48 GPUs"_s);
        QTest::keyClick(list, Qt::Key_F2);
        QCOMPARE(p.notes[0].text, u"70B on 48 GPUs"_s);
        QCOMPARE(p.notes[0].author, author);
        QVERIFY(window.canvasScene()->notePin(u"train"_s)->toolTip().contains(u"48 GPUs"_s));

        // Delete with the Delete key; undo brings it back, and its pin.
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(int(p.notes.size()), 1);
        QVERIFY(!window.canvasScene()->notePin(u"train"_s));
        window.document()->undoStack()->undo();
        QCOMPARE(int(p.notes.size()), 2);
        QVERIFY(window.canvasScene()->notePin(u"train"_s));

        // Deleting the stage takes its note; undo restores both.
        window.revealItem(u"train"_s);
        window.canvasActions()->action(u"actionDelete"_s)->trigger(); // Edit > Delete
        QVERIFY(!p.stage(u"train"_s));
        QCOMPARE(int(p.notes.size()), 1);
        QCOMPARE(list->topLevelItemCount(), 1);
        window.document()->undoStack()->undo();
        QCOMPARE(int(p.notes.size()), 2);
        QVERIFY(window.canvasScene()->notePin(u"train"_s));

        // Activating a row shows its element.
        window.canvasScene()->clearSelection();
        emit list->itemActivated(list->topLevelItem(0), 0);
        QVERIFY(window.canvasScene()->node(u"train"_s)->isSelected());

        // Saved and opened again: the notes and the pin are back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workshop.tarmac"_s);
        QVERIFY(window.saveTo(path));
        MainWindow other;
        QVERIFY(other.openFile(path, true));
        QCOMPARE(other.document()->project().notes, window.document()->project().notes);
        QVERIFY(other.canvasScene()->notePin(u"train"_s));
        QCOMPARE(other.notes()->list()->topLevelItemCount(), 2);
    }

    void tourWalksRealWidgets()
    {
        QSettings().remove(u"tour/done"_s);
        QVERIFY(!Tour::isDone());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStartPage();
        // From the start page's button, as a newcomer would.
        QTest::mouseClick(window.startPage()->tourButton(), Qt::LeftButton);
        Tour *tour = window.tour();
        QVERIFY(tour && tour->isRunning());
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.document()->fileName().isEmpty()); // the example, untitled
        QVERIFY(window.document()->project().stage(u"train"_s));
        QVERIFY(tour->stepCount() >= 8 && tour->stepCount() <= 10);
        QWidget *callout = tour->callout();
        const QRect room = window.rect();
        auto *findingsDock = window.findChild<QDockWidget *>(u"findingsDock"_s);
        const int findingsHeight = findingsDock->height();
        QStringList titles;
        for (int i = 0; i < tour->stepCount(); ++i) {
            QCOMPARE(tour->currentStep(), i);
            QVERIFY(callout->isVisible());
            // The frame is on a real, visible part of the window, and the callout is whole.
            const QRect framed = tour->framedRect();
            QVERIFY2(!framed.isEmpty() && room.contains(framed), qPrintable(tour->step(i).title));
            QVERIFY2(room.contains(callout->geometry()), qPrintable(tour->step(i).title));
            QWidget *under = window.childAt(framed.center());
            QVERIFY2(under && under->isVisible(), qPrintable(tour->step(i).title));
            titles << tour->step(i).title;
            if (tour->step(i).title == u"A data flow")
                QVERIFY(window.canvasScene()->edge(u"corpus"_s)->isSelected());
            if (tour->step(i).title == u"A chart")
                QVERIFY(window.charts()->isVisible());
            QTest::keyClick(callout, Qt::Key_Right);
        }
        QVERIFY(!tour->isRunning());
        QVERIFY(!callout->isVisible());
        QVERIFY(Tour::isDone());
        // The panels are as they were: the charts it opened are closed again, and the canvas
        // has its room back.
        QApplication::processEvents();
        QVERIFY(!window.charts()->isVisible());
        QCOMPARE(findingsDock->height(), findingsHeight);
        for (const char *about :
             {"The palette", "A data flow", "A binding", "A finding", "A chart"})
            QVERIFY2(titles.contains(QLatin1StringView(about)), about);

        // Again from Help, then Esc: skipped, still done.
        window.findChild<QAction *>(u"actionTour"_s)->trigger();
        QVERIFY(tour->isRunning());
        QTest::keyClick(callout, Qt::Key_Right);
        QTest::keyClick(callout, Qt::Key_Left);
        QCOMPARE(tour->currentStep(), 0);
        // Enter on a focused Back presses Back, not Next.
        QTest::keyClick(callout, Qt::Key_Right);
        QTest::keyClick(callout, Qt::Key_Right);
        QCOMPARE(tour->currentStep(), 2);
        auto *backButton = callout->findChild<QPushButton *>(u"tourBack"_s);
        QApplication::setActiveWindow(&window);
        backButton->setFocus();
        QTRY_VERIFY(backButton->hasFocus());
        QTest::keyClick(backButton, Qt::Key_Return);
        QCOMPARE(tour->currentStep(), 1);
        QTest::keyClick(callout, Qt::Key_Escape);
        QVERIFY(!tour->isRunning());
        QVERIFY(Tour::isDone());
        // Presentation mode (F5) ends a running tour: it takes the screen and the keys.
        window.startTour();
        QVERIFY(tour->isRunning());
        window.presentation()->enter();
        QVERIFY(!tour->isRunning());
        QVERIFY(!callout->isVisible());
        window.presentation()->leave();
    }

    void fitsAProjector()
    {
        // 1280×720 is a window's whole room on a projector: nothing may make it taller.
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(example(), true));
        QApplication::processEvents();
        QCOMPARE(window.size(), QSize(1280, 720));
        window.showStartPage();
        QApplication::processEvents();
        QCOMPARE(window.size(), QSize(1280, 720));
        QVERIFY(window.minimumSizeHint().height() <= 720);
    }

    void blankNoteIsNotAdded()
    {
        NoteDialog dialog(u"Train"_s, {}, u"Ana"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"noteText"_s), u"   "_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"noteText"_s), u"x"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"noteAuthor"_s)->isReadOnly());
        NoteDialog editing(u"Train"_s, u"old"_s, u"Ana"_s);
        QVERIFY(editing.findChild<QLineEdit *>(u"noteAuthor"_s)->isReadOnly());
    }
};

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
