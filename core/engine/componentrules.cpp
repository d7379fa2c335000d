// What components give (capacity), how flows charge them, and when they do not fit.

#include "engineinternal.h"
#include "model/kindregistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tarmac::engine {

ParamView::ParamView(const Params &params, const std::vector<ParamSpec> &specs)
    : m_params(params)
    , m_specs(specs)
    , m_names(ParamSchema::namesOf(specs))
{
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const int slot = m_names.value(it.key());
        if (slot < 0) {
            ++m_unknown;
            continue;
        }
        m_given |= uint64_t(1) << slot;
        m_values[size_t(slot)] = &it.value();
    }
}

double ParamView::num(ParamName name) const
{
    const int slot = this->slot(name);
    if (slot < 0)
        return kUnknown; // not a parameter of this kind
    if (const ParamValue *value = given(slot); value && value->type == ParamValue::Type::Number)
        return value->number;
    const ParamSpec &spec = m_specs[size_t(slot)];
    return spec.hasDefault && spec.type == ParamType::Number ? spec.defaultValue : kUnknown;
}

QString ParamView::text(ParamName name) const
{
    const int slot = this->slot(name);
    if (slot < 0)
        return {};
    if (const ParamValue *value = given(slot); value && value->type == ParamValue::Type::Text)
        return value->text;
    return m_specs[size_t(slot)].defaultText;
}

bool ParamView::flag(ParamName name) const
{
    const int slot = this->slot(name);
    if (slot < 0)
        return false;
    if (const ParamValue *value = given(slot))
        return value->number != 0;
    return m_specs[size_t(slot)].defaultText == u"true";
}

namespace {

/// The code as a shared QString: codes are a few dozen literals, and a finding per stage at
/// 100,000 stages would otherwise allocate 100,000 copies of "unbound". Keyed by the literal's
/// address, per thread (the engine may run off the GUI thread), so no lock is taken.
QString internedCode(const char *code)
{
    thread_local std::vector<std::pair<const char *, QString>> codes;
    for (const auto &[literal, text] : codes) {
        if (literal == code)
            return text;
    }
    codes.emplace_back(code, QString::fromLatin1(code));
    return codes.back().second;
}

} // namespace

Finding makeFinding(Severity severity, const char *code, FindingText message, FindingText hint)
{
    Finding f;
    f.severity = severity;
    f.code = internedCode(code);
    f.message = std::move(message);
    f.hint = std::move(hint);
    return f;
}

void reportUnknownParams(const ParamView &view, ItemType owner, const QString &ownerId,
                         std::vector<Finding> *findings)
{
    if (view.unknownCount() == 0)
        return; // nearly every element: the view counted them when it was made
    const std::vector<ParamSpec> &specs = view.specs();
    const IdTable &known = ParamSchema::namesOf(specs);
    const Params &params = view.params();
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        Finding f;
        FindingArg ownerName = say::word(ownerId);
        if (owner == ItemType::Stage) {
            f.stage = ownerId;
            ownerName = say::stage(ownerId);
        } else if (owner == ItemType::Component) {
            f.component = ownerId;
            ownerName = say::component(ownerId);
        } else {
            f.flow = ownerId;
        }
        f.severity = Severity::Warning;
        f.code = u"unknown-parameter"_s;
        f.message = say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                "%1 has a parameter \"%2\" that Tarmac does not "
                                                "know; it is ignored."),
                              {ownerName, say::word(it.key())});
        QStringList names;
        for (const ParamSpec &spec : specs)
            names << spec.name;
        f.hint = say::text(
            QT_TRANSLATE_NOOP("tarmac::Findings", "Check the spelling; known parameters: %1."),
            {say::word(names.join(u", "_s))});
        findings->push_back(std::move(f));
    }
}

double goodput(double linkSpeed, double mtu, bool rdma)
{
    // TCP/IPv4 headers (40 B) inside the MTU; Ethernet framing, preamble and gap (38 B) outside.
    return rdma ? linkSpeed : linkSpeed * (mtu - 40) / (mtu + 38);
}

double usableGpus(const Component &c)
{
    if (c.kind != u"gpu-cluster")
        return 0;
    const ParamView p(c.params, ParamSchema::forComponent(c.kind));
    const double hosts = p.num(u"hosts");
    if (std::isnan(hosts))
        return 0;
    return std::max(0.0, hosts - p.num(u"haHosts")) * p.num(u"gpusPerHost");
}

void ProjectIndex::build(const Project &project)
{
    // Cleared in place, not rebuilt: the per-stage lists keep their memory from the last
    // recompute, so a full recompute at 100,000 stages does not allocate 600,000 small vectors.
    auto clearEach = [](auto &lists, size_t size) {
        lists.resize(size);
        for (auto &list : lists)
            list.clear();
    };
    anyFabricLink = false;
    stageLinks.resize(project.stages.size());
    for (StageLinks &l : stageLinks) {
        for (std::vector<int> *list :
             {&l.compute, &l.reads, &l.writes, &l.online, &l.incoming, &l.outgoing})
            list->clear();
    }
    clearEach(fabricsOf, project.components.size());
    clearEach(linkedToFabric, project.components.size());
    clearEach(stagesOf, project.components.size());
    structuralFindings.clear();
    stages.build(project.stages);
    components.build(project.components);
    flows.build(project.flows);

    // The registry's binding roles, each with the list it fills, and per component the roles
    // its kind serves: asked once per component, not once per binding.
    const QStringList &roles = KindRegistry::roles();
    std::vector<std::vector<int> StageLinks::*> roleList;
    for (const QString &role : roles) {
        roleList.push_back(role == u"compute"  ? &StageLinks::compute
                           : role == u"reads"  ? &StageLinks::reads
                           : role == u"writes" ? &StageLinks::writes
                                               : &StageLinks::online);
    }
    auto roleOf = [&](const QString &word) {
        for (int i = 0; i < int(roles.size()); ++i) {
            if (sameWord(word, roles[int(i)]))
                return i;
        }
        return -1;
    };
    servedRoles.resize(project.components.size());
    for (size_t c = 0; c < project.components.size(); ++c) {
        uint32_t served = 0;
        for (int i = 0; i < int(roles.size()); ++i) {
            if (ParamSchema::roleFits(roles[i], project.components[c].kind))
                served |= 1u << i;
        }
        servedRoles[c] = served;
    }
    for (const Binding &b : project.bindings) {
        const int s = stage(project, b.stage);
        const int c = component(project, b.component);
        if (s < 0 || c < 0)
            continue; // dangling references are refused when a file is read
        const Component &component = project.components[size_t(c)];
        const int role = roleOf(b.role);
        if (role < 0 || !(servedRoles[size_t(c)] >> role & 1)) {
            Finding f = makeFinding(
                Severity::Error, "invalid-binding",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "%1 is bound to %2 as %3, but a %4 cannot serve that "
                                            "role."),
                          {say::stage(b.stage), say::component(b.component), say::word(b.role),
                           say::word(component.kind)}),
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Bind compute to a GPU or CPU cluster, reads/writes to "
                                            "storage, online-store to a key-value store.")));
            f.stage = b.stage;
            f.component = b.component;
            structuralFindings.push_back(std::move(f));
            continue;
        }
        (stageLinks[size_t(s)].*roleList[size_t(role)]).push_back(c);
        stagesOf[size_t(c)].push_back(s);
    }
    for (const Link &l : project.links) {
        const int c = component(project, l.component);
        const int f = component(project, l.fabric);
        if (c < 0 || f < 0)
            continue;
        if (c == f) {
            Finding finding = makeFinding(
                Severity::Error, "self-reference",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings", "%1 is linked to itself."),
                          {say::component(l.component)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Link the component to the fabric it is attached to.")));
            finding.component = l.component;
            structuralFindings.push_back(std::move(finding));
            continue;
        }
        if (project.components[size_t(f)].kind != u"fabric") {
            Finding finding =
                makeFinding(Severity::Error, "invalid-binding",
                            say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                        "%1 is linked to %2, which is not a "
                                                        "network fabric."),
                                      {say::component(l.component), say::component(l.fabric)}),
                            say::text(QT_TRANSLATE_NOOP(
                                "tarmac::Findings", "Link components to fabric components only.")));
            finding.component = l.component;
            structuralFindings.push_back(std::move(finding));
            continue;
        }
        fabricsOf[size_t(c)].push_back(f);
        linkedToFabric[size_t(f)].push_back(c);
        anyFabricLink = true;
    }
    flowEnds.resize(project.stages.size());
    for (size_t s = 0; s < project.stages.size(); ++s) {
        const StageLinks &l = stageLinks[s];
        const QString &kind = project.stages[s].kind;
        FlowEnd &end = flowEnds[s];
        end.firstWrite = l.writes.empty() ? -1 : l.writes.front();
        end.firstRead = l.reads.empty() ? -1 : l.reads.front();
        end.firstCompute = l.compute.empty() ? -1 : l.compute.front();
        end.computesOnOne = l.compute.size() == 1;
        static const QString ingestion = QStringLiteral("ingestion"),
                             monitoring = QStringLiteral("monitoring"),
                             processing = QStringLiteral("processing"),
                             features = QStringLiteral("feature-engineering");
        end.retains = kind == ingestion || kind == monitoring;
        end.chargesRate = end.retains || kind == processing || kind == features;
    }
    // A stage bound twice to one component (reads and writes) is listed once: sort and unique
    // each list instead of searching it on every binding, which was quadratic.
    for (std::vector<int> &list : stagesOf) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    flowFrom.resize(project.flows.size());
    flowTo.resize(project.flows.size());
    for (int i = 0; i < int(project.flows.size()); ++i) {
        const Flow &flow = project.flows[size_t(i)];
        const int from = stage(project, flow.from);
        const int to = stage(project, flow.to);
        flowFrom[size_t(i)] = from;
        flowTo[size_t(i)] = to;
        if (from >= 0 && from == to) {
            Finding finding = makeFinding(
                Severity::Error, "self-reference",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Flow %1 leads from %2 back to %2 itself."),
                          {say::word(flow.id), say::stage(flow.from)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Connect the flow to the stage that consumes the data.")));
            finding.flow = flow.id;
            finding.stage = flow.from;
            structuralFindings.push_back(std::move(finding));
        }
        if (from >= 0)
            stageLinks[size_t(from)].outgoing.push_back(i);
        if (to >= 0)
            stageLinks[size_t(to)].incoming.push_back(i);
    }
}

void computeFlow(const Context &c, int flowIndex, FlowResult &r)
{
    const Flow &flow = c.project.flows[size_t(flowIndex)];
    const ParamView p(flow.params, ParamSchema::forFlow());
    r.logicalBytes = r.bytesPerSecond = 0;
    r.store = -1;
    r.charges.clear();
    r.findings.clear();
    reportUnknownParams(p, ItemType::Flow, flow.id, &r.findings);
    const double size = p.num(u"sizeBytes");
    // Copy-on-write versioning stores only the changed part of each further version.
    const double versionFactor = 1 + (p.num(u"versionsRetained") - 1) * p.num(u"changeFraction");
    r.logicalBytes = size * versionFactor;
    r.bytesPerSecond = size / p.num(u"windowHours");

    const int producer = c.index.flowFrom[size_t(flowIndex)];
    const int consumer = c.index.flowTo[size_t(flowIndex)];
    const QString storeId = p.text(u"store");
    if (!storeId.isEmpty()) {
        r.store = c.index.component(c.project, storeId);
        if (r.store >= 0 &&
            !ParamSchema::isStorageKind(c.project.components[size_t(r.store)].kind)) {
            Finding f = makeFinding(
                Severity::Error, "invalid-binding",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Flow %1 is stored on %2, which is not a storage "
                                            "component."),
                          {say::word(flow.id), say::component(storeId)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Choose a file, block, object or parallel file system as "
                                        "the store.")));
            f.flow = flow.id;
            r.findings.push_back(f);
            r.store = -1;
        }
    } else if (producer >= 0) {
        r.store = c.index.flowEnds[size_t(producer)].firstWrite;
    }
    if (r.store < 0) {
        if (size > 0) {
            Finding f = makeFinding(
                Severity::Warning, "unbound",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "Flow %1 (%2) has no store: neither a store parameter "
                                            "nor a writes binding of its producer."),
                          {say::word(flow.id), say::quantity(size, Dimension::Bytes)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Bind the producing stage to storage in the writes role, "
                                        "or set the flow's store.")));
            f.flow = flow.id;
            r.findings.push_back(f);
        }
        return;
    }
    const double growth = p.num(u"growthBytesPerMonth") * versionFactor;
    // A producer that computes its own write rate (and, for ingestion and monitoring, its own
    // retained bytes) into this very store already charges them: do not count the data twice.
    const ProjectIndex::FlowEnd none;
    const auto &from = producer >= 0 ? c.index.flowEnds[size_t(producer)] : none;
    const bool producerWritesHere = from.firstWrite == r.store; // r.store is set by now
    if (!(producerWritesHere && from.retains))
        r.charges.push_back({r.store, Resource::CapacityBytes, r.logicalBytes, growth});
    if (!(producerWritesHere && from.chargesRate))
        r.charges.push_back({r.store, Resource::WriteBytesPerSecond, r.bytesPerSecond, 0});
    int readSide = r.store;
    if (consumer >= 0 && c.index.flowEnds[size_t(consumer)].firstRead >= 0)
        readSide = c.index.flowEnds[size_t(consumer)].firstRead;
    r.charges.push_back({readSide, Resource::ReadBytesPerSecond, r.bytesPerSecond, 0});

    // Every fabric between the store and the compute of either end carries the dataset once.
    if (!c.index.anyFabricLink)
        return;
    // Each fabric once: its charge is the last one if it is already there.
    const size_t firstFabric = r.charges.size();
    for (int stage : {producer, consumer}) {
        if (stage < 0)
            continue;
        c.index.forEachCompute(stage, [&](int compute) {
            c.index.forEachCommonFabric(
                compute, stage == consumer ? readSide : r.store, [&](int f) {
                    for (size_t i = firstFabric; i < r.charges.size(); ++i) {
                        if (r.charges[i].component == f)
                            return;
                    }
                    r.charges.push_back({f, Resource::NetworkBytesPerSecond, r.bytesPerSecond, 0});
                });
        });
    }
}

ComponentResult componentCapacity(const Context &c, int index, std::vector<Finding> *findings)
{
    const Component &component = c.project.components[size_t(index)];
    const ParamView p(component.params, ParamSchema::forComponent(component.kind));
    ComponentResult r;
    auto set = [&](Resource res, double value) { r.capacity[size_t(res)] = value; };
    auto missing = [&](const QStringList &names) {
        Finding f = makeFinding(
            Severity::Error, "missing-parameter",
            say::text(QT_TRANSLATE_NOOP("tarmac::Findings", "%1 needs %2 to state its capacity."),
                      {say::component(component.id), say::parameters(names)}),
            say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                        "Set %1 in the properties of this component."),
                      {say::parameters(names)}));
        f.component = component.id;
        findings->push_back(f);
    };
    reportUnknownParams(p, ItemType::Component, component.id, findings);
    QStringList absent;
    for (const ParamSpec &spec : ParamSchema::forComponent(component.kind)) {
        if (spec.required && !component.params.contains(spec.name))
            absent << spec.name;
    }
    if (!absent.isEmpty())
        missing(absent);

    const QString &kind = component.kind;
    if (kind == u"gpu-cluster" || kind == u"cpu-cluster") {
        // Without a host count the capacity is unknown, not zero (missing-parameter says so).
        const double hosts = std::isnan(p.num(u"hosts"))
                                 ? kUnknown
                                 : std::max(0.0, p.num(u"hosts") - p.num(u"haHosts"));
        const double overcommit = kind == u"cpu-cluster" ? p.num(u"cpuOvercommit") : 1.0;
        if (kind == u"gpu-cluster") {
            set(Resource::Gpus, hosts * p.num(u"gpusPerHost"));
            const QString gpu = p.text(u"gpu");
            if (const Accelerator *a = c.catalog.accelerator(gpu))
                set(Resource::GpuMemoryBytes, a->memoryBytes);
            if (!gpu.isEmpty() && !c.catalog.accelerator(gpu)) {
                Finding f = makeFinding(
                    Severity::Error, "unknown-catalog-id",
                    say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                "%1 names the accelerator \"%2\", which is not in "
                                                "the catalog."),
                              {say::component(component.id), say::word(gpu)}),
                    say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                "Pick an accelerator from the catalog.")));
                f.component = component.id;
                findings->push_back(f);
            }
        }
        set(Resource::CpuCores, hosts * p.num(u"cpuCoresPerHost") * overcommit);
        set(Resource::MemoryBytes, hosts * p.num(u"memoryPerHost"));
        set(Resource::NetworkBytesPerSecond, hosts * p.num(u"nicPerHost"));
    } else if (ParamSchema::isStorageKind(kind)) {
        double overhead = 1;
        const QString scheme = p.text(u"protection");
        if (!c.catalog.protectionOverhead(scheme, &overhead)) {
            Finding f = makeFinding(
                Severity::Error, "unknown-catalog-id",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "%1 uses the protection scheme \"%2\", which is not in "
                                            "the catalog."),
                          {say::component(component.id), say::word(scheme)}),
                say::text(QT_TRANSLATE_NOOP(
                    "tarmac::Findings", "Pick a scheme from the catalog or write ec-K-M for K+M "
                                        "erasure coding.")));
            f.component = component.id;
            findings->push_back(f);
            overhead = 1;
        }
        const double raw = p.num(u"rawCapacity");
        const double slack = p.num(u"slack");
        set(Resource::CapacityBytes, raw / overhead * (1 - slack));
        r.physicalCapacityBytes = raw * (1 - slack);
        set(Resource::ReadBytesPerSecond, p.num(u"readBandwidth"));
        set(Resource::WriteBytesPerSecond, p.num(u"writeBandwidth"));
    } else if (kind == u"kv-store") {
        set(Resource::MemoryBytes, p.num(u"memory"));
        set(Resource::OpsPerSecond, p.num(u"opsPerSecond"));
    } else if (kind == u"fabric") {
        set(Resource::NetworkBytesPerSecond,
            p.num(u"ports") * goodput(p.num(u"linkSpeed"), p.num(u"mtu"), p.flag(u"rdma")));
    }
    return r;
}

namespace {

const char *codeFor(const Component &c, Resource r)
{
    switch (r) {
    case Resource::Gpus:
        return "gpu-count";
    case Resource::CpuCores:
        return "cpu-cores";
    case Resource::MemoryBytes:
        return c.kind == u"kv-store" ? "kv-memory" : "memory";
    case Resource::NetworkBytesPerSecond:
        return c.kind == u"fabric" ? "network" : "nic";
    case Resource::CapacityBytes:
        return "storage-capacity";
    case Resource::ReadBytesPerSecond:
        return "storage-read";
    case Resource::WriteBytesPerSecond:
        return "storage-write";
    case Resource::OpsPerSecond:
        return "kv-ops";
    case Resource::GpuMemoryBytes:
        return "gpu-memory";
    }
    return "";
}

FindingArg amount(Resource r, double v)
{
    switch (r) {
    case Resource::Gpus:
        return say::counted(v, QT_TRANSLATE_NOOP("tarmac::Findings", "%1 GPUs"));
    case Resource::CpuCores:
        return say::counted(v, QT_TRANSLATE_NOOP("tarmac::Findings", "%1 cores"));
    case Resource::MemoryBytes:
    case Resource::GpuMemoryBytes:
        return say::memory(v);
    case Resource::CapacityBytes:
        return say::quantity(v, Dimension::Bytes);
    case Resource::NetworkBytesPerSecond:
        return say::bits(v);
    case Resource::ReadBytesPerSecond:
    case Resource::WriteBytesPerSecond:
        return say::quantity(v, Dimension::BytesPerSecond);
    case Resource::OpsPerSecond:
        return say::quantity(v, Dimension::PerSecond);
    }
    return {};
}

FindingText hintFor(Resource r)
{
    switch (r) {
    case Resource::Gpus:
        return say::text(QT_TRANSLATE_NOOP(
            "tarmac::Findings", "Add GPU hosts, set a later deadline, or move a stage to "
                                "another cluster."));
    case Resource::CpuCores:
        return say::text(QT_TRANSLATE_NOOP(
            "tarmac::Findings", "Add hosts or cores, widen the processing window, or raise "
                                "throughput per core."));
    case Resource::MemoryBytes:
        return say::text(QT_TRANSLATE_NOOP(
            "tarmac::Findings", "Add memory or hosts, or reduce what is held in memory."));
    case Resource::NetworkBytesPerSecond:
        return say::text(QT_TRANSLATE_NOOP(
            "tarmac::Findings", "Add ports or faster links, enable RDMA or jumbo frames, or "
                                "spread the traffic."));
    case Resource::CapacityBytes:
        return say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                           "Add capacity, keep fewer versions, use copy-on-write "
                                           "versioning, or a leaner protection scheme."));
    case Resource::ReadBytesPerSecond:
        return say::text(QT_TRANSLATE_NOOP(
            "tarmac::Findings", "Add drives or nodes, use faster media, or cache the hot "
                                "data closer to compute."));
    case Resource::WriteBytesPerSecond:
        return say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                           "Add drives or nodes, use faster media, or stagger the "
                                           "writers."));
    case Resource::OpsPerSecond:
        return say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                           "Add shards or replicas to the key-value store."));
    case Resource::GpuMemoryBytes:
        return {};
    }
    return {};
}

} // namespace

void judgeComponent(const Context &c, int index, ComponentResult &r)
{
    const Component &component = c.project.components[size_t(index)];
    const int horizon = std::max(0, c.project.horizonMonths);

    if (ParamSchema::isStorageKind(component.kind)) {
        double overhead = 1;
        c.catalog.protectionOverhead(
            ParamView(component.params, ParamSchema::forComponent(component.kind))
                .text(u"protection"),
            &overhead);
        r.monthlyBytes.resize(size_t(horizon) + 1);
        r.monthsUntilFull = -1;
        for (int m = 0; m <= horizon; ++m) {
            r.monthlyBytes[size_t(m)] =
                overhead * r.demand[int(Resource::CapacityBytes)] + overhead * m * r.growthPerMonth;
            if (r.monthsUntilFull < 0 && !std::isnan(r.physicalCapacityBytes) &&
                r.monthlyBytes[size_t(m)] > r.physicalCapacityBytes)
                r.monthsUntilFull = m;
        }
    }

    for (int i = 0; i < kResourceCount; ++i) {
        const Resource res = Resource(i);
        const double capacity = r.capacity[size_t(i)];
        const double demand = r.demand[size_t(i)];
        // GPU memory is judged per stage (gpu-memory names the stage); the component only shows it.
        if (std::isnan(capacity) || demand <= 0 || res == Resource::GpuMemoryBytes)
            continue;
        const double ratio =
            capacity > 0 ? demand / capacity : std::numeric_limits<double>::infinity();
        // A stage without a GPU count takes every GPU: a full cluster is what it asked for.
        // Only when other demand comes on top is there something to fix, and then the fix is
        // to give the stages counts that share it.
        const bool filled = res == Resource::Gpus && r.fillingGpus > 0;
        if (filled && ratio <= 1)
            continue;
        Finding f;
        if (res == Resource::CapacityBytes && ratio <= 1 && r.monthsUntilFull > 0) {
            f = makeFinding(
                Severity::Warning, "storage-capacity",
                say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                            "%1 holds %2 today of %3 usable and runs out in month "
                                            "%4 of %5."),
                          {say::component(component.id), amount(res, demand), amount(res, capacity),
                           say::whole(r.monthsUntilFull), say::whole(horizon)}),
                hintFor(res));
            f.monthsUntilFull = r.monthsUntilFull;
        } else if (ratio > 0.8) {
            const Severity s = ratio > 1 ? Severity::Error : Severity::Warning;
            // Demand on nothing has no ratio to quote.
            FindingText message =
                capacity > 0
                    ? say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                  "%1 is asked for %2 but gives %3 (%4)."),
                                {say::component(component.id), amount(res, demand),
                                 amount(res, capacity), say::quantity(ratio, Dimension::Ratio)})
                    : say::text(QT_TRANSLATE_NOOP("tarmac::Findings",
                                                  "%1 is asked for %2 but gives none."),
                                {say::component(component.id), amount(res, demand)});
            f = makeFinding(
                s, codeFor(component, res), std::move(message),
                filled ? say::text(QT_TRANSLATE_NOOP(
                             "tarmac::Findings",
                             "A training stage without a GPU count takes every GPU of the "
                             "cluster: set GPU counts so that the stages sharing it fit, or add "
                             "GPU hosts."))
                       : hintFor(res));
            if (res == Resource::CapacityBytes)
                f.monthsUntilFull = r.monthsUntilFull;
        } else {
            continue;
        }
        f.component = component.id;
        r.findings.push_back(std::move(f));
    }
}

} // namespace tarmac::engine
