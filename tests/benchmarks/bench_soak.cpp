// Soak: 10,000 random edits through the real commands, with random undo and redo, and a save
// to .tarmac and reopen every 500 edits. After every step the serialised document must equal
// the state the undo history says it is in; after every reopen it must equal what was saved.
// Exits 1 at the first difference (printing the step and both states' sizes), else prints
// "bench: soak_* …" lines. Slow for a unit test (tens of seconds), so it runs in ./dev.sh bench.
//   bench_soak [EDITS] [SEED]

#include "commands/commands.h"
#include "model/paramschema.h"
#include "projectgenerator.h"
#include "storage/jsonformat.h"
#include "storage/sqliteformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace tarmac;

namespace {

QByteArray serialised(const Project &p)
{
    return JsonFormat::toJson(p);
}

class Soak {
public:
    Soak(quint32 seed)
        : m_rng(seed)
    {
        m_document.reset(testing::generateProject(seed, 40, 30, 40));
        restart();
    }

    bool step(int n);
    bool saveAndReopen(const QString &path);
    int undos = 0, redos = 0, edits = 0, reopens = 0;

private:
    void restart()
    {
        m_states.assign(1, serialised(m_document.project()));
        m_document.undoStack()->clear();
    }
    // After a push: the state at the stack's index is now the current one (merges included).
    void record()
    {
        const int index = m_document.undoStack()->index();
        m_states.resize(size_t(index) + 1);
        m_states[size_t(index)] = serialised(m_document.project());
    }
    bool matches(int n, const char *what)
    {
        const QByteArray now = serialised(m_document.project());
        const QByteArray &expected = m_states[size_t(m_document.undoStack()->index())];
        if (now == expected)
            return true;
        std::fprintf(stderr,
                     "soak: step %d (%s): document differs from its history (%lld vs %lld bytes)\n",
                     n, what, qlonglong(now.size()), qlonglong(expected.size()));
        return false;
    }
    int pick(int size) { return size > 0 ? int(m_rng.bounded(quint32(size))) : -1; }
    void edit();

    QRandomGenerator m_rng;
    ProjectDocument m_document;
    std::vector<QByteArray> m_states; ///< serialised document at each undo index
    int m_added = 0;
};

void Soak::edit()
{
    const Project &p = m_document.project();
    QUndoStack *stack = m_document.undoStack();
    const int kind = pick(100);
    if (kind < 35 && !p.stages.empty()) {
        // A parameter of a stage or a component, within its range, in plain units.
        const bool stage = pick(2) == 0 || p.components.empty();
        const QString id = stage ? p.stages[size_t(pick(int(p.stages.size())))].id
                                 : p.components[size_t(pick(int(p.components.size())))].id;
        const QString kindName = stage ? p.stage(id)->kind : p.component(id)->kind;
        const auto &specs =
            stage ? ParamSchema::forStage(kindName) : ParamSchema::forComponent(kindName);
        std::vector<const ParamSpec *> numbers;
        for (const ParamSpec &s : specs) {
            if (s.type == ParamType::Number)
                numbers.push_back(&s);
        }
        if (numbers.empty())
            return;
        const ParamSpec &spec = *numbers[size_t(pick(int(numbers.size())))];
        const double top = std::min(spec.maximum, spec.minimum + 1000);
        double plain = spec.minimum + m_rng.generateDouble() * (top - spec.minimum);
        if (spec.integral || spec.plainScale != 1.0)
            plain = std::floor(plain); // whole hours stay exact through the file
        plain = std::clamp(plain, spec.minimum, spec.maximum);
        const std::optional<ParamValue> value =
            pick(10) == 0 ? std::nullopt
                          : std::optional(ParamValue::fromNumber(plain * spec.plainScale));
        stack->push(new SetParameter(&m_document, stage ? ItemType::Stage : ItemType::Component, id,
                                     spec.name, value));
    } else if (kind < 50 && !p.stages.empty()) {
        const Stage &s = p.stages[size_t(pick(int(p.stages.size())))];
        stack->push(new Rename(&m_document, ItemType::Stage, s.id,
                               QStringLiteral("Stage \"%1\" <%2> & co").arg(pick(1000)).arg(s.id)));
    } else if (kind < 65) {
        QMap<QString, Placement> to;
        for (int i = 0; i < 3 && !p.stages.empty(); ++i)
            to.insert(p.stages[size_t(pick(int(p.stages.size())))].id,
                      {double(pick(4000)), double(pick(3000)), 0, 0});
        stack->push(new MoveItems(&m_document, to, pick(3)));
    } else if (kind < 80) {
        ItemBatch batch;
        Stage s;
        s.id = m_document.index().uniqueId(QStringLiteral("soak%1").arg(++m_added));
        s.kind = ParamSchema::stageKinds().at(pick(int(ParamSchema::stageKinds().size())));
        s.name = s.id;
        batch.stages.push_back({int(p.stages.size()), s});
        if (!p.stages.empty()) {
            Flow f;
            f.id = m_document.index().uniqueId(s.id + QStringLiteral("-in"));
            f.from = p.stages[size_t(pick(int(p.stages.size())))].id;
            f.to = s.id;
            batch.flows.push_back({int(p.flows.size()), f});
        }
        batch.layout.insert(s.id, {double(pick(2000)), double(pick(2000)), 0, 0});
        stack->push(new AddItems(&m_document, batch, QStringLiteral("Add")));
    } else if (kind < 90 && p.stages.size() > 5) {
        QStringList ids{p.stages[size_t(pick(int(p.stages.size())))].id};
        if (pick(3) == 0 && !p.components.empty())
            ids << p.components[size_t(pick(int(p.components.size())))].id;
        stack->push(new RemoveItems(&m_document, ids));
    } else if (!p.stages.empty()) {
        const QStringList &personas = ParamSchema::personas();
        stack->push(new SetPersona(&m_document, p.stages[size_t(pick(int(p.stages.size())))].id,
                                   personas.at(pick(int(personas.size())))));
    }
}

bool Soak::step(int n)
{
    QUndoStack *stack = m_document.undoStack();
    const int roll = pick(10);
    if (roll < 2 && stack->canUndo()) {
        stack->undo();
        ++undos;
        return matches(n, "undo");
    }
    if (roll < 3 && stack->canRedo()) {
        stack->redo();
        ++redos;
        return matches(n, "redo");
    }
    edit();
    ++edits;
    record();
    return true;
}

bool Soak::saveAndReopen(const QString &path)
{
    const QByteArray before = serialised(m_document.project());
    const QString error = SqliteFormat().write(m_document.project(), path);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "soak: save failed: %s\n", qPrintable(error));
        return false;
    }
    const ReadResult r = SqliteFormat().read(path);
    if (!r.ok()) {
        std::fprintf(stderr, "soak: reopen failed: %s\n", qPrintable(r.error));
        return false;
    }
    const QByteArray after = serialised(r.project);
    if (after != before) {
        std::fprintf(stderr,
                     "soak: reopened project differs from the saved one (%lld vs %lld bytes)\n",
                     qlonglong(after.size()), qlonglong(before.size()));
        return false;
    }
    m_document.reset(r.project, path);
    restart();
    ++reopens;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const quint32 seed = argc > 2 ? quint32(atoi(argv[2])) : 11;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("soak.tarmac"));
    Soak soak(seed);
    QElapsedTimer timer;
    timer.start();
    for (int n = 1; n <= total; ++n) {
        if (!soak.step(n))
            return 1;
        if (n % 500 == 0 && !soak.saveAndReopen(path))
            return 1;
    }
    std::printf("bench: soak_steps %d steps (%d edits, %d undos, %d redos, %d save+reopen)\n",
                total, soak.edits, soak.undos, soak.redos, soak.reopens);
    std::printf("bench: soak_time %.1f s\n", double(timer.elapsed()) / 1000);
    return 0;
}
