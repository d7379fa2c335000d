#include "findingsmodel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace tarmac {

void FindingsModel::setFindings(const std::vector<Finding> &findings)
{
    if (findings == m_findings)
        return; // no flicker when an edit leaves the findings as they were
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_findings.size()))
        return {};
    const Finding &f = m_findings[size_t(index.row())];
    if (role == SeverityRole)
        return int(f.severity);
    if (role == ItemIdRole)
        return !f.stage.isEmpty() ? f.stage : !f.component.isEmpty() ? f.component : f.flow;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return f.severity == Severity::Error     ? tr("Error")
                   : f.severity == Severity::Warning ? tr("Warning")
                                                     : tr("Info");
        case CodeColumn:
            return f.code;
        case MessageColumn:
            return f.message;
        case ItemColumn: {
            QStringList ids;
            for (const QString &id : {f.stage, f.component, f.flow}) {
                if (!id.isEmpty())
                    ids << id;
            }
            return ids.join(QStringLiteral(" \u2192 "));
        }
        case HintColumn:
            return f.hint;
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle *style = QApplication::style();
        return f.severity == Severity::Error ? style->standardIcon(QStyle::SP_MessageBoxCritical)
               : f.severity == Severity::Warning
                   ? style->standardIcon(QStyle::SP_MessageBoxWarning)
                   : style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Finding");
    case ItemColumn:
        return tr("Where");
    case HintColumn:
        return tr("Hint");
    }
    return {};
}

void FindingsFilter::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void FindingsFilter::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(row, 0, parent);
    if (model->data(first, FindingsModel::SeverityRole).toInt() < int(m_minimum))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(parent); ++c) {
        if (model->data(model->index(row, c, parent))
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == FindingsModel::SeverityColumn)
        return left.data(FindingsModel::SeverityRole).toInt() <
               right.data(FindingsModel::SeverityRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace tarmac
