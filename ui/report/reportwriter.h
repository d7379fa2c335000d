#pragma once

#include "engine/result.h"
#include "model/project.h"

namespace tarmac {

/// The design-document report: summary, the three diagrams, the four charts, requirements per
/// stage, utilisation per component, every finding with its hint, the defaults and assumptions
/// in force with their sources, and the catalog entries used.
///   .html  one self-contained file (inline SVG, inline CSS, nothing loaded from the network)
///   .pdf   the same content, paginated, with headings
///   .md    tables, with its images written beside it in NAME_files/
///   .docx, .odt  the Markdown report converted by pandoc, images embedded (pandoc must be
///          installed; the error names the package when it is not)
/// Same input, same output: no timestamps.
class ReportWriter {
public:
    ReportWriter(const Project &project, const EngineResult &result,
                 UnitSystem units = UnitSystem::SI);
    /// Writes by extension; returns an empty string or the error (starting with the path).
    QString write(const QString &path) const;

    QByteArray html() const;
    /// `withMermaid`: each diagram also as a ```mermaid block (for Markdown renderers that
    /// draw them; a word processor would show the code).
    QByteArray markdown(const QString &imageFolderName,
                        QList<std::pair<QString, QByteArray>> *images,
                        bool withMermaid = true) const;

private:
    QString writePdf(const QString &path) const;
    QString writeMarkdown(const QString &path) const;
    QString writeWithPandoc(const QString &path, const QString &format) const;

    const Project &m_project;
    const EngineResult &m_result;
    UnitSystem m_units;
};

} // namespace tarmac
