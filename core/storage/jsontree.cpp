#include "jsontree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <charconv>
#include <limits>

namespace tarmac {
namespace {

struct TreeText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::JsonTree)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The length of the well-formed UTF-8 sequence at s[0] (n bytes available), or 0: no overlong
// forms, no surrogates, nothing past U+10FFFF (RFC 3629).
size_t utf8SequenceLength(const unsigned char *s, size_t n)
{
    const unsigned char b = s[0];
    auto continuation = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        if ((b == 0xE0 && s[1] < 0xA0) || (b == 0xED && s[1] > 0x9F))
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        if ((b == 0xF0 && s[1] < 0x90) || (b == 0xF4 && s[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

// Recursive descent over the bytes, one node per value, strings left in the text unless they
// hold an escape.
class JsonTree::Parser {
public:
    Parser(JsonTree &tree, const char *text, size_t size)
        : t(tree)
        , s(text)
        , n(size)
    {
    }

    bool document()
    {
        if (n >= 3 && s[0] == '\xEF' && s[1] == '\xBB' && s[2] == '\xBF')
            p = 3;
        skipSpace();
        if (p >= n)
            return fail(TreeText::tr("the document is empty"));
        if (!value({}, 0))
            return false;
        skipSpace();
        if (p < n)
            return fail(TreeText::tr("text after the end of the document"));
        return true;
    }

    QString error;
    size_t errorAt = 0;

private:
    bool fail(const QString &what)
    {
        error = what;
        errorAt = p;
        return false;
    }
    void skipSpace()
    {
        while (p < n && (s[p] == ' ' || s[p] == '\n' || s[p] == '\r' || s[p] == '\t'))
            ++p;
    }
    uint32_t push(Type type, const Slice &key)
    {
        Node node;
        node.type = type;
        node.key = key;
        t.m_nodes.push_back(node);
        const auto at = uint32_t(t.m_nodes.size() - 1);
        t.m_nodes[at].next = at + 1;
        return at;
    }
    bool literal(const char *word, size_t length)
    {
        if (n - p < length || std::string_view(s + p, length) != std::string_view(word, length))
            return fail(TreeText::tr("unexpected character"));
        p += length;
        return true;
    }

    bool value(const Slice &key, int depth)
    {
        switch (s[p]) {
        case '{':
            return container(Type::Object, key, depth);
        case '[':
            return container(Type::Array, key, depth);
        case '"': {
            Slice text;
            if (!string(&text))
                return false;
            t.m_nodes[push(Type::String, key)].text = text;
            return true;
        }
        case 't':
            if (!literal("true", 4))
                return false;
            t.m_nodes[push(Type::Bool, key)].boolean = true;
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            push(Type::Bool, key);
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            push(Type::Null, key);
            return true;
        default:
            return number(key);
        }
    }

    bool container(Type type, const Slice &key, int depth)
    {
        if (depth >= kMaxDepth)
            return fail(TreeText::tr("nested more than %1 levels deep").arg(kMaxDepth));
        const bool object = type == Type::Object;
        const char close = object ? '}' : ']';
        const uint32_t at = push(type, key);
        ++p;
        skipSpace();
        uint32_t count = 0;
        if (p < n && s[p] == close) {
            ++p;
        } else {
            for (;;) {
                skipSpace();
                if (p >= n)
                    return fail(object ? TreeText::tr("an object is not closed")
                                       : TreeText::tr("an array is not closed"));
                Slice member;
                if (object) {
                    if (s[p] != '"')
                        return fail(TreeText::tr("expected a member name in quotes"));
                    if (!string(&member))
                        return false;
                    skipSpace();
                    if (p >= n || s[p] != ':')
                        return fail(TreeText::tr("expected ':' after a member name"));
                    ++p;
                    skipSpace();
                    if (p >= n)
                        return fail(TreeText::tr("an object is not closed"));
                }
                if (!value(member, depth + 1))
                    return false;
                ++count;
                skipSpace();
                if (p < n && s[p] == ',') {
                    ++p;
                    continue;
                }
                if (p < n && s[p] == close) {
                    ++p;
                    break;
                }
                if (p >= n)
                    return fail(object ? TreeText::tr("an object is not closed")
                                       : TreeText::tr("an array is not closed"));
                return fail(object ? TreeText::tr("expected ',' or '}'")
                                   : TreeText::tr("expected ',' or ']'"));
            }
        }
        t.m_nodes[at].count = count;
        t.m_nodes[at].next = uint32_t(t.m_nodes.size());
        return true;
    }

    // RFC 8259 numbers only: Qt's parser also took ".5", "1." and "01", which other tools refuse.
    bool number(const Slice &key)
    {
        const size_t start = p;
        auto refuse = [&] {
            size_t end = p;
            while (end < n && end - start < 12 &&
                   (isDigit(s[end]) || s[end] == '.' || s[end] == 'e' || s[end] == 'E' ||
                    s[end] == '+' || s[end] == '-'))
                ++end;
            p = start;
            return fail(TreeText::tr("a number JSON does not allow: %1")
                            .arg(QString::fromLatin1(s + start,
                                                     qsizetype(std::max(end, start + 1) - start))));
        };
        if (s[p] == '-')
            ++p;
        if (p >= n)
            return refuse();
        if (s[p] == '0') {
            ++p;
        } else if (isDigit(s[p])) {
            while (p < n && isDigit(s[p]))
                ++p;
        } else {
            if (p == start && s[p] != '+' && s[p] != '.')
                return fail(TreeText::tr("unexpected character"));
            return refuse(); // "+1", ".5", "-" alone
        }
        if (p < n && s[p] == '.') {
            ++p;
            if (p >= n || !isDigit(s[p]))
                return refuse(); // "1."
            while (p < n && isDigit(s[p]))
                ++p;
        }
        bool negativeExponent = false;
        if (p < n && (s[p] == 'e' || s[p] == 'E')) {
            ++p;
            if (p < n && (s[p] == '+' || s[p] == '-'))
                negativeExponent = s[p++] == '-';
            if (p >= n || !isDigit(s[p]))
                return refuse(); // "1e"
            while (p < n && isDigit(s[p]))
                ++p;
        }
        if (p < n && (isDigit(s[p]) || s[p] == '.'))
            return refuse(); // "01", "1.2.3"
        double v = 0;
        const auto [end, ec] = std::from_chars(s + start, s + p, v);
        if (ec == std::errc::result_out_of_range) {
            // Past the largest double: infinite, which validation refuses; below the smallest: 0.
            v = negativeExponent ? 0.0 : std::numeric_limits<double>::infinity();
            if (s[start] == '-')
                v = -v;
        } else if (ec != std::errc() || end != s + p) {
            return refuse();
        }
        t.m_nodes[push(Type::Number, key)].number = v;
        return true;
    }

    bool string(Slice *out)
    {
        ++p; // the opening quote
        const size_t start = p;
        while (p < n) {
            const auto c = static_cast<unsigned char>(s[p]);
            if (c == '"') {
                *out = {uint32_t(start), uint32_t(p - start), true};
                ++p;
                return true;
            }
            if (c == '\\')
                return escapedString(start, out);
            if (!plainByte(c))
                return false;
        }
        return fail(TreeText::tr("a string is not closed"));
    }

    // One unescaped character of a string at p (c is its first byte); advances past it.
    bool plainByte(unsigned char c)
    {
        if (c < 0x20)
            return fail(TreeText::tr("a control character inside a string"));
        if (c < 0x80) {
            ++p;
            return true;
        }
        const size_t length =
            utf8SequenceLength(reinterpret_cast<const unsigned char *>(s + p), n - p);
        if (length == 0)
            return fail(TreeText::tr("not UTF-8"));
        p += length;
        return true;
    }

    // The rest of a string that holds an escape, decoded into the tree's own buffer.
    bool escapedString(size_t start, Slice *out)
    {
        std::string &own = t.m_own;
        const auto offset = uint32_t(own.size());
        own.append(s + start, p - start);
        while (p < n) {
            const auto c = static_cast<unsigned char>(s[p]);
            if (c == '"') {
                ++p;
                *out = {offset, uint32_t(own.size() - offset), false};
                return true;
            }
            if (c != '\\') {
                const size_t from = p;
                if (!plainByte(c))
                    return false;
                own.append(s + from, p - from);
                continue;
            }
            if (++p >= n)
                break;
            switch (s[p]) {
            case '"':
                own += '"';
                break;
            case '\\':
                own += '\\';
                break;
            case '/':
                own += '/';
                break;
            case 'b':
                own += '\b';
                break;
            case 'f':
                own += '\f';
                break;
            case 'n':
                own += '\n';
                break;
            case 'r':
                own += '\r';
                break;
            case 't':
                own += '\t';
                break;
            case 'u': {
                char32_t unit = 0;
                if (!hex4(p + 1, &unit))
                    return fail(TreeText::tr("a \\u escape needs four hexadecimal digits"));
                p += 4;
                char32_t low = 0;
                if (unit >= 0xD800 && unit <= 0xDBFF && p + 6 < n && s[p + 1] == '\\' &&
                    s[p + 2] == 'u' && hex4(p + 3, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else if (unit >= 0xD800 && unit <= 0xDFFF) {
                    unit = 0xFFFD; // half a surrogate pair: what QString::fromUtf8 makes of it
                }
                appendUtf8(own, unit);
                break;
            }
            default:
                return fail(TreeText::tr("an unknown escape in a string"));
            }
            ++p;
        }
        return fail(TreeText::tr("a string is not closed"));
    }

    bool hex4(size_t at, char32_t *out) const
    {
        if (n < 4 || at > n - 4)
            return false;
        char32_t v = 0;
        for (size_t i = at; i < at + 4; ++i) {
            const int d = hexDigit(s[i]);
            if (d < 0)
                return false;
            v = v * 16 + char32_t(d);
        }
        *out = v;
        return true;
    }

    JsonTree &t;
    const char *s;
    size_t n;
    size_t p = 0;
};

bool JsonTree::parse(const QByteArray &utf8, QString *error, qsizetype *offset)
{
    *this = {};
    m_source = utf8;
    // About one value per 24 bytes in an indented project file: reserved once, not doubled.
    m_nodes.reserve(size_t(utf8.size() / 24 + 16));
    Parser parser(*this, m_source.constData(), size_t(m_source.size()));
    if (parser.document())
        return true;
    *this = {};
    *error = parser.error;
    *offset = qsizetype(parser.errorAt);
    return false;
}

JsonTree::Slice JsonTree::own(std::string_view bytes)
{
    const Slice s{uint32_t(m_own.size()), uint32_t(bytes.size()), false};
    m_own.append(bytes);
    return s;
}

JsonTree::Node &JsonTree::add(Type type, std::string_view key)
{
    Node node;
    node.type = type;
    if (!m_open.empty()) {
        Node &parent = m_nodes[m_open.back()];
        ++parent.count;
        if (parent.type == Type::Object)
            node.key = own(key);
    }
    node.next = uint32_t(m_nodes.size() + 1);
    m_nodes.push_back(node);
    return m_nodes.back();
}

void JsonTree::beginObject(std::string_view key)
{
    add(Type::Object, key);
    m_open.push_back(uint32_t(m_nodes.size() - 1));
}

void JsonTree::beginArray(std::string_view key)
{
    add(Type::Array, key);
    m_open.push_back(uint32_t(m_nodes.size() - 1));
}

void JsonTree::end()
{
    if (m_open.empty())
        return;
    m_nodes[m_open.back()].next = uint32_t(m_nodes.size());
    m_open.pop_back();
}

void JsonTree::addString(std::string_view key, std::string_view utf8)
{
    Slice text = own(utf8);
    add(Type::String, key).text = text;
}

void JsonTree::addNumber(std::string_view key, double value)
{
    add(Type::Number, key).number = value;
}

void JsonTree::addBool(std::string_view key, bool value)
{
    add(Type::Bool, key).boolean = value;
}

void JsonTree::addNull(std::string_view key)
{
    add(Type::Null, key);
}

JsonTree::Value JsonTree::root() const
{
    return m_nodes.empty() ? Value() : Value(this, 0);
}

QString JsonTree::Value::toString() const
{
    const std::string_view bytes = utf8();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QString JsonTree::Value::key() const
{
    const std::string_view bytes = keyUtf8();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

JsonTree::Value JsonTree::Value::operator[](std::string_view key) const
{
    Value found;
    if (!isObject())
        return found;
    for (Value member : *this) {
        if (member.keyUtf8() == key)
            found = member;
    }
    return found;
}

JsonTree::Value::Iterator JsonTree::Value::begin() const
{
    if (!isArray() && !isObject())
        return end();
    return {m_tree, m_at + 1};
}

JsonTree::Value::Iterator JsonTree::Value::end() const
{
    return {m_tree, m_tree ? node().next : 0};
}

QJsonValue JsonTree::Value::toQJsonValue() const
{
    if (!m_tree)
        return QJsonValue(QJsonValue::Undefined);
    switch (node().type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return toBool();
    case Type::Number:
        return toDouble();
    case Type::String:
        return toString();
    case Type::Array: {
        QJsonArray a;
        for (Value v : *this)
            a.append(v.toQJsonValue());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (Value v : *this)
            o.insert(v.key(), v.toQJsonValue());
        return o;
    }
    }
    return {};
}

} // namespace tarmac
