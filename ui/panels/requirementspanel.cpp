#include "requirementspanel.h"

#include "requirementsmodel.h"

#include <QHeaderView>

namespace tarmac {

RequirementsPanel::RequirementsPanel(QWidget *parent)
    : QTreeView(parent)
    , m_model(new RequirementsModel(this))
{
    m_model->setHeaders({tr("Item"), tr("Requirement / demand of capacity")});
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(NoEditTriggers);
    setAccessibleName(tr("Requirements"));
    // Sized by the labels, not measured over every row: ResizeToContents would format and
    // measure all 100,000 figures of a large project after each edit.
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 22);
}

void RequirementsPanel::showResult(const Project &project, const EngineResult &result,
                                   UnitSystem units)
{
    if (m_model->show(project, result, units))
        expandAll();
}

} // namespace tarmac
