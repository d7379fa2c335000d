#pragma once

#include "idtable.h"

#include <QString>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace tarmac {

/// A string → int table that knows a string by where its characters are, not by what they say:
/// a probe reads the string's pointer and length, never its characters. Looking up the ids that
/// bindings and flows name, the characters lie wherever the heap put them, and following them
/// cost the engine a fifth of a full recompute at 10,000 stages; once references share the
/// characters of the id they name (internReferences), each is found here without reading them.
///
/// A hit is exact for as long as the strings inserted are alive and unchanged: two live strings
/// with the same characters at the same place say the same thing. A miss means only "not this
/// very string"; the caller asks a content table (IdTable) then. Nothing here dereferences a
/// stored pointer, so a table that outlives its strings gives wrong answers, never a crash.
class IdentityTable {
public:
    void clear()
    {
        std::fill(m_slots.begin(), m_slots.end(), Slot());
        m_count = 0;
    }
    /// Room for `count` keys without growing (at most half full).
    void reserve(size_t count)
    {
        const size_t capacity = openTableCapacity(count);
        if (capacity <= m_slots.size())
            return;
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot());
        m_mask = capacity - 1;
        for (const Slot &s : old) {
            if (s.data)
                place(s);
        }
    }
    /// Adds `key` → `value`; the same string again keeps its first value.
    void insert(const QString &key, int value)
    {
        if (key.isEmpty() || this->value(key) >= 0)
            return; // empty strings share one static buffer: never an identity
        if ((m_count + 1) * 2 > m_slots.size())
            reserve(m_slots.empty() ? 4 : m_slots.size());
        place({key.constData(), key.size(), value});
        ++m_count;
    }
    /// The value of this very string, or -1.
    int value(const QString &key) const
    {
        if (m_slots.empty() || key.isEmpty())
            return -1;
        const QChar *data = key.constData();
        for (size_t i = hashOf(data) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (!s.data)
                return -1;
            if (s.data == data && s.size == key.size())
                return s.value;
        }
    }

private:
    struct Slot {
        const QChar *data = nullptr; ///< null: empty
        qsizetype size = 0;
        int value = -1;
    };
    static size_t hashOf(const void *data)
    {
        // Heap addresses are 16-byte aligned and close together: drop the low bits, then mix.
        uint64_t h = uint64_t(reinterpret_cast<uintptr_t>(data)) >> 4;
        h *= 0x9e3779b97f4a7c15ull;
        return size_t(h ^ (h >> 32));
    }
    void place(const Slot &slot)
    {
        size_t i = hashOf(slot.data) & m_mask;
        while (m_slots[i].data)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

} // namespace tarmac
