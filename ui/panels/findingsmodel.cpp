#include "findingsmodel.h"

#include "engine/findingformat.h"
#include "engine/findingtext.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace tarmac {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString FindingsModel::severityText(Severity severity)
{
    return severity == Severity::Error     ? tr("Error")
           : severity == Severity::Warning ? tr("Warning")
                                           : tr("Info");
}

FindingsModel::~FindingsModel() = default;

void FindingsModel::makeFormatter()
{
    m_words = m_project ? std::make_unique<FindingFormatter>(*m_project, m_units) : nullptr;
}

void FindingsModel::setFindings(const std::vector<Finding> &findings, const Project *project)
{
    const bool same = findings == m_findings;
    m_project = project;
    makeFormatter(); // names may have changed even where the findings did not
    if (same) {
        // No flicker when an edit leaves the findings as they were; a rename still shows.
        if (!m_findings.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::setUnits(UnitSystem units)
{
    if (units == m_units)
        return;
    m_units = units;
    makeFormatter();
    if (!m_findings.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString FindingsModel::message(int row) const
{
    return words().message(m_findings[size_t(row)]);
}

QString FindingsModel::hint(int row) const
{
    return words().hint(m_findings[size_t(row)]);
}

const FindingFormatter &FindingsModel::words() const
{
    if (!m_words) { // no project yet: names show as ids
        static const Project none;
        m_words = std::make_unique<FindingFormatter>(none, m_units);
    }
    return *m_words;
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
        return f.itemId();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case CodeColumn:
            return f.code;
        case MessageColumn:
            return message(index.row());
        case ItemColumn: {
            // Names where people read (the ids in the tooltip, for whoever edits the file).
            QStringList shown;
            if (role == Qt::ToolTipRole) {
                for (const QString &id : {f.stage, f.component, f.flow}) {
                    if (!id.isEmpty())
                        shown << id;
                }
            } else {
                if (!f.stage.isEmpty())
                    shown << words().arg(say::stage(f.stage));
                if (!f.component.isEmpty())
                    shown << words().arg(say::component(f.component));
                if (!f.flow.isEmpty())
                    shown << f.flow;
            }
            return shown.join(QStringLiteral(" \u2192 "));
        }
        case HintColumn:
            return hint(index.row());
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
