#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace tarmac {

/// Where a catalog figure comes from, so reports can cite it.
struct CatalogSource {
    QString text;
    bool datasheet = false; ///< vendor datasheet (true) or secondary source (false)
};

/// An accelerator's dense peak figures (no sparsity) and memory.
struct Accelerator {
    QString id, vendor, name;
    QMap<QString, double> flopsPerSecond; ///< by precision: bf16, fp16, fp8, tf32, fp32
    double memoryBytes = 0;
    double memoryBandwidth = 0;
    double tdpWatts = 0;
    QString linkName;
    double linkBytesPerSecond = 0;
    QString mlperfStorage; ///< which MLPerf Storage compute column applies, empty if none
    CatalogSource source;
    /// Dense peak FLOP/s at `precision`, or 0 when the accelerator does not support it.
    double peak(const QString &precision) const { return flopsPerSecond.value(precision, 0.0); }
};

struct NetworkPreset {
    QString id, name;
    double bitsPerSecond = 0;
    bool rdma = false;
    double latencySeconds = 0;
    CatalogSource source;
};

struct MediumPreset {
    QString id, name;
    double bytesPerSecondPerDrive = 0;
    double latencySeconds = 0;
    CatalogSource source;
};

struct LatencyPreset {
    QString id, name;
    double latencySeconds = 0;
    CatalogSource source;
};

struct ProtectionScheme {
    QString id, name;
    double overhead = 1; ///< raw bytes per usable byte
    CatalogSource source;
};

/// An MLPerf Storage (DLIO) workload profile.
struct StorageProfile {
    QString id, name;
    double sampleBytes = 0;
    double batch = 0;
    QMap<QString, double> computeSecondsPerStep; ///< by accelerator column ("a100", "h100")
    double auFloor = 0;
    CatalogSource source;
};

/// The built-in catalog, loaded once from resources/catalog/*.json (compiled in).
class Catalog {
public:
    /// The catalog that ships with Tarmac. Loaded on first use; thread-safe.
    static const Catalog &builtin();

    /// Loads from a folder of catalog JSON files (tests); errors collects problems.
    static Catalog loadFrom(const QString &directory, QStringList *errors);

    const Accelerator *accelerator(const QString &id) const;
    const StorageProfile *profile(const QString &id) const;
    const ProtectionScheme *protection(const QString &id) const;
    /// Raw:usable overhead of a scheme id, including the generic "ec-K-M"; false if unknown.
    bool protectionOverhead(const QString &id, double *overhead) const;

    const std::vector<Accelerator> &accelerators() const { return m_accelerators; }
    const std::vector<NetworkPreset> &networks() const { return m_networks; }
    const std::vector<MediumPreset> &media() const { return m_media; }
    const std::vector<LatencyPreset> &latencyPresets() const { return m_latencies; }
    const std::vector<ProtectionScheme> &protectionSchemes() const { return m_protection; }
    const std::vector<StorageProfile> &profiles() const { return m_profiles; }

private:
    std::vector<Accelerator> m_accelerators;
    std::vector<NetworkPreset> m_networks;
    std::vector<MediumPreset> m_media;
    std::vector<LatencyPreset> m_latencies;
    std::vector<ProtectionScheme> m_protection;
    std::vector<StorageProfile> m_profiles;
};

} // namespace tarmac
