#include "textescape.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

} // namespace

QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool blank = isLineBreak(c) || c == u'\t' || c == u' ' || c < 0x20 || c == 0x7F;
        // Leading blanks are dropped: four of them would start a code block, and one would
        // hide a list marker or a rule behind it.
        if (blank && lineStart)
            continue;
        if (blank) {
            out += u' ';
            continue;
        }
        // GitHub turns bare "https://…" and "www.…" into links: break the pattern it looks for.
        if (c == u':' && text.mid(i, 3) == u"://") {
            out += u"\\:"_s;
            lineStart = false;
            continue;
        }
        if (c == u'.' && i >= 3 && text.mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0) {
            out += u"\\."_s;
            lineStart = false;
            continue;
        }
        switch (c) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'!':
        case u'&':
        case u'~':
        case u'#':
        case u'$':
            out += u'\\';
            out += QChar(c);
            break;
        case u'-':
        case u'+':
        case u'=':
            // At the start these would make a list item or a heading underline.
            if (lineStart)
                out += u'\\';
            out += QChar(c);
            break;
        default:
            if (lineStart && c >= u'0' && c <= u'9') {
                // "1. name" at the start is an ordered list: escape its dot or parenthesis.
                qsizetype j = i;
                while (j < text.size() && text[j].isDigit())
                    ++j;
                out += text.mid(i, j - i);
                if (j < text.size() && (text[j] == u'.' || text[j] == u')')) {
                    out += u'\\';
                    out += text[j];
                    ++j;
                }
                i = j - 1;
                break;
            }
            out += QChar(c);
            break;
        }
        lineStart = false;
    }
    return out;
}

QString csvText(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r' || first == u'\uFF1D' || first == u'\uFF0B' || first == u'\uFF0D' ||
            first == u'\uFF20')
            cell.prepend(u'\'');
    }
    // Semicolons and tabs separate cells where Excel's locale uses them (German, French):
    // quoted, "x;=cmd" stays one cell there too.
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
                       cell.contains(u'\r') || cell.contains(u';') || cell.contains(u'\t') ||
                       cell.startsWith(u' ') || cell.endsWith(u' ');
    if (!quote)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u'"' + cell + u'"';
}

namespace {

// What a terminal would act on: C0 and C1 controls and DEL (escaped as \xNN), and what
// reorders or breaks the line (escaped as \uNNNN).
bool isTerminalControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

bool isLineOrDirectionControl(char16_t c)
{
    return isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString terminalText(const QString &text)
{
    // Nearly every text needs nothing: shared, not copied character by character.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar ch) {
            return isTerminalControl(ch.unicode()) || isLineOrDirectionControl(ch.unicode());
        }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (isTerminalControl(c))
            out += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        else if (isLineOrDirectionControl(c))
            out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        else
            out += ch;
    }
    return out;
}

} // namespace tarmac
