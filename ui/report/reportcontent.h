#pragma once

#include "engine/result.h"
#include "model/project.h"

#include <QImage>
#include <QStringList>

namespace tarmac {

/// A figure of the report: a diagram or a chart, as vector SVG and as a raster for PDF/Markdown.
struct ReportFigure {
    QString name; ///< file stem: "diagram-mapping", "chart-growth"
    QString caption;
    QByteArray svg;     ///< without XML prolog, ready to inline
    QImage image;       ///< for the PDF
    QByteArray mermaid; ///< diagrams: the same view as a Mermaid flowchart (Markdown report)
    QString error;      ///< why it could not be drawn, if so
};

struct ReportTable {
    QStringList headers;
    QList<QStringList> rows;
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
