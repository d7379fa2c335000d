// `tarmac import rvtools`: a project from the vSphere inventory a VI team already has.

#include "catalog/catalog.h"
#include "cli.h"
#include "import/rvtools.h"
#include "storage/projectformat.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::cli {

int importInventory(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    u"Project to create (.tarmac or .json)."_s, u"file"_s);
    const QCommandLineOption gpus(
        u"gpus"_s,
        u"Hosts of this model carry GPUs: MODEL=ACCELERATOR:COUNT, e.g. "
        "\"PowerEdge XE9680=nvidia-h100-sxm:8\" (repeat for each model)."_s,
        u"mapping"_s);
    parser.addOptions({output, gpus});
    if (int code = parse(parser, args, commandNamed(u"import"_s), 2); code >= 0)
        return code;
    const QString source = parser.positionalArguments().at(1);
    if (source != u"rvtools")
        return failWith(u"import: unknown source \"%1\" (expected rvtools)"_s.arg(source));
    if (!parser.isSet(output))
        return failWith(u"import: -o is required (usage: tarmac %1)"_s.arg(
            QString::fromLatin1(commandNamed(u"import"_s).synopsis)));
    const QString target = parser.value(output);
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != u"tarmac" && suffix != u"json")
        return failWith(u"%1: unknown output extension (use .tarmac or .json)"_s.arg(target));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return failWith(u"%1: already exists; not overwritten"_s.arg(target));
    const QString input = parser.positionalArguments().at(2);
    if (const QString refusal = outputRefusal(target, {input}); !refusal.isEmpty())
        return failWith(refusal);
    QList<GpuHostModel> mapping;
    for (const QString &text : parser.values(gpus)) {
        QString error;
        mapping << parseGpuHostModel(text, Catalog::builtin(), &error);
        if (!error.isEmpty())
            return failWith(u"import: --gpus "_s + error);
    }
    const RvToolsImport result =
        importRvTools(readRvToolsExport(input), mapping, Catalog::builtin());
    if (!result.ok())
        return failWith(result.error);
    if (const QString error = writeProjectFile(result.project, target); !error.isEmpty())
        return failWith(error);
    return printOut(u"%1 written from %2.\n"_s.arg(target, input).toUtf8() +
                    importSummary(result).toUtf8());
}

} // namespace tarmac::cli
