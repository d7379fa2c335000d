#pragma once

#include "engine/result.h"
#include "model/project.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tarmac {

/// The engine's findings as a table: severity, code, message, where, hint.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, ItemColumn, HintColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, ItemIdRole };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;
    /// "Error", "Warning", "Info", translated: the words wherever a severity is shown.
    static QString severityText(Severity severity);
    /// The findings and the project they were computed for (names are read from it when a
    /// row is shown; the caller keeps it alive). Sizes in `units`.
    void setFindings(const std::vector<Finding> &findings, const Project *project);
    /// Shows every sentence again in other prefixes, or after names changed.
    void setUnits(UnitSystem units);
    UnitSystem units() const { return m_units; }
    /// The message and hint of row `row` as shown.
    QString message(int row) const;
    QString hint(int row) const;
    const Finding &finding(int row) const { return m_findings[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Finding> m_findings;
    const Project *m_project = nullptr;
    UnitSystem m_units = UnitSystem::SI;
    /// The formatter of the current project and units, made again when either changes.
    mutable std::unique_ptr<class FindingFormatter> m_words;
    void makeFormatter();
    const FindingFormatter &words() const;
};

/// Filters findings by lowest severity shown and by text in any column.
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(Severity severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Severity m_minimum = Severity::Info;
    QString m_text;
};

} // namespace tarmac
