#pragma once

#include "engine/result.h"
#include "model/project.h"
#include "model/quantity.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>
#include <functional>
#include <vector>

namespace tarmac {

/// Shared plumbing of the chart models. Rows are keyed by a stable string; update() with the
/// same keys in the same order changes values in place (dataChanged on the changed rows only),
/// so charts move their bars instead of being rebuilt; other keys reset the model.
///
/// Roles: DisplayRole is formatted with units, EditRole and UserRole give base units (text
/// columns give their text; a value that does not apply gives an invalid QVariant),
/// ToolTipRole describes the cell in words with exact figures.
class ChartModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< the stage, component or flow the cell belongs to
        KindRole,                      ///< its kind ("training", "fabric", "flow", …)
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Base-unit value of a numeric cell; NaN for text columns and values that do not apply.
    double value(int row, int column) const;
    QString text(int row, int column) const;
    /// Id of the item row `row` belongs to.
    QString itemId(int row) const;
    /// First row of item `id`, or -1.
    int rowOf(const QString &id) const;
    /// The prefixes sizes are shown in (texts, tooltips and the axes the factory draws);
    /// changing them re-renders every cell.
    UnitSystem units() const { return m_units; }
    void setUnits(UnitSystem units);

protected:
    struct Row {
        QString key;                ///< identity across updates
        QString itemId;             ///< stage, component or flow id
        QString kind;               ///< its kind, for colours and tooltips
        QStringList texts;          ///< the leading text columns, then hidden extras for tooltips
        std::vector<double> values; ///< the numeric columns after them, base units
    };

    /// Replaces all rows and the column headers: in place when the row keys and `columnKeys`
    /// are unchanged, by a reset otherwise. `commit` stores the model's own extra state at the
    /// moment the rows change (inside the reset, or before dataChanged).
    void setRows(std::vector<Row> rows, const QStringList &columnKeys, const QStringList &headers,
                 const std::function<void()> &commit = {});
    const Row &row(int r) const { return m_rows[size_t(r)]; }
    int textColumnCount() const { return m_textColumns; }
    void setTextColumnCount(int count) { m_textColumns = count; }

    /// DisplayRole of text column `column`; the text itself unless a model names it.
    virtual QString displayText(const Row &row, int column) const;
    /// DisplayRole of numeric column `valueIndex` (0 = first numeric column).
    virtual QString formatValue(const Row &row, int valueIndex, double value) const = 0;
    virtual QString toolTip(const Row &row, int column) const = 0;
    /// Item id of a column when columns, not rows, belong to items (growth); empty otherwise.
    virtual QString columnItemId(int column) const;

private:
    std::vector<Row> m_rows;
    UnitSystem m_units = UnitSystem::SI;
    QStringList m_columnKeys;
    QStringList m_headers;
    int m_textColumns = 0;
};

/// Demand against capacity per (component, resource) with a known capacity and any demand or
/// capacity. Optionally limited to one component (the one selected on the canvas).
class UtilizationModel : public ChartModel {
    Q_OBJECT
public:
    enum Column {
        ComponentIdColumn,
        ComponentNameColumn,
        ResourceColumn, ///< EditRole: the resource key ("gpus"), DisplayRole: its name
        DemandColumn,
        CapacityColumn,
        UtilizationColumn, ///< demand / capacity (1 = full), infinite when capacity is 0
        ColumnCount
    };

    explicit UtilizationModel(QObject *parent = nullptr);
    UtilizationModel(const Project &project, const EngineResult &result, QObject *parent = nullptr);
    void update(const Project &project, const EngineResult &result);
    /// Only the rows of component `id`; empty for all. Resets the model when it changes.
    void setComponentFilter(const QString &id);
    QString componentFilter() const { return m_filter; }
    /// Name of the filtered component (for titles); empty without a filter.
    QString filterName() const { return m_filterName; }
    Resource resource(int row) const;
    /// "GPUs", "CPU cores", "Memory", …
    static QString resourceName(Resource resource);
    /// The resource of an output key ("gpus" → Gpus).
    static Resource resourceFromKey(const QString &key);

protected:
    QString displayText(const Row &row, int column) const override;
    QString formatValue(const Row &row, int valueIndex, double value) const override;
    QString toolTip(const Row &row, int column) const override;

private:
    void applyFilter();

    std::vector<Row> m_all;         ///< every row, unfiltered, from the last update
    QMap<QString, QString> m_names; ///< component id → name, for the filter title
    QString m_filter;
    QString m_filterName;
};

/// Storage growth: one row per month 0 … horizon; column 0 the month, then one column per
/// storage component with its physical bytes after protection, then one per component with
/// the usable physical capacity those bytes fill (constant over the months).
class GrowthModel : public ChartModel {
    Q_OBJECT
public:
    explicit GrowthModel(QObject *parent = nullptr);
    GrowthModel(const Project &project, const EngineResult &result, QObject *parent = nullptr);
    void update(const Project &project, const EngineResult &result);

    int horizon() const { return rowCount() - 1; }
    int storageCount() const { return int(m_storage.size()); }
    int usedColumn(int storage) const { return 1 + storage; }
    int capacityColumn(int storage) const { return 1 + storageCount() + storage; }
    QString componentId(int storage) const { return m_storage[size_t(storage)].id; }
    QString componentName(int storage) const { return m_storage[size_t(storage)].name; }
    QString componentKind(int storage) const { return m_storage[size_t(storage)].kind; }
    /// Month in which the bytes first exceed the capacity; -1 when not within the horizon.
    int monthsUntilFull(int storage) const { return m_storage[size_t(storage)].monthsUntilFull; }
    /// Index of storage component `id`, or -1.
    int storageIndex(const QString &id) const;

protected:
    QString formatValue(const Row &row, int valueIndex, double value) const override;
    QString toolTip(const Row &row, int column) const override;
    QString columnItemId(int column) const override;

private:
    struct Storage {
        QString id, name, kind;
        int monthsUntilFull = -1;
    };
    std::vector<Storage> m_storage;
};

/// What each stage needs, side by side: one row per stage.
///
/// Memory is the memory the stage occupies as a whole: `memoryBytes` where the engine gives it
/// (processing: RAM of its cores; serving: one replica's weights, KV cache and overhead), else
/// `memoryPerGpuBytes` × `gpusNeeded` (training: the model states and activations of the whole
/// job). GPU-hours are `gpuHours` (training, total) or `gpuHoursPerDay` (validation, per day).
/// Throughput is read + write bytes/s.
class StageNeedsModel : public ChartModel {
    Q_OBJECT
public:
    enum Column {
        StageIdColumn,
        StageNameColumn,
        KindColumn,
        GpuHoursColumn,
        GpusColumn,
        MemoryColumn,
        ThroughputColumn,
        ColumnCount
    };

    explicit StageNeedsModel(QObject *parent = nullptr);
    StageNeedsModel(const Project &project, const EngineResult &result, QObject *parent = nullptr);
    void update(const Project &project, const EngineResult &result);
    /// True when row `row`'s GPU-hours are per day (validation) rather than in total.
    bool gpuHoursPerDay(int row) const;

    /// The figure the chart shows for one stage in `column`, NaN when it does not apply.
    static double needOf(const StageResult &stage, int column);

protected:
    QString displayText(const Row &row, int column) const override;
    QString formatValue(const Row &row, int valueIndex, double value) const override;
    QString toolTip(const Row &row, int column) const override;
};

/// Bandwidth: one row per flow (its bytes/s while it moves), then one per fabric (the sum of
/// what crosses it, against its capacity).
class BandwidthModel : public ChartModel {
    Q_OBJECT
public:
    enum Column { KindColumn, IdColumn, NameColumn, DemandColumn, CapacityColumn, ColumnCount };

    explicit BandwidthModel(QObject *parent = nullptr);
    BandwidthModel(const Project &project, const EngineResult &result, QObject *parent = nullptr);
    void update(const Project &project, const EngineResult &result);
    bool isFabric(int row) const;
    int flowCount() const { return m_flows; }

protected:
    QString displayText(const Row &row, int column) const override;
    QString formatValue(const Row &row, int valueIndex, double value) const override;
    QString toolTip(const Row &row, int column) const override;

private:
    int m_flows = 0;
};

} // namespace tarmac
