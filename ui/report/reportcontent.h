#pragma once

#include "engine/result.h"
#include "model/project.h"

#include <QSizeF>
#include <QStringList>

namespace tarmac {

/// A figure of the report: a diagram or a chart as vector SVG (inlined in HTML, painted as
/// vector paths in the PDF, written beside the Markdown).
struct ReportFigure {
    QString name; ///< file stem: "diagram-mapping", "chart-growth"
    QString caption;
    QByteArray svg;     ///< without XML prolog, ready to inline
    QSizeF size;        ///< natural size in points (1/72 in): at this size its text is as designed
    QByteArray mermaid; ///< diagrams: the same view as a Mermaid flowchart (Markdown report)
    QString error;      ///< why it could not be drawn, if so
};

/// The width of the report's text column in points (A4 less 15 mm margins): charts are drawn
/// this wide, so that their text is printed at its own size.
constexpr double kReportColumnPoints = 510;

struct ReportTable {
    QStringList headers;
    QList<QStringList> rows; ///< none: the writers say "None." instead of a lone header
    QString lead;            ///< a sentence printed just before the table, if any
};

struct ReportSection {
    QString title;
    QStringList paragraphs;
    QList<ReportTable> tables;
    QList<ReportFigure> figures;
};

/// Everything the report says, independent of the output format.
/// Sizes in findings, tables and diagrams in `units`.
QList<ReportSection> buildReportContent(const Project &project, const EngineResult &result,
                                        UnitSystem units = UnitSystem::SI);

} // namespace tarmac
