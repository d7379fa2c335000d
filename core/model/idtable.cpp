#include "idtable.h"

namespace tarmac {

void IdTable::clear()
{
    // Keeps its slots: the engine clears and refills its tables on every full recompute.
    for (Slot &s : m_slots)
        s = Slot();
    m_count = 0;
}

void IdTable::reserve(size_t count)
{
    const size_t capacity = openTableCapacity(count);
    if (capacity <= m_slots.size())
        return;
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot());
    m_mask = capacity - 1;
    for (Slot &s : old) {
        if (s.hash != 0)
            place(std::move(s));
    }
}

void IdTable::grow()
{
    reserve(m_slots.empty() ? 4 : m_slots.size());
}

void IdTable::place(Slot &&slot)
{
    size_t i = slot.hash & m_mask;
    while (m_slots[i].hash != 0)
        i = (i + 1) & m_mask;
    m_slots[i] = std::move(slot);
}

bool IdTable::insert(const QString &key, int value)
{
    const uint32_t hash = hashOf(key);
    if (find(key, hash) >= 0)
        return false;
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    place(Slot{hash, value, key});
    ++m_count;
    return true;
}

void IdTable::set(const QString &key, int value)
{
    const int slot = find(key, hashOf(key));
    if (slot >= 0)
        m_slots[size_t(slot)].value = value;
    else
        insert(key, value);
}

bool IdTable::remove(QStringView key)
{
    const int found = find(key, hashOf(key));
    if (found < 0)
        return false;
    // Backward-shift deletion: move later members of the probe run into the hole so that no
    // tombstones accumulate over a long editing session.
    size_t hole = size_t(found);
    m_slots[hole] = Slot();
    for (size_t i = (hole + 1) & m_mask; m_slots[i].hash != 0; i = (i + 1) & m_mask) {
        const size_t home = m_slots[i].hash & m_mask;
        // Does the member at i belong at or before the hole (cyclically)?
        const bool movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
        if (movable) {
            m_slots[hole] = std::move(m_slots[i]);
            m_slots[i] = Slot();
            hole = i;
        }
    }
    --m_count;
    return true;
}

} // namespace tarmac
