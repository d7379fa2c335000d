#include "chartmodels.h"

#include "chartmodelsinternal.h"

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

using namespace chartmodels;

namespace {

bool sameRow(const auto &a, const auto &b)
{
    if (a.key != b.key || a.itemId != b.itemId || a.kind != b.kind || a.texts != b.texts ||
        a.values.size() != b.values.size())
        return false;
    for (size_t i = 0; i < a.values.size(); ++i) {
        if (!same(a.values[i], b.values[i]))
            return false;
    }
    return true;
}

QString formatResource(Resource resource, double v, UnitSystem units)
{
    if (std::isnan(v))
        return dash();
    if (std::isinf(v))
        return QStringLiteral("\u221e");
    switch (resource) {
    case Resource::Gpus:
        return UtilizationModel::tr("%1 GPUs").arg(wholeOrOne(v));
    case Resource::CpuCores:
        return UtilizationModel::tr("%1 cores").arg(wholeOrOne(v));
    default:
        return formatRequirement(resourceKey(resource), v, units);
    }
}

} // namespace

// ---- ChartModel ---------------------------------------------------------------------------

int ChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnKeys.size());
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const Row &r = row(index.row());
    const int column = index.column();
    switch (role) {
    case ItemIdRole: {
        const QString id = columnItemId(column);
        return id.isEmpty() ? r.itemId : id;
    }
    case KindRole:
        return r.kind;
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::TextAlignmentRole:
        return column < m_textColumns ? QVariant()
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::UserRole: {
        if (column < m_textColumns)
            return role == Qt::DisplayRole ? displayText(r, column) : r.texts.value(column);
        const int valueIndex = column - m_textColumns;
        const double v = r.values[size_t(valueIndex)];
        if (role == Qt::DisplayRole)
            return formatValue(r, valueIndex, v);
        return std::isnan(v) ? QVariant() : QVariant(v);
    }
    default:
        return {};
    }
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

double ChartModel::value(int r, int column) const
{
    if (r < 0 || r >= rowCount() || column < m_textColumns || column >= columnCount())
        return kUnknown;
    return m_rows[size_t(r)].values[size_t(column - m_textColumns)];
}

QString ChartModel::text(int r, int column) const
{
    if (r < 0 || r >= rowCount() || column >= m_textColumns)
        return {};
    return m_rows[size_t(r)].texts.value(column);
}

QString ChartModel::itemId(int r) const
{
    return r >= 0 && r < rowCount() ? m_rows[size_t(r)].itemId : QString();
}

int ChartModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].itemId == id)
            return int(i);
    }
    return -1;
}

void ChartModel::setUnits(UnitSystem units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString ChartModel::displayText(const Row &row, int column) const
{
    return row.texts.value(column);
}

QString ChartModel::columnItemId(int) const
{
    return {};
}

void ChartModel::setRows(std::vector<Row> rows, const QStringList &columnKeys,
                         const QStringList &headers, const std::function<void()> &commit)
{
    bool sameShape = columnKeys == m_columnKeys && rows.size() == m_rows.size();
    for (size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].key == m_rows[i].key;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        m_columnKeys = columnKeys;
        m_headers = headers;
        if (commit)
            commit();
        endResetModel();
        return;
    }
    std::vector<int> changed;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!sameRow(rows[i], m_rows[i]))
            changed.push_back(int(i));
    }
    m_rows = std::move(rows);
    if (commit)
        commit();
    const bool headersChanged = headers != m_headers;
    m_headers = headers;
    // One signal per run of adjacent changed rows: a single edit usually touches one or two.
    const int lastColumn = columnCount() - 1;
    for (size_t i = 0; i < changed.size() && lastColumn >= 0;) {
        size_t j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1)
            ++j;
        emit dataChanged(index(changed[i], 0), index(changed[j], lastColumn));
        i = j + 1;
    }
    if (headersChanged && lastColumn >= 0)
        emit headerDataChanged(Qt::Horizontal, 0, lastColumn);
}

// ---- UtilizationModel ---------------------------------------------------------------------

UtilizationModel::UtilizationModel(QObject *parent)
    : ChartModel(parent)
{
    setTextColumnCount(3);
    applyFilter();
}

UtilizationModel::UtilizationModel(const Project &project, const EngineResult &result,
                                   QObject *parent)
    : UtilizationModel(parent)
{
    update(project, result);
}

void UtilizationModel::update(const Project &project, const EngineResult &result)
{
    m_all.clear();
    m_names.clear();
    const size_t n = std::min(project.components.size(), result.components.size());
    for (size_t i = 0; i < n; ++i) {
        const Component &c = project.components[i];
        const ComponentResult &cr = result.components[i];
        const QString name = nameOf(c.name, c.id);
        m_names.insert(c.id, name);
        for (int r = 0; r < kResourceCount; ++r) {
            const double capacity = cr.capacity[size_t(r)];
            const double demand = cr.demand[size_t(r)];
            if (std::isnan(capacity) || (capacity == 0 && demand == 0))
                continue;
            const QString key = QString::fromLatin1(resourceKey(Resource(r)));
            m_all.push_back({c.id + u'|' + key,
                             c.id,
                             c.kind,
                             {c.id, name, key},
                             {demand, capacity, cr.utilization(Resource(r))}});
        }
    }
    applyFilter();
}

void UtilizationModel::setComponentFilter(const QString &id)
{
    if (id == m_filter)
        return;
    m_filter = id;
    applyFilter();
}

void UtilizationModel::applyFilter()
{
    std::vector<Row> rows;
    for (const Row &r : m_all) {
        if (m_filter.isEmpty() || r.itemId == m_filter)
            rows.push_back(r);
    }
    setRows(std::move(rows),
            {u"componentId"_s, u"componentName"_s, u"resource"_s, u"demand"_s, u"capacity"_s,
             u"utilization"_s},
            {tr("Component id"), tr("Component"), tr("Dimension"), tr("Demand"), tr("Capacity"),
             tr("Utilisation")},
            [this] {
                m_filterName = m_filter.isEmpty() ? QString() : m_names.value(m_filter, m_filter);
            });
}

Resource UtilizationModel::resource(int r) const
{
    return resourceFromKey(text(r, ResourceColumn));
}

Resource UtilizationModel::resourceFromKey(const QString &key)
{
    for (int i = 0; i < kResourceCount; ++i) {
        if (key == QLatin1String(resourceKey(Resource(i))))
            return Resource(i);
    }
    return Resource::Gpus;
}

QString UtilizationModel::resourceName(Resource resource)
{
    switch (resource) {
    case Resource::Gpus:
        return tr("GPUs");
    case Resource::CpuCores:
        return tr("CPU cores");
    case Resource::MemoryBytes:
        return tr("Memory");
    case Resource::NetworkBytesPerSecond:
        return tr("Network");
    case Resource::CapacityBytes:
        return tr("Capacity");
    case Resource::ReadBytesPerSecond:
        return tr("Read throughput");
    case Resource::WriteBytesPerSecond:
        return tr("Write throughput");
    case Resource::OpsPerSecond:
        return tr("Operations");
    case Resource::GpuMemoryBytes:
        return tr("GPU memory");
    }
    return {};
}

QString UtilizationModel::displayText(const Row &row, int column) const
{
    if (column != ResourceColumn)
        return ChartModel::displayText(row, column);
    return resourceName(resourceFromKey(row.texts.value(column)));
}

QString UtilizationModel::formatValue(const Row &row, int valueIndex, double value) const
{
    if (valueIndex == UtilizationColumn - DemandColumn)
        return formatRatio(value);
    return formatResource(resourceFromKey(row.texts.value(ResourceColumn)), value, units());
}

QString UtilizationModel::toolTip(const Row &row, int) const
{
    const Resource res = resourceFromKey(row.texts.value(ResourceColumn));
    //: component, dimension, demand, capacity, utilisation
    return tr("%1 \u2014 %2: %3 asked of %4 (%5)")
        .arg(row.texts.value(ComponentNameColumn), resourceName(res),
             formatResource(res, row.values[0], units()),
             formatResource(res, row.values[1], units()), formatRatio(row.values[2]));
}

// ---- GrowthModel --------------------------------------------------------------------------

GrowthModel::GrowthModel(QObject *parent)
    : ChartModel(parent)
{
    update({}, {});
}

GrowthModel::GrowthModel(const Project &project, const EngineResult &result, QObject *parent)
    : ChartModel(parent)
{
    update(project, result);
}

void GrowthModel::update(const Project &project, const EngineResult &result)
{
    std::vector<Storage> storage;
    std::vector<const ComponentResult *> results;
    const size_t n = std::min(project.components.size(), result.components.size());
    size_t months = size_t(std::max(0, project.horizonMonths)) + 1;
    for (size_t i = 0; i < n; ++i) {
        const ComponentResult &cr = result.components[i];
        if (cr.monthlyBytes.empty())
            continue;
        const Component &c = project.components[i];
        storage.push_back({c.id, nameOf(c.name, c.id), c.kind, cr.monthsUntilFull});
        results.push_back(&cr);
        months = std::max(months, cr.monthlyBytes.size());
    }
    QStringList keys{u"month"_s};
    QStringList headers{tr("Month")};
    for (const Storage &s : storage) {
        keys << u"bytes:"_s + s.id;
        headers << s.name;
    }
    for (const Storage &s : storage) {
        keys << u"capacity:"_s + s.id;
        headers << tr("%1 (capacity)").arg(s.name);
    }
    std::vector<Row> rows;
    rows.reserve(months);
    for (size_t m = 0; m < months; ++m) {
        Row row{QString::number(m), {}, {}, {}, {double(m)}};
        for (const ComponentResult *cr : results)
            row.values.push_back(m < cr->monthlyBytes.size() ? cr->monthlyBytes[m] : kUnknown);
        for (const ComponentResult *cr : results)
            row.values.push_back(cr->physicalCapacityBytes);
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows), keys, headers, [&] { m_storage = std::move(storage); });
}

int GrowthModel::storageIndex(const QString &id) const
{
    for (size_t i = 0; i < m_storage.size(); ++i) {
        if (m_storage[i].id == id)
            return int(i);
    }
    return -1;
}

QString GrowthModel::columnItemId(int column) const
{
    if (column < 1 || column >= columnCount())
        return {};
    return m_storage[size_t((column - 1) % storageCount())].id;
}

QString GrowthModel::formatValue(const Row &, int valueIndex, double value) const
{
    if (valueIndex == 0)
        return QString::number(int(value));
    return formatQuantity(value, Dimension::Bytes, units());
}

QString GrowthModel::toolTip(const Row &row, int column) const
{
    const int month = int(row.values[0]);
    if (column < 1 || column >= columnCount())
        return tr("Month %1").arg(month);
    const int s = (column - 1) % storageCount();
    const double capacity = row.values[size_t(capacityColumn(s))];
    if (column >= capacityColumn(0))
        return tr("%1: %2 of physical capacity after slack")
            .arg(componentName(s), formatQuantity(capacity, Dimension::Bytes, units()));
    QString text = tr("%1, month %2: %3 stored after protection, of %4")
                       .arg(componentName(s))
                       .arg(month)
                       .arg(formatQuantity(row.values[size_t(column)], Dimension::Bytes, units()),
                            formatQuantity(capacity, Dimension::Bytes, units()));
    if (monthsUntilFull(s) >= 0)
        text += u'\n' + tr("Runs out in month %1.").arg(monthsUntilFull(s));
    return text;
}

} // namespace tarmac
