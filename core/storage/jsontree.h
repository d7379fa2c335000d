#pragma once

// A read-only JSON value tree in two flat buffers: what both project readers hand to the one
// validation of the interchange format. The JSON text is parsed into it without a DOM per value
// (QJsonDocument built a CBOR container per object and sorted its keys, a third of reading a
// 10,000-stage file), and the .tarmac reader builds it straight from its rows (decision 0022).

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tarmac {

class JsonTree {
public:
    enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };

    /// Deeper nesting is refused: the parser recurses once per level.
    static constexpr int kMaxDepth = 512;

    /// Parses RFC 8259 JSON in UTF-8 (a leading byte order mark is skipped). On failure the tree
    /// is empty, `error` says what is wrong in a few words and `offset` is the byte it was found
    /// at.
    bool parse(const QByteArray &utf8, QString *error, qsizetype *offset);

    // Building by hand (the .tarmac reader). Values go into the innermost open container; `key`
    // is ignored inside an array. Keys and strings are UTF-8.
    void beginObject(std::string_view key = {});
    void beginArray(std::string_view key = {});
    void end();
    void addString(std::string_view key, std::string_view utf8);
    void addNumber(std::string_view key, double value);
    void addBool(std::string_view key, bool value);
    void addNull(std::string_view key);

    class Value;
    /// The first value parsed or built (undefined if there is none).
    Value root() const;

private:
    struct Slice {
        uint32_t offset = 0, length = 0;
        bool inSource = false; ///< in the parsed text, not in the tree's own buffer
    };
    struct Node {
        Type type = Type::Null;
        bool boolean = false;
        Slice key, text;
        uint32_t next = 0;  ///< index one past this node's subtree: its next sibling
        uint32_t count = 0; ///< children of an array or object
        double number = 0;
    };
    std::string_view view(const Slice &s) const
    {
        return {(s.inSource ? m_source.constData() : m_own.data()) + s.offset, s.length};
    }
    Slice own(std::string_view bytes);
    Node &add(Type type, std::string_view key);

    class Parser;
    QByteArray m_source;          ///< the parsed text (shared, not copied)
    std::string m_own;            ///< strings with escapes decoded, and everything built by hand
    std::vector<Node> m_nodes;    ///< in document order
    std::vector<uint32_t> m_open; ///< containers being built
};

/// A position in a tree (or "undefined", like a missing QJsonObject member). Cheap to copy; valid
/// while the tree lives.
class JsonTree::Value {
public:
    Value() = default;

    bool isUndefined() const { return !m_tree; }
    bool isNull() const { return is(Type::Null); }
    bool isBool() const { return is(Type::Bool); }
    bool isDouble() const { return is(Type::Number); }
    bool isString() const { return is(Type::String); }
    bool isArray() const { return is(Type::Array); }
    bool isObject() const { return is(Type::Object); }

    bool toBool() const { return isBool() && node().boolean; }
    double toDouble(double otherwise = 0) const { return isDouble() ? node().number : otherwise; }
    /// The string, or an empty one for any other type.
    QString toString() const;
    std::string_view utf8() const
    {
        return isString() ? m_tree->view(node().text) : std::string_view();
    }
    /// Whether this is the string `text` (UTF-8).
    bool equals(std::string_view text) const { return isString() && utf8() == text; }

    /// The member `key` of an object (the last one if the key repeats), or undefined.
    Value operator[](std::string_view key) const;
    /// Children of an array or object.
    uint32_t size() const { return isArray() || isObject() ? node().count : 0; }

    /// The member name, for a value met while iterating an object.
    QString key() const;
    std::string_view keyUtf8() const
    {
        return m_tree ? m_tree->view(node().key) : std::string_view();
    }

    /// The same value as Qt's JSON types (for the few values kept as they are).
    QJsonValue toQJsonValue() const;

    class Iterator {
    public:
        Value operator*() const { return {m_tree, m_at}; }
        Iterator &operator++()
        {
            m_at = m_tree->m_nodes[m_at].next;
            return *this;
        }
        bool operator!=(const Iterator &o) const { return m_at != o.m_at; }

    private:
        friend class Value;
        Iterator(const JsonTree *tree, uint32_t at)
            : m_tree(tree)
            , m_at(at)
        {
        }
        const JsonTree *m_tree;
        uint32_t m_at;
    };
    /// Over the children of an array or object; empty for anything else.
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonTree;
    Value(const JsonTree *tree, uint32_t at)
        : m_tree(tree)
        , m_at(at)
    {
    }
    const Node &node() const { return m_tree->m_nodes[m_at]; }
    bool is(Type t) const { return m_tree && node().type == t; }

    const JsonTree *m_tree = nullptr;
    uint32_t m_at = 0;
};

} // namespace tarmac
