#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tarmac {

/// The report as an A4 PDF laid out by Tarmac itself, not by a rich-text engine: a title and
/// a table of contents with page numbers; headings kept with what follows them; tables that
/// repeat their header row on every page they run onto (and the row group's name with it);
/// figures painted as vector paths and text from their SVG, scaled only as far as the page
/// needs; a footer with the page number. Same input, same bytes (no dates, no random ids).
QByteArray renderReportPdf(const QString &title, const QList<ReportSection> &sections);

} // namespace tarmac
