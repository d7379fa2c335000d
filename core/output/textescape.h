#pragma once

#include <QString>

namespace tarmac {

/// Text from a project (names, ids, messages quoting them) made safe for one kind of output.
/// Every exporter that writes user text goes through one of these, so a name can never become
/// markup, a formula or a line of its own.

/// Markdown (CommonMark and GitHub tables): markup characters are backslash-escaped, so a name
/// cannot open a link (also GitHub's bare "https://" and "www." links), an image, emphasis, raw
/// HTML, a code block or a new table cell; line breaks become spaces, leading blanks go. Safe
/// inside a table cell and as a paragraph.
QString markdownText(const QString &text);

/// One CSV cell (RFC 4180): quoted where needed; text that a spreadsheet would run as a formula
/// (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, as
/// OWASP advises. For text only: numbers that Tarmac formats go in as they are.
QString csvText(const QString &text);

/// A terminal line: control characters (line breaks, escape sequences) and bidirectional
/// overrides are shown as visible escapes (\n, \x1b, \u202e), so a name cannot forge a line or
/// reorder what is printed.
QString terminalText(const QString &text);

} // namespace tarmac
