// The .tarmac loader (SQLite, opened defensively from memory) on arbitrary bytes. Seeds are
// real project files, so mutations reach the schema checks, not only the header test.

#include "storage/jsonformat.h"
#include "storage/sqliteformat.h"

#include <cstdlib>

using namespace tarmac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SqliteFormat format;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult r = format.fromBytes(bytes);
    if (r.ok()) {
        // Whatever it accepts is a valid interchange project too.
        if (!JsonFormat::fromJson(JsonFormat::toJson(r.project)).ok())
            std::abort();
    } else if (r.error.contains(u'\n')) {
        std::abort(); // the CLI promises one line
    }
    return 0;
}
