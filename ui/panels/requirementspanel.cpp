#include "requirementspanel.h"

#include "engine/resultoutput.h"
#include "model/kindregistry.h"

#include <QHeaderView>
#include <cmath>

namespace tarmac {
namespace {

struct Row {
    QString key, label, value;
    QList<Row> children;
};

QList<Row> rowsFor(const Project &project, const EngineResult &result, UnitSystem units)
{
    QList<Row> rows;
    for (size_t i = 0; i < project.stages.size() && i < result.stages.size(); ++i) {
        const Stage &s = project.stages[i];
        Row row{QStringLiteral("s:") + s.id,
                s.name.isEmpty() ? s.id : s.name,
                KindRegistry::displayName(s.kind),
                {}};
        for (const Requirement &r : result.stages[i].requirements) {
            if (!std::isnan(r.value))
                row.children.append({QString::fromLatin1(r.key),
                                     requirementLabel(QString::fromLatin1(r.key)),
                                     formatRequirement(r.key, r.value, units),
                                     {}});
        }
        rows.append(row);
    }
    for (size_t i = 0; i < project.components.size() && i < result.components.size(); ++i) {
        const Component &c = project.components[i];
        const ComponentResult &cr = result.components[i];
        Row row{QStringLiteral("c:") + c.id,
                c.name.isEmpty() ? c.id : c.name,
                KindRegistry::displayName(c.kind),
                {}};
        for (int r = 0; r < kResourceCount; ++r) {
            if (std::isnan(cr.capacity[size_t(r)]))
                continue;
            const char *key = resourceKey(Resource(r));
            const double u = cr.utilization(Resource(r));
            QString value = formatRequirement(key, cr.demand[size_t(r)], units) +
                            QStringLiteral(" / ") +
                            formatRequirement(key, cr.capacity[size_t(r)], units);
            if (!std::isnan(u))
                value += QStringLiteral("  (") +
                         (std::isinf(u) ? QStringLiteral("\u221e")
                                        : formatQuantity(u, Dimension::Ratio)) +
                         u')';
            row.children.append(
                {QString::fromLatin1(key), requirementLabel(QString::fromLatin1(key)), value, {}});
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

RequirementsPanel::RequirementsPanel(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(NoEditTriggers);
    setAccessibleName(tr("Requirements"));
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("Requirement / demand of capacity")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void RequirementsPanel::showResult(const Project &project, const EngineResult &result,
                                   UnitSystem units)
{
    const QList<Row> rows = rowsFor(project, result, units);
    QStringList shape;
    for (const Row &r : rows) {
        shape << r.key;
        for (const Row &c : r.children)
            shape << c.key;
    }
    if (shape != m_shape) {
        m_model->removeRows(0, m_model->rowCount());
        for (const Row &r : rows) {
            QList<QStandardItem *> top{new QStandardItem(r.label), new QStandardItem(r.value)};
            top[0]->setData(r.key, Qt::UserRole);
            for (const Row &c : r.children)
                top[0]->appendRow({new QStandardItem(c.label), new QStandardItem(c.value)});
            m_model->appendRow(top);
        }
        m_shape = shape;
        expandAll();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        QStandardItem *top = m_model->item(i, 0);
        top->setText(rows[i].label);
        m_model->item(i, 1)->setText(rows[i].value);
        for (int j = 0; j < rows[i].children.size(); ++j) {
            if (top->child(j, 1)->text() != rows[i].children[j].value)
                top->child(j, 1)->setText(rows[i].children[j].value);
        }
    }
}

} // namespace tarmac
