#include "reportcontent.h"

#include "catalog/catalog.h"
#include "charts/chartrender.h"
#include "diagram/diagram.h"
#include "engine/assumptions.h"
#include "engine/keyfigures.h"
#include "engine/resultoutput.h"
#include "model/idindex.h"
#include "model/kindregistry.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
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

QImage rasterise(const QByteArray &svg, int maxWidth)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QSizeF size = renderer.defaultSize();
    if (size.isEmpty())
        return {};
    const qreal scale = std::min(2.0, maxWidth / size.width());
    QImage image((size * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

ReportFigure diagramFigure(const Project &p, const EngineResult &r, DiagramView view,
                           const QString &caption, UnitSystem units)
{
    ReportFigure f;
    f.name = QStringLiteral("diagram-") + diagramViewName(view);
    f.caption = caption;
    DiagramOptions options;
    options.view = view;
    options.format = DiagramFormat::Svg;
    options.units = units;
    const DiagramResult d = renderDiagram(p, r, options);
    if (!d.ok()) {
        f.error = d.error;
        return f;
    }
    f.svg = stripProlog(d.data);
    f.image = rasterise(d.data, 1600);
    options.format = DiagramFormat::Mermaid;
    if (const DiagramResult m = renderDiagram(p, r, options); m.ok())
        f.mermaid = m.data;
    return f;
}

ReportFigure chartFigure(const Project &p, const EngineResult &r, charts::ChartKind kind,
                         const QString &name, const QString &caption)
{
    ReportFigure f;
    f.name = name;
    f.caption = caption;
    const QSize size(900, 480);
    f.svg = stripProlog(charts::renderChartSvg(kind, p, r, size, false));
    f.image = charts::renderChartImage(kind, p, r, size, false);
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
    ReportTable top{{ReportText::tr("Severity"), ReportText::tr("Code"), ReportText::tr("Finding")},
                    {}};
    for (const Finding &f : r.findings) {
        if (f.severity != Severity::Info)
            top.rows.append({severityName(f.severity), f.code, words.message(f)});
    }
    if (!top.rows.isEmpty())
        summary.tables << top;
    sections << summary;

    ReportSection diagrams;
    diagrams.title = ReportText::tr("Diagrams");
    diagrams.figures
        << diagramFigure(p, r, DiagramView::Lifecycle,
                         ReportText::tr("Lifecycle: stages and the data flowing between them"),
                         units)
        << diagramFigure(p, r, DiagramView::Infrastructure,
                         ReportText::tr("Infrastructure: components by zone and their fabrics"),
                         units)
        << diagramFigure(p, r, DiagramView::Mapping,
                         ReportText::tr("Mapping: where the ML work meets the infrastructure"),
                         units);
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
    for (size_t i = 0; i < p.stages.size() && i < r.stages.size(); ++i) {
        const Stage &s = p.stages[i];
        ReportTable t{{ReportText::tr("Stage"), ReportText::tr("Kind"),
                       ReportText::tr("Requirement"), ReportText::tr("Value")},
                      {}};
        for (const Requirement &req : r.stages[i].requirements) {
            if (!std::isnan(req.value))
                t.rows.append({s.name.isEmpty() ? s.id : s.name, KindRegistry::displayName(s.kind),
                               requirementLabel(QString::fromLatin1(req.key)),
                               formatRequirement(req.key, req.value, units)});
        }
        if (t.rows.isEmpty())
            t.rows.append({s.name.isEmpty() ? s.id : s.name, KindRegistry::displayName(s.kind),
                           QStringLiteral("\u2014"),
                           ReportText::tr("not computed (see findings)")});
        stages.tables << t;
    }
    sections << stages;

    ReportSection components;
    components.title = ReportText::tr("Utilisation per component");
    ReportTable util{{ReportText::tr("Component"), ReportText::tr("Kind"),
                      ReportText::tr("Resource"), ReportText::tr("Demand"),
                      ReportText::tr("Capacity"), ReportText::tr("Utilisation")},
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

    ReportSection findings;
    findings.title = ReportText::tr("Findings");
    ReportTable all{{ReportText::tr("Severity"), ReportText::tr("Code"), ReportText::tr("Where"),
                     ReportText::tr("Finding"), ReportText::tr("Hint")},
                    {}};
    for (const Finding &f : r.findings) {
        QStringList where;
        for (const QString &id : {f.stage, f.component, f.flow}) {
            if (!id.isEmpty())
                where << id;
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

    ReportSection defaults;
    defaults.title = ReportText::tr("Defaults and assumptions in force");
    defaults.paragraphs << ReportText::tr(
        "Parameters the project does not set take these defaults. Those marked "
        "\"assumed\" are assumptions, not measurements: replace them with your own "
        "figures where you have them.");
    ReportTable d{{ReportText::tr("Item"), ReportText::tr("Parameter"), ReportText::tr("Value"),
                   ReportText::tr("Kind"), ReportText::tr("Meaning")},
                  {}};
    // Items by name and parameters in words, as the application shows them.
    const IdIndex names(p);
    auto itemName = [&](const QString &id) {
        if (const Stage *s = stageAt(p, names, id))
            return s->name.isEmpty() ? id : s->name;
        if (const Component *c = componentAt(p, names, id))
            return c->name.isEmpty() ? id : c->name;
        return id; // a flow: its id is its name
    };
    for (const DefaultInForce &a : defaultsInForce(p))
        d.rows.append(
            {itemName(a.itemId), parameterLabel(a.param), a.value,
             a.assumed ? ReportText::tr("assumed") : ReportText::tr("default"),
             QCoreApplication::translate("tarmac::Param", a.description.toUtf8().constData())});
    defaults.tables << d;
    defaults.paragraphs << ReportText::tr("Sources of the formulas:");
    ReportTable sources{{ReportText::tr("Source")}, {}};
    for (const QString &s : formulaSources())
        sources.rows.append({s});
    defaults.tables << sources;
    sections << defaults;

    ReportSection catalog;
    catalog.title = ReportText::tr("Catalog entries used");
    ReportTable used{{ReportText::tr("Entry"), ReportText::tr("Figures"), ReportText::tr("Source")},
                     {}};
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
    return sections;
}

} // namespace tarmac
