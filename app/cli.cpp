#include "cli.h"

#include "engine/engine.h"
#include "engine/resultoutput.h"
#include "output/requirementsxlsx.h"
#include "output/textescape.h"
#include "storage/jsonformat.h"
#include "storage/projectformat.h"
#include "storage/safefile.h"
#include "storage/templates.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::cli {

int exportOrReport(const QStringList &args);
int importInventory(const QStringList &args);

int failWith(const QString &message)
{
    // One line, whatever the message quotes from the file or the command line: line breaks,
    // escape sequences and bidirectional overrides are shown, not obeyed.
    std::fprintf(stderr, "tarmac: %s\n", terminalText(message).toLocal8Bit().constData());
    return Unusable;
}

int printOut(const QByteArray &bytes, int code)
{
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (written != size_t(bytes.size()) || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int error = errno ? errno : EIO;
        return failWith(u"cannot write to standard output (%1)"_s.arg(systemErrorText(error)));
    }
    return code;
}

QString outputRefusal(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs) {
        if (sameFile(input, output))
            return u"%1: is the input file; it is not overwritten (choose another -o)"_s.arg(
                output);
    }
    const QString problem = outputPathProblem(output);
    return problem.isEmpty() ? problem : output + u": "_s + problem;
}

namespace {

const Command kCommands[] = {
    {"check", "check FILE [--format text|json] [--units si|iec]",
     "compute requirements and print the findings (exit 1 if any error)"},
    {"requirements", "requirements FILE [--format json|csv|text|xlsx] [--units si|iec] [-o OUT]",
     "print (or write to OUT) the computed requirements of every stage and component; xlsx "
     "needs -o"},
    {"export",
     "export FILE --view lifecycle|infrastructure|mapping --format "
     "svg|png|pdf|dot|drawio|mermaid "
     "[--layout canvas|auto|page] [--zone ID] [--dpi N] [--units si|iec] -o OUT",
     "lay out one view with Graphviz and write it"},
    {"report", "report FILE -o OUT.html|OUT.pdf|OUT.md|OUT.docx|OUT.odt",
     "write the design-document report (.docx and .odt through pandoc)"},
    {"import", "import rvtools DIR|FILE.xlsx -o OUT [--gpus MODEL=ACCELERATOR:COUNT]...",
     "make a project from an RVTools export of the vSphere inventory (its .xlsx, or the folder "
     "of its CSV files)"},
    {"convert", "convert IN OUT", "convert between .tarmac (SQLite) and .json by extension"},
    {"templates", "templates", "list the bundled templates"},
    {"new", "new --template NAME -o FILE", "create a project from a template"},
};

} // namespace

UnitsOption::UnitsOption(QCommandLineParser &parser)
    : option(u"units"_s, u"si (kB, MB, GB; the default) or iec (KiB, MiB, GiB) for sizes."_s,
             u"system"_s, u"si"_s)
{
    parser.addOption(option);
}

bool UnitsOption::read(const QCommandLineParser &parser, const QString &command,
                       UnitSystem *units) const
{
    const QString word = parser.value(option).toLower();
    if (word == u"si" || word == u"iec") {
        *units = word == u"si" ? UnitSystem::SI : UnitSystem::IEC;
        return true;
    }
    failWith(u"%1: unknown units \"%2\" (expected si, iec)"_s.arg(command, parser.value(option)));
    return false;
}

// Parses the subcommand's own options; returns -1 to go on, or an exit code.
int parse(QCommandLineParser &parser, const QStringList &args, const Command &command,
          int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    parser.setApplicationDescription(QString::fromLatin1(command.summary));
    QStringList argv = args;
    argv.prepend(u"tarmac"_s);
    if (!parser.parse(argv))
        return failWith(u"%1: %2 (see tarmac %1 --help)"_s.arg(QString::fromLatin1(command.name),
                                                               parser.errorText()));
    if (parser.isSet(help)) {
        return printOut(
            u"Usage: tarmac %1\n\n%2\n\n"_s
                .arg(QString::fromLatin1(command.synopsis), QString::fromLatin1(command.summary))
                .toUtf8() +
            parser.helpText().section(u"Options:"_s, 1).prepend(u"Options:"_s).toUtf8());
    }
    // positionals[0] is the subcommand itself.
    const int given = int(parser.positionalArguments().size()) - 1;
    if (given != positionals)
        return failWith(u"%1: expected %2 file argument(s), got %3 (usage: tarmac %4)"_s
                            .arg(QString::fromLatin1(command.name))
                            .arg(positionals)
                            .arg(given)
                            .arg(QString::fromLatin1(command.synopsis)));
    return -1;
}

const Command &commandNamed(const QString &name)
{
    for (const Command &c : kCommands) {
        if (name == QLatin1StringView(c.name))
            return c;
    }
    return kCommands[0];
}

namespace {

} // namespace

const EngineResult &computeKeptUntilExit(const Project &project)
{
    RequirementsEngine &engine = *keptUntilExit(std::make_unique<RequirementsEngine>());
    return engine.compute(project);
}

namespace {

int checkOrRequirements(const QStringList &args, bool check)
{
    const Command &command = commandNamed(args.value(0));
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, u"Output format."_s, u"format"_s,
                                    check ? u"text"_s : u"json"_s);
    parser.addOption(format);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"File to write instead of printing."_s,
                                    u"file"_s);
    if (!check)
        parser.addOption(output);
    const UnitsOption unitsOption(parser);
    if (int code = parse(parser, args, command, 1); code >= 0)
        return code;
    UnitSystem units = UnitSystem::SI;
    if (!unitsOption.read(parser, args[0], &units))
        return Unusable;
    const QString kind = parser.value(format);
    const QStringList allowed = check ? QStringList{u"text"_s, u"json"_s}
                                      : QStringList{u"json"_s, u"csv"_s, u"text"_s, u"xlsx"_s};
    if (!allowed.contains(kind))
        return failWith(
            u"%1: unknown format \"%2\" (expected %3)"_s.arg(args[0], kind, allowed.join(u", "_s)));
    const QString path = parser.positionalArguments().at(1);
    const QString out = check ? QString() : parser.value(output);
    if (kind == u"xlsx" && out.isEmpty())
        return failWith(
            u"%1: --format xlsx writes a workbook: give it a file with -o OUT.xlsx"_s.arg(args[0]));
    if (!out.isEmpty()) {
        if (const QString refusal = outputRefusal(out, {path}); !refusal.isEmpty())
            return failWith(refusal);
    }
    const ReadResult &read = keptUntilExit(readProjectFile(path));
    if (!read.ok())
        return failWith(read.error);
    const EngineResult &result = computeKeptUntilExit(read.project);
    // Printed, or written whole to -o (atomically, like every writer).
    auto deliver = [&out](const QByteArray &bytes) {
        if (out.isEmpty())
            return printOut(bytes);
        const QString error = writeFileAtomically(out, bytes);
        return error.isEmpty() ? int(Ok) : failWith(out + u": "_s + error);
    };
    if (kind == u"xlsx") {
        const QString error = writeRequirementsXlsx(read.project, result, units, out);
        return error.isEmpty() ? int(Ok) : failWith(out + u": "_s + error);
    }
    if (check) {
        const int code = result.errorCount() > 0 ? Findings : Ok;
        if (kind == u"json")
            return printOut(QJsonDocument(findingsToJson(read.project, result, units))
                                .toJson(QJsonDocument::Indented),
                            code);
        return printOut(findingsToText(QFileInfo(path).fileName(), read.project, result, units),
                        code);
    }
    if (kind == u"csv")
        return deliver(requirementsToCsv(read.project, result));
    if (kind == u"text")
        return deliver(requirementsToText(read.project, result, units));
    return deliver(QJsonDocument(requirementsToJson(read.project, result, units))
                       .toJson(QJsonDocument::Indented));
}

bool knownExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"tarmac";
}

int convert(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parse(parser, args, commandNamed(u"convert"_s), 2); code >= 0)
        return code;
    const QString in = parser.positionalArguments().at(1);
    const QString outPath = parser.positionalArguments().at(2);
    if (!knownExtension(outPath))
        return failWith(u"%1: unknown output extension (use .tarmac or .json)"_s.arg(outPath));
    if (const QString refusal = outputRefusal(outPath, {in}); !refusal.isEmpty())
        return failWith(refusal);
    const ReadResult read = readProjectFile(in);
    if (!read.ok())
        return failWith(read.error);
    const QString error = writeProjectFile(read.project, outPath);
    return error.isEmpty() ? Ok : failWith(error);
}

int listTemplates(const QStringList &args)
{
    QCommandLineParser parser;
    if (int code = parse(parser, args, commandNamed(u"templates"_s), 0); code >= 0)
        return code;
    QByteArray text;
    const QList<TemplateInfo> templates = bundledTemplates();
    qsizetype width = 0;
    for (const TemplateInfo &t : templates)
        width = std::max(width, t.name.size());
    for (const TemplateInfo &t : templates)
        text += u"%1  %2\n"_s.arg(t.name, -int(width)).arg(t.title).toUtf8();
    return printOut(text);
}

int newFromTemplate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"template"_s, u"Template name (see tarmac templates)."_s,
                                  u"name"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"File to create (.tarmac or .json)."_s,
                                    u"file"_s);
    parser.addOption(name);
    parser.addOption(output);
    if (int code = parse(parser, args, commandNamed(u"new"_s), 0); code >= 0)
        return code;
    if (!parser.isSet(name) || !parser.isSet(output))
        return failWith(
            u"new: --template and -o are required (usage: tarmac new --template NAME -o FILE)"_s);
    const QString target = parser.value(output);
    if (!knownExtension(target))
        return failWith(u"%1: unknown output extension (use .tarmac or .json)"_s.arg(target));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return failWith(u"%1: already exists; not overwritten"_s.arg(target));
    if (const QString refusal = outputRefusal(target, {}); !refusal.isEmpty())
        return failWith(refusal);
    QString error;
    const Project project = loadTemplate(parser.value(name), &error);
    if (!error.isEmpty())
        return failWith(error);
    error = writeProjectFile(project, target);
    return error.isEmpty() ? Ok : failWith(error);
}

} // namespace

bool isSubcommand(const QString &word)
{
    for (const Command &c : kCommands) {
        if (word == QLatin1StringView(c.name))
            return true;
    }
    return false;
}

QString mainHelp()
{
    QString text = u"Usage: tarmac [FILE] [--lang LANG]\n"
                   "       tarmac COMMAND [OPTIONS]\n\n"
                   "Tarmac sizes ML platforms: lifecycle stages bound to infrastructure, their\n"
                   "requirements, and every place where they do not fit.\n\n"
                   "Commands:\n"_s;
    for (const Command &c : kCommands)
        text += u"  %1 %2\n"_s.arg(QString::fromLatin1(c.name), -13)
                    .arg(QString::fromLatin1(c.summary));
    text += u"\nOptions:\n"
            "  --lang LANG    user-interface language (en, de, fr)\n"
            "  --version      print the version\n"
            "  --help         print this help; tarmac COMMAND --help for a command\n\n"
            "FILE may be a .tarmac project or its .json interchange form.\n"
            "Exit codes: 0 ok, 1 check found errors, 2 unusable input or usage.\n"_s;
    return text;
}

int run(const QStringList &args)
{
    const QString name = args.value(0);
    if (name == u"check")
        return checkOrRequirements(args, true);
    if (name == u"requirements")
        return checkOrRequirements(args, false);
    if (name == u"convert")
        return convert(args);
    if (name == u"templates")
        return listTemplates(args);
    if (name == u"new")
        return newFromTemplate(args);
    if (name == u"import")
        return importInventory(args);
    return exportOrReport(args);
}

} // namespace tarmac::cli
