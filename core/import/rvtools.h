#pragma once

#include "import/tabletext.h"
#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tarmac {

class Catalog;

/// The tabs of an RVTools export that Tarmac reads. vHost is required; vCluster adds HA
/// settings, vDatastore the storage; a missing optional tab is named in the summary.
struct RvToolsInventory {
    QString source;       ///< the file or folder, for messages
    TextTable hosts;      ///< vHost
    TextTable clusters;   ///< vCluster (may be empty)
    TextTable datastores; ///< vDatastore (may be empty)
    bool hasClusters = false, hasDatastores = false;
    QString error; ///< why nothing could be read; empty on success
};

/// Reads an RVTools export: an .xlsx workbook, or a folder of its CSV files
/// (RVTools_tabvHost.csv …, comma- or semicolon-separated), or one such CSV file (its
/// siblings are looked for beside it).
RvToolsInventory readRvToolsExport(const QString &path);

/// RVTools lists no GPUs: a host model the user says carries GPUs becomes a GPU cluster.
struct GpuHostModel {
    QString hostModel;   ///< as RVTools writes it ("PowerEdge XE9680"), case-insensitive
    QString accelerator; ///< catalog id ("nvidia-h100-sxm")
    int gpusPerHost = 0;
};

/// Parses "PowerEdge XE9680=nvidia-h100-sxm:8"; on a malformed text, `*error` says why.
GpuHostModel parseGpuHostModel(const QString &text, const Catalog &catalog, QString *error);

/// A suggestion for a host model Tarmac recognises as a GPU server (Dell XE9680 carries
/// eight SXM GPUs); never applied unless the user confirms it.
struct GpuSuggestion {
    QString hostModel;
    int hosts = 0;
    GpuHostModel suggested; ///< accelerator empty when the model is not known to carry GPUs
};

struct RvToolsImport {
    Project project;
    QStringList imported;            ///< one line per element made, in words
    QStringList skipped;             ///< one line per row or tab left out, with the reason
    QStringList notes;               ///< what the user should check or add (bandwidth …)
    QList<GpuSuggestion> hostModels; ///< every host model seen, with a suggestion if known
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Host models found in the inventory, each with a GPU suggestion where Tarmac knows the
/// server (for the confirmation step before the import).
QList<GpuSuggestion> hostModelsOf(const RvToolsInventory &inventory);

/// Turns the inventory into a project: each datacenter a site zone; each vSphere cluster a
/// CPU cluster (hosts, cores and memory per host from vHost; HA failover hosts from vCluster),
/// its hosts of a confirmed GPU model a GPU cluster; shared datastores file storage (NFS) or
/// block storage (VMFS, vSAN, vVol) with their capacity. Hosts outside any cluster are grouped
/// per datacenter; datastores local to one host are skipped (boot and scratch disks).
RvToolsImport importRvTools(const RvToolsInventory &inventory, const QList<GpuHostModel> &gpus,
                            const Catalog &catalog);

/// What an import did, in words: made, skipped, to check (the CLI prints it, the GUI shows it).
QString importSummary(const RvToolsImport &result);

} // namespace tarmac
