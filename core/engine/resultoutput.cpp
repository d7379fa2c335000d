#include "resultoutput.h"

#include "model/kindregistry.h"
#include "output/textescape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

// The engine drops what it cannot represent (and says so in a finding); anything infinite that
// still reaches a writer is left out rather than written as null where a number is promised.
bool representable(double v)
{
    return std::isfinite(v);
}

QString csvNumber(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

Dimension requirementDimension(const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (k.contains(u"BytesPerSecond"))
        return Dimension::BytesPerSecond;
    if (k.endsWith(u"Bytes") || k.contains(u"BytesPer"))
        return Dimension::Bytes;
    if (k.contains(u"FlopsPerSecond"))
        return Dimension::FlopsPerSecond;
    if (k.contains(u"Flops"))
        return Dimension::Flops;
    if (k.endsWith(u"Seconds"))
        return Dimension::Seconds;
    if (k.endsWith(u"PerSecond") || k.endsWith(u"PerSecondPerGpu") || k.endsWith(u"PerReplica"))
        return Dimension::PerSecond;
    return Dimension::Count;
}

QString formatRequirement(const char *key, double value, UnitSystem units)
{
    const QString k = QString::fromLatin1(key);
    if (k.endsWith(u"Hours") || k.endsWith(u"HoursPerDay"))
        return QLocale::c().toString(value, 'f', value < 100 ? 1 : 0) + u" h"_s;
    const Dimension d = requirementDimension(key);
    if (k.startsWith(u"network") && d == Dimension::BytesPerSecond)
        return formatBitsPerSecond(value);
    const bool memory =
        k.startsWith(u"memory") || k.startsWith(u"modelState") || k.startsWith(u"gpuMemory");
    return formatQuantity(value, d, memory ? UnitSystem::IEC : units);
}

QJsonObject findingToJson(const Finding &f, const FindingFormatter &words)
{
    QJsonObject o{{u"severity"_s, severityName(f.severity)},
                  {u"code"_s, f.code},
                  {u"message"_s, words.message(f)},
                  {u"hint"_s, words.hint(f)}};
    if (!f.stage.isEmpty())
        o.insert(u"stage"_s, f.stage);
    if (!f.component.isEmpty())
        o.insert(u"component"_s, f.component);
    if (!f.flow.isEmpty())
        o.insert(u"flow"_s, f.flow);
    if (f.monthsUntilFull >= 0)
        o.insert(u"monthsUntilFull"_s, f.monthsUntilFull);
    return o;
}

QJsonObject findingsToJson(const Project &project, const EngineResult &result, UnitSystem units)
{
    const FindingFormatter words(project, units);
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingToJson(f, words));
    return {{u"errors"_s, result.errorCount()},
            {u"warnings"_s, result.warningCount()},
            {u"findings"_s, findings}};
}

QJsonObject requirementsToJson(const Project &project, const EngineResult &result, UnitSystem units)
{
    QJsonArray stages, components, flows, growth;
    for (size_t i = 0; i < project.stages.size(); ++i) {
        QJsonObject req;
        for (const Requirement &r : result.stages[i].requirements) {
            if (representable(r.value))
                req.insert(QString::fromLatin1(r.key), r.value);
        }
        stages.append(QJsonObject{{u"id"_s, project.stages[i].id},
                                  {u"kind"_s, project.stages[i].kind},
                                  {u"requirements"_s, req}});
    }
    for (size_t i = 0; i < project.components.size(); ++i) {
        const ComponentResult &c = result.components[i];
        QJsonObject capacity, demand, utilization;
        for (int r = 0; r < kResourceCount; ++r) {
            if (!representable(c.capacity[size_t(r)]))
                continue;
            const QString key = QString::fromLatin1(resourceKey(Resource(r)));
            capacity.insert(key, c.capacity[size_t(r)]);
            if (representable(c.demand[size_t(r)]))
                demand.insert(key, c.demand[size_t(r)]);
            // Demand on a component with no capacity has no ratio: the finding says so.
            const double u = c.utilization(Resource(r));
            if (representable(u))
                utilization.insert(key, u);
        }
        components.append(QJsonObject{{u"id"_s, project.components[i].id},
                                      {u"kind"_s, project.components[i].kind},
                                      {u"capacity"_s, capacity},
                                      {u"demand"_s, demand},
                                      {u"utilization"_s, utilization}});
        if (!c.monthlyBytes.empty()) {
            QJsonArray monthly;
            for (double b : c.monthlyBytes)
                monthly.append(representable(b) ? b : 0.0);
            growth.append(QJsonObject{
                {u"component"_s, project.components[i].id},
                {u"capacityBytes"_s, !representable(c.physicalCapacityBytes)
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(c.physicalCapacityBytes)},
                {u"monthlyBytes"_s, monthly},
                {u"monthsUntilFull"_s, c.monthsUntilFull >= 0 ? QJsonValue(c.monthsUntilFull)
                                                              : QJsonValue(QJsonValue::Null)}});
        }
    }
    for (size_t i = 0; i < project.flows.size(); ++i) {
        flows.append(QJsonObject{{u"id"_s, project.flows[i].id},
                                 {u"logicalBytes"_s, result.flows[i].logicalBytes},
                                 {u"bytesPerSecond"_s, result.flows[i].bytesPerSecond}});
    }
    const FindingFormatter words(project, units);
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingToJson(f, words));
    return {{u"stages"_s, stages},
            {u"components"_s, components},
            {u"flows"_s, flows},
            {u"growth"_s, growth},
            {u"findings"_s, findings}};
}

QByteArray requirementsToCsv(const Project &project, const EngineResult &result)
{
    QString out = u"section,id,kind,key,value\r\n"_s;
    // Ids and kinds come from the file and are escaped; values are numbers Tarmac formats.
    auto row = [&](const QString &section, const QString &id, const QString &kind,
                   const QString &key, const QString &value) {
        out += section + u',' + csvText(id) + u',' + csvText(kind) + u',' + key + u',' + value +
               u"\r\n"_s;
    };
    for (size_t i = 0; i < project.stages.size(); ++i) {
        for (const Requirement &r : result.stages[i].requirements) {
            if (representable(r.value))
                row(u"stage"_s, project.stages[i].id, project.stages[i].kind,
                    QString::fromLatin1(r.key), csvNumber(r.value));
        }
    }
    for (size_t i = 0; i < project.components.size(); ++i) {
        const ComponentResult &c = result.components[i];
        for (int r = 0; r < kResourceCount; ++r) {
            if (!representable(c.capacity[size_t(r)]) || !representable(c.demand[size_t(r)]))
                continue;
            const QString key = QString::fromLatin1(resourceKey(Resource(r)));
            row(u"capacity"_s, project.components[i].id, project.components[i].kind, key,
                csvNumber(c.capacity[size_t(r)]));
            row(u"demand"_s, project.components[i].id, project.components[i].kind, key,
                csvNumber(c.demand[size_t(r)]));
        }
        if (c.monthsUntilFull >= 0)
            row(u"growth"_s, project.components[i].id, project.components[i].kind,
                u"monthsUntilFull"_s, QString::number(c.monthsUntilFull));
    }
    for (size_t i = 0; i < project.flows.size(); ++i) {
        row(u"flow"_s, project.flows[i].id, u"flow"_s, u"logicalBytes"_s,
            csvNumber(result.flows[i].logicalBytes));
        row(u"flow"_s, project.flows[i].id, u"flow"_s, u"bytesPerSecond"_s,
            csvNumber(result.flows[i].bytesPerSecond));
    }
    return out.toUtf8();
}

namespace {

/// "Storage (storageBytes)": the words people read and the key the file and JSON use.
QString labelled(const char *key)
{
    const QString k = QString::fromLatin1(key);
    const QString label = requirementLabel(k);
    return label == k ? k : label + u" ("_s + k + u')';
}

} // namespace

QByteArray requirementsToText(const Project &project, const EngineResult &result, UnitSystem units)
{
    QString out;
    for (size_t i = 0; i < project.stages.size(); ++i) {
        const Stage &s = project.stages[i];
        out += u"stage %1 (%2)%3\n"_s.arg(terminalText(s.id), s.kind,
                                          s.name.isEmpty() ? QString()
                                                           : u": "_s + terminalText(s.name));
        for (const Requirement &r : result.stages[i].requirements) {
            if (representable(r.value))
                out += u"  %1 %2\n"_s.arg(labelled(r.key), -44)
                           .arg(formatRequirement(r.key, r.value, units));
        }
    }
    for (size_t i = 0; i < project.components.size(); ++i) {
        const Component &c = project.components[i];
        const ComponentResult &cr = result.components[i];
        out += u"component %1 (%2)%3\n"_s.arg(terminalText(c.id), c.kind,
                                              c.name.isEmpty() ? QString()
                                                               : u": "_s + terminalText(c.name));
        for (int r = 0; r < kResourceCount; ++r) {
            if (!representable(cr.capacity[size_t(r)]) || !representable(cr.demand[size_t(r)]))
                continue;
            const char *key = resourceKey(Resource(r));
            const double u = cr.utilization(Resource(r));
            const QString util = std::isnan(u)   ? u"-"_s
                                 : std::isinf(u) ? u"no capacity"_s
                                                 : formatQuantity(u, Dimension::Ratio);
            const Dimension d = requirementDimension(key);
            const UnitSystem sys = Resource(r) == Resource::MemoryBytes ? UnitSystem::IEC : units;
            out += u"  %1 demand %2 of %3 (%4)\n"_s.arg(labelled(key), -36)
                       .arg(formatQuantity(cr.demand[size_t(r)], d, sys),
                            formatQuantity(cr.capacity[size_t(r)], d, sys), util);
        }
        if (cr.monthsUntilFull >= 0)
            out +=
                u"  full in month %1 of %2\n"_s.arg(cr.monthsUntilFull).arg(project.horizonMonths);
    }
    return out.toUtf8();
}

QByteArray findingsToText(const QString &fileLabel, const Project &project,
                          const EngineResult &result, UnitSystem units)
{
    const FindingFormatter words(project, units);
    int info = 0;
    for (const Finding &f : result.findings)
        info += f.severity == Severity::Info;
    QString out = u"%1: %2 error(s), %3 warning(s), %4 info\n"_s.arg(terminalText(fileLabel))
                      .arg(result.errorCount())
                      .arg(result.warningCount())
                      .arg(info);
    // Appended piece by piece: a chain of arg() per finding was a tenth of checking 10,000 stages.
    out.reserve(out.size() + qsizetype(result.findings.size()) * 200);
    for (const Finding &f : result.findings) {
        const QString severity = severityName(f.severity);
        out += severity;
        out += QString(std::max<qsizetype>(1, 8 - severity.size()), u' ');
        out += f.code;
        out += u" ["_s;
        bool first = true;
        for (const QString *id : {&f.stage, &f.component, &f.flow}) {
            if (id->isEmpty())
                continue;
            if (!first)
                out += u'/';
            out += terminalText(*id);
            first = false;
        }
        out += u"] "_s;
        out += terminalText(words.message(f));
        out += u'\n';
        if (!f.hint.isEmpty()) {
            out += u"        hint: "_s;
            out += terminalText(words.hint(f));
            out += u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace tarmac
