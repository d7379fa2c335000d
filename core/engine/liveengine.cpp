#include "liveengine.h"

#include <QSet>

namespace tarmac {

namespace {

// Past this many changed items one full recompute is cheaper than incremental ones.
constexpr size_t kIncrementalLimit = 16;

} // namespace

LiveEngine::LiveEngine(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_revision(document->revision())
{
    m_engine.compute(document->project());
    connect(document, &ProjectDocument::changeSetCommitted, this, &LiveEngine::onChangeSet);
}

void LiveEngine::onChangeSet(const ChangeSet &changes)
{
    m_revision = changes.revision;
    if (changes.leavesRequirements())
        return; // positions and notes do not change requirements
    const Project &project = m_document->project();
    ++m_recomputes;
    if (!changes.onlyItemChanges() || changes.events.size() > kIncrementalLimit) {
        m_engine.compute(project);
        emit resultChanged();
        return;
    }
    QSet<std::pair<int, QString>> done;
    for (const ChangeEvent &e : changes.events) {
        if (done.contains({int(e.type), e.id}))
            continue;
        done.insert({int(e.type), e.id});
        if (e.type == ItemType::Stage)
            m_engine.stageChanged(project, e.id);
        else if (e.type == ItemType::Component)
            m_engine.componentChanged(project, e.id);
        else
            m_engine.flowChanged(project, e.id);
    }
    emit resultChanged();
}

} // namespace tarmac
