// Text measuring for Graphviz without measuring the same text twice. At 10,000 stages an SVG
// export asked pango for the size of 40,000 spans, most of them repeats ("GPU cluster", a
// status sign), and that was a fifth of the export.

#include "graphviztext.h"

#include <QByteArray>
#include <cstring>
#include <dlfcn.h>
#include <gvplugin.h>
#include <gvplugin_textlayout.h>
#include <string>
#include <unordered_map>

namespace tarmac::diagram {
namespace {

using Measure = boolean (*)(textspan_t *span, char **fontpath);

/// Graphviz's pango text layout, found the way Graphviz finds its plugins: in the "graphviz"
/// folder beside libgvc.
Measure pangoMeasure()
{
    static const Measure measure = []() -> Measure {
        Dl_info info{};
        if (dladdr(reinterpret_cast<void *>(&gvContext), &info) == 0 || !info.dli_fname)
            return nullptr;
        QByteArray path(info.dli_fname);
        path.truncate(path.lastIndexOf('/') + 1);
        path += "graphviz/libgvplugin_pango.so.6";
        // Kept loaded for the life of the process, as Graphviz keeps its plugins.
        void *plugin = dlopen(path.constData(), RTLD_NOW | RTLD_LOCAL);
        if (!plugin)
            return nullptr;
        const auto *library =
            static_cast<const gvplugin_library_t *>(dlsym(plugin, "gvplugin_pango_LTX_library"));
        if (!library)
            return nullptr;
        for (const gvplugin_api_t *api = library->apis; api && api->types; ++api) {
            if (api->api != API_textlayout)
                continue;
            for (const gvplugin_installed_t *type = api->types; type->type; ++type) {
                if (std::strcmp(type->type, "textlayout") == 0 && type->engine)
                    return static_cast<const gvtextlayout_engine_t *>(type->engine)->textlayout;
            }
        }
        return nullptr;
    }();
    return measure;
}

struct Metrics {
    pointf size;
    double yoffsetLayout, yoffsetCenterline;
};

/// What a span's size depends on: its font's name, size and style flags, and its text.
std::string keyOf(const textspan_t *span)
{
    const textfont_t *font = span->font;
    std::string key;
    key.reserve(64);
    key += font && font->name ? font->name : "";
    key += '\0';
    const double size = font ? font->size : 0;
    const unsigned flags = font ? font->flags : 0;
    key.append(reinterpret_cast<const char *>(&size), sizeof size);
    key.append(reinterpret_cast<const char *>(&flags), sizeof flags);
    key += span->str ? span->str : "";
    return key;
}

boolean rememberedLayout(textspan_t *span, char **fontpath)
{
    // Graphviz calls text layouts under the one lock every diagram takes (diagramgraphviz.cpp).
    static std::unordered_map<std::string, Metrics> measured;
    std::string key = keyOf(span);
    if (const auto found = measured.find(key); found != measured.end() && !fontpath) {
        span->size = found->second.size;
        span->yoffset_layout = found->second.yoffsetLayout;
        span->yoffset_centerline = found->second.yoffsetCenterline;
        span->layout = nullptr;
        span->free_layout = nullptr;
        return TRUE;
    }
    if (!pangoMeasure()(span, fontpath))
        return FALSE;
    // SVG and DOT never draw pango's layout: free it now rather than with the graph.
    if (span->layout && span->free_layout)
        span->free_layout(span->layout);
    span->layout = nullptr;
    span->free_layout = nullptr;
    if (measured.size() > 200000)
        measured.clear(); // a bound for a long session; the next diagram measures afresh
    measured.emplace(std::move(key),
                     Metrics{span->size, span->yoffset_layout, span->yoffset_centerline});
    return TRUE;
}

gvtextlayout_engine_t rememberingEngine = {rememberedLayout};
// Quality 100: chosen over pango's own (quality 0) for the "textlayout" type.
gvplugin_installed_t textLayouts[] = {{0, "textlayout", 100, &rememberingEngine, nullptr},
                                      {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t apis[] = {{API_textlayout, textLayouts}, {static_cast<api_t>(0), nullptr}};
char packageName[] = "tarmac_text";
gvplugin_library_t library = {packageName, apis};
// gvContextPlugins installs builtins whose name starts with 'g' and contains "_LTX_library".
lt_symlist_t builtins[] = {{"gvplugin_tarmac_text_LTX_library", &library}, {nullptr, nullptr}};

} // namespace

const lt_symlist_t *rememberingTextLayout()
{
    return pangoMeasure() ? builtins : nullptr;
}

} // namespace tarmac::diagram
