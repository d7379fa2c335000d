#pragma once

#include "engine/result.h"
#include "model/project.h"
#include "model/quantity.h"

#include <QTreeView>

namespace tarmac {

class RequirementsModel;

/// What every stage needs and what every component is asked for, as a tree with units.
/// Values update in place so expanded rows stay expanded while the user edits.
class RequirementsPanel : public QTreeView {
    Q_OBJECT
public:
    explicit RequirementsPanel(QWidget *parent = nullptr);
    void showResult(const Project &project, const EngineResult &result, UnitSystem units);
    RequirementsModel *requirementsModel() const { return m_model; }

private:
    RequirementsModel *m_model;
};

} // namespace tarmac
