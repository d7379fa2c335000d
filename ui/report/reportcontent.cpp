#include "reportcontent.h"

#include "catalog/catalog.h"
#include "charts/chartrender.h"
#include "diagram/diagram.h"
#include "engine/assumptions.h"
#include "engine/keyfigures.h"
#include "engine/resultoutput.h"
#include "model/idindex.h"
#include "model/kindregistry.h"
#include "model/notes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <cmath>

namespace tarmac {
namespace {

// A translation context lupdate can see (a free ReportText::tr() would be filed under the wrong
// one).
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Report)
};

QByteArray stripProlog(const QByteArray &svg)
{
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? svg : svg.mid(start);
}

// The root element's width and height in points, from their units (Graphviz writes "pt",
// QSvgGenerator "mm"; a bare number is CSS pixels, 96 to the inch).
QSizeF svgSizeInPoints(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        auto points = [&](QLatin1StringView name) {
            static const QRegularExpression length(
                QStringLiteral("^\\s*([0-9.]+)\\s*(pt|px|mm|cm|in)?\\s*$"));
            const QRegularExpressionMatch m = length.match(xml.attributes().value(name).toString());
            if (!m.hasMatch())
                return 0.0;
            const double value = m.captured(1).toDouble();
            const QString unit = m.captured(2);
            return unit == u"pt"   ? value
                   : unit == u"mm" ? value * 72 / 25.4
                   : unit == u"cm" ? value * 72 / 2.54
                   : unit == u"in" ? value * 72
                                   : value * 0.75;
        };
        const QSizeF size(points(QLatin1StringView("width")), points(QLatin1StringView("height")));
        if (!size.isEmpty())
            return size;
        break;
    }
    // No usable width and height: Qt's own reading of the view box, in pixels.
    return QSizeF(QSvgRenderer(svg).defaultSize()) * 0.75;
}

ReportFigure diagramFigure(const Project &p, const EngineResult &r, DiagramView view,
                           const QString &caption, UnitSystem units, const QString &zone = {})
{
    ReportFigure f;
    f.name = QStringLiteral("diagram-") + diagramViewName(view) +
             (zone.isEmpty() ? QString() : QStringLiteral("-") + zone);
    f.caption = caption;
    DiagramOptions options;
    options.view = view;
    options.format = DiagramFormat::Svg;
    options.units = units;
    options.zone = zone;
    // Laid out for the page, not copied from the canvas: a canvas arranged on a wide screen
    // printed at page width makes every name unreadable.
    options.layout = DiagramLayout::Page;
    const DiagramResult d = renderDiagram(p, r, options);
    if (!d.ok()) {
        f.error = d.error;
        return f;
    }
    f.svg = stripProlog(d.data);
    f.size = svgSizeInPoints(f.svg);
    options.format = DiagramFormat::Mermaid;
    if (const DiagramResult m = renderDiagram(p, r, options); m.ok())
        f.mermaid = m.data;
    return f;
}

/// Below this, a diagram's 10-point card text prints under 6 points: split it.
constexpr double kLegibleScale = 0.6;

/// How much a figure must shrink to fit the text column and a page's height.
double fitScale(const ReportFigure &f)
{
    if (f.size.isEmpty())
        return 1;
    return std::min({1.0, kReportColumnPoints / f.size.width(), 740 / f.size.height()});
}

ReportFigure chartFigure(const Project &p, const EngineResult &r, charts::ChartKind kind,
                         const QString &name, const QString &caption)
{
    ReportFigure f;
    f.name = name;
    f.caption = caption;
    // As wide as the text column (96 pixels to 72 points), as tall as every label needs.
    const int width = int(kReportColumnPoints * 96 / 72);
    f.svg = stripProlog(charts::renderChartSvg(kind, p, r, QSize(width, 0), false));
    f.size = svgSizeInPoints(f.svg);
    return f;
}

QString percent(double ratio)
{
    if (std::isnan(ratio))
        return QStringLiteral("\u2014");
    if (std::isinf(ratio))
        return QStringLiteral("\u221e");
    return QString::number(ratio * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QList<ReportSection> buildReportContent(const Project &p, const EngineResult &r, UnitSystem units)
{
    const FindingFormatter words(p, units);
    QList<ReportSection> sections;

    ReportSection summary;
    summary.title = ReportText::tr("Summary");
    if (!p.description.isEmpty())
        summary.paragraphs << p.description;
    summary.paragraphs << ReportText::tr("%1 lifecycle stages, %2 infrastructure components, %3 "
                                         "data flows, horizon %4 months.")
                              .arg(p.stages.size())
                              .arg(p.components.size())
                              .arg(p.flows.size())
                              .arg(p.horizonMonths);
    summary.paragraphs << ReportText::tr("The engine reports %1 error(s) and %2 warning(s).")
                              .arg(r.errorCount())
                              .arg(r.warningCount());
    ReportTable top{
        {ReportText::tr("Severity"), ReportText::tr("Code"), ReportText::tr("Finding")}, {}, {}};
    for (const Finding &f : r.findings) {
        if (f.severity != Severity::Info)
            top.rows.append({severityName(f.severity), f.code, words.message(f)});
    }
    if (!top.rows.isEmpty())
        summary.tables << top;
    sections << summary;

    ReportSection diagrams;
    diagrams.title = ReportText::tr("Diagrams");
    const QStringList parts = diagramParts(p);
    const IdIndex index(p);
    struct ViewCaption {
        DiagramView view;
        QString caption;
    };
    for (const auto &[view, caption] :
         {ViewCaption{DiagramView::Lifecycle,
                      ReportText::tr("Lifecycle: stages and the data flowing between them")},
          ViewCaption{DiagramView::Infrastructure,
                      ReportText::tr("Infrastructure: components by zone and their fabrics")},
          ViewCaption{DiagramView::Mapping,
                      ReportText::tr("Mapping: where the ML work meets the infrastructure")}}) {
        ReportFigure whole = diagramFigure(p, r, view, caption, units);
        // Too large to read at page size: the whole as an overview, then one figure per site
        // (or per rack of a one-site platform), each at a size its names can be read at.
        const bool split = view != DiagramView::Lifecycle && !parts.isEmpty() &&
                           whole.error.isEmpty() && fitScale(whole) < kLegibleScale;
        if (split)
            whole.caption = ReportText::tr("%1 (overview; each zone follows)").arg(caption);
        diagrams.figures << whole;
        if (!split)
            continue;
        for (const QString &zone : parts) {
            const Zone *z = zoneAt(p, index, zone);
            const QString zoneName = z && !z->name.isEmpty() ? z->name : zone;
            diagrams.figures << diagramFigure(
                p, r, view,
                view == DiagramView::Infrastructure
                    ? ReportText::tr("Infrastructure in %1").arg(zoneName)
                    : ReportText::tr("Mapping: the work on what %1 holds").arg(zoneName),
                units, zone);
        }
    }
    sections << diagrams;

    ReportSection chartSection;
    chartSection.title = ReportText::tr("Charts");
    chartSection.figures
        << chartFigure(p, r, charts::ChartKind::Utilization, QStringLiteral("chart-utilization"),
                       ReportText::tr("Demand against capacity per component"))
        << chartFigure(
               p, r, charts::ChartKind::Growth, QStringLiteral("chart-growth"),
               ReportText::tr("Storage growth over the horizon (physical bytes after protection)"))
        << chartFigure(p, r, charts::ChartKind::StageNeeds, QStringLiteral("chart-stage-needs"),
                       ReportText::tr("What each stage needs"))
        << chartFigure(p, r, charts::ChartKind::Bandwidth, QStringLiteral("chart-bandwidth"),
                       ReportText::tr("Bandwidth per flow and per fabric"));
    sections << chartSection;

    ReportSection stages;
    stages.title = ReportText::tr("Requirements per stage");
    ReportTable needs{{ReportText::tr("Stage"), ReportText::tr("Kind"),
                       ReportText::tr("Requirement"), ReportText::tr("Value")},
                      {},
                      {}};
    for (size_t i = 0; i < p.stages.size() && i < r.stages.size(); ++i) {
        const Stage &s = p.stages[i];
        const QString name = s.name.isEmpty() ? s.id : s.name;
        bool any = false;
        for (const Requirement &req : r.stages[i].requirements) {
            if (std::isnan(req.value))
                continue;
            // The stage's name and kind once, on its first row: the table reads as groups.
            needs.rows.append({any ? QString() : name,
                               any ? QString() : KindRegistry::displayName(s.kind),
                               requirementLabel(QString::fromLatin1(req.key)),
                               formatRequirement(req.key, req.value, units)});
            any = true;
        }
        if (!any)
            needs.rows.append({name, KindRegistry::displayName(s.kind), QStringLiteral("\u2014"),
                               ReportText::tr("not computed (see findings)")});
    }
    stages.tables << needs;
    sections << stages;

    ReportSection components;
    components.title = ReportText::tr("Utilisation per component");
    ReportTable util{{ReportText::tr("Component"), ReportText::tr("Kind"),
                      ReportText::tr("Resource"), ReportText::tr("Demand"),
                      ReportText::tr("Capacity"), ReportText::tr("Utilisation")},
                     {},
                     {}};
    for (size_t i = 0; i < p.components.size() && i < r.components.size(); ++i) {
        const Component &c = p.components[i];
        const ComponentResult &cr = r.components[i];
        for (int k = 0; k < kResourceCount; ++k) {
            if (std::isnan(cr.capacity[size_t(k)]))
                continue;
            const char *key = resourceKey(Resource(k));
            util.rows.append({c.name.isEmpty() ? c.id : c.name, KindRegistry::displayName(c.kind),
                              requirementLabel(QString::fromLatin1(key)),
                              formatRequirement(key, cr.demand[size_t(k)], units),
                              formatRequirement(key, cr.capacity[size_t(k)], units),
                              percent(cr.utilization(Resource(k)))});
        }
        if (cr.monthsUntilFull >= 0)
            components.paragraphs << ReportText::tr("%1 fills in month %2 of %3.")
                                         .arg(c.name.isEmpty() ? c.id : c.name)
                                         .arg(cr.monthsUntilFull)
                                         .arg(p.horizonMonths);
    }
    components.tables << util;
    sections << components;

    // Items by name and parameters in words, as the application shows them.
    auto itemName = [&](const QString &id) {
        if (const Stage *s = stageAt(p, index, id))
            return s->name.isEmpty() ? id : s->name;
        if (const Component *c = componentAt(p, index, id))
            return c->name.isEmpty() ? id : c->name;
        return id; // a flow: its id is its name
    };
    ReportSection findings;
    findings.title = ReportText::tr("Findings");
    ReportTable all{{ReportText::tr("Severity"), ReportText::tr("Code"), ReportText::tr("Where"),
                     ReportText::tr("Finding"), ReportText::tr("Hint")},
                    {},
                    {}};
    for (const Finding &f : r.findings) {
        QStringList where;
        for (const QString &id : {f.stage, f.component, f.flow}) {
            if (!id.isEmpty())
                where << itemName(id);
        }
        all.rows.append({severityName(f.severity), f.code, where.join(QStringLiteral(" / ")),
                         words.message(f), words.hint(f)});
    }
    if (all.rows.isEmpty())
        findings.paragraphs << ReportText::tr(
            "No findings: every demand fits its capacity with headroom.");
    else
        findings.tables << all;
    sections << findings;

    // What the room decided, each note beside the findings on what it is about: the answer
    // next to the question.
    ReportSection decisions;
    decisions.title = ReportText::tr("Decisions");
    ReportTable noted{{ReportText::tr("On"), ReportText::tr("Decision"), ReportText::tr("Author"),
                       ReportText::tr("When"), ReportText::tr("Findings on it")},
                      {},
                      {}};
    // The findings on each element (key: its id; the project's under an empty key), bucketed
    // once only when there are notes: a note asks for its own, not a walk over all of them.
    QHash<QString, QList<int>> findingsOn;
    if (!p.notes.empty()) {
        for (int i = 0; i < int(r.findings.size()); ++i) {
            const Finding &f = r.findings[size_t(i)];
            if (f.stage.isEmpty() && f.component.isEmpty() && f.flow.isEmpty())
                findingsOn[QString()] << i;
            for (const QString *id : {&f.stage, &f.component, &f.flow}) {
                if (!id->isEmpty())
                    findingsOn[*id] << i;
            }
        }
    }
    for (const Note &n : p.notes) {
        QStringList answered;
        for (int i : findingsOn.value(n.target)) {
            const Finding &f = r.findings[size_t(i)];
            answered << severityName(f.severity) + QStringLiteral(" ") + f.code +
                            QStringLiteral(": ") + words.message(f);
        }
        // In UTC: a design document is read in more than one time zone.
        const QDateTime when = QDateTime::fromString(n.created, Qt::ISODate);
        noted.rows.append(
            {noteTargetName(p, index, n.target), n.text, n.author,
             when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                  QStringLiteral(" UTC")
                            : n.created,
             answered.isEmpty() ? ReportText::tr("none") : answered.join(QStringLiteral("; "))});
    }
    if (noted.rows.isEmpty())
        decisions.paragraphs << ReportText::tr("No decisions were recorded in this project.");
    else
        decisions.tables << noted;
    sections << decisions;

    ReportSection defaults;
    defaults.title = ReportText::tr("Defaults and assumptions in force");
    defaults.paragraphs << ReportText::tr(
        "Parameters the project does not set take these defaults. Those marked "
        "\"assumed\" are assumptions, not measurements: replace them with your own "
        "figures where you have them.");
    ReportTable d{{ReportText::tr("Item"), ReportText::tr("Parameter"), ReportText::tr("Value"),
                   ReportText::tr("Kind"), ReportText::tr("Meaning")},
                  {},
                  {}};
    for (const DefaultInForce &a : defaultsInForce(p))
        d.rows.append(
            {itemName(a.itemId), parameterLabel(a.param), a.value,
             a.assumed ? ReportText::tr("assumed") : ReportText::tr("default"),
             QCoreApplication::translate("tarmac::Param", a.description.toUtf8().constData())});
    defaults.tables << d;
    ReportTable sources{{ReportText::tr("Source")}, {}, ReportText::tr("Sources of the formulas:")};
    for (const QString &s : formulaSources())
        sources.rows.append({s});
    defaults.tables << sources;
    sections << defaults;

    ReportSection catalog;
    catalog.title = ReportText::tr("Catalog entries used");
    ReportTable used{
        {ReportText::tr("Entry"), ReportText::tr("Figures"), ReportText::tr("Source")}, {}, {}};
    QSet<QString> seen;
    const Catalog &cat = Catalog::builtin();
    for (const Component &c : p.components) {
        const QString gpu = c.params.value(QStringLiteral("gpu")).text;
        if (const Accelerator *a = cat.accelerator(gpu); a && !seen.contains(gpu)) {
            seen.insert(gpu);
            used.rows.append(
                {a->name + QStringLiteral(" (") + a->id + u')',
                 ReportText::tr("BF16 %1, memory %2, bandwidth %3")
                     .arg(
                         formatQuantity(a->peak(QStringLiteral("bf16")), Dimension::FlopsPerSecond),
                         formatQuantity(a->memoryBytes, Dimension::Bytes, UnitSystem::IEC),
                         formatQuantity(a->memoryBandwidth, Dimension::BytesPerSecond)),
                 a->source.text + (a->source.datasheet ? ReportText::tr(" (datasheet)")
                                                       : ReportText::tr(" (secondary source)"))});
        }
        const QString protection = c.params.value(QStringLiteral("protection")).text;
        if (const ProtectionScheme *s = cat.protection(protection);
            s && !seen.contains(protection)) {
            seen.insert(protection);
            used.rows.append({s->name + QStringLiteral(" (") + s->id + u')',
                              ReportText::tr("raw : usable = %1").arg(s->overhead, 0, 'g', 4),
                              s->source.text});
        }
    }
    for (const Stage &s : p.stages) {
        const QString workload = s.params.value(QStringLiteral("workload")).text;
        if (const StorageProfile *prof = cat.profile(workload); prof && !seen.contains(workload)) {
            seen.insert(workload);
            used.rows.append({prof->name,
                              ReportText::tr("sample %1, batch %2")
                                  .arg(formatQuantity(prof->sampleBytes, Dimension::Bytes))
                                  .arg(prof->batch),
                              prof->source.text});
        }
    }
    if (used.rows.isEmpty())
        catalog.paragraphs << ReportText::tr("No catalog entries are referenced.");
    else
        catalog.tables << used;
    sections << catalog;
    // A project with nothing in it yet: a sentence, not empty axes over a page.
    if (p.stages.empty() && p.components.empty()) {
        for (ReportSection &section : sections) {
            if (!section.figures.isEmpty()) {
                section.figures.clear();
                section.paragraphs << ReportText::tr(
                    "Nothing to draw yet: the project has no stages and no components.");
            }
        }
    }
    return sections;
}

} // namespace tarmac
