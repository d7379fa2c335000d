#pragma once

#include "catalog/catalog.h"
#include "engine/result.h"
#include "model/project.h"
#include "model/quantity.h"

#include <QByteArray>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace tarmac {

/// Which picture of the project a diagram draws.
enum class DiagramView {
    Lifecycle,      ///< stages and flows, ranked left to right in lifecycle order
    Infrastructure, ///< components clustered by zone, links to fabrics
    Mapping,        ///< stages above, components below, bindings between
};

enum class DiagramFormat {
    Svg,
    Png,
    Pdf,
    Dot,
    Drawio,  ///< uncompressed .drawio (mxGraph XML) that draw.io opens and edits
    Mermaid, ///< a Mermaid flowchart for Markdown documents
};

/// Where nodes go: the user's canvas positions, or a fresh automatic layout — as wide as it
/// likes, or shaped for a portrait page (Page: the drawing runs down instead of across:
/// lifecycle stages top to bottom, the mapping view's stages in a column on the left with
/// what they run on to their right, components beside their fabrics), so that a view of a
/// dozen cards reads at page width without shrinking.
enum class DiagramLayout { Canvas, Auto, Page };

struct DiagramOptions {
    DiagramView view = DiagramView::Mapping;
    DiagramFormat format = DiagramFormat::Svg;
    /// Unset: Canvas when the project has a layout entry for any drawn item, else Auto.
    std::optional<DiagramLayout> layout;
    int dpi = 96; ///< PNG only: pixels per inch; 72 points make one inch
    bool dark = false;
    UnitSystem units = UnitSystem::SI; ///< of the sizes on the cards and in the findings
    const Catalog *catalog = nullptr;  ///< the engine's catalog; null: the built-in one
    /// Only part of the picture: the components in this zone and the zones inside it, the
    /// fabrics they are linked to and the stages bound to them (lifecycle: the stages bound
    /// to them). Empty: everything. An unknown id draws nothing and says so.
    QString zone;
    /// The process exits right after (the command line): Graphviz's graph is kept, not freed;
    /// freeing 10,000 nodes one by one took 8 % of an export (decision 0022).
    bool keepUntilExit = false;
};

/// The rendered bytes, or why there are none.
struct DiagramResult {
    QByteArray data;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Lays out and renders one view. Coordinates: one canvas pixel is one point (1/72 in), so
/// a canvas-layout PNG at 72 dpi has the canvas's own size. PNG is rasterised from the SVG
/// with QSvgRenderer when a QGuiApplication exists (the CLI creates an offscreen one), with
/// Graphviz's cairo renderer otherwise; its size is the SVG's size in points × dpi / 72.
/// PDF is vector (Graphviz's cairo renderer). Thread-safe: Graphviz calls are serialised.
DiagramResult renderDiagram(const Project &project, const EngineResult &result,
                            const DiagramOptions &options);

/// Placements (canvas coordinates, as Project::layout: top-left of stages and components,
/// rectangle of zones) of every element from an automatic layout of the mapping view with
/// zones as clusters around their components, for the GUI's "Arrange" action. `cancelled`
/// (may be null) is polled; returns {} once it becomes true.
QMap<QString, Placement> arrangePlacements(const Project &project,
                                           const std::atomic<bool> *cancelled);

/// Where the canvas draws elements the project gives no position: stages in lifecycle
/// bands on top, components inside their zones and racks inside their sites below (the
/// same packing Arrange uses for graphs too large for Graphviz). Deterministic and linear.
QMap<QString, Placement> packedCanvasLayout(const Project &project);

/// The zones a large view splits into so that each part can be read on a page: the zones one
/// level below the outermost zone that holds every component (the sites of a multi-site
/// project; the racks of a one-site one), in project order. Empty when there is nothing to
/// split (fewer than two such zones with components in them).
QStringList diagramParts(const Project &project);
/// "lifecycle", "infrastructure", "mapping" (case-insensitive); false for anything else.
bool parseDiagramView(const QString &text, DiagramView *view);
/// "svg", "png", "pdf", "dot" (also "gv").
bool parseDiagramFormat(const QString &text, DiagramFormat *format);
/// "canvas", "auto".
bool parseDiagramLayout(const QString &text, DiagramLayout *layout);
/// The name parseDiagramView() accepts, for file names and messages.
QString diagramViewName(DiagramView view);

} // namespace tarmac
