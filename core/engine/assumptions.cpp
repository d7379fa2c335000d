#include "assumptions.h"

#include "model/paramschema.h"
#include "model/quantity.h"

using namespace Qt::Literals::StringLiterals;

namespace tarmac {
namespace {

void collect(std::vector<DefaultInForce> &out, const QString &id, const QString &kind,
             const Params &params, const std::vector<ParamSpec> &specs, const QString &mode)
{
    for (const ParamSpec &spec : specs) {
        if (params.contains(spec.name) || !spec.hasDefault)
            continue;
        if (!spec.mode.isEmpty() && spec.mode != mode)
            continue;
        QString value;
        if (spec.type != ParamType::Number)
            value = spec.defaultText;
        else if (spec.plainScale != 1.0)
            value = QString::number(spec.defaultValue / spec.plainScale) + u' ' + spec.plainUnit;
        else
            value = formatQuantity(spec.defaultValue, spec.dimension, UnitSystem::SI);
        out.push_back(
            {id, kind, spec.name, value, QString::fromUtf8(spec.description), spec.assumed});
    }
}

} // namespace

std::vector<DefaultInForce> defaultsInForce(const Project &p)
{
    std::vector<DefaultInForce> out;
    for (const Stage &s : p.stages) {
        QString mode = s.params.value(u"mode"_s).text;
        if (mode.isEmpty())
            mode = ParamSchema::defaultMode(s.kind);
        collect(out, s.id, s.kind, s.params, ParamSchema::forStage(s.kind), mode);
    }
    for (const Component &c : p.components)
        collect(out, c.id, c.kind, c.params, ParamSchema::forComponent(c.kind), {});
    for (const Flow &f : p.flows)
        collect(out, f.id, u"flow"_s, f.params, ParamSchema::forFlow(), {});
    return out;
}

QStringList formulaSources()
{
    return {
        u"Kaplan et al. 2020, \"Scaling Laws for Neural Language Models\", \u00a72.1 and Table 1: training compute 6\u00b7N\u00b7D, inference 2\u00b7N per token"_s,
        u"Rajbhandari et al. 2019, \"ZeRO: Memory Optimizations Toward Training Trillion Parameter Models\", Figure 1: model-state memory per GPU"_s,
        u"NVIDIA nccl-tests, PERFORMANCE.md: ring all-reduce moves 2(n\u22121)/n of the data per GPU"_s,
        u"NVIDIA Technical Blog, \"Mastering LLM Techniques: Inference Optimization\": KV-cache size"_s,
        u"MLCommons storage benchmark, configs/dlio/workload/*_{a100,h100}.yaml and Rules.md: MLPerf Storage profiles"_s,
        u"VMware vSAN 8 Administration guide: RAID-1/5/6 and ESA capacity overheads"_s,
        u"Apache Hadoop HDFS Erasure Coding guide: replication and Reed-Solomon overheads"_s,
        u"Little's law (Little 1961): concurrency = arrival rate \u00d7 service time"_s,
        u"TCP/IPv4 over Ethernet framing: goodput = link speed \u00d7 (MTU \u2212 40) / (MTU + 38)"_s,
    };
}

} // namespace tarmac
