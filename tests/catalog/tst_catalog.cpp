// The built-in catalog: every accelerator of ENGINE.md with its dense figures and source.

#include "catalog/catalog.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using tarmac::Catalog;

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void accelerators_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("bf16");
        QTest::addColumn<double>("memoryGiB");
        QTest::addColumn<double>("bandwidth");
        QTest::addColumn<bool>("datasheet");
        // ENGINE.md "Accelerator catalog" (dense, no sparsity)
        QTest::newRow("A100 40GB datasheet")
            << u"nvidia-a100-40gb"_s << 312e12 << 40.0 << 1.555e12 << true;
        QTest::newRow("A100 80GB datasheet")
            << u"nvidia-a100-80gb"_s << 312e12 << 80.0 << 2.039e12 << true;
        QTest::newRow("H100 SXM datasheet")
            << u"nvidia-h100-sxm"_s << 989e12 << 80.0 << 3.35e12 << true;
        QTest::newRow("H100 PCIe datasheet")
            << u"nvidia-h100-pcie"_s << 756e12 << 80.0 << 2.0e12 << true;
        QTest::newRow("H200 secondary") << u"nvidia-h200"_s << 989e12 << 141.0 << 4.8e12 << false;
        QTest::newRow("L40S datasheet") << u"nvidia-l40s"_s << 362e12 << 48.0 << 0.864e12 << true;
        QTest::newRow("L4 secondary") << u"nvidia-l4"_s << 121e12 << 24.0 << 0.300e12 << false;
        QTest::newRow("A30 secondary") << u"nvidia-a30"_s << 165e12 << 24.0 << 0.933e12 << false;
        QTest::newRow("T4 secondary (fp16 only)")
            << u"nvidia-t4"_s << 0.0 << 16.0 << 0.320e12 << false;
        QTest::newRow("MI300X secondary")
            << u"amd-mi300x"_s << 1307.4e12 << 192.0 << 5.3e12 << false;
    }
    void accelerators()
    {
        QFETCH(QString, id);
        QFETCH(double, bf16);
        QFETCH(double, memoryGiB);
        QFETCH(double, bandwidth);
        QFETCH(bool, datasheet);
        const tarmac::Accelerator *a = Catalog::builtin().accelerator(id);
        QVERIFY(a);
        QCOMPARE(a->peak(u"bf16"_s), bf16);
        QCOMPARE(a->memoryBytes, memoryGiB * 1024 * 1024 * 1024);
        QCOMPARE(a->memoryBandwidth, bandwidth);
        QCOMPARE(a->source.datasheet, datasheet);
        QVERIFY(!a->source.text.isEmpty());
        QVERIFY(a->tdpWatts > 0);
    }
    void t4HasFp16Only()
    {
        const tarmac::Accelerator *t4 = Catalog::builtin().accelerator(u"nvidia-t4"_s);
        QCOMPARE(t4->peak(u"fp16"_s), 65e12);
        QCOMPARE(t4->peak(u"fp8"_s), 0.0);
    }
    void protection_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("overhead");
        // VMware vSAN 8 administration guide; Apache Hadoop HDFS erasure-coding guide
        QTest::newRow("raid1-ftt1") << u"raid1-ftt1"_s << 2.0;
        QTest::newRow("raid1-ftt2") << u"raid1-ftt2"_s << 3.0;
        QTest::newRow("raid5 3+1") << u"raid5"_s << 4.0 / 3;
        QTest::newRow("raid6 4+2") << u"raid6"_s << 1.5;
        QTest::newRow("esa 4+1") << u"esa-raid5-4p1"_s << 1.25;
        QTest::newRow("hdfs replica3") << u"replica3"_s << 3.0;
        QTest::newRow("ec-6-3") << u"ec-6-3"_s << 1.5;
        QTest::newRow("generic ec-10-4") << u"ec-10-4"_s << 1.4;
        QTest::newRow("generic ec-8-2") << u"ec-8-2"_s << 1.25;
    }
    void protection()
    {
        QFETCH(QString, id);
        QFETCH(double, overhead);
        double value = 0;
        QVERIFY(Catalog::builtin().protectionOverhead(id, &value));
        QVERIFY(qFuzzyCompare(value, overhead));
    }
    void unknownProtection()
    {
        double value = 0;
        QVERIFY(!Catalog::builtin().protectionOverhead(u"raid7"_s, &value));
        QVERIFY(!Catalog::builtin().protectionOverhead(u"ec-0-2"_s, &value));
    }
    void profilesAndPresets()
    {
        const Catalog &c = Catalog::builtin();
        QCOMPARE(c.profiles().size(), size_t(3));
        QCOMPARE(c.profile(u"unet3d"_s)->sampleBytes, 146600628.0);
        QVERIFY(c.networks().size() >= 8);
        QVERIFY(c.media().size() >= 4);
        QVERIFY(c.protectionSchemes().size() >= 11);
    }
    void loadFromMissingFolderReportsErrors()
    {
        QStringList errors;
        const Catalog c = Catalog::loadFrom(u"/nonexistent"_s, &errors);
        QVERIFY(!errors.isEmpty());
        QVERIFY(c.accelerators().empty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
