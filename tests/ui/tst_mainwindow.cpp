// The application shell: menus, shortcuts, the document life cycle and the findings panel.

#include "canvas/canvasitems.h"
#include "canvas/canvasscene.h"
#include "canvas/canvasview.h"
#include "charts/chartmodels.h"
#include "charts/chartspanel.h"
#include "commands/commands.h"
#include "dialogs/rvtoolsimportdialog.h"
#include "dialogs/settingsdialog.h"
#include "engine/findingformat.h"
#include "engine/liveengine.h"
#include "model/quantity.h"
#include "panels/findingsmodel.h"
#include "panels/requirementsmodel.h"
#include "panels/requirementspanel.h"
#include "storage/projectformat.h"
#include "storage/recovery.h"
#include "storage/templates.h"
#include "window/mainwindow.h"
#include "window/startpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QString example() const
    {
        return QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"tarmac-tests"_s);
        QApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void menusAndShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("new") << u"actionNew"_s << QKeySequence(QKeySequence::New);
        QTest::newRow("open") << u"actionOpen"_s << QKeySequence(QKeySequence::Open);
        QTest::newRow("save") << u"actionSave"_s << QKeySequence(QKeySequence::Save);
        QTest::newRow("save as") << u"actionSaveAs"_s << QKeySequence(QKeySequence::SaveAs);
        QTest::newRow("quit") << u"actionQuit"_s << QKeySequence(QKeySequence::Quit);
        QTest::newRow("undo") << u"actionUndo"_s << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << u"actionRedo"_s << QKeySequence(QKeySequence::Redo);
        QTest::newRow("about") << u"actionAbout"_s << QKeySequence();
    }
    void menusAndShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *a = window.findChild<QAction *>(action);
        QVERIFY2(a, qPrintable(action));
        QCOMPARE(a->shortcut(), shortcut);
        QStringList menus;
        for (QAction *m : window.menuBar()->actions())
            menus << m->text().remove(u'&');
        QVERIFY(menus.contains(u"File"_s));
        QVERIFY(menus.contains(u"Edit"_s));
        QVERIFY(menus.contains(u"Help"_s));
    }

    void opensExampleAndShowsFindings()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(), true));
        QVERIFY(window.windowTitle().startsWith(u"llm-platform.json"_s));
        FindingsModel *model = window.findingsModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(window.engine()->result().findings.size()));
        QVERIFY(model->rowCount() >= 2);
        QCOMPARE(model->finding(0).severity, Severity::Error);

        // Filtering by severity through the real combo box.
        auto *view = window.findChild<QTableView *>();
        QVERIFY(view);
        auto *severity = window.findChild<QComboBox *>(u"findingsSeverity"_s);
        severity->setCurrentIndex(2); // errors only
        QCOMPARE(view->model()->rowCount(), window.engine()->result().errorCount());
        auto *filter = window.findChild<QLineEdit *>(u"findingsFilter"_s);
        severity->setCurrentIndex(0);
        QTest::keyClicks(filter, u"vSAN"_s);
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void unitSwitchRerendersEverything()
    {
        // Settings > Units: every finding, card, requirement and chart cell shows the new
        // prefixes at once, without an edit.
        MainWindow window;
        QVERIFY(window.openFile(example(), true));
        const Project &project = window.document()->project();
        const EngineResult &result = window.engine()->result();
        FindingsModel *findings = window.findingsModel();
        auto nfsFigures = [&] { return window.canvasScene()->node(u"nfs"_s)->figures(); };
        auto everyFindingIn = [&](UnitSystem units) {
            const FindingFormatter words(project, units);
            for (int row = 0; row < findings->rowCount(); ++row) {
                const QString shown =
                    findings
                        ->data(findings->index(row, FindingsModel::MessageColumn), Qt::DisplayRole)
                        .toString();
                if (shown != words.message(findings->finding(row)))
                    return false;
            }
            return true;
        };
        const int writeRow = [&] {
            for (int row = 0; row < findings->rowCount(); ++row) {
                if (findings->finding(row).code == u"storage-write")
                    return row;
            }
            return -1;
        }();
        QVERIFY(writeRow >= 0);
        const QString siMessage = findings->message(writeRow);
        QVERIFY2(siMessage.contains(u" GB/s"_s), qPrintable(siMessage));
        QVERIFY2(nfsFigures().contains(u" TB"_s), qPrintable(nfsFigures()));
        QVERIFY(everyFindingIn(UnitSystem::SI));

        AppSettings iec = AppSettings::load();
        iec.iecUnits = true;
        iec.save();
        window.applySettings();
        const QString iecMessage = findings->message(writeRow);
        QVERIFY2(iecMessage.contains(u" GiB/s"_s), qPrintable(iecMessage));
        QVERIFY(!iecMessage.contains(u" GB/s"_s));
        QVERIFY(everyFindingIn(UnitSystem::IEC));
        QVERIFY2(nfsFigures().contains(u" TiB"_s), qPrintable(nfsFigures()));
        QCOMPARE(window.charts()->growthModel()->units(), UnitSystem::IEC);
        QCOMPARE(window.charts()->utilizationModel()->units(), UnitSystem::IEC);
        // The findings were not recomputed, only shown again.
        QCOMPARE(int(result.findings.size()), findings->rowCount());

        iec.iecUnits = false;
        iec.save();
        window.applySettings();
        QCOMPARE(findings->message(writeRow), siMessage);
    }

    void requirementsPanelUpdatesInPlace()
    {
        // The Requirements dock: words for keys, numbers in the reader's units, and an edit
        // changes the figures without collapsing what the user has open.
        MainWindow window;
        QVERIFY(window.openFile(example(), true));
        auto *panel = window.findChild<RequirementsPanel *>();
        QVERIFY(panel);
        RequirementsModel *model = panel->requirementsModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project &project = window.document()->project();
        QCOMPARE(model->rowCount(), int(project.stages.size() + project.components.size()));
        auto top = [&](const QString &key) {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex i = model->index(row, 0);
                if (i.data(RequirementsModel::KeyRole).toString() == key)
                    return i;
            }
            return QModelIndex();
        };
        auto figure = [&](const QString &item, const QString &key) {
            const QModelIndex parent = top(item);
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex i = model->index(row, 0, parent);
                if (i.data(RequirementsModel::KeyRole).toString() == key)
                    return std::pair{i.data().toString(),
                                     model->index(row, 1, parent).data().toString()};
            }
            return std::pair{QString(), QString()};
        };
        const QModelIndex gpu = top(u"c:gpu"_s);
        QCOMPARE(gpu.data().toString(), u"HGX H100 hosts"_s);
        QCOMPARE(model->index(gpu.row(), 1).data().toString(), u"GPU cluster"_s);
        QCOMPARE(figure(u"c:gpu"_s, u"gpus"_s), std::pair(u"GPUs"_s, u"33 / 32  (103 %)"_s));
        QCOMPARE(figure(u"c:nfs"_s, u"capacityBytes"_s).first, u"Storage capacity"_s);
        QVERIFY(panel->isExpanded(gpu));
        panel->collapse(top(u"c:nfs"_s));

        // Two more hosts: 33 of 48, in place — the same rows, nfs still collapsed.
        window.document()->undoStack()->push(
            new SetParameter(window.document(), ItemType::Component, u"gpu"_s, u"hosts"_s,
                             ParamValue::fromNumber(6)));
        QCOMPARE(figure(u"c:gpu"_s, u"gpus"_s).second, u"33 / 48  (68.8 %)"_s);
        QVERIFY(panel->isExpanded(top(u"c:gpu"_s)));
        QVERIFY(!panel->isExpanded(top(u"c:nfs"_s)));

        AppSettings iec = AppSettings::load();
        iec.iecUnits = true;
        iec.save();
        window.applySettings();
        const QString capacity = figure(u"c:nfs"_s, u"capacityBytes"_s).second;
        QVERIFY2(capacity.contains(u" TiB"_s) && !capacity.contains(u" TB"_s),
                 qPrintable(capacity));
        iec.iecUnits = false;
        iec.save();
        window.applySettings();
        QVERIFY(figure(u"c:nfs"_s, u"capacityBytes"_s).second.contains(u" TB"_s));
    }

    void editUndoAndModifiedMarker()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(example(), true));
        QVERIFY(!window.isWindowModified());
        const int errorsBefore = window.engine()->result().errorCount();
        // Give the GPU cluster two more hosts: the gpu-count error goes away, live.
        window.document()->undoStack()->push(
            new SetParameter(window.document(), ItemType::Component, u"gpu"_s, u"hosts"_s,
                             ParamValue::fromNumber(6)));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.engine()->result().errorCount(), errorsBefore - 1);
        auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.engine()->result().errorCount(), errorsBefore);
    }

    void saveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"saved.tarmac"_s);
        MainWindow window;
        QVERIFY(window.openFile(example(), true));
        window.document()->undoStack()->push(new Rename(
            window.document(), ItemType::Stage, u"train"_s, u"Fine-tune <70B> & \"friends\""_s));
        QVERIFY(window.saveTo(path));
        QVERIFY(!window.document()->isModified());
        const ReadResult back = readProjectFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back.project, window.document()->project());
    }

    void translatedMenus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
    }
    void translatedMenus()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/tarmac_"_s + language + u".qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString file = translator.translate("tarmac::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != u"&File"_s);
        {
            MainWindow window;
            QStringList menus;
            for (QAction *m : window.menuBar()->actions())
                menus << m->text();
            QVERIFY2(menus.contains(file), qPrintable(menus.join(u", "_s)));
            QVERIFY(!menus.contains(u"&File"_s));
            // Engine findings are translated too.
            QVERIFY(window.openFile(example(), true));
            const QString message = window.findingsModel()->message(0);
            QVERIFY2(!message.contains(u" is asked for "_s), qPrintable(message));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void settingsPersist()
    {
        SettingsDialog dialog;
        dialog.findChild<QComboBox *>(u"settingsTheme"_s)->setCurrentIndex(2); // dark
        dialog.findChild<QComboBox *>(u"settingsUnits"_s)->setCurrentIndex(1); // IEC
        dialog.findChild<QSpinBox *>(u"settingsAutosave"_s)->setValue(120);
        dialog.findChild<QSpinBox *>(u"settingsHorizon"_s)->setValue(36);
        dialog.settings().save();
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.theme, u"dark"_s);
        QVERIFY(loaded.iecUnits);
        QCOMPARE(loaded.autosaveSeconds, 120);
        QCOMPARE(loaded.defaultHorizonMonths, 36);
        MainWindow window; // applies them
        QCOMPARE(window.autosaver()->interval(), 120 * 1000);
        QCOMPARE(window.document()->project().horizonMonths, 36);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 110);
        AppSettings defaults;
        defaults.save();
        applyTheme(u"light"_s);
    }

    void startPageOpensTemplatesAndRecentProjects()
    {
        // A copy of its own: other tests running at the same time open the example and hold
        // its lock, and opening a recent project from the start page asks about that lock.
        QTemporaryDir own;
        const QString copy = own.filePath(u"llm-platform.json"_s);
        QVERIFY(QFile::copy(example(), copy));
        QSettings().remove(u"recentFiles"_s); // the tests before opened the example itself
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(copy, true)); // now a recent project
        QVERIFY(!window.isStartPageShown());
        // File > New (Ctrl+N) shows the start page; nothing was changed, so nothing is asked.
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        auto shown = [&docks] {
            int n = 0;
            for (QDockWidget *d : docks)
                n += d->isVisible();
            return n;
        };
        const int docksBefore = shown();
        QVERIFY(docksBefore > 0);
        QTest::keyClick(window.canvasView(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window.isStartPageShown());
        QCOMPARE(shown(), 0); // the old project's panels are out of the way
        QListWidget *templates = window.startPage()->templates();
        // Every bundled template, each with a thumbnail drawn from it.
        const QList<TemplateInfo> bundled = bundledTemplates();
        QVERIFY(bundled.size() >= 10); // seven reference architectures, two examples, empty
        QCOMPARE(templates->count(), int(bundled.size()));
        for (int i = 0; i < templates->count(); ++i) {
            QVERIFY(!templates->item(i)->icon().pixmap(QSize(260, 160)).isNull());
            QCOMPARE(templates->item(i)->text(), bundled[i].title);
        }
        QVERIFY(templates->item(0)->text().startsWith(u"LLM fine-tuning"_s));
        QListWidget *recent = window.startPage()->recent();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->text(), u"llm-platform.json"_s);

        // With the keyboard only: the templates have the focus, Right, Enter.
        QTRY_VERIFY(templates->hasFocus());
        QTest::keyClick(templates, Qt::Key_Right);
        QTest::keyClick(templates, Qt::Key_Return);
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.document()->fileName().isEmpty()); // untitled: Save asks for a name
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.document()->project().components.size() >= 2);
        QVERIFY(window.document()->project().name.contains(u"ision"_s));
        QCOMPARE(shown(), docksBefore);

        // And back to a recent project the same way.
        window.showStartPage();
        recent->setFocus();
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY(!window.isStartPageShown());
        QCOMPARE(QFileInfo(window.document()->fileName()).fileName(), u"llm-platform.json"_s);

        // A template opened again, and Ctrl+S: the save dialog asks for a name, and the
        // project is then that file.
        window.showStartPage();
        templates->setFocus();
        QTest::keyClick(templates, Qt::Key_Return);
        QVERIFY(window.document()->fileName().isEmpty());
        QTemporaryDir dir;
        const QString chosen = dir.filePath(u"from-template"_s);
        // Qt's own dialog, not the desktop's, so that the test can answer it.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        bool asked = false;
        QTimer answer; // until the dialog shows, and never for long
        int tries = 0;
        connect(&answer, &QTimer::timeout, &window, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QFileDialog *>(top);
                if (dialog && dialog->isVisible()) {
                    asked = dialog->acceptMode() == QFileDialog::AcceptSave;
                    // Typed into its name field, as a user does.
                    if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                        name->setText(chosen);
                    static_cast<QDialog *>(dialog)->accept(); // protected in QFileDialog
                    answer.stop();
                    return;
                }
            }
            if (++tries > 100) { // fail, do not hang
                answer.stop();
                for (QFileDialog *dialog : window.findChildren<QFileDialog *>())
                    static_cast<QDialog *>(dialog)->reject();
            }
        });
        answer.start(50);
        QTest::keyClick(window.canvasView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(asked);
        QCOMPARE(window.document()->fileName(), chosen + u".tarmac"_s);
        QVERIFY(QFileInfo(chosen + u".tarmac"_s).size() > 0);
        QVERIFY(!window.document()->isModified());
    }

    void importsRvToolsThroughItsDialog()
    {
        MainWindow window;
        window.show();
        auto *action = window.findChild<QAction *>(u"actionImportRvTools"_s);
        QVERIFY(action);
        QVERIFY(action->text().contains(u"RVTools"_s));
        bool checked = false;
        // The dialog is modal: drive it the way a person would once it is up.
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RvToolsImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTableWidget *models = dialog->modelTable();
            QCOMPARE(models->rowCount(), 3); // R660, R760, XE9680
            int xe = -1;
            for (int row = 0; row < models->rowCount(); ++row) {
                if (models->item(row, 0)->text() == u"PowerEdge XE9680")
                    xe = row;
            }
            QVERIFY(xe >= 0);
            auto *gpu = qobject_cast<QComboBox *>(models->cellWidget(xe, 2));
            auto *count = qobject_cast<QSpinBox *>(models->cellWidget(xe, 3));
            // Suggested, visibly, before anything is imported.
            QCOMPARE(gpu->currentData().toString(), u"nvidia-h100-sxm"_s);
            QCOMPARE(count->value(), 8);
            QVERIFY(dialog->preview()->toPlainText().contains(u"GPU cluster AMS-GPU: 2 hosts"_s));
            // The user corrects it: these XE9680s carry four GPUs each.
            count->setFocus();
            count->selectAll();
            QTest::keyClicks(count, u"4"_s);
            QVERIFY(dialog->preview()->toPlainText().contains(u"2 hosts × 4 H100"_s));
            QPushButton *import = nullptr;
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().remove(u'&') == u"Import")
                    import = b;
            }
            QVERIFY(import);
            QTest::mouseClick(import, Qt::LeftButton);
            checked = true;
        });
        QVERIFY(window.importRvToolsFrom(
            QStringLiteral(TARMAC_SOURCE_DIR "/tests/data/rvtools/inventory.xlsx")));
        QVERIFY(checked);
        const Project &p = window.document()->project();
        QCOMPARE(p.components.size(), size_t(7));
        QCOMPARE(p.zones.size(), size_t(2));
        const Component *gpu = nullptr;
        for (const Component &c : p.components) {
            if (c.kind == u"gpu-cluster")
                gpu = &c;
        }
        QVERIFY(gpu);
        QCOMPARE(gpu->params.value(u"gpusPerHost"_s).number, 4.0);
        // Unsaved and untitled: nothing is lost by closing, Save asks for a name.
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->fileName().isEmpty());
        QVERIFY(window.canvasScene()->node(gpu->id));
        QCOMPARE(window.engine()->result().errorCount(), 4); // the storage bandwidths
        window.document()->markSaved(QString());             // let the window close without asking
    }

    void geometryRestored()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
