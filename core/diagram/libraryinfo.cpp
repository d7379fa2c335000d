#include "libraryinfo.h"

#include <gvc.h>
#include <sqlite3.h>

namespace tarmac {

QString graphvizVersion()
{
    GVC_t *context = gvContext();
    const QString version = QString::fromUtf8(gvcVersion(context));
    gvFreeContext(context);
    return version;
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace tarmac
