// The writers that put user text into other people's formats: DOT (read back by Graphviz),
// CSV (no formula cells, every row five cells), Markdown (no markup from names) and the text
// output (one line per line). The fuzzer's bytes become names of a small fixed project.

#include "diagram/diagram.h"
#include "engine/engine.h"
#include "engine/resultoutput.h"
#include "output/textescape.h"
#include "storage/jsonformat.h"

#include <QFile>
#include <algorithm>
#include <cstdlib>

using namespace tarmac;

namespace {

// Splits a CSV document into rows of cells (RFC 4180); false if it is malformed.
bool parseCsv(const QString &csv, QList<QStringList> *rows)
{
    QStringList row;
    QString cell;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            if (!cell.isEmpty())
                return false;
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < csv.size() && csv[i + 1] == u'\n') {
            row << cell;
            rows->append(row);
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else {
            cell += c;
        }
    }
    Q_UNUSED(wasQuoted);
    return !quoted && cell.isEmpty() && row.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = input.split(QChar(0));
    // Ids reach the CSV and text output: take one from the input where the reader would accept
    // it (no '|', no control characters, unique).
    QString trainId = parts.value(6);
    const bool idOk = !trainId.isEmpty() && trainId != u"serve" && trainId != u"gpu" &&
                      trainId != u"site" && trainId != u"f" &&
                      std::none_of(trainId.cbegin(), trainId.cend(), [](QChar c) {
                          return c == u'|' || c.category() == QChar::Other_Control;
                      });
    if (!idOk)
        trainId = QStringLiteral("train");
    Project p;
    p.name = parts.value(0);
    p.zones.push_back({QStringLiteral("site"), parts.value(1), QStringLiteral("site"), {}});
    Component gpu{QStringLiteral("gpu"),
                  QStringLiteral("gpu-cluster"),
                  parts.value(2),
                  QStringLiteral("site"),
                  {}};
    gpu.params.insert(QStringLiteral("hosts"), ParamValue::fromNumber(2));
    gpu.params.insert(QStringLiteral("gpu"),
                      ParamValue::fromText(QStringLiteral("nvidia-h100-sxm")));
    p.components.push_back(gpu);
    Stage train{trainId, QStringLiteral("training"), parts.value(3), {}, {}};
    train.params.insert(QStringLiteral("modelParams"), ParamValue::fromNumber(7e9));
    train.params.insert(QStringLiteral("trainingTokens"), ParamValue::fromNumber(1e12));
    p.stages.push_back(train);
    p.stages.push_back(
        {QStringLiteral("serve"), QStringLiteral("serving"), parts.value(4), {}, {}});
    Flow flow{QStringLiteral("f"), trainId, QStringLiteral("serve"), {}};
    flow.params.insert(QStringLiteral("dataset"), ParamValue::fromText(parts.value(5)));
    p.flows.push_back(flow);
    p.bindings.push_back(
        {QStringLiteral("train"), QStringLiteral("gpu"), QStringLiteral("compute")});
    const EngineResult result = computeRequirements(p);

    // DOT: Graphviz reads back what Tarmac wrote (renderDiagram checks it and fails if not).
    DiagramOptions options;
    options.format = DiagramFormat::Dot;
    options.layout = DiagramLayout::Auto;
    for (DiagramView view : {DiagramView::Lifecycle, DiagramView::Mapping}) {
        options.view = view;
        if (!renderDiagram(p, result, options).ok())
            std::abort();
    }

    // CSV: five cells a row; no text cell a spreadsheet would evaluate.
    QList<QStringList> rows;
    if (!parseCsv(QString::fromUtf8(requirementsToCsv(p, result)), &rows))
        std::abort();
    for (const QStringList &row : rows) {
        if (row.size() != 5)
            std::abort();
        for (int i : {1, 2}) {
            const QString &cell = row[i];
            if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                std::abort();
        }
    }

    // Markdown: an escaped name opens no link, image, HTML, cell or line.
    for (const QString &name : parts) {
        const QString md = markdownText(name);
        for (qsizetype i = 0; i < md.size(); ++i) {
            const QChar c = md[i];
            qsizetype backslashes = 0;
            while (backslashes < i && md[i - 1 - backslashes] == u'\\')
                ++backslashes;
            const bool escaped = backslashes % 2 == 1;
            if ((c == u'[' || c == u']' || c == u'<' || c == u'|' || c == u'`') && !escaped)
                std::abort();
            if (c == u'\n' || c == u'\r')
                std::abort();
        }
    }

    // Text output: exactly the lines Tarmac meant, whatever the names hold.
    const QString text = QString::fromUtf8(findingsToText(p.name, p, result));
    const qsizetype lines = text.count(u'\n');
    qsizetype expected = 1;
    for (const Finding &f : result.findings)
        expected += f.hint.isEmpty() ? 1 : 2;
    if (lines != expected)
        std::abort();
    return 0;
}
