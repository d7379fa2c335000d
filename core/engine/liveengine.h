#pragma once

#include "engine.h"
#include "model/projectdocument.h"

#include <QObject>

namespace tarmac {

/// Keeps an engine result in step with a document: once per committed change set, however
/// many items it touched — incrementally when it only changed parameters of a few stages,
/// components or flows, fully otherwise (structure, names, zones, a reset). Moves recompute
/// nothing. Views listen to resultChanged(), emitted once per recompute.
class LiveEngine : public QObject {
    Q_OBJECT
public:
    explicit LiveEngine(ProjectDocument *document, QObject *parent = nullptr);
    const EngineResult &result() const { return m_engine.result(); }
    const RequirementsEngine &engine() const { return m_engine; }
    /// Recomputes so far, full and incremental: what tests and benchmarks count.
    int recomputeCount() const { return m_recomputes; }
    /// The document revision the result belongs to.
    quint64 revision() const { return m_revision; }

signals:
    void resultChanged();

private:
    void onChangeSet(const ChangeSet &changes);

    ProjectDocument *m_document;
    RequirementsEngine m_engine;
    int m_recomputes = 0;
    quint64 m_revision = 0;
};

} // namespace tarmac
