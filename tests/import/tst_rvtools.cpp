// The RVTools import: the fixtures (invented inventories with the real RVTools headers, see
// tests/data/rvtools/COLUMNS.md) as .xlsx and as both CSV variants, and hostile input.

#include "catalog/catalog.h"
#include "engine/engine.h"
#include "import/rvtools.h"
#include "import/tabletext.h"
#include "import/zipreader.h"
#include "output/requirementsxlsx.h"

#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using namespace tarmac;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/tests/data/rvtools/") + name;
}

const GpuHostModel kXe9680{u"PowerEdge XE9680"_s, u"nvidia-h100-sxm"_s, 8};

const Component *named(const Project &p, const QString &name)
{
    for (const Component &c : p.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

double num(const Component *c, const char *param)
{
    return c ? c->params.value(QString::fromLatin1(param)).number : -1;
}

// A ZIP archive built by hand, one member per entry, so each header field can be made to lie.
struct Member {
    QByteArray name, data;
    bool deflate = true;
    qint64 statedSize = -1; ///< -1: the true size
    bool badCrc = false;
};

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

QByteArray rawDeflate(const QByteArray &in)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray zipOf(const QList<Member> &members)
{
    QByteArray file, directory;
    for (const Member &m : members) {
        const QByteArray packed = m.deflate ? rawDeflate(m.data) : m.data;
        quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size())));
        if (m.badCrc)
            crc ^= 1;
        const quint32 size = quint32(m.statedSize >= 0 ? m.statedSize : m.data.size());
        const quint32 offset = quint32(file.size());
        auto header = [&](QByteArray &b, bool central) {
            put32(b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(b, 20);
            put16(b, 20);
            put16(b, 0);
            put16(b, m.deflate ? 8 : 0);
            put32(b, 0); // time, date
            put32(b, crc);
            put32(b, quint32(packed.size()));
            put32(b, size);
            put16(b, quint16(m.name.size()));
            put16(b, 0);
            if (central) {
                put16(b, 0);
                put16(b, 0);
                put16(b, 0);
                put32(b, 0);
                put32(b, offset);
            }
            b.append(m.name);
        };
        header(file, false);
        file.append(packed);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(file.size());
    file.append(directory);
    put32(file, 0x06054b50);
    put32(file, 0);
    put16(file, quint16(members.size()));
    put16(file, quint16(members.size()));
    put32(file, quint32(directory.size()));
    put32(file, directoryOffset);
    put16(file, 0);
    return file;
}

} // namespace

class TestRvTools : public QObject {
    Q_OBJECT

private slots:
    void importsEveryVariant_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("xlsx") << fixture(u"inventory.xlsx"_s);
        QTest::newRow("csv comma folder") << fixture(u"csv-comma"_s);
        QTest::newRow("csv semicolon folder") << fixture(u"csv-semicolon"_s);
        QTest::newRow("one csv of the folder") << fixture(u"csv-comma/RVTools_tabvHost.csv"_s);
    }

    void importsEveryVariant()
    {
        QFETCH(QString, path);
        const RvToolsInventory inv = readRvToolsExport(path);
        QVERIFY2(inv.error.isEmpty(), qPrintable(inv.error));
        QVERIFY(inv.hasClusters);
        QVERIFY(inv.hasDatastores);
        const RvToolsImport r = importRvTools(inv, {kXe9680}, Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Project &p = r.project;
        // Two datacenters, three clusters (one of GPU hosts), four shared datastores.
        QCOMPARE(p.zones.size(), size_t(2));
        QCOMPARE(p.zones[0].name, u"DC-Amsterdam"_s);
        QCOMPARE(p.zones[0].kind, u"site"_s);
        QCOMPARE(p.zones[1].name, u"DC-Frankfurt"_s);
        QCOMPARE(p.components.size(), size_t(7));

        const Component *compute = named(p, u"AMS-Compute"_s);
        QVERIFY(compute);
        QCOMPARE(compute->kind, u"cpu-cluster"_s);
        QCOMPARE(compute->zone, p.zones[0].id);
        QCOMPARE(num(compute, "hosts"), 2.0);
        QCOMPARE(num(compute, "cpuCoresPerHost"), 64.0);
        QCOMPARE(num(compute, "memoryPerHost"), 1048202.0 * 1024 * 1024); // "# Memory" MiB
        QCOMPARE(num(compute, "haHosts"), 1.0); // vCluster: HA enabled, failover level 1

        const Component *gpu = named(p, u"AMS-GPU"_s);
        QVERIFY(gpu);
        QCOMPARE(gpu->kind, u"gpu-cluster"_s);
        QCOMPARE(gpu->params.value(u"gpu"_s).text, u"nvidia-h100-sxm"_s);
        QCOMPARE(num(gpu, "gpusPerHost"), 8.0);
        QCOMPARE(num(gpu, "hosts"), 2.0);
        QCOMPARE(num(gpu, "cpuCoresPerHost"), 112.0);

        const Component *frankfurt = named(p, u"FRA-Compute"_s);
        QVERIFY(frankfurt);
        QCOMPARE(frankfurt->zone, p.zones[1].id);

        const Component *vmfs = named(p, u"AMS-VMFS-01"_s);
        QVERIFY(vmfs);
        QCOMPARE(vmfs->kind, u"block-storage"_s);
        QCOMPARE(num(vmfs, "rawCapacity"), 16776960.0 * 1024 * 1024);
        QCOMPARE(vmfs->params.value(u"protection"_s).text, u"none"_s);
        QCOMPARE(vmfs->zone, p.zones[0].id); // from the hosts that see it

        const Component *vsan = named(p, u"vsanDatastore-AMS-GPU"_s);
        QVERIFY(vsan);
        QCOMPARE(vsan->kind, u"block-storage"_s);
        QCOMPARE(vsan->params.value(u"protection"_s).text, u"raid1-ftt1"_s);

        const Component *nfs = named(p, u"FRA-NFS-01"_s);
        QVERIFY(nfs);
        QCOMPARE(nfs->kind, u"file-storage"_s);
        QCOMPARE(nfs->zone, p.zones[1].id);

        // The summary says what was made and what the user must add.
        const QString summary = importSummary(r);
        QVERIFY2(summary.contains(u"GPU cluster AMS-GPU: 2 hosts × 8 H100"_s), qPrintable(summary));
        QVERIFY2(
            summary.contains(u"CPU cluster AMS-Compute: 2 hosts, 64 cores and 1.00 TiB each"_s),
            qPrintable(summary));
        QVERIFY2(summary.contains(u"no storage bandwidth"_s), qPrintable(summary));

        // The engine computes on it: the only errors are the bandwidths RVTools cannot know.
        const EngineResult result = computeRequirements(p);
        QCOMPARE(result.errorCount(), 4);
        for (const Finding &f : result.findings) {
            if (f.severity == Severity::Error)
                QCOMPARE(f.code, u"missing-parameter"_s);
        }
    }

    void semicolonVariantReadsDecimalCommas()
    {
        QString error;
        const TextTable t = parseCsv("Name;Ratio;Size\r\n\"a;b\";1,5;1.234,5\r\n", u"t"_s, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(t.decimalComma);
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows[0][0], u"a;b"_s);
        QCOMPARE(parseCellNumber(t.rows[0][1], true), 1.5);
        QCOMPARE(parseCellNumber(t.rows[0][2], true), 1234.5);
        QCOMPARE(parseCellNumber(u"1,234.5"_s, false), 1234.5);
        QVERIFY(std::isnan(parseCellNumber(u"n/a"_s, false)));
        QVERIFY(std::isnan(parseCellNumber(u"1e999"_s, false)));
    }

    void gpuHostsAreSuggestedNotAssumed()
    {
        const RvToolsImport r =
            importRvTools(readRvToolsExport(fixture(u"csv-comma"_s)), {}, Catalog::builtin());
        QVERIFY(r.ok());
        QCOMPARE(named(r.project, u"AMS-GPU"_s)->kind, u"cpu-cluster"_s);
        bool suggested = false;
        for (const GpuSuggestion &s : r.hostModels) {
            if (s.hostModel == u"PowerEdge XE9680") {
                suggested = true;
                QCOMPARE(s.hosts, 2);
                QCOMPARE(s.suggested.accelerator, u"nvidia-h100-sxm"_s);
                QCOMPARE(s.suggested.gpusPerHost, 8);
            }
        }
        QVERIFY(suggested);
        QVERIFY(importSummary(r).contains(
            u"confirm with --gpus \"PowerEdge XE9680=nvidia-h100-sxm:8\""_s));
    }

    void gpuMappingText()
    {
        QString error;
        const GpuHostModel m =
            parseGpuHostModel(u"PowerEdge XE9680=nvidia-h100-sxm:8"_s, Catalog::builtin(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(m.hostModel, u"PowerEdge XE9680"_s);
        QCOMPARE(m.gpusPerHost, 8);
        for (const QString &bad :
             {u"XE9680"_s, u"XE9680=nvidia-h100-sxm"_s, u"XE9680=h100:8"_s,
              u"XE9680=nvidia-h100-sxm:0"_s, u"XE9680=nvidia-h100-sxm:eight"_s}) {
            error.clear();
            parseGpuHostModel(bad, Catalog::builtin(), &error);
            QVERIFY2(!error.isEmpty(), qPrintable(bad));
        }
    }

    void mixedHostsStandaloneHostsAndLocalDisks()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        // -DBColumnNames headers, no vCluster tab, a host outside any cluster, a local disk.
        write("RVTools_tabvHost.csv",
              "vHostName,vHostDatacenter,vHostCluster,vHostNumCpuCores,vHostMemorySize,"
              "vHostVendor,vHostModel\n"
              "a,DC1,C1,64,524288,Dell Inc.,PowerEdge R760\n"
              "b,DC1,C1,48,262144,Dell Inc.,PowerEdge R750\n"
              "c,DC1,,16,65536,HPE,ProLiant DL360\n"
              "d,DC1,C1,,262144,Dell Inc.,PowerEdge R750\n");
        write("RVTools_tabvDatastore.csv", "Name,Type,Capacity MB,# Hosts,Hosts\n"
                                           "local-a,VMFS,500000,1,a\n"
                                           "shared,VMFS,1048576,2,\"a, b\"\n"
                                           "pmem,PMEM,1000,1,a\n");
        const RvToolsImport r =
            importRvTools(readRvToolsExport(dir.path()), {}, Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project.components.size(), size_t(3)); // C1, standalone, shared
        const Component *c1 = named(r.project, u"C1"_s);
        QVERIFY(c1);
        QCOMPARE(num(c1, "hosts"), 2.0);            // "d" has no core count
        QCOMPARE(num(c1, "cpuCoresPerHost"), 48.0); // the smallest host
        QCOMPARE(num(c1, "memoryPerHost"), 262144.0 * 1024 * 1024);
        const Component *alone = named(r.project, u"Standalone hosts DC1"_s);
        QVERIFY(alone);
        QCOMPARE(num(alone, "haHosts"), 0.0);
        const Component *shared = named(r.project, u"shared"_s);
        QVERIFY(shared);
        QCOMPARE(num(shared, "rawCapacity"), 1048576.0 * 1024 * 1024); // "MB" of 3.x is MiB
        QCOMPARE(shared->zone, r.project.zones[0].id);
        const QString summary = importSummary(r);
        QVERIFY2(summary.contains(u"C1 mixes hosts of 48–64 cores"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"local-a: local to one host"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"type PMEM is not storage"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"row 5 (d): no core count"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"No vCluster tab"_s), qPrintable(summary));
    }

    void unusableInputSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("hostTab");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not RVTools") << QByteArray("Name,Size\nx,1\n") << u"lacks the column(s)"_s;
        QTest::newRow("unterminated quote")
            << QByteArray("Host,# Cores,# Memory\n\"a,64,1\n") << u"never closed"_s;
        QTest::newRow("empty") << QByteArray("") << u"empty"_s;
        QTest::newRow("no usable host")
            << QByteArray("Host,# Cores,# Memory\na,0,0\n") << u"nothing to import"_s;
    }

    void unusableInputSaysWhy()
    {
        QFETCH(QByteArray, hostTab);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"RVTools_tabvHost.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(hostTab);
        f.close();
        const RvToolsImport r =
            importRvTools(readRvToolsExport(dir.path()), {}, Catalog::builtin());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void hostileArchives_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("expected");
        const QByteArray text(100000, 'a');
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << u"not a ZIP archive"_s;
        QTest::newRow("truncated")
            << zipOf({{"xl/workbook.xml", text}}).left(200) << u"not a ZIP archive"_s;
        QTest::newRow("bad checksum")
            << zipOf({{"xl/workbook.xml", text, true, -1, true}}) << u"checksum"_s;
        QTest::newRow("lies about its size")
            << zipOf({{"xl/workbook.xml", text, true, 10, false}}) << u"stated size"_s;
        QTest::newRow("bomb") << zipOf({{"xl/workbook.xml", text, true,
                                         ZipReader::kMaxMemberBytes + 1, false}})
                              << u"larger than"_s;
        QTest::newRow("stored, fine")
            << zipOf({{"xl/workbook.xml", text, false, -1, false}}) << QString();
    }

    void hostileArchives()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, expected);
        const ZipReader zip(archive);
        QString error = zip.error();
        QByteArray data;
        if (error.isEmpty())
            data = zip.read(u"xl/workbook.xml"_s, &error);
        if (expected.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(data, QByteArray(100000, 'a'));
        } else {
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY(data.isEmpty());
        }
    }

    void workbookWithoutHostSheetIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"book.xlsx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zipOf(
            {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"vInfo\" r:id=\"rId1\"/></sheets>"
                                 "</workbook>"},
             {"xl/_rels/workbook.xml.rels", "<Relationships/>"}}));
        f.close();
        const RvToolsInventory inv = readRvToolsExport(path);
        QVERIFY2(inv.error.contains(u"has no vHost sheet"_s), qPrintable(inv.error));
    }

    void readsSharedStringWorkbooks()
    {
        // libxlsxwriter (our requirements workbook) stores text as shared strings, openpyxl
        // (the fixture) inline: read one of each.
        Project p;
        p.name = u"Shared"_s;
        Component c;
        c.id = u"gpu"_s;
        c.kind = u"gpu-cluster"_s;
        c.name = u"GPU hosts <&>"_s;
        c.params.insert(u"hosts"_s, ParamValue::fromNumber(4));
        c.params.insert(u"gpu"_s, ParamValue::fromText(u"nvidia-h100-sxm"_s));
        p.components.push_back(c);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"req.xlsx"_s);
        QCOMPARE(writeRequirementsXlsx(p, computeRequirements(p), UnitSystem::SI, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const QList<TextTable> sheets =
            readXlsxSheets(f.readAll(), u"req.xlsx"_s, {u"Components"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sheets.size(), 1);
        const int name = sheets[0].column({u"Component"_s});
        QVERIFY(name >= 0);
        bool found = false;
        for (const QStringList &row : sheets[0].rows)
            found = found || row.value(name) == u"GPU hosts <&>";
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestRvTools)
#include "tst_rvtools.moc"
