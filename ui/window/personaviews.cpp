#include "personaviews.h"

#include "canvas/canvasscene.h"
#include "model/projectdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QCryptographicHash>
#include <QSettings>
#include <QToolBar>
#include <QWidget>

namespace tarmac {
namespace {

// One settings key per project file: its path hashed, so that any path makes a valid key.
QString settingsKey(const QString &fileName)
{
    return QStringLiteral("personaView/") +
           QString::fromLatin1(
               QCryptographicHash::hash(fileName.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

PersonaViews::PersonaViews(CanvasScene *scene, ProjectDocument *document, QWidget *window)
    : QObject(window)
    , m_scene(scene)
    , m_document(document)
    , m_group(new QActionGroup(this))
{
    struct Choice {
        DiagramView view;
        QString text, tip, name;
        Qt::Key key;
    };
    const Choice choices[] = {
        {DiagramView::Mapping, tr("&Mapping"),
         tr("Stages, infrastructure and what binds them (Ctrl+Alt+1)"),
         QStringLiteral("actionViewMapping"), Qt::Key_1},
        {DiagramView::Lifecycle, tr("&Data Science"),
         tr("Stages and flows only, in model and dataset terms, with what each stage runs on "
            "and how that fares (Ctrl+Alt+2)"),
         QStringLiteral("actionViewDataScience"), Qt::Key_2},
        {DiagramView::Infrastructure, tr("I&nfrastructure"),
         tr("Components and zones only, with the demand on each and the stages it comes from "
            "(Ctrl+Alt+3)"),
         QStringLiteral("actionViewInfrastructure"), Qt::Key_3},
    };
    for (const Choice &c : choices) {
        QAction *a = m_group->addAction(c.text);
        a->setCheckable(true);
        a->setObjectName(c.name);
        a->setToolTip(c.tip);
        a->setStatusTip(c.tip);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | c.key));
        a->setData(int(c.view));
        a->setChecked(c.view == DiagramView::Mapping);
        // Their keys work while the menus and the toolbar are hidden (presentation mode).
        window->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { setView(DiagramView(a->data().toInt())); });
    // Every change of view, asked here or by the scene itself (something added or revealed
    // that the view hides), comes back through the scene: the switch, the memory and the
    // signal follow in one place.
    connect(m_scene, &CanvasScene::personaViewChanged, this, [this](DiagramView view) {
        if (QAction *a = action(view))
            a->setChecked(true);
        remember();
        emit viewChanged(view);
    });
    // A project comes in (open, template, import, recovery): the view it was left in. (Its
    // file name is set by then; Save As tells remember() itself.)
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent &e) {
        if (e.kind == ChangeEvent::Kind::Reset)
            setView(rememberedView(m_document->fileName()));
    });
}

QList<QAction *> PersonaViews::actions() const
{
    return m_group->actions();
}

QAction *PersonaViews::action(DiagramView view) const
{
    for (QAction *a : m_group->actions()) {
        if (DiagramView(a->data().toInt()) == view)
            return a;
    }
    return nullptr;
}

QToolBar *PersonaViews::createToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Views"), parent);
    bar->setObjectName(QStringLiteral("personaToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setAccessibleName(tr("Persona view"));
    bar->addActions(m_group->actions());
    return bar;
}

DiagramView PersonaViews::view() const
{
    return m_scene->personaView();
}

DiagramView PersonaViews::rememberedView(const QString &fileName)
{
    if (fileName.isEmpty())
        return DiagramView::Mapping;
    const int stored = QSettings().value(settingsKey(fileName), int(DiagramView::Mapping)).toInt();
    switch (DiagramView(stored)) {
    case DiagramView::Lifecycle:
    case DiagramView::Infrastructure:
        return DiagramView(stored);
    case DiagramView::Mapping:
        break;
    }
    return DiagramView::Mapping;
}

void PersonaViews::setView(DiagramView view)
{
    m_scene->setPersonaView(view); // personaViewChanged does the rest, if it changed
}

void PersonaViews::remember() const
{
    const QString fileName = m_document->fileName();
    if (fileName.isEmpty())
        return;
    QSettings settings;
    if (m_scene->personaView() == DiagramView::Mapping)
        settings.remove(settingsKey(fileName)); // the default needs no entry
    else
        settings.setValue(settingsKey(fileName), int(m_scene->personaView()));
}

} // namespace tarmac
