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
