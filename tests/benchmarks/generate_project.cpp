// Writes a generated project (the benchmarks' proportions) for profiling by hand:
//   generate_project STAGES OUT.json|OUT.tarmac

#include "projectgenerator.h"
#include "storage/projectformat.h"

#include <QCoreApplication>
#include <cstdio>

using namespace tarmac;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int stages = args.value(1).toInt(&ok);
    if (args.size() != 3 || !ok || stages < 1) {
        std::fprintf(stderr, "usage: generate_project STAGES OUT.json|OUT.tarmac\n");
        return 2;
    }
    const Project project = testing::generateProject(7, stages, stages * 3 / 10, stages * 2);
    const QString error = writeProjectFile(project, args[2]);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    return 0;
}
