#pragma once

#include "engine.h"
#include "model/projectdocument.h"

#include <QObject>

namespace tarmac {

/// Keeps an engine result in step with a document: a parameter change recomputes
/// incrementally, a structural change fully; views listen to resultChanged().
class LiveEngine : public QObject {
    Q_OBJECT
public:
    explicit LiveEngine(ProjectDocument *document, QObject *parent = nullptr);
    const EngineResult &result() const { return m_engine.result(); }
    const RequirementsEngine &engine() const { return m_engine; }

signals:
    void resultChanged();

private:
    void onChange(const ChangeEvent &event);

    ProjectDocument *m_document;
    RequirementsEngine m_engine;
};

} // namespace tarmac
