#include "projectgenerator.h"

#include "model/idindex.h"
#include "model/paramschema.h"

#include <QRandomGenerator>

namespace tarmac::testing {

Project generateProject(quint32 seed, int stageCount, int componentCount, int flowCount)
{
    QRandomGenerator rng(seed);
    Project p;
    p.name = QStringLiteral("Generated <%1> & \"friends\"").arg(seed);
    p.description = QStringLiteral("seed %1").arg(seed);
    p.horizonMonths = 1 + int(rng.bounded(36));
    const int sites = 1 + componentCount / 50;
    for (int i = 0; i < sites; ++i) {
        p.zones.push_back({QStringLiteral("site%1").arg(i),
                           QStringLiteral("Site %1").arg(i),
                           QStringLiteral("site"),
                           {}});
        p.zones.push_back({QStringLiteral("rack%1").arg(i), QStringLiteral("Rack %1").arg(i),
                           QStringLiteral("rack"), QStringLiteral("site%1").arg(i)});
        p.layout.insert(QStringLiteral("site%1").arg(i), {i * 3000.0, 0, 2800, 2000});
    }
    const QStringList kinds = ParamSchema::componentKinds();
    QList<int> byKind[8];
    for (int i = 0; i < componentCount; ++i) {
        const int k = i % kinds.size();
        Component c;
        c.id = QStringLiteral("c%1").arg(i);
        c.kind = kinds[k];
        c.name = QStringLiteral("%1 %2").arg(c.kind).arg(i);
        c.zone = QStringLiteral("site%1").arg(int(rng.bounded(sites)));
        auto num = [&](const char *name, double v, const QString &typed = {}) {
            c.params.insert(QString::fromLatin1(name), ParamValue::fromNumber(v, typed));
        };
        if (k == 0) {
            num("hosts", 4 + rng.bounded(60));
            c.params.insert(QStringLiteral("gpu"),
                            ParamValue::fromText(QStringLiteral("nvidia-h100-sxm")));
            num("gpusPerHost", 8);
            num("nicPerHost", 400e9 / 8, QStringLiteral("400 Gb/s"));
            num("cpuCoresPerHost", 96);
            num("memoryPerHost", 2e12, QStringLiteral("2 TB"));
        } else if (k == 1) {
            num("hosts", 4 + rng.bounded(30));
            num("cpuCoresPerHost", 64);
            num("memoryPerHost", 1024.0 * 1024 * 1024 * 1024, QStringLiteral("1 TiB"));
            num("nicPerHost", 100e9 / 8);
        } else if (k <= 5) {
            num("rawCapacity", double(1 + rng.bounded(500)) * 1e12);
            c.params.insert(
                QStringLiteral("protection"),
                ParamValue::fromText(k == 3 ? QStringLiteral("raid6") : QStringLiteral("ec-6-3")));
            num("readBandwidth", double(1 + rng.bounded(100)) * 1e9);
            // The typed text must say the stored value (same single rng draw as before).
            const int writeGBps = 1 + int(rng.bounded(50));
            num("writeBandwidth", double(writeGBps) * 1e9,
                QStringLiteral("%1 GB/s").arg(writeGBps));
            if (rng.bounded(2))
                c.params[QStringLiteral("writeBandwidth")] =
                    ParamValue::fromNumber(5e9, QStringLiteral("5 GB/s"));
            num("latency", 5e-4, QStringLiteral("0.5 ms"));
        } else if (k == 6) {
            num("memory", double(1 + rng.bounded(4096)) * 1e9);
            num("opsPerSecond", 1e6, QStringLiteral("1M"));
            num("latency", 2e-4);
        } else {
            num("linkSpeed", 100e9 / 8, QStringLiteral("100 Gb/s"));
            num("ports", 32 + rng.bounded(64));
            num("mtu", rng.bounded(2) ? 9000 : 1500);
        }
        byKind[k].append(i);
        p.components.push_back(c);
        p.layout.insert(c.id, {double(rng.bounded(5000)), double(rng.bounded(3000)), 0, 0});
    }
    const QStringList stageKinds = ParamSchema::stageKinds();
    for (int i = 0; i < stageCount; ++i) {
        const QString kind = stageKinds[i % stageKinds.size()];
        Stage s;
        s.id = QStringLiteral("s%1").arg(i);
        s.kind = kind;
        s.name = QStringLiteral("%1 %2").arg(kind).arg(i);
        s.persona = ParamSchema::personas()[int(rng.bounded(ParamSchema::personas().size()))];
        auto num = [&](const char *name, double v, const QString &typed = {}) {
            s.params.insert(QString::fromLatin1(name), ParamValue::fromNumber(v, typed));
        };
        if (kind == u"ingestion" || kind == u"monitoring") {
            num("dailyBytes", double(1 + rng.bounded(100)) * 1e9);
        } else if (kind == u"processing" || kind == u"feature-engineering") {
            num("windowHours", 12 * 3600.0, QStringLiteral("12"));
            if (kind == u"feature-engineering") {
                num("entities", 1e6 * (1 + rng.bounded(100)));
                num("featuresPerEntity", 50);
                num("lookupsPerSecond", 1e4);
            }
        } else if (kind == u"training") {
            num("modelParams", 7e9, QStringLiteral("7B"));
            num("trainingTokens", 1e12, QStringLiteral("1T"));
            num("zeroStage", double(rng.bounded(4)));
        } else if (kind == u"validation") {
            num("modelParams", 7e9);
            num("evalTokens", 1e8);
        } else {
            num("modelParams", 7e9);
            num("layers", 32);
            num("kvHeads", 8);
            num("headDim", 128);
            num("requestsPerSecond", double(1 + rng.bounded(50)));
        }
        p.stages.push_back(s);
        p.layout.insert(s.id, {double(rng.bounded(5000)), double(rng.bounded(3000)), 0, 0});
        auto bind = [&](int k, const char *role) {
            if (!byKind[k].isEmpty())
                p.bindings.push_back(
                    {s.id, QStringLiteral("c%1").arg(byKind[k][int(rng.bounded(byKind[k].size()))]),
                     QString::fromLatin1(role)});
        };
        const bool gpu = kind == u"training" || kind == u"validation" || kind == u"serving";
        bind(gpu ? 0 : 1, "compute");
        bind(2 + int(rng.bounded(4)), "reads");
        bind(2 + int(rng.bounded(4)), "writes");
        if (kind == u"feature-engineering")
            bind(6, "online-store");
    }
    for (int f = 0; f < flowCount && stageCount > 1; ++f) {
        const int from = int(rng.bounded(stageCount - 1));
        const int to = from + 1 + int(rng.bounded(std::min(5, stageCount - from - 1)));
        Flow flow;
        flow.id = QStringLiteral("f%1").arg(f);
        flow.from = QStringLiteral("s%1").arg(from);
        flow.to = QStringLiteral("s%1").arg(to);
        flow.params.insert(QStringLiteral("sizeBytes"),
                           ParamValue::fromNumber(double(1 + rng.bounded(1000)) * 1e9));
        flow.params.insert(QStringLiteral("versionsRetained"),
                           ParamValue::fromNumber(1 + rng.bounded(10)));
        flow.params.insert(QStringLiteral("changeFraction"), ParamValue::fromNumber(0.1));
        flow.params.insert(QStringLiteral("growthBytesPerMonth"),
                           ParamValue::fromNumber(1e10, QStringLiteral("10 GB")));
        p.flows.push_back(flow);
    }
    for (int i : byKind[7]) {
        for (int k = 0; k < 7; ++k) {
            for (int c : byKind[k]) {
                if (c % byKind[7].size() == i % byKind[7].size())
                    p.links.push_back({QStringLiteral("c%1").arg(c), QStringLiteral("c%1").arg(i)});
            }
        }
    }
    // As a reader or the document hands a project over: references share their ids.
    internReferences(p, IdIndex(p));
    return p;
}

ItemBatch pasteBatch(const Project &project, int count, bool withFlows)
{
    ItemBatch batch;
    for (int i = 0; i < count; ++i) {
        Stage s;
        s.id = QStringLiteral("pasted%1").arg(i);
        s.kind = QStringLiteral("processing");
        s.name = s.id;
        batch.stages.push_back({int(project.stages.size()) + i, s});
        if (withFlows && i > 0) {
            Flow f{QStringLiteral("pasted-flow%1").arg(i),
                   QStringLiteral("pasted%1").arg(i - 1),
                   s.id,
                   {}};
            batch.flows.push_back({int(project.flows.size()) + i - 1, f});
        }
        batch.layout.insert(s.id, {double(40 * (i % 40)), double(3000 + 40 * (i / 40)), 0, 0});
    }
    return batch;
}

} // namespace tarmac::testing
