// The readers at scale: generated projects of 1,000 / 10,000 / 100,000 stages read from JSON and
// from .tarmac, 100,000 bindings and 100,000 links, and a 10,000-deep zone chain refused; then
// `tarmac check` as a whole process on the same files. Prints "bench: NAME VALUE UNIT" lines and
// the 10× ratios (a quadratic term shows as ~100×, a linear one as ~10×).

#include "projectgenerator.h"
#include "storage/jsonformat.h"
#include "storage/sqliteformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tarmac;

namespace {

double msOf(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

double processMs(const QStringList &args)
{
    return msOf([&] {
        QProcess p;
        p.start(QStringLiteral(TARMAC_BINARY), args);
        p.waitForFinished(600000);
    });
}

/// The peak resident memory of `tarmac ARGS` itself (output to /dev/null), read through
/// wait4 for that child alone: RUSAGE_CHILDREN is the largest of all children.
double peakMiBOf(const QStringList &args)
{
    std::vector<QByteArray> bytes{QByteArrayLiteral(TARMAC_BINARY)};
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    // fork, not posix_spawn: a vfork-style child runs on the parent's memory until it execs,
    // and Linux then charges it the parent's peak (1.43 GiB here: the bench's own). A forked
    // child starts from the parent's present, trimmed size.
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return double(usage.ru_maxrss) / 1024;
}

double checkProcessMs(const QString &path)
{
    return processMs({QStringLiteral("check"), path});
}

void printGoal(const char *name, double ms, double goalMs)
{
    std::printf("bench: %s %.1f ms (goal <= %g: %s)\n", name, ms, goalMs,
                ms <= goalMs ? "ok" : "over");
}

QByteArray manyBindingsAndLinks(int count)
{
    // count bindings (stages × 100 storage systems) and count links (count kv stores on a fabric)
    QJsonArray stages, components, bindings, links;
    const int stageCount = count / 100;
    for (int s = 0; s < stageCount; ++s)
        stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(s)},
                                  {QStringLiteral("kind"), QStringLiteral("processing")}});
    for (int c = 0; c < 100; ++c)
        components.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("c%1").arg(c)},
            {QStringLiteral("kind"), QStringLiteral("file-storage")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("rawCapacity"), 1e15}}}});
    components.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("fab")},
                    {QStringLiteral("kind"), QStringLiteral("fabric")},
                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("linkSpeed"), 1.25e10},
                                                           {QStringLiteral("ports"), 64}}}});
    for (int s = 0; s < stageCount; ++s) {
        for (int c = 0; c < 100; ++c)
            bindings.append(QJsonObject{{QStringLiteral("stage"), QStringLiteral("s%1").arg(s)},
                                        {QStringLiteral("component"), QStringLiteral("c%1").arg(c)},
                                        {QStringLiteral("role"), QStringLiteral("reads")}});
    }
    for (int c = 0; c < count; ++c) {
        components.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(c)},
                        {QStringLiteral("kind"), QStringLiteral("kv-store")},
                        {QStringLiteral("params"), QJsonObject{{QStringLiteral("memory"), 1e9}}}});
        links.append(QJsonObject{{QStringLiteral("component"), QStringLiteral("n%1").arg(c)},
                                 {QStringLiteral("fabric"), QStringLiteral("fab")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("tarmac-project")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("stages"), stages},
                                     {QStringLiteral("components"), components},
                                     {QStringLiteral("bindings"), bindings},
                                     {QStringLiteral("links"), links}})
        .toJson(QJsonDocument::Compact);
}

QByteArray zoneChain(int depth)
{
    QJsonArray zones;
    for (int i = 0; i < depth; ++i) {
        QJsonObject z{{QStringLiteral("id"), QStringLiteral("z%1").arg(i)},
                      {QStringLiteral("kind"), QStringLiteral("rack")}};
        if (i > 0)
            z.insert(QStringLiteral("parent"), QStringLiteral("z%1").arg(i - 1));
        zones.append(z);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("tarmac-project")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("zones"), zones}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const bool withProcess = !app.arguments().contains(QStringLiteral("--no-process"));
    double previousJson = 0, previousCheck = 0;
    QString checked100k;
    for (int n : {1000, 10000, 100000}) {
        const QString json = dir.filePath(QStringLiteral("p%1.json").arg(n));
        const QString tarmac = dir.filePath(QStringLiteral("p%1.tarmac").arg(n));
        if (n == 100000)
            checked100k = json;
        double jsonMs = 0, tarmacMs = 0;
        {
            // Freed before the processes below start: a child forked from a parent that holds
            // two copies of 100,000 stages was charged the parent's pages (peak memory) and the
            // copying of its page tables (time).
            const Project project = testing::generateProject(7, n, n * 3 / 10, n * 2);
            writeBytes(json, JsonFormat::toJson(project));
            SqliteFormat().write(project, tarmac);
            ReadResult r;
            jsonMs = msOf([&] { r = JsonFormat().read(json); });
            if (!r.ok())
                std::fprintf(stderr, "bench_readers: %s\n", qPrintable(r.error));
            tarmacMs = msOf([&] { r = SqliteFormat().read(tarmac); });
        }
        malloc_trim(0); // and given back to the system, or the child still inherits the pages
        std::printf("bench: read_json_%d_stages %.1f ms\n", n, jsonMs);
        std::printf("bench: read_tarmac_%d_stages %.1f ms\n", n, tarmacMs);
        if (previousJson > 0)
            std::printf("bench: read_json_ratio_%d_over_%d %.1f x\n", n, n / 10,
                        jsonMs / previousJson);
        previousJson = jsonMs;
        if (withProcess) {
            const double checkMs = checkProcessMs(json);
            const QByteArray name = "check_process_" + QByteArray::number(n) + "_stages";
            if (n == 10000)
                printGoal(name.constData(), checkMs, 500);
            else if (n == 100000)
                printGoal(name.constData(), checkMs, 6000);
            else
                std::printf("bench: %s %.1f ms\n", name.constData(), checkMs);
            if (previousCheck > 0) {
                const double ratio = checkMs / previousCheck;
                std::printf("bench: check_process_ratio_%d_over_%d %.1f x (goal <= 15: %s)\n", n,
                            n / 10, ratio, ratio <= 15 ? "ok" : "over");
            }
            previousCheck = checkMs;
            if (n == 10000) {
                // The mapping diagram with automatic layout, reading and checking included.
                const QString svg = dir.filePath(QStringLiteral("mapping.svg"));
                printGoal("export_mapping_svg_auto_10000_stages_process",
                          processMs({QStringLiteral("export"), json, QStringLiteral("--view"),
                                     QStringLiteral("mapping"), QStringLiteral("--format"),
                                     QStringLiteral("svg"), QStringLiteral("--layout"),
                                     QStringLiteral("auto"), QStringLiteral("-o"), svg}),
                          3000);
            }
        }
    }
    const QByteArray many = manyBindingsAndLinks(100000);
    const QString manyPath = dir.filePath(QStringLiteral("many.json"));
    writeBytes(manyPath, many);
    std::printf("bench: read_json_100000_bindings_100000_links %.1f ms\n",
                msOf([&] { JsonFormat::fromJson(many); }));
    if (withProcess) {
        const double peakMiB = peakMiBOf({QStringLiteral("check"), checked100k});
        std::printf("bench: check_process_100000_stages_peak_rss %.0f MiB (goal <= 2048: %s)\n",
                    peakMiB, peakMiB <= 2048 ? "ok" : "over");
        std::printf("bench: check_process_100000_bindings_100000_links %.1f ms\n",
                    checkProcessMs(manyPath));
    }
    const QByteArray chain = zoneChain(10000);
    std::printf("bench: refuse_zone_chain_10000_deep %.1f ms\n",
                msOf([&] { JsonFormat::fromJson(chain); }));
    return 0;
}
