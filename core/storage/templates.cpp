#include "templates.h"

#include "jsonformat.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace tarmac {

QList<TemplateInfo> bundledTemplates()
{
    return {
        {u"llm-platform"_s,
         QCoreApplication::translate(
             "tarmac::Templates", "LLM fine-tuning and serving platform on vSphere (the example)"),
         u":/examples/llm-platform.json"_s},
        {u"vision-training"_s,
         QCoreApplication::translate(
             "tarmac::Templates",
             "Vision training fed from a parallel file system (MLPerf Storage profiles)"),
         u":/examples/vision-training.json"_s},
        {u"llm-pretraining"_s,
         QCoreApplication::translate("tarmac::Templates",
                                     "LLM pre-training on an HGX H100 cluster (InfiniBand NDR, "
                                     "parallel file system for checkpoints)"),
         u":/examples/llm-pretraining.json"_s},
        {u"llm-rag-vsphere"_s,
         QCoreApplication::translate("tarmac::Templates",
                                     "LLM fine-tuning and RAG serving on vSphere (L40S serving "
                                     "hosts, vector index, object storage)"),
         u":/examples/llm-rag-vsphere.json"_s},
        {u"vision-nfs"_s,
         QCoreApplication::translate(
             "tarmac::Templates",
             "Vision training fed from NFS (MLPerf Storage ResNet-50 and 3D U-Net profiles)"),
         u":/examples/vision-nfs.json"_s},
        {u"tabular-realtime"_s,
         QCoreApplication::translate(
             "tarmac::Templates",
             "Tabular ML with an online/offline feature store and real-time serving"),
         u":/examples/tabular-realtime.json"_s},
        {u"edge-inference"_s,
         QCoreApplication::translate(
             "tarmac::Templates", "Edge inference on NVIDIA L4 servers, trained at a central site"),
         u":/examples/edge-inference.json"_s},
        {u"notebook-platform"_s,
         QCoreApplication::translate(
             "tarmac::Templates",
             "Notebook and experimentation platform on shared A100 GPUs and NFS"),
         u":/examples/notebook-platform.json"_s},
        {u"two-site"_s,
         QCoreApplication::translate("tarmac::Templates",
                                     "Two-site platform: training in one site, serving in another"),
         u":/examples/two-site.json"_s},
        {u"empty"_s, QCoreApplication::translate("tarmac::Templates", "An empty project"),
         QString()},
    };
}

Project loadTemplate(const QString &name, QString *error)
{
    for (const TemplateInfo &t : bundledTemplates()) {
        if (t.name != name)
            continue;
        if (t.resource.isEmpty()) {
            Project p;
            p.name = QCoreApplication::translate("tarmac::Templates", "New project");
            return p;
        }
        QFile file(t.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = t.resource + u": missing from this build"_s;
            return {};
        }
        ReadResult r = JsonFormat::fromJson(file.readAll());
        if (!r.ok())
            *error = t.resource + u": "_s + r.error;
        return r.project;
    }
    QStringList names;
    for (const TemplateInfo &t : bundledTemplates())
        names << t.name;
    *error = u"unknown template \"%1\" (expected %2)"_s.arg(name, names.join(u", "_s));
    return {};
}

} // namespace tarmac
