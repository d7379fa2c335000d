// The revisioned document: every edit, batch, group, undo and redo is one transaction with one
// change set and one new revision, and the live engine recomputes once per change set.

#include "commands/commands.h"
#include "engine/engine.h"
#include "engine/findingformat.h"
#include "engine/liveengine.h"
#include "model/projectdocument.h"
#include "projectgenerator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

class TestTransactions : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = std::make_unique<ProjectDocument>();
        m_doc->reset(testing::generateProject(7, 40, 20, 60));
        m_engine = std::make_unique<LiveEngine>(m_doc.get());
    }
    void cleanup()
    {
        m_engine.reset();
        m_doc.reset();
    }

    void pasteDeleteUndoAreOneRecomputeEach()
    {
        QSignalSpy sets(m_doc.get(), &ProjectDocument::changeSetCommitted);
        QSignalSpy results(m_engine.get(), &LiveEngine::resultChanged);
        const quint64 start = m_doc->revision();
        const int recomputes = m_engine->recomputeCount();
        QUndoStack *stack = m_doc->undoStack();

        stack->push(new AddItems(m_doc.get(), testing::pasteBatch(m_doc->project(), 1000, true),
                                 u"Paste"_s));
        QCOMPARE(sets.count(), 1);
        const auto paste = sets.last().at(0).value<ChangeSet>();
        QCOMPARE(paste.events.size(), size_t(1000 + 999)); // stages and flows, one event each
        QCOMPARE(paste.revision, start + 1);
        QCOMPARE(m_doc->revision(), start + 1);
        QCOMPARE(m_engine->recomputeCount(), recomputes + 1);
        QCOMPARE(results.count(), 1);
        QCOMPARE(m_engine->revision(), start + 1);
        QCOMPARE(m_engine->result().stages.size(), size_t(1040));

        stack->undo();
        QCOMPARE(m_engine->recomputeCount(), recomputes + 2);
        QCOMPARE(m_engine->result().stages.size(), size_t(40));
        stack->redo();
        QCOMPARE(m_engine->recomputeCount(), recomputes + 3);
        QCOMPARE(m_doc->revision(), start + 3); // undo and redo are revisions too

        QStringList ids;
        for (int i = 0; i < 1000; ++i)
            ids << u"pasted%1"_s.arg(i);
        stack->push(new RemoveItems(m_doc.get(), ids));
        QCOMPARE(m_engine->recomputeCount(), recomputes + 4);
        QCOMPARE(results.count(), 4);
        QCOMPARE(sets.count(), 4);
        QCOMPARE(m_engine->result().stages.size(), size_t(40));
    }

    void groupIsOneChangeSet()
    {
        QSignalSpy sets(m_doc.get(), &ProjectDocument::changeSetCommitted);
        const int recomputes = m_engine->recomputeCount();
        auto *group = new CommandGroup(m_doc.get(), u"Apply preset"_s);
        for (const char *name : {"hosts", "cpuCoresPerHost", "memoryPerHost"})
            new SetParameter(m_doc.get(), ItemType::Component, u"c0"_s, QString::fromLatin1(name),
                             ParamValue::fromNumber(64), group);
        m_doc->undoStack()->push(group);
        QCOMPARE(sets.count(), 1);
        QCOMPARE(sets.last().at(0).value<ChangeSet>().events.size(), size_t(3));
        QCOMPARE(m_engine->recomputeCount(), recomputes + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(sets.count(), 2);
        QCOMPARE(m_engine->recomputeCount(), recomputes + 2);
    }

    void movesRecomputeNothing()
    {
        const int recomputes = m_engine->recomputeCount();
        const quint64 before = m_doc->revision();
        m_doc->undoStack()->push(new MoveItems(m_doc.get(), {{u"s0"_s, {500, 500, 0, 0}}}));
        QCOMPARE(m_doc->revision(), before + 1);
        QCOMPARE(m_engine->recomputeCount(), recomputes);
    }

    void incrementalEqualsFull()
    {
        m_doc->undoStack()->push(new SetParameter(m_doc.get(), ItemType::Component, u"c0"_s,
                                                  u"hosts"_s, ParamValue::fromNumber(1)));
        const EngineResult full = computeRequirements(m_doc->project());
        QCOMPARE(m_engine->result().findings.size(), full.findings.size());
        for (size_t i = 0; i < full.findings.size(); ++i)
            QVERIFY(m_engine->result().findings[i] == full.findings[i]);
    }

    void renameRefreshesStructuralFinding()
    {
        // A stage bound to storage as compute: the structural finding quotes the stage's name.
        Project p;
        p.stages.push_back({u"prep"_s, u"processing"_s, u"Old name"_s, {}, {}});
        Component nfs{u"nfs"_s, u"file-storage"_s, u"NAS"_s, {}, {}};
        nfs.params.insert(u"rawCapacity"_s, ParamValue::fromNumber(1e14));
        p.components.push_back(nfs);
        p.bindings.push_back({u"prep"_s, u"nfs"_s, u"compute"_s});
        m_doc->reset(p);
        auto message = [this] {
            for (const Finding &f : m_engine->result().findings) {
                if (f.code == u"invalid-binding")
                    return FindingFormatter(m_doc->project(), UnitSystem::SI).message(f);
            }
            return QString();
        };
        QVERIFY2(message().contains(u"\u201cOld name\u201d"_s), qPrintable(message()));
        m_doc->undoStack()->push(new Rename(m_doc.get(), ItemType::Stage, u"prep"_s, u"New"_s));
        QVERIFY2(message().contains(u"\u201cNew\u201d"_s), qPrintable(message()));
        QVERIFY(!message().contains(u"Old name"_s));
        m_doc->undoStack()->undo();
        QVERIFY2(message().contains(u"\u201cOld name\u201d"_s), qPrintable(message()));
    }

    void transactionsNest()
    {
        QSignalSpy sets(m_doc.get(), &ProjectDocument::changeSetCommitted);
        {
            const ProjectDocument::Transaction outer(m_doc.get());
            m_doc->setName(ItemType::Stage, u"s0"_s, u"A"_s);
            {
                const ProjectDocument::Transaction inner(m_doc.get());
                m_doc->setName(ItemType::Stage, u"s1"_s, u"B"_s);
            }
            QCOMPARE(sets.count(), 0); // nothing is committed before the outermost one ends
        }
        QCOMPARE(sets.count(), 1);
        const auto set = sets.last().at(0).value<ChangeSet>();
        QCOMPARE(set.events.size(), size_t(2));
        QCOMPARE(set.events[0].kind, ChangeEvent::Kind::Renamed);
    }

private:
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<LiveEngine> m_engine;
};

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
