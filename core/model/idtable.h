#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace tarmac {

/// Slots for `count` keys in an open-addressing table kept at most half full (linear probing
/// stays short at that load): a power of two, at least 8.
inline size_t openTableCapacity(size_t count)
{
    size_t capacity = 8;
    while (capacity < count * 2)
        capacity *= 2;
    return capacity;
}

/// A string → int table for ids and parameter names: open addressing with linear probing and a
/// short multiplicative hash. Ids and names are a few characters long and looked up hundreds of
/// thousands of times per recompute at 100,000 elements; QHash<QString, int> spends most of that
/// time in its seeded string hash, which a table nobody can feed from outside the process does
/// not need (decision 0013).
class IdTable {
public:
    IdTable() = default;

    void clear();
    /// Room for `count` keys without growing.
    void reserve(size_t count);
    /// Adds `key` → `value`; a key that is already there keeps its first value (returns false).
    bool insert(const QString &key, int value);
    /// Sets `key` → `value`, adding the key if needed.
    void set(const QString &key, int value);
    bool remove(QStringView key);
    /// The value of `key`, or `missing`.
    int value(QStringView key, int missing = -1) const
    {
        const int slot = find(key, hashOf(key));
        return slot < 0 ? missing : m_slots[size_t(slot)].value;
    }
    bool contains(QStringView key) const { return find(key, hashOf(key)) >= 0; }
    size_t size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    /// The value of `key` whose hashOf() the caller already has (a name known when compiling).
    int value(QStringView key, uint32_t hash, int missing = -1) const
    {
        const int slot = find(key, hash);
        return slot < 0 ? missing : m_slots[size_t(slot)].value;
    }

    static constexpr uint32_t hashOf(const char16_t *key, size_t length)
    {
        // FNV-1a over the UTF-16 code units, then a final avalanche so that "s1", "s2", … do not
        // fill neighbouring slots in order.
        uint64_t h = 0xcbf29ce484222325ull;
        for (size_t i = 0; i < length; ++i)
            h = (h ^ key[i]) * 0x100000001b3ull;
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 32;
        return uint32_t(h) | 1u; // 0 marks an empty slot
    }
    static uint32_t hashOf(QStringView key) { return hashOf(key.utf16(), size_t(key.size())); }

private:
    struct Slot {
        uint32_t hash = 0; ///< 0: empty
        int value = 0;
        QString key;
    };
    int find(QStringView key, uint32_t hash) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.hash == 0)
                return -1;
            // The same characters (a shared id, an interned name) need no comparing.
            if (s.hash == hash &&
                ((s.key.constData() == key.data() && s.key.size() == key.size()) ||
                 QStringView(s.key) == key))
                return int(i);
        }
    }
    void grow();
    void place(Slot &&slot);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

} // namespace tarmac
