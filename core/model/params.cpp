#include "params.h"

#include "paramschema.h"

namespace tarmac {

qsizetype Params::lowerBound(QStringView key) const
{
    qsizetype low = 0, high = m_entries.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (QStringView(m_entries[middle].key) < key)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

const Params::Entry *Params::lookup(QStringView key) const
{
    const qsizetype i = lowerBound(key);
    if (i < m_entries.size() && QStringView(m_entries[i].key) == key)
        return &m_entries[i];
    return nullptr;
}

void Params::insert(const QString &key, const ParamValue &value)
{
    (*this)[key] = value;
}

ParamValue &Params::operator[](const QString &key)
{
    const qsizetype i = lowerBound(key);
    if (i < m_entries.size() && m_entries[i].key == key)
        return m_entries[i].value;
    // A name some kind knows is stored as the schema's own string: one copy of its characters
    // for all elements, always in the cache. Other names (typos, newer files) as given.
    const QString *known = ParamSchema::knownName(key);
    m_entries.insert(i, Entry{known ? *known : key, ParamValue()});
    return m_entries[i].value;
}

qsizetype Params::remove(QStringView key)
{
    const qsizetype i = lowerBound(key);
    if (i < m_entries.size() && QStringView(m_entries[i].key) == key) {
        m_entries.removeAt(i);
        return 1;
    }
    return 0;
}

} // namespace tarmac
