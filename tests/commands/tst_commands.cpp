// Undoable edits (core/commands/commands.cpp on core/model/projectdocument.cpp): every command
// changes the project, undo restores it byte for byte (as JSON), redo repeats it exactly;
// merging, change events, the modified state and a large paste.

#include "commands/commands.h"
#include "model/paramschema.h"
#include "model/projectdocument.h"
#include "projectdiff.h"
#include "projectgenerator.h"
#include "storage/jsonformat.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;
using tarmac::testing::generateProject;
using tarmac::testing::projectDifference;
using tarmac::testing::textDifference;

namespace {

using Kind = ChangeEvent::Kind;

// generateProject(7, 40, 20, 60): stages s0..s39, components c0..c19 (c2 file storage, c7 a
// fabric), flows f0..f59, zones site0 and rack0 (inside site0), every component in site0.
// Two flows are stored on c2 and c3 sits in rack0, so deletions have side effects to undo.
Project fixture()
{
    Project p = generateProject(7, 40, 20, 60);
    p.flows[0].params.insert(u"store"_s, ParamValue::fromText(u"c2"_s));
    p.flows[5].params.insert(u"store"_s, ParamValue::fromText(u"c2"_s));
    p.component(u"c3"_s)->zone = u"rack0"_s;
    return p;
}

QString busiestStage(const Project &p);

// Decision notes on the project, the busiest stage, one of its flows and c2: deleting those
// must take their notes along, and undo bring them back.
Project fixtureWithNotes()
{
    Project p = fixture();
    const QString busy = busiestStage(p);
    QString busyFlow;
    for (const Flow &f : p.flows) {
        if (f.from == busy || f.to == busy) {
            busyFlow = f.id;
            break;
        }
    }
    p.notes = {
        {u"n-project"_s,
         {},
         u"One site for now; a second one in year 2"_s,
         u"Ana"_s,
         u"2026-12-01T09:00:00Z"_s},
        {u"n-stage"_s, busy, u"Train nightly, <not> \"weekly\" & never on weekends"_s, u"Ben"_s,
         u"2026-12-01T09:05:00Z"_s},
        {u"n-flow"_s, busyFlow, u"Keep 3 versions](x)"_s, {}, {}},
        {u"n-c2"_s, u"c2"_s, u"NFS over Lustre: read once per epoch at 2.4 GB/s"_s, u"Ana"_s,
         u"2026-12-02T10:15:00Z"_s},
    };
    return p;
}

// The stage with the most flows (deleting it takes flows and bindings along).
QString busiestStage(const Project &p)
{
    QString best;
    int most = -1;
    for (const Stage &s : p.stages) {
        const int n = int(std::count_if(p.flows.begin(), p.flows.end(), [&](const Flow &f) {
            return f.from == s.id || f.to == s.id;
        }));
        if (n > most) {
            most = n;
            best = s.id;
        }
    }
    return best;
}

bool sameEvent(const ChangeEvent &e, Kind kind, ItemType type, const QString &id)
{
    return e.kind == kind && e.type == type && e.id == id;
}

QString describe(const ChangeEvent &e)
{
    return u"(kind %1, type %2, \"%3\")"_s.arg(int(e.kind)).arg(int(e.type)).arg(e.id);
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fixtureIsValid();
    void undoRedo_data();
    void undoRedo();
    void commandSequence();
    void parameterEditsMerge();
    void moveMerging_data();
    void moveMerging();
    void removeEmitsEventsInOrder();
    void changeEvents_data();
    void changeEvents();
    void modifiedState();
    void pasteBatch_data();
    void pasteBatch();

private:
    QByteArray json() const { return JsonFormat::toJson(m_doc->project()); }
    const Project &project() const { return m_doc->project(); }
    QUndoStack *stack() { return m_doc->undoStack(); }
    QUndoCommand *makeCommand(const QString &key);
    QString checkEffect(const QString &key, const Project &before);
    std::shared_ptr<std::vector<ChangeEvent>> recordEvents();

    std::unique_ptr<ProjectDocument> m_doc;
    QString m_busyStage;
};

void TestCommands::init()
{
    m_doc = std::make_unique<ProjectDocument>();
    const Project p = fixtureWithNotes();
    m_busyStage = busiestStage(p);
    m_doc->reset(p);
}

void TestCommands::cleanup()
{
    m_doc.reset();
}

void TestCommands::fixtureIsValid()
{
    // The fixture is a valid project (else undo could "restore" garbage unnoticed).
    const ReadResult r = JsonFormat::fromJson(json());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.project == project(), qPrintable(projectDifference(r.project, project())));
    QCOMPARE(project().component(u"c2"_s)->kind, u"file-storage"_s);
    QCOMPARE(project().component(u"c7"_s)->kind, u"fabric"_s);
    QCOMPARE(project().component(u"c2"_s)->zone, u"site0"_s);
    QCOMPARE(project().zone(u"rack0"_s)->parent, u"site0"_s);
    QVERIFY(!project().layout.contains(u"rack0"_s));
    QVERIFY(!m_doc->isModified());
    QCOMPARE(stack()->count(), 0);
}

QUndoCommand *TestCommands::makeCommand(const QString &key)
{
    ProjectDocument *doc = m_doc.get();
    const Project &p = project();
    if (key == u"AddItems: stage with flow, binding and layout") {
        ItemBatch b;
        Stage s{u"new-stage"_s, u"training"_s, u"New stage"_s, u"ml-engineer"_s, {}};
        s.params.insert(u"modelParams"_s, ParamValue::fromNumber(7e9, u"7B"_s));
        b.stages.push_back({3, s});
        b.flows.push_back({int(p.flows.size()), Flow{u"new-flow"_s, u"s0"_s, u"new-stage"_s, {}}});
        b.bindings.push_back({0, Binding{u"new-stage"_s, u"c0"_s, u"compute"_s}});
        b.layout.insert(u"new-stage"_s, Placement{120, 80, 0, 0});
        return new AddItems(doc, b, u"Add stage"_s);
    }
    if (key == u"AddItems: zone with a component") {
        ItemBatch b;
        b.zones.push_back({0, Zone{u"site9"_s, u"Site 9"_s, u"site"_s, {}}});
        Component c{u"c99"_s, u"kv-store"_s, u"Cache"_s, u"site9"_s, {}};
        c.params.insert(u"memory"_s, ParamValue::fromNumber(64e9, u"64 GB"_s));
        b.components.push_back({int(p.components.size()), c});
        b.links.push_back({int(p.links.size()), Link{u"c99"_s, u"c7"_s}});
        b.layout.insert(u"site9"_s, Placement{0, 9000, 500, 300});
        b.layout.insert(u"c99"_s, Placement{20, 9040, 0, 0});
        return new AddItems(doc, b, {});
    }
    if (key == u"RemoveItems: stage")
        return new RemoveItems(doc, {m_busyStage});
    if (key == u"RemoveItems: component that stores flows and sits in a zone")
        return new RemoveItems(doc, {u"c2"_s});
    if (key == u"RemoveItems: zone with components and a child zone")
        return new RemoveItems(doc, {u"site0"_s});
    if (key == u"RemoveItems: a fabric, a stage and a flow together")
        return new RemoveItems(doc, {u"c7"_s, u"s5"_s, u"f10"_s});
    if (key == u"SetParameter: change")
        return new SetParameter(doc, ItemType::Component, u"c0"_s, u"hosts"_s,
                                ParamValue::fromNumber(99));
    if (key == u"SetParameter: add")
        return new SetParameter(doc, ItemType::Stage, u"s0"_s, u"peakFactor"_s,
                                ParamValue::fromNumber(4, u"4x"_s));
    if (key == u"SetParameter: clear")
        return new SetParameter(doc, ItemType::Component, u"c0"_s, u"gpu"_s, std::nullopt);
    if (key == u"SetParameter: flow")
        return new SetParameter(doc, ItemType::Flow, u"f1"_s, u"sizeBytes"_s,
                                ParamValue::fromNumber(2e12, u"2 TB"_s));
    if (key == u"Rename: stage")
        return new Rename(doc, ItemType::Stage, u"s1"_s, u"Renamed <&> \"stage\""_s);
    if (key == u"Rename: zone")
        return new Rename(doc, ItemType::Zone, u"rack0"_s, u"Rack A"_s);
    if (key == u"Rename: component")
        return new Rename(doc, ItemType::Component, u"c4"_s, u"Object store"_s);
    if (key == u"SetPersona") {
        const QString current = p.stage(u"s0"_s)->persona;
        QString other;
        for (const QString &persona : ParamSchema::personas()) {
            if (persona != current) {
                other = persona;
                break;
            }
        }
        return new SetPersona(doc, u"s0"_s, other);
    }
    if (key == u"MoveItems: two items")
        return new MoveItems(doc,
                             {{u"s0"_s, Placement{1, 2, 0, 0}}, {u"c1"_s, Placement{3, 4, 0, 0}}});
    if (key == u"MoveItems: resize a zone")
        return new MoveItems(doc, {{u"site0"_s, Placement{10, 20, 999, 555}}});
    if (key == u"MoveItems: item without a placement")
        return new MoveItems(doc, {{u"rack0"_s, Placement{5, 6, 100, 100}}});
    if (key == u"SetComponentZone: into a rack")
        return new SetComponentZone(doc, u"c1"_s, u"rack0"_s);
    if (key == u"SetComponentZone: out of its zone")
        return new SetComponentZone(doc, u"c1"_s, QString());
    if (key == u"SetZoneParent: to top level")
        return new SetZoneParent(doc, u"rack0"_s, QString());
    if (key == u"SetProjectInfo")
        return new SetProjectInfo(doc, u"Renamed project"_s, u"new <description>"_s, 48);
    if (key == u"AddNote: on a component")
        return addNoteCommand(doc, Note{{},
                                        u"c4"_s,
                                        u"Object store for the corpus"_s,
                                        u"Chi"_s,
                                        u"2026-12-03T08:00:00Z"_s});
    if (key == u"AddNote: on the project")
        return addNoteCommand(doc, Note{u"n-new"_s, {}, u"Budget: 2 racks"_s, {}, {}});
    if (key == u"EditNote")
        return new EditNote(doc, u"n-c2"_s, u"NFS after all"_s);
    if (key == u"RemoveItems: a note")
        return new RemoveItems(doc, {u"n-stage"_s}, u"Delete note"_s);
    return nullptr;
}

// Empty if the command did what it says on `before`, else what is wrong.
QString TestCommands::checkEffect(const QString &key, const Project &before)
{
    const Project &p = project();
    auto fail = [](const QString &what) { return what; };
    if (key.startsWith(u"AddItems: stage")) {
        if (p.stages.size() != before.stages.size() + 1 || p.stages[3].id != u"new-stage")
            return fail(u"the stage is not at index 3"_s);
        if (!p.flow(u"new-flow"_s) || p.flows.back().id != u"new-flow")
            return fail(u"the flow was not appended"_s);
        if (!(p.bindings.front() == Binding{u"new-stage"_s, u"c0"_s, u"compute"_s}))
            return fail(u"the binding is not first"_s);
        if (p.layout.value(u"new-stage"_s) != Placement{120, 80, 0, 0})
            return fail(u"no placement"_s);
    } else if (key.startsWith(u"AddItems: zone")) {
        if (p.zones.front().id != u"site9" || p.components.back().id != u"c99" ||
            !(p.links.back() == Link{u"c99"_s, u"c7"_s}) || !p.layout.contains(u"c99"_s))
            return fail(u"the zone, component, link or layout is missing"_s);
    } else if (key == u"AddNote: on a component") {
        if (p.notes.size() != before.notes.size() + 1 || p.notes.back().id != u"note" ||
            p.notes.back().target != u"c4" || p.notes.back().author != u"Chi")
            return fail(u"the note was not appended as \"note\" on c4"_s);
    } else if (key == u"AddNote: on the project") {
        if (p.notes.back().id != u"n-new" || !p.notes.back().target.isEmpty())
            return fail(u"the project note was not appended"_s);
    } else if (key == u"EditNote") {
        if (p.notes[3].text != u"NFS after all" || p.notes[3].author != u"Ana" ||
            p.notes[3].created != before.notes[3].created)
            return fail(u"the text did not change, or more than the text did"_s);
    } else if (key == u"RemoveItems: a note") {
        if (p.notes.size() != before.notes.size() - 1 ||
            std::any_of(p.notes.begin(), p.notes.end(),
                        [](const Note &n) { return n.id == u"n-stage"; }))
            return fail(u"the note is still there"_s);
        if (p.stages.size() != before.stages.size())
            return fail(u"deleting a note deleted a stage"_s);
    } else if (key == u"RemoveItems: stage") {
        const QString id = m_busyStage;
        if (p.stage(id))
            return fail(u"the stage is still there"_s);
        // Its note and the note on its flow go with it; the others stay.
        QStringList notes;
        for (const Note &n : p.notes)
            notes << n.id;
        if (notes != QStringList{u"n-project"_s, u"n-c2"_s})
            return fail(u"notes left: "_s + notes.join(u", "_s));
        for (const Flow &f : p.flows) {
            if (f.from == id || f.to == id)
                return fail(u"flow %1 still refers to it"_s.arg(f.id));
        }
        for (const Binding &b : p.bindings) {
            if (b.stage == id)
                return fail(u"a binding still refers to it"_s);
        }
        if (p.layout.contains(id))
            return fail(u"its placement is still there"_s);
        if (p.flows.size() >= before.flows.size() || p.bindings.size() >= before.bindings.size())
            return fail(u"no flows or bindings went with it"_s);
    } else if (key.startsWith(u"RemoveItems: component")) {
        if (p.component(u"c2"_s) || p.layout.contains(u"c2"_s))
            return fail(u"the component or its placement is still there"_s);
        if (!p.flow(u"f0"_s) || !p.flow(u"f5"_s))
            return fail(u"the flows it stored were deleted"_s);
        if (p.flow(u"f0"_s)->params.contains(u"store"_s) ||
            p.flow(u"f5"_s)->params.contains(u"store"_s))
            return fail(u"a flow still names it as its store"_s);
        for (const Binding &b : p.bindings) {
            if (b.component == u"c2")
                return fail(u"a binding still refers to it"_s);
        }
        for (const Link &l : p.links) {
            if (l.component == u"c2")
                return fail(u"a link still refers to it"_s);
        }
        if (p.notes.size() != before.notes.size() - 1 || p.notes.back().id != u"n-flow")
            return fail(u"its note did not go with it, or another did"_s);
    } else if (key.startsWith(u"RemoveItems: zone")) {
        if (p.zone(u"site0"_s) || p.layout.contains(u"site0"_s))
            return fail(u"the zone or its placement is still there"_s);
        if (p.components.size() != before.components.size())
            return fail(u"components went with the zone"_s);
        for (const Component &c : p.components) {
            if (c.zone == u"site0")
                return fail(u"component %1 is still in it"_s.arg(c.id));
        }
        if (!p.zone(u"rack0"_s) || !p.zone(u"rack0"_s)->parent.isEmpty())
            return fail(u"the child zone was not made top level"_s);
        if (p.component(u"c3"_s)->zone != u"rack0")
            return fail(u"a component of the child zone moved"_s);
    } else if (key.startsWith(u"RemoveItems: a fabric")) {
        if (p.component(u"c7"_s) || p.stage(u"s5"_s) || p.flow(u"f10"_s))
            return fail(u"something is still there"_s);
        for (const Link &l : p.links) {
            if (l.fabric == u"c7")
                return fail(u"a link to the fabric remains"_s);
        }
    } else if (key == u"SetParameter: change") {
        if (p.component(u"c0"_s)->params.value(u"hosts"_s) != ParamValue::fromNumber(99))
            return fail(u"hosts is not 99"_s);
    } else if (key == u"SetParameter: add") {
        if (p.stage(u"s0"_s)->params.value(u"peakFactor"_s) != ParamValue::fromNumber(4, u"4x"_s))
            return fail(u"peakFactor is not set"_s);
    } else if (key == u"SetParameter: clear") {
        if (p.component(u"c0"_s)->params.contains(u"gpu"_s))
            return fail(u"gpu is still set"_s);
    } else if (key == u"SetParameter: flow") {
        if (p.flow(u"f1"_s)->params.value(u"sizeBytes"_s).text != u"2 TB")
            return fail(u"sizeBytes is not 2 TB"_s);
    } else if (key == u"Rename: stage") {
        if (p.stage(u"s1"_s)->name != u"Renamed <&> \"stage\"")
            return fail(u"not renamed"_s);
    } else if (key == u"Rename: zone") {
        if (p.zone(u"rack0"_s)->name != u"Rack A")
            return fail(u"not renamed"_s);
    } else if (key == u"Rename: component") {
        if (p.component(u"c4"_s)->name != u"Object store")
            return fail(u"not renamed"_s);
    } else if (key == u"SetPersona") {
        if (p.stage(u"s0"_s)->persona == before.stage(u"s0"_s)->persona)
            return fail(u"persona unchanged"_s);
    } else if (key == u"MoveItems: two items") {
        if (p.layout.value(u"s0"_s) != Placement{1, 2, 0, 0} ||
            p.layout.value(u"c1"_s) != Placement{3, 4, 0, 0})
            return fail(u"not moved"_s);
    } else if (key == u"MoveItems: resize a zone") {
        if (p.layout.value(u"site0"_s) != Placement{10, 20, 999, 555})
            return fail(u"not resized"_s);
    } else if (key == u"MoveItems: item without a placement") {
        if (p.layout.value(u"rack0"_s) != Placement{5, 6, 100, 100})
            return fail(u"not placed"_s);
    } else if (key == u"SetComponentZone: into a rack") {
        if (p.component(u"c1"_s)->zone != u"rack0")
            return fail(u"not in the rack"_s);
    } else if (key == u"SetComponentZone: out of its zone") {
        if (!p.component(u"c1"_s)->zone.isEmpty())
            return fail(u"still in a zone"_s);
    } else if (key == u"SetZoneParent: to top level") {
        if (!p.zone(u"rack0"_s)->parent.isEmpty())
            return fail(u"still nested"_s);
    } else if (key == u"SetProjectInfo") {
        if (p.name != u"Renamed project" || p.description != u"new <description>" ||
            p.horizonMonths != 48)
            return fail(u"project info unchanged"_s);
    } else {
        return fail(u"no check for "_s + key);
    }
    return {};
}

std::shared_ptr<std::vector<ChangeEvent>> TestCommands::recordEvents()
{
    auto events = std::make_shared<std::vector<ChangeEvent>>();
    connect(m_doc.get(), &ProjectDocument::changed, this,
            [events](const ChangeEvent &e) { events->push_back(e); });
    return events;
}

void TestCommands::undoRedo_data()
{
    QTest::addColumn<QString>("command");
    for (const char *key : {"AddItems: stage with flow, binding and layout",
                            "AddItems: zone with a component",
                            "RemoveItems: stage",
                            "RemoveItems: component that stores flows and sits in a zone",
                            "RemoveItems: zone with components and a child zone",
                            "RemoveItems: a fabric, a stage and a flow together",
                            "SetParameter: change",
                            "SetParameter: add",
                            "SetParameter: clear",
                            "SetParameter: flow",
                            "Rename: stage",
                            "Rename: zone",
                            "Rename: component",
                            "SetPersona",
                            "MoveItems: two items",
                            "MoveItems: resize a zone",
                            "MoveItems: item without a placement",
                            "SetComponentZone: into a rack",
                            "SetComponentZone: out of its zone",
                            "SetZoneParent: to top level",
                            "SetProjectInfo",
                            "AddNote: on a component",
                            "AddNote: on the project",
                            "EditNote",
                            "RemoveItems: a note"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestCommands::undoRedo()
{
    QFETCH(QString, command);
    const Project original = project();
    const QByteArray before = json();

    QUndoCommand *cmd = makeCommand(command);
    QVERIFY2(cmd, "no such command");
    stack()->push(cmd);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(m_doc->isModified());
    const QByteArray after = json();
    QVERIFY2(after != before, "the command changed nothing");
    const QString effect = checkEffect(command, original);
    QVERIFY2(effect.isEmpty(), qPrintable(effect));
    const Project done = project();

    // Two full cycles: undo restores the original exactly, redo the edited state exactly.
    for (int cycle = 0; cycle < 2; ++cycle) {
        stack()->undo();
        QByteArray now = json();
        QVERIFY2(now == before, qPrintable(u"undo: "_s + textDifference(now, before)));
        QVERIFY2(project() == original, qPrintable(projectDifference(project(), original)));
        QVERIFY(!m_doc->isModified());
        stack()->redo();
        now = json();
        QVERIFY2(now == after, qPrintable(u"redo: "_s + textDifference(now, after)));
        QVERIFY2(project() == done, qPrintable(projectDifference(project(), done)));
    }
}

void TestCommands::commandSequence()
{
    // All the commands one after another (each built on the state the previous one left),
    // then undone to the start and redone to the end. The known-bad "item without a
    // placement" move is left out so that a failure here means an interaction.
    const QByteArray start = json();
    int pushed = 0;
    const QStringList keys = {u"SetProjectInfo"_s,
                              u"EditNote"_s, // before c2 and its note are deleted
                              u"Rename: stage"_s,
                              u"AddNote: on a component"_s,
                              u"SetParameter: change"_s,
                              u"MoveItems: resize a zone"_s, // before the zone is deleted
                              u"AddItems: stage with flow, binding and layout"_s,
                              u"MoveItems: two items"_s,
                              u"RemoveItems: component that stores flows and sits in a zone"_s,
                              u"SetComponentZone: into a rack"_s,
                              u"RemoveItems: stage"_s,
                              u"SetParameter: add"_s,
                              u"RemoveItems: zone with components and a child zone"_s,
                              u"SetPersona"_s,
                              u"AddItems: zone with a component"_s,
                              u"RemoveItems: a fabric, a stage and a flow together"_s,
                              u"SetParameter: flow"_s,
                              u"AddNote: on the project"_s,
                              u"Rename: component"_s};
    for (const QString &key : keys) {
        QUndoCommand *cmd = makeCommand(key);
        QVERIFY2(cmd, qPrintable(key));
        stack()->push(cmd);
        ++pushed;
    }
    QCOMPARE(stack()->count(), pushed);
    const QByteArray end = json();
    const ReadResult valid = JsonFormat::fromJson(end);
    QVERIFY2(valid.ok(), qPrintable(u"the edited project is not valid: "_s + valid.error));
    for (int cycle = 0; cycle < 2; ++cycle) {
        while (stack()->canUndo())
            stack()->undo();
        QByteArray now = json();
        QVERIFY2(now == start, qPrintable(u"undo all: "_s + textDifference(now, start)));
        while (stack()->canRedo())
            stack()->redo();
        now = json();
        QVERIFY2(now == end, qPrintable(u"redo all: "_s + textDifference(now, end)));
    }
}

void TestCommands::parameterEditsMerge()
{
    const QByteArray before = json();
    const ParamValue original = project().component(u"c0"_s)->params.value(u"hosts"_s);
    // Typing "1", "10", "11" in one field (one edit session) is one undo step.
    const quint64 visit = SetParameter::newSession();
    auto edit = [&](const QString &id, const QString &name, std::optional<ParamValue> value,
                    quint64 session) {
        auto *command = new SetParameter(m_doc.get(), ItemType::Component, id, name, value);
        command->setSession(session);
        stack()->push(command);
    };
    for (double hosts : {1.0, 10.0, 11.0})
        edit(u"c0"_s, u"hosts"_s, ParamValue::fromNumber(hosts), visit);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(project().component(u"c0"_s)->params.value(u"hosts"_s).number, 11.0);
    stack()->undo();
    QCOMPARE(project().component(u"c0"_s)->params.value(u"hosts"_s), original);
    QVERIFY2(json() == before, qPrintable(textDifference(json(), before)));
    stack()->redo();
    QCOMPARE(project().component(u"c0"_s)->params.value(u"hosts"_s).number, 11.0);

    // Another parameter, or the same name on another item, is a step of its own.
    edit(u"c0"_s, u"cpuCoresPerHost"_s, ParamValue::fromNumber(32), visit);
    QCOMPARE(stack()->count(), 2);
    const quint64 other = SetParameter::newSession();
    edit(u"c8"_s, u"hosts"_s, ParamValue::fromNumber(5), other);
    QCOMPARE(stack()->count(), 3);
    // Setting then clearing the same parameter merges too; undo brings back the original.
    edit(u"c8"_s, u"hosts"_s, std::nullopt, other);
    QCOMPARE(stack()->count(), 3);
    QVERIFY(!project().component(u"c8"_s)->params.contains(u"hosts"_s));
    // A second visit to the same field, or an edit without a session, is a step of its own.
    edit(u"c8"_s, u"hosts"_s, ParamValue::fromNumber(6), SetParameter::newSession());
    QCOMPARE(stack()->count(), 4);
    edit(u"c8"_s, u"hosts"_s, ParamValue::fromNumber(7), 0);
    edit(u"c8"_s, u"hosts"_s, ParamValue::fromNumber(8), 0);
    QCOMPARE(stack()->count(), 6);
    while (stack()->canUndo())
        stack()->undo();
    QVERIFY2(json() == before, qPrintable(textDifference(json(), before)));
}

void TestCommands::moveMerging_data()
{
    QTest::addColumn<int>("firstDrag");
    QTest::addColumn<int>("secondDrag");
    QTest::addColumn<int>("expectedSteps");
    QTest::newRow("same drag merges") << 7 << 7 << 1;
    QTest::newRow("drag id 0 never merges") << 0 << 0 << 2;
    QTest::newRow("different drags") << 7 << 8 << 2;
    QTest::newRow("drag, then a plain move") << 7 << 0 << 2;
}

void TestCommands::moveMerging()
{
    QFETCH(int, firstDrag);
    QFETCH(int, secondDrag);
    QFETCH(int, expectedSteps);
    const QByteArray before = json();
    stack()->push(new MoveItems(m_doc.get(), {{u"s0"_s, Placement{10, 10, 0, 0}}}, firstDrag));
    // The second move also takes an item the first did not: undo must restore it as well.
    stack()->push(new MoveItems(
        m_doc.get(), {{u"s0"_s, Placement{20, 30, 0, 0}}, {u"c1"_s, Placement{40, 50, 0, 0}}},
        secondDrag));
    QCOMPARE(stack()->count(), expectedSteps);
    QCOMPARE(project().layout.value(u"s0"_s), (Placement{20, 30, 0, 0}));
    QCOMPARE(project().layout.value(u"c1"_s), (Placement{40, 50, 0, 0}));
    const QByteArray after = json();
    while (stack()->canUndo())
        stack()->undo();
    QVERIFY2(json() == before, qPrintable(textDifference(json(), before)));
    while (stack()->canRedo())
        stack()->redo();
    QVERIFY2(json() == after, qPrintable(textDifference(json(), after)));
}

void TestCommands::removeEmitsEventsInOrder()
{
    const QString id = m_busyStage;
    const auto events = recordEvents();
    stack()->push(new RemoveItems(m_doc.get(), {id}));

    qsizetype aboutToBeRemoved = -1, removed = -1;
    for (qsizetype i = 0; i < qsizetype(events->size()); ++i) {
        const ChangeEvent &e = (*events)[size_t(i)];
        if (sameEvent(e, Kind::AboutToBeRemoved, ItemType::Stage, id)) {
            QVERIFY2(aboutToBeRemoved == -1, "AboutToBeRemoved twice");
            aboutToBeRemoved = i;
        }
        if (sameEvent(e, Kind::Removed, ItemType::Stage, id)) {
            QVERIFY2(removed == -1, "Removed twice");
            removed = i;
        }
    }
    QVERIFY2(aboutToBeRemoved >= 0, "no AboutToBeRemoved for the stage");
    QVERIFY2(removed >= 0, "no Removed for the stage");
    QVERIFY2(aboutToBeRemoved < removed, "Removed came before AboutToBeRemoved");
    // Its flows and bindings go first in both rounds, so nothing observed points at a
    // removed stage.
    int dependents = 0;
    for (qsizetype i = 0; i < qsizetype(events->size()); ++i) {
        const ChangeEvent &e = (*events)[size_t(i)];
        if (e.type != ItemType::Flow && e.type != ItemType::Binding)
            continue;
        ++dependents;
        if (e.kind == Kind::AboutToBeRemoved)
            QVERIFY2(i < aboutToBeRemoved,
                     qPrintable(u"dependent after the stage: "_s + describe(e)));
        if (e.kind == Kind::Removed)
            QVERIFY2(i < removed,
                     qPrintable(u"dependent removed after the stage: "_s + describe(e)));
    }
    QVERIFY(dependents > 0);
    // The batch is announced whole before any of it goes (a handler of AboutToBeRemoved still
    // finds every item of the batch in the project), and every announced item is removed.
    qsizetype lastAnnounced = -1, firstRemoved = qsizetype(events->size());
    int announced = 0, gone = 0;
    for (qsizetype i = 0; i < qsizetype(events->size()); ++i) {
        const ChangeEvent &e = (*events)[size_t(i)];
        if (e.kind == Kind::AboutToBeRemoved)
            lastAnnounced = i, ++announced;
        if (e.kind == Kind::Removed)
            firstRemoved = std::min(firstRemoved, i), ++gone;
    }
    QVERIFY(lastAnnounced < firstRemoved);
    QCOMPARE(gone, announced);

    events->clear();
    stack()->undo();
    const bool added = std::any_of(events->begin(), events->end(), [&](const ChangeEvent &e) {
        return sameEvent(e, Kind::Added, ItemType::Stage, id);
    });
    QVERIFY2(added, "undo did not announce the stage as added");
}

void TestCommands::changeEvents_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("id");
    QTest::newRow("SetParameter") << u"SetParameter: change"_s << int(Kind::Changed)
                                  << int(ItemType::Component) << u"c0"_s;
    QTest::newRow("SetParameter on a flow")
        << u"SetParameter: flow"_s << int(Kind::Changed) << int(ItemType::Flow) << u"f1"_s;
    QTest::newRow("Rename") << u"Rename: stage"_s << int(Kind::Renamed) << int(ItemType::Stage)
                            << u"s1"_s;
    QTest::newRow("SetPersona") << u"SetPersona"_s << int(Kind::Changed) << int(ItemType::Stage)
                                << u"s0"_s;
    QTest::newRow("SetComponentZone") << u"SetComponentZone: into a rack"_s << int(Kind::Changed)
                                      << int(ItemType::Component) << u"c1"_s;
    QTest::newRow("SetZoneParent") << u"SetZoneParent: to top level"_s << int(Kind::Changed)
                                   << int(ItemType::Zone) << u"rack0"_s;
    QTest::newRow("MoveItems") << u"MoveItems: resize a zone"_s << int(Kind::Moved)
                               << int(ItemType::Project) << u"site0"_s;
    QTest::newRow("SetProjectInfo")
        << u"SetProjectInfo"_s << int(Kind::Changed) << int(ItemType::Project) << QString();
    QTest::newRow("AddItems") << u"AddItems: stage with flow, binding and layout"_s
                              << int(Kind::Added) << int(ItemType::Stage) << u"new-stage"_s;
}

void TestCommands::changeEvents()
{
    QFETCH(QString, command);
    QFETCH(int, kind);
    QFETCH(int, type);
    QFETCH(QString, id);
    const auto events = recordEvents();
    QUndoCommand *cmd = makeCommand(command);
    QVERIFY(cmd);
    stack()->push(cmd);
    QStringList seen;
    for (const ChangeEvent &e : *events)
        seen << describe(e);
    const auto matches = [&](const ChangeEvent &e) {
        return sameEvent(e, Kind(kind), ItemType(type), id);
    };
    QVERIFY2(std::any_of(events->begin(), events->end(), matches), qPrintable(seen.join(u' ')));
    // Undo announces the same element again.
    events->clear();
    stack()->undo();
    const auto undone = [&](const ChangeEvent &e) {
        return e.type == ItemType(type) && e.id == id;
    };
    QVERIFY(std::any_of(events->begin(), events->end(), undone));
}

void TestCommands::modifiedState()
{
    QSignalSpy modified(m_doc.get(), &ProjectDocument::modifiedChanged);
    QVERIFY(!m_doc->isModified());
    auto setHosts = [this](double hosts) {
        stack()->push(new SetParameter(m_doc.get(), ItemType::Component, u"c0"_s, u"hosts"_s,
                                       ParamValue::fromNumber(hosts)));
    };

    setHosts(10);
    QVERIFY(m_doc->isModified());
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modified.last().at(0).toBool(), true);
    stack()->undo(); // back to the clean state
    QVERIFY(!m_doc->isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    stack()->redo();
    QVERIFY(m_doc->isModified());

    m_doc->markSaved(u"/tmp/saved.tarmac"_s);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->fileName(), u"/tmp/saved.tarmac"_s);
    QCOMPARE(modified.last().at(0).toBool(), false);
    stack()->undo(); // away from what was saved
    QVERIFY(m_doc->isModified());
    stack()->redo();
    QVERIFY(!m_doc->isModified());

    // An edit after a save does not merge into the saved step: undo returns to the saved state.
    setHosts(11);
    QCOMPARE(stack()->count(), 2);
    QVERIFY(m_doc->isModified());
    stack()->undo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(project().component(u"c0"_s)->params.value(u"hosts"_s).number, 10.0);

    m_doc->markUnsaved(); // recovered work stays modified until saved
    QVERIFY(m_doc->isModified());
    QCOMPARE(modified.last().at(0).toBool(), true);

    m_doc->reset(fixture(), u"/tmp/other.tarmac"_s);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(m_doc->fileName(), u"/tmp/other.tarmac"_s);
}

void TestCommands::pasteBatch_data()
{
    QTest::addColumn<bool>("interleaved");
    QTest::newRow("appended") << false;
    QTest::newRow("interleaved with existing stages") << true;
}

void TestCommands::pasteBatch()
{
    QFETCH(bool, interleaved);
    const Project original = project();
    const QByteArray before = json();
    const int base = int(original.stages.size());
    ItemBatch batch;
    const QStringList kinds = ParamSchema::stageKinds();
    const QStringList personas = ParamSchema::personas();
    for (int i = 0; i < 1000; ++i) {
        Stage s{u"p%1"_s.arg(i),
                kinds[i % kinds.size()],
                u"Pasted %1"_s.arg(i),
                personas[i % personas.size()],
                {}};
        s.params.insert(u"x-pasted"_s, ParamValue::fromNumber(i));
        batch.stages.push_back({interleaved ? 2 * i : base + i, s});
        batch.layout.insert(s.id, Placement{double(i % 40) * 200, 6000.0 + (i / 40) * 150, 0, 0});
    }
    stack()->push(new AddItems(m_doc.get(), batch, u"Paste"_s));
    QCOMPARE(int(project().stages.size()), base + 1000);
    QCOMPARE(int(project().layout.size()), int(original.layout.size()) + 1000);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(project().stage(u"p%1"_s.arg(i)));
    if (interleaved) {
        QCOMPARE(project().stages[0].id, u"p0"_s);
        QCOMPARE(project().stages[1].id, original.stages[0].id);
        QCOMPARE(project().stages[2].id, u"p1"_s);
    } else {
        QCOMPARE(project().stages[size_t(base)].id, u"p0"_s);
        QCOMPARE(project().stages.back().id, u"p999"_s);
    }
    const QByteArray after = json();
    const Project pasted = project();

    stack()->undo();
    QVERIFY2(json() == before, qPrintable(textDifference(json(), before)));
    QVERIFY2(project() == original, qPrintable(projectDifference(project(), original)));
    stack()->redo();
    QVERIFY2(json() == after, qPrintable(textDifference(json(), after)));
    QVERIFY2(project() == pasted, qPrintable(projectDifference(project(), pasted)));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
