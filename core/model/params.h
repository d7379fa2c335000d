#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace tarmac {

/// One parameter value as the user gave it: a number (with the text they typed, so "4 TB"
/// survives a round trip), a word (a mode, a catalog id) or a flag.
struct ParamValue {
    enum class Type { Number, Text, Bool };
    Type type = Type::Number;
    double number = 0; ///< base units (Number), 0/1 (Bool)
    QString text;      ///< Text: the word; Number: what the user typed, empty for a bare number

    static ParamValue fromNumber(double value, const QString &typed = {})
    {
        return {Type::Number, value, typed};
    }
    static ParamValue fromText(const QString &word) { return {Type::Text, 0, word}; }
    static ParamValue fromBool(bool value) { return {Type::Bool, value ? 1.0 : 0.0, {}}; }
    bool operator==(const ParamValue &) const = default;
};

/// Parameters by name, in name order so that every output is deterministic.
///
/// An element has a handful, read on every recompute: they are kept side by side in one
/// implicitly shared array (a copy costs nothing until one side changes), not in a tree of
/// separately allocated nodes, and every name a kind knows shares the schema's one copy of
/// its characters. At 10,000 stages a full recompute spent a third of its time walking the
/// nodes of QMap-held parameters scattered over the heap (decision 0023).
class Params {
public:
    struct Entry {
        QString key;
        ParamValue value;
        bool operator==(const Entry &) const = default;
    };

    template <typename EntryPtr, typename Value> class Iterator {
    public:
        Iterator() = default;
        explicit Iterator(EntryPtr entry)
            : m_entry(entry)
        {
        }
        const QString &key() const { return m_entry->key; }
        Value &value() const { return m_entry->value; }
        Value &operator*() const { return m_entry->value; }
        Value *operator->() const { return &m_entry->value; }
        Iterator &operator++()
        {
            ++m_entry;
            return *this;
        }
        bool operator==(const Iterator &) const = default;

    private:
        EntryPtr m_entry = nullptr;
    };
    using iterator = Iterator<Entry *, ParamValue>;
    using const_iterator = Iterator<const Entry *, const ParamValue>;

    /// Sets `key` to `value`, adding it in name order if it is new.
    void insert(const QString &key, const ParamValue &value);
    /// Removes `key`; returns how many were removed (0 or 1).
    qsizetype remove(QStringView key);
    /// The value of `key`, added as a default value if it is absent.
    ParamValue &operator[](const QString &key);

    ParamValue value(QStringView key) const
    {
        const Entry *entry = lookup(key);
        return entry ? entry->value : ParamValue();
    }
    bool contains(QStringView key) const { return lookup(key) != nullptr; }
    const_iterator constFind(QStringView key) const
    {
        const Entry *entry = lookup(key);
        return entry ? const_iterator(entry) : cend();
    }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }

    const_iterator cbegin() const { return const_iterator(m_entries.constData()); }
    const_iterator cend() const { return const_iterator(m_entries.constData() + size()); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    const_iterator constBegin() const { return cbegin(); }
    const_iterator constEnd() const { return cend(); }
    iterator begin() { return iterator(m_entries.data()); }
    iterator end() { return iterator(m_entries.data() + size()); }

    bool operator==(const Params &) const = default;

private:
    /// The entry named `key`, or nullptr: a binary search over a few neighbouring entries.
    const Entry *lookup(QStringView key) const;
    /// Where `key` is or would go.
    qsizetype lowerBound(QStringView key) const;

    QList<Entry> m_entries; ///< sorted by key, as QString's operator< orders them
};

} // namespace tarmac
