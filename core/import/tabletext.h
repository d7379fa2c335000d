#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tarmac {

/// A sheet of text cells as a spreadsheet or CSV file holds it: the first row is the header.
struct TextTable {
    QString source; ///< where it came from, for messages: "sheet vHost of inventory.xlsx"
    QString sheet;  ///< a workbook's sheet name; empty for CSV
    QStringList headers;
    QList<QStringList> rows;
    /// True for a CSV written with ';' between cells, where numbers carry a decimal comma.
    bool decimalComma = false;

    /// Index of the first header equal to one of `names` (case and spacing ignored), or -1.
    int column(const QStringList &names) const;
};

/// Parses CSV text (RFC 4180 quoting, CRLF or LF, a UTF-8 or UTF-16 byte-order mark). The
/// delimiter, ',' or ';', is the one the header line uses most outside quotes; ';' implies
/// decimal commas. Fails (with `*error`) on an unterminated quote or an empty file.
TextTable parseCsv(const QByteArray &bytes, const QString &source, QString *error);

/// The sheets of an .xlsx workbook by name, read from its XML (shared strings, inline strings,
/// numbers and booleans; formulas by their cached value). `wanted` limits which sheets are
/// read (case-insensitive); sheets it names that the workbook lacks are simply absent.
QList<TextTable> readXlsxSheets(const QByteArray &workbook, const QString &source,
                                const QStringList &wanted, QString *error);

/// A number as a spreadsheet or CSV cell writes it: "1234", "1234.5", "1,234.5", and with
/// `decimalComma` "1234,5" or "1.234,5". NaN if the cell holds no number.
double parseCellNumber(const QString &cell, bool decimalComma);

} // namespace tarmac
