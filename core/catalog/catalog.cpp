#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace tarmac {
namespace {

CatalogSource sourceOf(const QJsonObject &o)
{
    return {o.value(u"source").toString(), o.value(u"sourceKind").toString() == u"datasheet"};
}

QMap<QString, double> numberMap(const QJsonValue &value)
{
    QMap<QString, double> out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toDouble());
    return out;
}

QJsonObject readJson(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(path + QStringLiteral(": cannot be read"));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        if (errors)
            errors->append(path + QStringLiteral(": ") + error.errorString());
        return {};
    }
    return doc.object();
}

template <typename T, typename Fn> const T *byId(const std::vector<T> &items, const QString &id, Fn)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T &t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

Catalog Catalog::loadFrom(const QString &directory, QStringList *errors)
{
    Catalog c;
    const QDir dir(directory);
    for (const QJsonValue v : readJson(dir.filePath(QStringLiteral("accelerators.json")), errors)
                                  .value(u"accelerators")
                                  .toArray()) {
        const QJsonObject o = v.toObject();
        Accelerator a;
        a.id = o.value(u"id").toString();
        a.vendor = o.value(u"vendor").toString();
        a.name = o.value(u"name").toString();
        a.flopsPerSecond = numberMap(o.value(u"flops"));
        a.memoryBytes = o.value(u"memoryBytes").toDouble();
        a.memoryBandwidth = o.value(u"memoryBandwidth").toDouble();
        a.tdpWatts = o.value(u"tdpWatts").toDouble();
        a.linkName = o.value(u"link").toObject().value(u"name").toString();
        a.linkBytesPerSecond = o.value(u"link").toObject().value(u"bytesPerSecond").toDouble();
        a.mlperfStorage = o.value(u"mlperfStorage").toString();
        a.source = sourceOf(o);
        c.m_accelerators.push_back(a);
    }
    for (const QJsonValue v : readJson(dir.filePath(QStringLiteral("networks.json")), errors)
                                  .value(u"links")
                                  .toArray()) {
        const QJsonObject o = v.toObject();
        c.m_networks.push_back({o.value(u"id").toString(), o.value(u"name").toString(),
                                o.value(u"bitsPerSecond").toDouble(), o.value(u"rdma").toBool(),
                                o.value(u"latencySeconds").toDouble(), sourceOf(o)});
    }
    const QJsonObject media = readJson(dir.filePath(QStringLiteral("storage-media.json")), errors);
    for (const QJsonValue v : media.value(u"media").toArray()) {
        const QJsonObject o = v.toObject();
        c.m_media.push_back({o.value(u"id").toString(), o.value(u"name").toString(),
                             o.value(u"bytesPerSecondPerDrive").toDouble(),
                             o.value(u"latencySeconds").toDouble(), sourceOf(o)});
    }
    for (const QJsonValue v : media.value(u"latencyPresets").toArray()) {
        const QJsonObject o = v.toObject();
        c.m_latencies.push_back({o.value(u"id").toString(), o.value(u"name").toString(),
                                 o.value(u"latencySeconds").toDouble(), sourceOf(o)});
    }
    for (const QJsonValue v : readJson(dir.filePath(QStringLiteral("protection.json")), errors)
                                  .value(u"schemes")
                                  .toArray()) {
        const QJsonObject o = v.toObject();
        c.m_protection.push_back({o.value(u"id").toString(), o.value(u"name").toString(),
                                  o.value(u"overhead").toDouble(), sourceOf(o)});
    }
    for (const QJsonValue v : readJson(dir.filePath(QStringLiteral("mlperf-storage.json")), errors)
                                  .value(u"profiles")
                                  .toArray()) {
        const QJsonObject o = v.toObject();
        StorageProfile p;
        p.id = o.value(u"id").toString();
        p.name = o.value(u"name").toString();
        p.sampleBytes = o.value(u"sampleBytes").toDouble();
        p.batch = o.value(u"batch").toDouble();
        p.computeSecondsPerStep = numberMap(o.value(u"computeSecondsPerStep"));
        p.auFloor = o.value(u"auFloor").toDouble();
        p.source = sourceOf(o);
        c.m_profiles.push_back(p);
    }
    return c;
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        QStringList errors;
        Catalog c = loadFrom(QStringLiteral(":/catalog"), &errors);
        // The catalog is compiled in; a broken one is a build defect, caught by tst_catalog.
        if (!errors.isEmpty())
            qWarning("%s", qPrintable(errors.join(u'\n')));
        return c;
    }();
    return catalog;
}

const Accelerator *Catalog::accelerator(const QString &id) const
{
    return byId(m_accelerators, id, 0);
}

const StorageProfile *Catalog::profile(const QString &id) const
{
    return byId(m_profiles, id, 0);
}

const ProtectionScheme *Catalog::protection(const QString &id) const
{
    return byId(m_protection, id, 0);
}

bool Catalog::protectionOverhead(const QString &id, double *overhead) const
{
    if (const ProtectionScheme *scheme = protection(id)) {
        *overhead = scheme->overhead;
        return true;
    }
    // Generic erasure coding: k data + m parity fragments store (k+m)/k raw per usable byte.
    static const QRegularExpression ec(QStringLiteral("^ec-(\\d+)-(\\d+)$"));
    const auto match = ec.match(id);
    if (match.hasMatch()) {
        const double k = match.captured(1).toDouble();
        const double m = match.captured(2).toDouble();
        if (k >= 1) {
            *overhead = (k + m) / k;
            return true;
        }
    }
    return false;
}

} // namespace tarmac
