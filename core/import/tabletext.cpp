#include "tabletext.h"

#include "zipreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <cmath>
#include <limits>

namespace tarmac {
namespace {

struct TableText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Import)
};

QString normalisedHeader(const QString &h)
{
    QString out;
    for (const QChar c : h) {
        if (!c.isSpace())
            out += c.toLower();
    }
    return out;
}

QString decodeText(const QByteArray &bytes)
{
    // RVTools and spreadsheet programs write UTF-8 (with or without a BOM) or UTF-16 with one.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE);
        return QString(decoder(bytes.mid(2)));
    }
    QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    return text;
}

QChar guessDelimiter(const QString &text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

// Column letters of a cell reference ("AB12") as a zero-based index; -1 if none.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > 16384) // Excel's last column is XFD
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString zipPathJoin(const QString &folder, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = folder.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : target.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (part != u".") {
            parts << part;
        }
    }
    return parts.join(u'/');
}

QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    int phonetic = 0;
    bool inText = false;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            if (r.name() == u"si")
                current.clear();
            else if (r.name() == u"rPh")
                ++phonetic; // reading aids for East Asian text, not part of the value
            else if (r.name() == u"t")
                inText = true;
            break;
        case QXmlStreamReader::EndElement:
            if (r.name() == u"si")
                strings << current;
            else if (r.name() == u"rPh")
                --phonetic;
            else if (r.name() == u"t")
                inText = false;
            break;
        case QXmlStreamReader::Characters:
            if (inText && phonetic == 0)
                current += r.text();
            break;
        default:
            break;
        }
    }
    return strings;
}

bool readSheet(const QByteArray &xml, const QStringList &shared, TextTable *table, QString *error)
{
    QXmlStreamReader r(xml);
    QList<QStringList> rows;
    QStringList row;
    int column = -1;
    QString type, value;
    bool inValue = false, inCell = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (r.name() == u"row") {
                row.clear();
                column = -1;
                // Rows a sheet leaves out are empty rows; keep the numbering honest.
                bool ok = false;
                const int number = r.attributes().value(QLatin1StringView("r")).toInt(&ok);
                while (ok && number > 0 && rows.size() < number - 1 && number < 2'000'000)
                    rows.append(QStringList());
            } else if (r.name() == u"c") {
                inCell = true;
                const int at = columnOfReference(r.attributes().value(QLatin1StringView("r")));
                column = at >= 0 ? at : column + 1;
                type = r.attributes().value(QLatin1StringView("t")).toString();
                value.clear();
            } else if (inCell && (r.name() == u"v" || r.name() == u"t")) {
                inValue = true;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            value += r.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (r.name() == u"v" || r.name() == u"t") {
                inValue = false;
            } else if (r.name() == u"c") {
                inCell = false;
                QString cell = value;
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    cell = ok && index >= 0 && index < shared.size() ? shared[index] : QString();
                } else if (type == u"b") {
                    cell = value == u"1" ? QStringLiteral("True") : QStringLiteral("False");
                } else if (type == u"e") {
                    cell.clear(); // #N/A and friends: no value
                }
                while (row.size() < column)
                    row.append(QString());
                if (column >= 0 && column < 16384)
                    row.append(cell);
            } else if (r.name() == u"row") {
                rows.append(row);
            }
        }
    }
    if (r.hasError()) {
        *error = TableText::tr("%1: the sheet's XML is corrupt (%2)")
                     .arg(table->source, r.errorString());
        return false;
    }
    if (!rows.isEmpty()) {
        table->headers = rows.takeFirst();
        for (QString &h : table->headers)
            h = h.trimmed();
    }
    table->rows = rows;
    return true;
}

} // namespace

int TextTable::column(const QStringList &names) const
{
    for (const QString &name : names) {
        const QString wanted = normalisedHeader(name);
        for (int i = 0; i < headers.size(); ++i) {
            if (normalisedHeader(headers[i]) == wanted)
                return i;
        }
    }
    return -1;
}

TextTable parseCsv(const QByteArray &bytes, const QString &source, QString *error)
{
    TextTable table;
    table.source = source;
    const QString text = decodeText(bytes);
    if (text.trimmed().isEmpty()) {
        *error = TableText::tr("%1: the file is empty").arg(source);
        return table;
    }
    const QChar delimiter = guessDelimiter(text);
    table.decimalComma = delimiter == u';';
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false, cellStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && !cellStarted) {
            quoted = cellStarted = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << cell;
            if (!(row.size() == 1 && row[0].isEmpty()))
                rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted) {
        *error =
            TableText::tr("%1: a quoted cell is never closed (the file is cut short?)").arg(source);
        return table;
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    table.headers = rows.takeFirst();
    for (QString &h : table.headers)
        h = h.trimmed();
    table.rows = rows;
    return table;
}

QList<TextTable> readXlsxSheets(const QByteArray &workbook, const QString &source,
                                const QStringList &wanted, QString *error)
{
    const ZipReader zip(workbook);
    if (!zip.error().isEmpty()) {
        *error = source + QStringLiteral(": ") + zip.error();
        return {};
    }
    QString problem;
    const QByteArray book = zip.read(QStringLiteral("xl/workbook.xml"), &problem);
    const QByteArray rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &problem);
    if (book.isEmpty() || rels.isEmpty()) {
        *error = TableText::tr("%1: not an Excel workbook (%2)").arg(source, problem);
        return {};
    }
    QHash<QString, QString> targets; // relationship id -> member path
    for (QXmlStreamReader r(rels); !r.atEnd();) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"Relationship")
            targets.insert(
                r.attributes().value(QLatin1StringView("Id")).toString(),
                zipPathJoin(QStringLiteral("xl"),
                            r.attributes().value(QLatin1StringView("Target")).toString()));
    }
    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const QByteArray xml = zip.read(QStringLiteral("xl/sharedStrings.xml"), &problem);
        if (xml.isEmpty()) {
            *error = source + QStringLiteral(": ") + problem;
            return {};
        }
        shared = readSharedStrings(xml);
    }
    QList<TextTable> sheets;
    for (QXmlStreamReader r(book); !r.atEnd();) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() != u"sheet")
            continue;
        const QString name = r.attributes().value(QLatin1StringView("name")).toString();
        if (!wanted.contains(name, Qt::CaseInsensitive))
            continue;
        QString id;
        for (const QXmlStreamAttribute &a : r.attributes()) {
            if (a.name() == u"id") // r:id, whatever the prefix is bound to
                id = a.value().toString();
        }
        TextTable table;
        table.source = TableText::tr("sheet %1 of %2").arg(name, source);
        table.sheet = name;
        const QByteArray xml = zip.read(targets.value(id), &problem);
        if (xml.isEmpty()) {
            *error = table.source + QStringLiteral(": ") + problem;
            return {};
        }
        if (!readSheet(xml, shared, &table, error))
            return {};
        sheets << table;
    }
    return sheets;
}

double parseCellNumber(const QString &cell, bool decimalComma)
{
    QString t = cell.trimmed();
    t.remove(u' ');
    t.remove(QChar(0x00A0)); // no-break space as a thousands separator
    t.remove(QChar(0x202F));
    if (decimalComma) {
        t.remove(u'.');
        t.replace(u',', u'.');
    } else {
        t.remove(u',');
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace tarmac
