// `tarmac export` and `tarmac report`: the same diagram and report code as the GUI, headless.

#include "cli.h"
#include "diagram/diagram.h"
#include "engine/engine.h"
#include "report/reportwriter.h"
#include "storage/projectformat.h"
#include "storage/safefile.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::cli {
namespace {

int exportDiagram(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption view(u"view"_s, u"lifecycle, infrastructure or mapping."_s, u"view"_s);
    const QCommandLineOption format(
        u"format"_s,
        u"svg, png, pdf, dot, drawio or mermaid (default: from -o; .mmd is mermaid)."_s,
        u"format"_s);
    const QCommandLineOption layout(
        u"layout"_s,
        u"canvas (the user's positions), auto, or page (auto, shaped for a portrait page)."_s,
        u"layout"_s);
    const QCommandLineOption dpi(u"dpi"_s, u"Resolution of PNG output (default 96)."_s, u"n"_s,
                                 u"96"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"File to write."_s, u"file"_s);
    const QCommandLineOption zone(
        u"zone"_s,
        u"Only this zone (a site or rack, by id) and what sits in it: the part of a large "
        "view that fits a page."_s,
        u"id"_s);
    parser.addOptions({view, format, layout, dpi, output, zone});
    const UnitsOption units(parser);
    if (int code = parse(parser, args, commandNamed(u"export"_s), 1); code >= 0)
        return code;
    if (!parser.isSet(view) || !parser.isSet(output))
        return failWith(u"export: --view and -o are required (see tarmac export --help)"_s);
    DiagramOptions options;
    if (!units.read(parser, u"export"_s, &options.units))
        return Unusable;
    if (!parseDiagramView(parser.value(view), &options.view))
        return failWith(
            u"export: unknown view \"%1\" (expected lifecycle, infrastructure, mapping)"_s.arg(
                parser.value(view)));
    const QString out = parser.value(output);
    const QString formatText =
        parser.isSet(format) ? parser.value(format) : QFileInfo(out).suffix().toLower();
    if (!parseDiagramFormat(formatText, &options.format))
        return failWith(
            u"export: unknown format \"%1\" (expected svg, png, pdf, dot, drawio, mermaid)"_s.arg(
                formatText));
    if (parser.isSet(layout)) {
        DiagramLayout l;
        if (!parseDiagramLayout(parser.value(layout), &l))
            return failWith(u"export: unknown layout \"%1\" (expected canvas, auto, page)"_s.arg(
                parser.value(layout)));
        options.layout = l;
    }
    options.zone = parser.value(zone);
    bool dpiOk = false;
    options.dpi = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk || options.dpi < 10 || options.dpi > 1200)
        return failWith(u"export: --dpi must be a whole number from 10 to 1200"_s);
    const QString input = parser.positionalArguments().at(1);
    if (const QString refusal = outputRefusal(out, {input}); !refusal.isEmpty())
        return failWith(refusal);
    const ReadResult &read = keptUntilExit(readProjectFile(input));
    if (!read.ok())
        return failWith(read.error);
    const EngineResult &result = computeKeptUntilExit(read.project);
    options.keepUntilExit = true;
    const DiagramResult diagram = renderDiagram(read.project, result, options);
    if (!diagram.ok())
        return failWith(parser.positionalArguments().at(1) + u": "_s + diagram.error);
    const QString error = writeFileAtomically(out, diagram.data);
    return error.isEmpty() ? Ok : failWith(out + u": "_s + error);
}

int writeReport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        u"Report to write: .html, .pdf, .md, .docx or .odt (the last two need pandoc)."_s,
        u"file"_s);
    parser.addOption(output);
    if (int code = parse(parser, args, commandNamed(u"report"_s), 1); code >= 0)
        return code;
    if (!parser.isSet(output))
        return failWith(u"report: -o OUT.html|OUT.pdf|OUT.md|OUT.docx|OUT.odt is required"_s);
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    static const QStringList known{u"html"_s, u"htm"_s, u"pdf"_s, u"md"_s, u"docx"_s, u"odt"_s};
    if (!known.contains(suffix))
        return failWith(
            u"%1: unknown report format (use .html, .pdf, .md, .docx or .odt)"_s.arg(out));
    const QString input = parser.positionalArguments().at(1);
    if (const QString refusal = outputRefusal(out, {input}); !refusal.isEmpty())
        return failWith(refusal);
    const ReadResult read = readProjectFile(input);
    if (!read.ok())
        return failWith(read.error);
    const EngineResult result = computeRequirements(read.project);
    const QString error = ReportWriter(read.project, result).write(out);
    return error.isEmpty() ? Ok : failWith(error);
}

} // namespace

int exportOrReport(const QStringList &args)
{
    return args.value(0) == u"export" ? exportDiagram(args) : writeReport(args);
}

} // namespace tarmac::cli
