#include "rvtools.h"

#include "catalog/catalog.h"
#include "model/quantity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace tarmac {
namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(tarmac::Import)
};

constexpr double kMiB = 1024.0 * 1024.0;
constexpr qint64 kMaxInputBytes = 512ll * 1024 * 1024;

// Header spellings across RVTools versions, matched without case or spaces: 3.x wrote "MB"
// for what 4.x calls "MiB" (both 2^20 bytes, converted from the vSphere API's bytes), and
// `-DBColumnNames` exports use database names (vHostNumCpuCores for "# Cores").
const QStringList kHostName{QStringLiteral("Host"), QStringLiteral("vHostName")};
const QStringList kDatacenter{QStringLiteral("Datacenter"), QStringLiteral("vHostDatacenter")};
const QStringList kCluster{QStringLiteral("Cluster"), QStringLiteral("vHostCluster")};
const QStringList kCores{QStringLiteral("# Cores"), QStringLiteral("vHostNumCpuCores")};
const QStringList kMemory{QStringLiteral("# Memory"), QStringLiteral("vHostMemorySize")};
const QStringList kModel{QStringLiteral("Model"), QStringLiteral("vHostModel")};
const QStringList kVendor{QStringLiteral("Vendor"), QStringLiteral("vHostVendor")};
const QStringList kClusterName{QStringLiteral("Name"), QStringLiteral("vClusterName")};
const QStringList kHaEnabled{QStringLiteral("HA enabled")};
const QStringList kFailoverLevel{QStringLiteral("Failover Level")};
const QStringList kDatastoreName{QStringLiteral("Name"), QStringLiteral("vDatastoreName")};
const QStringList kDatastoreType{QStringLiteral("Type"), QStringLiteral("vDatastoreType")};
const QStringList kCapacity{QStringLiteral("Capacity MiB"), QStringLiteral("Capacity MB"),
                            QStringLiteral("vDatastoreCapacity")};
const QStringList kInUse{QStringLiteral("In Use MiB"), QStringLiteral("In Use MB"),
                         QStringLiteral("vDatastoreInUse")};
const QStringList kHostCount{QStringLiteral("# Hosts")};
const QStringList kHostList{QStringLiteral("Hosts"), QStringLiteral("vDatastoreHosts")};

// Servers whose model name says they carry GPUs, with the usual configuration. A suggestion
// only: the import asks the user to confirm each one.
struct KnownGpuServer {
    const char *model; // as vSphere reports it, compared case-insensitively
    const char *accelerator;
    int gpus;
};
const KnownGpuServer kKnownGpuServers[] = {
    {"PowerEdge XE9680", "nvidia-h100-sxm", 8}, // Dell: 8 x SXM5 on HGX H100/H200
    {"PowerEdge XE8640", "nvidia-h100-sxm", 4}, // Dell: 4 x SXM5
    {"PowerEdge R760xa", "nvidia-l40s", 4},     // Dell: up to 4 double-wide PCIe
    {"PowerEdge XR7620", "nvidia-l4", 2},       // Dell edge: 2 x single-wide
    {"ProLiant XD670", "nvidia-h100-sxm", 8},   // HPE Cray XD670: HGX 8-GPU
    {"ProLiant DL380a Gen11", "nvidia-l40s", 4},
    {"DGX H100", "nvidia-h100-sxm", 8},
    {"DGX A100", "nvidia-a100-80gb", 8},
    {"SYS-821GE-TNHR", "nvidia-h100-sxm", 8}, // Supermicro HGX H100 8-GPU
    {"ThinkSystem SR675 V3", "nvidia-l40s", 8},
    {"ThinkSystem SR680a V3", "nvidia-h100-sxm", 8},
};

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("item") : out.left(48);
}

class IdMaker {
public:
    QString make(const QString &prefix, const QString &name)
    {
        const QString base = prefix + u'-' + slug(name);
        QString id = base;
        for (int n = 2; m_used.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_used.insert(id);
        return id;
    }

private:
    QSet<QString> m_used;
};

QString cell(const TextTable &, const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
}

bool truthy(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"true" || t == u"yes" || t == u"1" || t == u"ja" || t == u"oui";
}

const KnownGpuServer *knownServer(const QString &model)
{
    for (const KnownGpuServer &k : kKnownGpuServers) {
        if (model.compare(QLatin1StringView(k.model), Qt::CaseInsensitive) == 0)
            return &k;
    }
    return nullptr;
}

TextTable readCsvFile(const QString &path, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = ImportText::tr("%1: not a regular file").arg(path);
        return {};
    }
    if (info.size() > kMaxInputBytes) {
        *error = ImportText::tr("%1: larger than 512 MiB; not an RVTools tab").arg(path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportText::tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return {};
    }
    return parseCsv(file.readAll(), info.fileName(), error);
}

// The CSV of one tab in a folder: RVTools names them RVTools_tabvHost.csv; a renamed
// "vHost.csv" is accepted too.
QString findTabFile(const QDir &folder, const QString &tab)
{
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QString lower = name.toLower();
        if (!lower.endsWith(u".csv"))
            continue;
        const QString stem = lower.chopped(4);
        if (stem == tab.toLower() || stem.endsWith(QStringLiteral("tab") + tab.toLower()) ||
            stem.endsWith(u'_' + tab.toLower()))
            return folder.filePath(name);
    }
    return {};
}

} // namespace

RvToolsInventory readRvToolsExport(const QString &path)
{
    RvToolsInventory inv;
    inv.source = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists()) {
        inv.error = ImportText::tr("%1: no such file or folder").arg(path);
        return inv;
    }
    const QStringList tabs{QStringLiteral("vHost"), QStringLiteral("vCluster"),
                           QStringLiteral("vDatastore")};
    // RVTools 4 names the sheets vHost …; 3.x wrote tabvHost, some tools RVTools_tabvHost.
    QStringList sheetNames;
    for (const QString &tab : tabs)
        sheetNames << tab << QStringLiteral("tab") + tab << QStringLiteral("RVTools_tab") + tab;
    if (info.isFile() && info.suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0) {
        if (info.size() > kMaxInputBytes) {
            inv.error = ImportText::tr("%1: larger than 512 MiB; not an RVTools export").arg(path);
            return inv;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            inv.error = ImportText::tr("%1: cannot be read (%2)").arg(path, file.errorString());
            return inv;
        }
        const QList<TextTable> sheets =
            readXlsxSheets(file.readAll(), info.fileName(), sheetNames, &inv.error);
        if (!inv.error.isEmpty())
            return inv;
        for (const TextTable &t : sheets) {
            if (t.sheet.endsWith(u"vHost", Qt::CaseInsensitive)) {
                inv.hosts = t;
            } else if (t.sheet.endsWith(u"vCluster", Qt::CaseInsensitive)) {
                inv.clusters = t;
                inv.hasClusters = true;
            } else {
                inv.datastores = t;
                inv.hasDatastores = true;
            }
        }
        if (inv.hosts.headers.isEmpty())
            inv.error = ImportText::tr("%1: has no vHost sheet, so it is not an RVTools export "
                                       "(RVTools writes vInfo, vHost, vCluster, vDatastore …)")
                            .arg(path);
        return inv;
    }
    QDir folder = info.isDir() ? QDir(path) : info.absoluteDir();
    if (info.isFile() && info.suffix().compare(u"csv", Qt::CaseInsensitive) != 0) {
        inv.error = ImportText::tr("%1: not an RVTools export (give the .xlsx workbook, or the "
                                   "folder of its CSV files)")
                        .arg(path);
        return inv;
    }
    const QString hostFile = findTabFile(folder, tabs[0]);
    if (hostFile.isEmpty()) {
        inv.error = ImportText::tr("%1: no vHost tab found (RVTools names it "
                                   "RVTools_tabvHost.csv); it is the one Tarmac needs")
                        .arg(folder.path());
        return inv;
    }
    inv.hosts = readCsvFile(hostFile, &inv.error);
    if (!inv.error.isEmpty())
        return inv;
    if (const QString f = findTabFile(folder, tabs[1]); !f.isEmpty()) {
        inv.clusters = readCsvFile(f, &inv.error);
        inv.hasClusters = inv.error.isEmpty();
    }
    if (inv.error.isEmpty()) {
        if (const QString f = findTabFile(folder, tabs[2]); !f.isEmpty()) {
            inv.datastores = readCsvFile(f, &inv.error);
            inv.hasDatastores = inv.error.isEmpty();
        }
    }
    return inv;
}

GpuHostModel parseGpuHostModel(const QString &text, const Catalog &catalog, QString *error)
{
    GpuHostModel m;
    const qsizetype equals = text.lastIndexOf(u'=');
    const qsizetype colon = text.lastIndexOf(u':');
    if (equals <= 0 || colon < equals) {
        *error = ImportText::tr("\"%1\": expected HOST-MODEL=ACCELERATOR:COUNT, for example "
                                "\"PowerEdge XE9680=nvidia-h100-sxm:8\"")
                     .arg(text);
        return m;
    }
    m.hostModel = text.left(equals).trimmed();
    m.accelerator = text.mid(equals + 1, colon - equals - 1).trimmed();
    bool ok = false;
    m.gpusPerHost = text.mid(colon + 1).trimmed().toInt(&ok);
    if (!catalog.accelerator(m.accelerator)) {
        QStringList ids;
        for (const Accelerator &a : catalog.accelerators())
            ids << a.id;
        *error = ImportText::tr("\"%1\": unknown accelerator \"%2\" (known: %3)")
                     .arg(text, m.accelerator, ids.join(QStringLiteral(", ")));
    } else if (!ok || m.gpusPerHost < 1 || m.gpusPerHost > 64) {
        *error =
            ImportText::tr("\"%1\": the GPU count must be a whole number from 1 to 64").arg(text);
    }
    return m;
}

QList<GpuSuggestion> hostModelsOf(const RvToolsInventory &inv)
{
    const TextTable &t = inv.hosts;
    const int model = t.column(kModel);
    QMap<QString, GpuSuggestion> byModel; // sorted: the same inventory, the same list
    for (const QStringList &row : t.rows) {
        const QString name = cell(t, row, model);
        if (name.isEmpty())
            continue;
        GpuSuggestion &s = byModel[name.toLower()];
        s.hostModel = name;
        ++s.hosts;
        if (const KnownGpuServer *k = knownServer(name))
            s.suggested = {name, QString::fromLatin1(k->accelerator), k->gpus};
    }
    return byModel.values();
}

RvToolsImport importRvTools(const RvToolsInventory &inv, const QList<GpuHostModel> &gpus,
                            const Catalog &catalog)
{
    RvToolsImport out;
    if (!inv.error.isEmpty()) {
        out.error = inv.error;
        return out;
    }
    const TextTable &h = inv.hosts;
    const int hostCol = h.column(kHostName), dcCol = h.column(kDatacenter),
              clusterCol = h.column(kCluster), coresCol = h.column(kCores),
              memoryCol = h.column(kMemory), modelCol = h.column(kModel),
              vendorCol = h.column(kVendor);
    QStringList absent;
    if (hostCol < 0)
        absent << QStringLiteral("Host");
    if (coresCol < 0)
        absent << QStringLiteral("# Cores");
    if (memoryCol < 0)
        absent << QStringLiteral("# Memory");
    if (!absent.isEmpty()) {
        out.error = ImportText::tr("%1: lacks the column(s) %2, so it is not an RVTools vHost "
                                   "tab (its columns: %3)")
                        .arg(h.source, absent.join(QStringLiteral(", ")),
                             h.headers.mid(0, 12).join(QStringLiteral(", ")));
        return out;
    }

    Project &p = out.project;
    p.name = ImportText::tr("Imported from %1").arg(inv.source);
    p.description =
        ImportText::tr("Infrastructure read from the RVTools export %1. RVTools lists no GPUs "
                       "and no storage bandwidth: check both before relying on the findings.")
            .arg(inv.source);
    IdMaker ids;
    QHash<QString, QString> zoneOf; // datacenter name -> zone id
    auto zoneFor = [&](const QString &datacenter) -> QString {
        if (datacenter.isEmpty())
            return {};
        if (const auto it = zoneOf.constFind(datacenter); it != zoneOf.constEnd())
            return *it;
        Zone z;
        z.id = ids.make(QStringLiteral("site"), datacenter);
        z.name = datacenter;
        z.kind = QStringLiteral("site");
        p.zones.push_back(z);
        out.imported << ImportText::tr("Site %1 (datacenter)").arg(datacenter);
        zoneOf.insert(datacenter, z.id);
        return z.id;
    };

    // HA settings per cluster from vCluster.
    QHash<QString, int> failoverHosts;
    if (inv.hasClusters) {
        const TextTable &c = inv.clusters;
        const int name = c.column(kClusterName), ha = c.column(kHaEnabled),
                  level = c.column(kFailoverLevel);
        for (const QStringList &row : c.rows) {
            const QString cluster = cell(c, row, name);
            if (cluster.isEmpty())
                continue;
            const double n = parseCellNumber(cell(c, row, level), c.decimalComma);
            failoverHosts.insert(cluster, truthy(cell(c, row, ha)) && !std::isnan(n) ? int(n) : 0);
        }
    } else {
        out.skipped << ImportText::tr("No vCluster tab: vSphere HA is taken as N+1 for every "
                                      "cluster (the CPU cluster default).");
    }

    // Hosts into groups: (datacenter, cluster, GPU model or none).
    QHash<QString, GpuHostModel> gpuByModel;
    for (const GpuHostModel &g : gpus)
        gpuByModel.insert(g.hostModel.toLower(), g);
    struct Group {
        QString datacenter, cluster;
        const GpuHostModel *gpu = nullptr;
        int hosts = 0;
        double minCores = INFINITY, maxCores = 0, minMemory = INFINITY, maxMemory = 0;
        QStringList models;
    };
    std::vector<Group> groups;
    QHash<QString, size_t> groupIndex;
    QHash<QString, QString> datacenterOfHost;
    for (int r = 0; r < h.rows.size(); ++r) {
        const QStringList &row = h.rows[r];
        const QString host = cell(h, row, hostCol);
        if (host.isEmpty())
            continue;
        const double cores = parseCellNumber(cell(h, row, coresCol), h.decimalComma);
        const double memory = parseCellNumber(cell(h, row, memoryCol), h.decimalComma);
        if (std::isnan(cores) || cores <= 0 || std::isnan(memory) || memory <= 0) {
            out.skipped << ImportText::tr("%1, row %2 (%3): no core count or memory; skipped")
                               .arg(h.source)
                               .arg(r + 2)
                               .arg(host);
            continue;
        }
        const QString datacenter = cell(h, row, dcCol);
        datacenterOfHost.insert(host.toLower(), datacenter);
        const QString model = cell(h, row, modelCol);
        const auto gpu = gpuByModel.constFind(model.toLower());
        Group probe;
        probe.datacenter = datacenter;
        probe.cluster = cell(h, row, clusterCol);
        probe.gpu = gpu == gpuByModel.constEnd() ? nullptr : &*gpu;
        const QString key = probe.datacenter + u'\x1f' + probe.cluster + u'\x1f' +
                            (probe.gpu ? probe.gpu->hostModel.toLower() : QString());
        if (!groupIndex.contains(key)) {
            groupIndex.insert(key, groups.size());
            groups.push_back(probe);
        }
        Group &g = groups[groupIndex.value(key)];
        ++g.hosts;
        g.minCores = std::min(g.minCores, cores);
        g.maxCores = std::max(g.maxCores, cores);
        // "# Memory" holds MiB in RVTools 3.x and 4.x alike.
        g.minMemory = std::min(g.minMemory, memory * kMiB);
        g.maxMemory = std::max(g.maxMemory, memory * kMiB);
        const QString described = (cell(h, row, vendorCol) + u' ' + model).trimmed();
        if (!described.isEmpty() && !g.models.contains(described))
            g.models << described;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return std::tie(a.datacenter, a.cluster) < std::tie(b.datacenter, b.cluster);
    });
    QHash<QString, int> groupsPerCluster;
    for (const Group &g : groups)
        ++groupsPerCluster[g.datacenter + u'\x1f' + g.cluster];
    for (const Group &g : groups) {
        Component c;
        const bool standalone = g.cluster.isEmpty();
        QString name = standalone
                           ? ImportText::tr("Standalone hosts %1").arg(g.datacenter).trimmed()
                           : g.cluster;
        if (g.gpu && groupsPerCluster.value(g.datacenter + u'\x1f' + g.cluster) > 1)
            name = ImportText::tr("%1 GPU hosts").arg(name);
        c.kind = g.gpu ? QStringLiteral("gpu-cluster") : QStringLiteral("cpu-cluster");
        c.id = ids.make(g.gpu ? QStringLiteral("gpu") : QStringLiteral("cluster"),
                        standalone ? QStringLiteral("standalone-") + g.datacenter : g.cluster);
        c.name = name;
        c.zone = zoneFor(g.datacenter);
        c.params.insert(QStringLiteral("hosts"), ParamValue::fromNumber(g.hosts));
        c.params.insert(QStringLiteral("cpuCoresPerHost"), ParamValue::fromNumber(g.minCores));
        c.params.insert(
            QStringLiteral("memoryPerHost"),
            ParamValue::fromNumber(g.minMemory,
                                   formatQuantity(g.minMemory, Dimension::Bytes, UnitSystem::IEC)));
        if (g.gpu) {
            c.params.insert(QStringLiteral("gpu"), ParamValue::fromText(g.gpu->accelerator));
            c.params.insert(QStringLiteral("gpusPerHost"),
                            ParamValue::fromNumber(g.gpu->gpusPerHost));
        }
        if (!standalone && failoverHosts.contains(g.cluster))
            c.params.insert(QStringLiteral("haHosts"),
                            ParamValue::fromNumber(std::min(failoverHosts.value(g.cluster),
                                                            std::max(0, g.hosts - 1))));
        else if (standalone)
            c.params.insert(QStringLiteral("haHosts"), ParamValue::fromNumber(0));
        p.components.push_back(c);
        const Accelerator *accelerator = g.gpu ? catalog.accelerator(g.gpu->accelerator) : nullptr;
        QString line =
            g.gpu ? ImportText::tr("GPU cluster %1: %2 hosts × %3 %4, %5 cores and %6 each")
                        .arg(name)
                        .arg(g.hosts)
                        .arg(g.gpu->gpusPerHost)
                        .arg(accelerator ? accelerator->name : g.gpu->accelerator)
                        .arg(g.minCores)
                        .arg(formatQuantity(g.minMemory, Dimension::Bytes, UnitSystem::IEC))
                  : ImportText::tr("CPU cluster %1: %2 hosts, %3 cores and %4 each")
                        .arg(name)
                        .arg(g.hosts)
                        .arg(g.minCores)
                        .arg(formatQuantity(g.minMemory, Dimension::Bytes, UnitSystem::IEC));
        if (!g.models.isEmpty())
            line += QStringLiteral(" (") + g.models.join(QStringLiteral(", ")) + u')';
        out.imported << line;
        if (g.minCores != g.maxCores || g.minMemory != g.maxMemory)
            out.notes << ImportText::tr("%1 mixes hosts of %2–%3 cores and %4–%5: sized by the "
                                        "smallest, so its capacity is a lower bound.")
                             .arg(name)
                             .arg(g.minCores)
                             .arg(g.maxCores)
                             .arg(formatQuantity(g.minMemory, Dimension::Bytes, UnitSystem::IEC),
                                  formatQuantity(g.maxMemory, Dimension::Bytes, UnitSystem::IEC));
    }

    // Datastores.
    if (!inv.hasDatastores) {
        out.skipped << ImportText::tr("No vDatastore tab: no storage imported.");
    } else {
        const TextTable &d = inv.datastores;
        const int name = d.column(kDatastoreName), type = d.column(kDatastoreType),
                  capacity = d.column(kCapacity), inUse = d.column(kInUse),
                  hostCount = d.column(kHostCount), hostList = d.column(kHostList),
                  dc = d.column(kDatacenter);
        if (name < 0 || type < 0 || capacity < 0) {
            out.skipped << ImportText::tr("%1 lacks Name, Type or Capacity MiB: no storage "
                                          "imported.")
                               .arg(d.source);
        }
        for (int r = 0; name >= 0 && type >= 0 && capacity >= 0 && r < d.rows.size(); ++r) {
            const QStringList &row = d.rows[r];
            const QString store = cell(d, row, name);
            const QString kind = cell(d, row, type).toLower();
            const double mib = parseCellNumber(cell(d, row, capacity), d.decimalComma);
            if (store.isEmpty())
                continue;
            if (std::isnan(mib) || mib <= 0) {
                out.skipped << ImportText::tr("Datastore %1: no capacity; skipped").arg(store);
                continue;
            }
            const double hostsSeeing = parseCellNumber(cell(d, row, hostCount), d.decimalComma);
            const bool vsan = kind.startsWith(u"vsan");
            const bool nfs = kind.startsWith(u"nfs");
            if (!vsan && !nfs && kind != u"vmfs" && kind != u"vvol") {
                out.skipped << ImportText::tr("Datastore %1: type %2 is not storage Tarmac "
                                              "models; skipped")
                                   .arg(store, cell(d, row, type));
                continue;
            }
            if (!vsan && !nfs && hostsSeeing == 1) {
                out.skipped << ImportText::tr("Datastore %1: local to one host (boot or scratch "
                                              "disk); skipped")
                                   .arg(store);
                continue;
            }
            QString datacenter = cell(d, row, dc);
            if (datacenter.isEmpty()) {
                // Older exports have no Datacenter column: the first host that sees it says.
                for (const QString &seen :
                     cell(d, row, hostList)
                         .split(QRegularExpression(QStringLiteral("[,;]\\s*")),
                                Qt::SkipEmptyParts)) {
                    datacenter = datacenterOfHost.value(seen.trimmed().toLower());
                    if (!datacenter.isEmpty())
                        break;
                }
            }
            Component c;
            c.kind = nfs ? QStringLiteral("file-storage") : QStringLiteral("block-storage");
            c.id = ids.make(QStringLiteral("ds"), store);
            c.name = store;
            c.zone = zoneFor(datacenter);
            const double bytes = mib * kMiB;
            c.params.insert(QStringLiteral("rawCapacity"),
                            ParamValue::fromNumber(
                                bytes, formatQuantity(bytes, Dimension::Bytes, UnitSystem::IEC)));
            // A vSAN datastore shows the raw capacity of its disks, protected by the storage
            // policy (vSAN's default policy mirrors once, FTT=1); a VMFS LUN or NFS export
            // shows what the array presents, its RAID already behind it.
            c.params.insert(
                QStringLiteral("protection"),
                ParamValue::fromText(vsan ? QStringLiteral("raid1-ftt1") : QStringLiteral("none")));
            p.components.push_back(c);
            QString line =
                ImportText::tr("%1 %2: %3 (%4)")
                    .arg(nfs ? ImportText::tr("File storage") : ImportText::tr("Block storage"),
                         store, formatQuantity(bytes, Dimension::Bytes, UnitSystem::IEC),
                         cell(d, row, type));
            const double used = parseCellNumber(cell(d, row, inUse), d.decimalComma);
            if (!std::isnan(used))
                line += ImportText::tr(", %1 in use")
                            .arg(formatQuantity(used * kMiB, Dimension::Bytes, UnitSystem::IEC));
            out.imported << line;
            if (vsan)
                out.notes << ImportText::tr("%1 is vSAN: protection set to RAID-1 FTT=1 (the "
                                            "default storage policy); change it if the cluster "
                                            "uses another policy.")
                                 .arg(store);
        }
    }
    bool storage = false;
    for (const Component &c : p.components)
        storage = storage || c.kind.endsWith(u"-storage");
    if (storage)
        out.notes << ImportText::tr("RVTools knows no storage bandwidth: set the read and write "
                                    "bandwidth of each storage component (the check reports "
                                    "them as missing until then).");
    for (const GpuSuggestion &s : hostModelsOf(inv)) {
        out.hostModels << s;
        if (!s.suggested.accelerator.isEmpty() && !gpuByModel.contains(s.hostModel.toLower()))
            out.notes << ImportText::tr("%1 host(s) of model %2 usually carry GPUs (%3 × %4) but "
                                        "were imported as CPU hosts: confirm with --gpus "
                                        "\"%2=%4:%3\" (or in the import dialog).")
                             .arg(s.hosts)
                             .arg(s.hostModel)
                             .arg(s.suggested.gpusPerHost)
                             .arg(s.suggested.accelerator);
    }
    if (p.components.empty())
        out.error = ImportText::tr("%1: no hosts with cores and memory found; nothing to import")
                        .arg(h.source);
    return out;
}

QString importSummary(const RvToolsImport &result)
{
    QString text;
    auto list = [&text](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        text += title + u'\n';
        for (const QString &line : lines)
            text += QStringLiteral("  ") + line + u'\n';
    };
    list(ImportText::tr("Imported:"), result.imported);
    list(ImportText::tr("Skipped:"), result.skipped);
    list(ImportText::tr("To check:"), result.notes);
    return text;
}

} // namespace tarmac
