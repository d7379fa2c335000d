#pragma once

// Builders and checks shared by the requirements-engine tests (tst_engine_formulas,
// tst_engine_findings, tst_engine_incremental). Parameters are given in base units:
// bytes, bytes/s, seconds (also for *Hours, retentionDays and deadlineHours).

#include "engine/engine.h"
#include "engine/findingformat.h"
#include "engine/result.h"
#include "model/project.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>
#include <vector>

Q_DECLARE_METATYPE(tarmac::ParamValue)
Q_DECLARE_METATYPE(tarmac::Project)

namespace tarmac::testing {

using namespace Qt::Literals::StringLiterals;

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kHour = 3600;
inline constexpr double kDay = 86400;
inline constexpr double kGiB = 1024.0 * 1024 * 1024;
inline constexpr double kMiB = 1024.0 * 1024;

// ---- comparisons -------------------------------------------------------------------------

/// |actual − expected| ≤ tolerance × |expected|; tolerance 0 is exact equality. NaN fails.
inline bool relClose(double actual, double expected, double tolerance)
{
    if (expected == 0)
        return std::fabs(actual) <= tolerance;
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

inline QByteArray closeMessage(const char *what, double actual, double expected, double tolerance)
{
    const double rel = expected == 0 ? actual : (actual - expected) / expected;
    return QByteArray(what) + ": actual " + QByteArray::number(actual, 'g', 17) + ", expected " +
           QByteArray::number(expected, 'g', 17) + " (relative difference " +
           QByteArray::number(rel, 'g', 3) + ", tolerance " +
           QByteArray::number(tolerance, 'g', 3) + ")";
}

// ---- building projects -------------------------------------------------------------------

inline ParamValue number(double value)
{
    return ParamValue::fromNumber(value);
}
inline ParamValue word(const char *text)
{
    return ParamValue::fromText(QString::fromLatin1(text));
}

inline Params params(std::initializer_list<std::pair<const char *, ParamValue>> list)
{
    Params out;
    for (const auto &[name, value] : list)
        out.insert(QString::fromLatin1(name), value);
    return out;
}

/// Sets a numeric parameter unless `value` is NaN (a table's "not set").
inline void setIf(Params &p, const char *name, double value)
{
    if (!std::isnan(value))
        p.insert(QString::fromLatin1(name), number(value));
}

inline Component component(const char *id, const char *kind, Params p)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.kind = QString::fromLatin1(kind);
    c.params = std::move(p);
    return c;
}

inline Component gpuCluster(const char *id, const char *gpu, double hosts, double gpusPerHost = 8,
                            double nicPerHost = kNaN)
{
    Params p = params(
        {{"hosts", number(hosts)}, {"gpu", word(gpu)}, {"gpusPerHost", number(gpusPerHost)}});
    setIf(p, "nicPerHost", nicPerHost);
    return component(id, "gpu-cluster", std::move(p));
}

inline Component cpuCluster(const char *id, double hosts, double coresPerHost, double memoryPerHost)
{
    return component(id, "cpu-cluster",
                     params({{"hosts", number(hosts)},
                             {"cpuCoresPerHost", number(coresPerHost)},
                             {"memoryPerHost", number(memoryPerHost)}}));
}

/// A storage component; slack NaN keeps the kind's default (0.25 block, else 0.10).
inline Component storage(const char *id, const char *kind, double raw, const char *protection,
                         double slack = 0, double read = 1e12, double write = 1e12)
{
    Params p = params({{"rawCapacity", number(raw)},
                       {"protection", word(protection)},
                       {"readBandwidth", number(read)},
                       {"writeBandwidth", number(write)}});
    setIf(p, "slack", slack);
    return component(id, kind, std::move(p));
}

inline Component fabric(const char *id, double linkSpeed, double ports, double mtu = kNaN,
                        bool rdma = false, double latency = kNaN)
{
    Params p = params({{"linkSpeed", number(linkSpeed)}, {"ports", number(ports)}});
    setIf(p, "mtu", mtu);
    if (rdma)
        p.insert(u"rdma"_s, ParamValue::fromBool(true));
    setIf(p, "latency", latency);
    return component(id, "fabric", std::move(p));
}

inline Component kvStore(const char *id, double memory, double ops, double latency = kNaN)
{
    Params p = params({{"memory", number(memory)}, {"opsPerSecond", number(ops)}});
    setIf(p, "latency", latency);
    return component(id, "kv-store", std::move(p));
}

inline Stage stage(const char *id, const char *kind, Params p)
{
    Stage s;
    s.id = QString::fromLatin1(id);
    s.kind = QString::fromLatin1(kind);
    s.params = std::move(p);
    return s;
}

inline Binding bind(const char *stageId, const char *componentId, const char *role)
{
    return {QString::fromLatin1(stageId), QString::fromLatin1(componentId),
            QString::fromLatin1(role)};
}

inline Link linkTo(const char *componentId, const char *fabricId)
{
    return {QString::fromLatin1(componentId), QString::fromLatin1(fabricId)};
}

inline Flow flow(const char *id, const char *from, const char *to, Params p)
{
    Flow f;
    f.id = QString::fromLatin1(id);
    f.from = QString::fromLatin1(from);
    f.to = QString::fromLatin1(to);
    f.params = std::move(p);
    return f;
}

/// One GPU cluster "gpus" (hosts × gpusPerHost of `gpu`) and one stage "s" bound to it in
/// the compute role.
inline Project gpuProject(const QString &stageKind, const Params &stageParams, const QString &gpu,
                          double hosts = 1, double gpusPerHost = 8)
{
    Project p;
    p.name = u"test"_s;
    Component c =
        component("gpus", "gpu-cluster",
                  params({{"hosts", number(hosts)}, {"gpusPerHost", number(gpusPerHost)}}));
    c.params.insert(u"gpu"_s, ParamValue::fromText(gpu));
    p.components.push_back(c);
    Stage s;
    s.id = u"s"_s;
    s.kind = stageKind;
    s.params = stageParams;
    p.stages.push_back(s);
    p.bindings.push_back(bind("s", "gpus", "compute"));
    return p;
}

/// Hosts of 8 GPUs needed for `gpus` GPUs.
inline double hostsFor(double gpus)
{
    return std::max(1.0, std::ceil(gpus / 8));
}

/// A flow "data" from "ingest" to "prep", stored on the file storage "nas" (its store param).
inline Project flowProject(Params flowParams, double raw, const char *protection)
{
    Project p;
    p.components.push_back(storage("nas", "file-storage", raw, protection, 0, 1e12, 1e12));
    p.stages.push_back(stage("ingest", "ingestion", {}));
    p.stages.push_back(stage("prep", "processing", {}));
    flowParams.insert(u"store"_s, ParamValue::fromText(u"nas"_s));
    p.flows.push_back(flow("data", "ingest", "prep", std::move(flowParams)));
    return p;
}

inline Params tokens(double n, double d,
                     std::initializer_list<std::pair<const char *, ParamValue>> more = {})
{
    Params p = params(more);
    p.insert(u"modelParams"_s, number(n));
    p.insert(u"trainingTokens"_s, number(d));
    return p;
}

// ---- reading results ---------------------------------------------------------------------

inline QByteArray describe(const std::vector<Finding> &findings)
{
    QByteArray out = "findings:";
    if (findings.empty())
        out += " none";
    for (const Finding &f : findings) {
        out += "\n  [" + severityName(f.severity).toUtf8() + "] " + f.code.toUtf8() +
               " stage=" + f.stage.toUtf8() + " component=" + f.component.toUtf8() +
               " flow=" + f.flow.toUtf8() + " months=" + QByteArray::number(f.monthsUntilFull) +
               ": " + FindingFormatter(Project(), UnitSystem::SI).message(f).toUtf8();
    }
    return out;
}

} // namespace tarmac::testing

// Inside a test function: relClose, failing with closeMessage.
#define CHECK_CLOSE(what, actual, expected, tolerance)                                             \
    QVERIFY2(tarmac::testing::relClose((actual), (expected), (tolerance)),                         \
             tarmac::testing::closeMessage((what), (actual), (expected), (tolerance)).constData())
