#include "requirementsmodel.h"

#include "engine/resultoutput.h"
#include "model/kindregistry.h"

#include <cmath>

namespace tarmac {
namespace {

// internalId of an index: the high 32 bits are 0 for a top row and 1 + the parent's row for a
// figure. Qt hashes a QModelIndex as (row << 4) + column + internalId and keeps a persistent
// index per expanded row, so the low bits carry a mixed copy of the same number: with plain
// small ids, expanding 10,000 rows spent most of its time in colliding hash chains.
static_assert(sizeof(quintptr) == 8, "internal ids pack a row into the high 32 bits");

quintptr spread(quint32 n)
{
    quint32 h = n * 0x9e3779b1u;
    h ^= h >> 15;
    return h;
}

quintptr topId(int row)
{
    return spread(quint32(row) + 1);
}

quintptr figureId(int parentRow)
{
    return (quintptr(parentRow) + 1) << 32 | spread(quint32(parentRow) + 1);
}

bool isTop(const QModelIndex &index)
{
    return (index.internalId() >> 32) == 0;
}

int parentRowOf(const QModelIndex &index)
{
    return int(index.internalId() >> 32) - 1;
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

bool RequirementsModel::Figure::operator==(const Figure &o) const
{
    return qstrcmp(key, o.key) == 0 && sameNumber(value, o.value) &&
           sameNumber(capacity, o.capacity) && sameNumber(utilization, o.utilization);
}

RequirementsModel::RequirementsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

std::vector<RequirementsModel::Item> RequirementsModel::itemsFor(const Project &project,
                                                                 const EngineResult &result)
{
    std::vector<Item> items;
    items.reserve(project.stages.size() + project.components.size());
    for (size_t i = 0; i < project.stages.size() && i < result.stages.size(); ++i) {
        const Stage &s = project.stages[i];
        Item item{QStringLiteral("s:") + s.id,
                  s.name.isEmpty() ? s.id : s.name,
                  KindRegistry::displayName(s.kind),
                  {}};
        for (const Requirement &r : result.stages[i].requirements) {
            if (!std::isnan(r.value))
                item.figures.push_back({r.key, r.value, kUnknown, kUnknown});
        }
        items.push_back(std::move(item));
    }
    for (size_t i = 0; i < project.components.size() && i < result.components.size(); ++i) {
        const Component &c = project.components[i];
        const ComponentResult &cr = result.components[i];
        Item item{QStringLiteral("c:") + c.id,
                  c.name.isEmpty() ? c.id : c.name,
                  KindRegistry::displayName(c.kind),
                  {}};
        for (int r = 0; r < kResourceCount; ++r) {
            if (std::isnan(cr.capacity[size_t(r)]))
                continue;
            item.figures.push_back({resourceKey(Resource(r)), cr.demand[size_t(r)],
                                    cr.capacity[size_t(r)], cr.utilization(Resource(r))});
        }
        items.push_back(std::move(item));
    }
    return items;
}

bool RequirementsModel::sameShape(const std::vector<Item> &a, const std::vector<Item> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].key != b[i].key || a[i].figures.size() != b[i].figures.size())
            return false;
        for (size_t j = 0; j < a[i].figures.size(); ++j) {
            if (qstrcmp(a[i].figures[j].key, b[i].figures[j].key) != 0)
                return false;
        }
    }
    return true;
}

bool RequirementsModel::show(const Project &project, const EngineResult &result, UnitSystem units)
{
    std::vector<Item> items = itemsFor(project, result);
    if (!sameShape(items, m_items)) {
        beginResetModel();
        m_items = std::move(items);
        m_units = units;
        endResetModel();
        return true;
    }
    const bool everything = units != m_units;
    m_units = units;
    // Tell the view which rows changed: it repaints only those it shows.
    for (int i = 0; i < int(items.size()); ++i) {
        Item &old = m_items[size_t(i)];
        Item &fresh = items[size_t(i)];
        if (everything || old.label != fresh.label || old.kind != fresh.kind) {
            std::swap(old.label, fresh.label);
            std::swap(old.kind, fresh.kind);
            emit dataChanged(index(i, 0), index(i, 1));
        }
        if (everything || old.figures != fresh.figures) {
            old.figures = std::move(fresh.figures);
            if (old.figures.empty())
                continue;
            const QModelIndex parent = index(i, 0);
            emit dataChanged(index(0, 0, parent), index(int(old.figures.size()) - 1, 1, parent));
        }
    }
    return false;
}

QModelIndex RequirementsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column > 1)
        return {};
    if (!parent.isValid())
        return row < int(m_items.size()) ? createIndex(row, column, topId(row)) : QModelIndex();
    if (!isTop(parent) || parent.row() >= int(m_items.size()))
        return {};
    if (row >= int(m_items[size_t(parent.row())].figures.size()))
        return {};
    return createIndex(row, column, figureId(parent.row()));
}

QModelIndex RequirementsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTop(child))
        return {};
    const int row = parentRowOf(child);
    return createIndex(row, 0, topId(row));
}

int RequirementsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (!isTop(parent) || parent.column() != 0)
        return 0;
    return int(m_items[size_t(parent.row())].figures.size());
}

int RequirementsModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QString RequirementsModel::valueText(const Figure &figure) const
{
    if (std::isnan(figure.capacity))
        return formatRequirement(figure.key, figure.value, m_units);
    QString text = formatRequirement(figure.key, figure.value, m_units) + QStringLiteral(" / ") +
                   formatRequirement(figure.key, figure.capacity, m_units);
    if (!std::isnan(figure.utilization))
        text += QStringLiteral("  (") +
                (std::isinf(figure.utilization)
                     ? QStringLiteral("\u221e")
                     : formatQuantity(figure.utilization, Dimension::Ratio)) +
                u')';
    return text;
}

QVariant RequirementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isTop(index)) {
        const Item &item = m_items[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? item.label : item.kind;
        if (role == KeyRole && index.column() == 0)
            return item.key;
        return {};
    }
    const Figure &figure = m_items[size_t(parentRowOf(index))].figures[size_t(index.row())];
    const QString key = QString::fromLatin1(figure.key);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? requirementLabel(key) : valueText(figure);
    case Qt::ToolTipRole:
        return key; // the name in files and on the command line
    case KeyRole:
        return key;
    default:
        return {};
    }
}

QVariant RequirementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return {};
}

} // namespace tarmac
