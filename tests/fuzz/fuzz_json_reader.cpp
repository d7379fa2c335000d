// The JSON interchange reader on arbitrary bytes. Properties checked beyond "no crash":
// a project it accepts writes back to JSON that it accepts again as the same project, and
// the engine's output for it holds only finite numbers.

#include "engine/engine.h"
#include "engine/resultoutput.h"
#include "storage/jsonformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <cstdlib>

using namespace tarmac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult first = JsonFormat::fromJson(bytes);
    if (!first.ok())
        return 0;
    const ReadResult again = JsonFormat::fromJson(JsonFormat::toJson(first.project));
    if (!again.ok() || !(again.project == first.project))
        std::abort(); // the round trip lost or changed something
    if (first.project.stages.size() + first.project.components.size() > 200)
        return 0; // keep iterations fast; scale is what the benchmarks are for
    const EngineResult result = computeRequirements(first.project);
    const QJsonObject out = requirementsToJson(first.project, result);
    for (const QJsonValue stage : out.value(u"stages").toArray()) {
        const QJsonObject reqs = stage.toObject().value(u"requirements").toObject();
        for (auto it = reqs.begin(); it != reqs.end(); ++it) {
            if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
                std::abort(); // a promised number came out as null or infinity
        }
    }
    return 0;
}
