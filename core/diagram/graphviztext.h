#pragma once

#include <gvc.h>

namespace tarmac::diagram {

/// The plugins to hand gvContextPlugins() for a context that writes SVG and DOT: a text layout
/// that asks Graphviz's own pango plugin to measure each distinct text once and answers every
/// repeat (a kind's name, a status sign, the same figures) from what it measured. The sizes
/// are those pango gives, so every drawing is the same as without it. Null if the pango
/// plugin cannot be found next to libgvc; Graphviz then measures as usual.
///
/// Only for outputs that draw text themselves (SVG, DOT): the cairo renderers (PDF, PNG) draw
/// the layout pango made for each text, which a remembered size does not have.
const lt_symlist_t *rememberingTextLayout();

} // namespace tarmac::diagram
