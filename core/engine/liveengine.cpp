#include "liveengine.h"

namespace tarmac {

LiveEngine::LiveEngine(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_engine.compute(document->project());
    connect(document, &ProjectDocument::changed, this, &LiveEngine::onChange);
}

void LiveEngine::onChange(const ChangeEvent &event)
{
    using K = ChangeEvent::Kind;
    const Project &project = m_document->project();
    switch (event.kind) {
    case K::Moved:
    case K::AboutToBeRemoved:
        return; // positions do not change requirements; removal is handled on Removed
    case K::Changed:
        if (event.type == ItemType::Stage) {
            m_engine.stageChanged(project, event.id);
        } else if (event.type == ItemType::Component) {
            m_engine.componentChanged(project, event.id);
        } else if (event.type == ItemType::Flow) {
            m_engine.flowChanged(project, event.id);
        } else {
            m_engine.compute(project);
        }
        break;
    default:
        m_engine.compute(project);
    }
    emit resultChanged();
}

} // namespace tarmac
