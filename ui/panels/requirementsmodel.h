#pragma once

#include "engine/result.h"
#include "model/project.h"
#include "model/quantity.h"

#include <QAbstractItemModel>
#include <vector>

namespace tarmac {

/// The Requirements tree: a row per stage and per component, a child per figure. It holds the
/// numbers and formats them only when a view asks for a row, so a project of 10,000 stages
/// costs a copy of its figures per edit, not 100,000 formatted strings and items.
class RequirementsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// Qt::UserRole on a top row: "s:<id>" or "c:<id>"; on a child: the requirement key.
    static constexpr int KeyRole = Qt::UserRole;

    explicit RequirementsModel(QObject *parent = nullptr);

    /// Shows `result` of `project`. Same rows as before: values change in place (expanded rows
    /// stay expanded); other rows: the model resets and show() returns true.
    bool show(const Project &project, const EngineResult &result, UnitSystem units);
    /// The column titles, in the language of the panel that shows them.
    void setHeaders(const QStringList &headers) { m_headers = headers; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Figure {
        const char *key = "";
        double value = 0;           ///< a stage's requirement, or a component's demand
        double capacity = kUnknown; ///< components only
        double utilization = kUnknown;
        bool operator==(const Figure &o) const;
    };
    struct Item {
        QString key, label, kind;
        std::vector<Figure> figures;
    };
    static std::vector<Item> itemsFor(const Project &project, const EngineResult &result);
    static bool sameShape(const std::vector<Item> &a, const std::vector<Item> &b);
    QString valueText(const Figure &figure) const;

    std::vector<Item> m_items;
    UnitSystem m_units = UnitSystem::SI;
    QStringList m_headers;
};

} // namespace tarmac
