#pragma once

#include "canvasitems.h"
#include "diagram/diagram.h"
#include "model/quantity.h"

#include <QGraphicsScene>
#include <functional>

namespace tarmac {

class LiveEngine;
class NotePinItem;

/// The canvas: a view of the document, never the data. Items are created, updated and
/// removed from the document's change events; every gesture becomes an undo command.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    using RoleChooser = std::function<QString(const QStringList &roles, const QPoint &screenPos)>;

    CanvasScene(ProjectDocument *document, LiveEngine *engine, QObject *parent = nullptr);
    ~CanvasScene() override;

    ProjectDocument *document() const { return m_document; }
    NodeItem *node(const QString &id) const { return m_nodes.value(id); }
    ZoneItem *zone(const QString &id) const { return m_zones.value(id); }
    EdgeItem *edge(const QString &key) const { return m_edges.value(key); }
    /// The card, zone or edge drawn for `id` (an edge by its key), or null.
    QGraphicsItem *itemFor(const QString &id) const;
    QList<NodeItem *> nodes() const { return m_nodes.values(); }
    /// Cards and zones in the order Tab walks them and screen readers list them: top to
    /// bottom, then left to right.
    QList<QGraphicsObject *> itemsInReadingOrder() const;

    /// Zoomed far out (kOverviewZoom): cards and edges paint nothing and the view draws them
    /// in a few batched calls (paintOverview); items added meanwhile follow.
    void setOverview(bool on);
    bool overview() const { return m_overview; }
    void paintOverview(QPainter *painter, const QRectF &exposed) const;

    /// Whose picture the canvas shows. Lifecycle (the data-science view): stages and flows
    /// only, the cards in a data scientist's words with what each stage runs on and how it
    /// fares; Infrastructure: components, zones and links, each card with the demand on it
    /// and the stages it comes from; Mapping: everything (the default).
    void setPersonaView(DiagramView view);
    DiagramView personaView() const { return m_personaView; }
    /// Whether items of this type are drawn in the current persona view.
    bool showsType(ItemType type) const;
    /// If the view hides any of `ids`, shows everything (Mapping) and returns true.
    bool showAllIfHidden(const QStringList &ids);
    /// After an add or a paste: showAllIfHidden, and says so, so that nothing is added out of
    /// sight.
    void revealAdded(const QStringList &ids);
    /// The pin of notes on this element, or null when it has none (or is not drawn).
    NotePinItem *notePin(const QString &id) const { return m_pins.value(id); }

    /// Ids of the selected stages, components, zones and flows, and keys of bindings and links.
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

    void setSnapToGrid(bool on);
    /// Sizes on the cards and in their tooltips; figures are made again at once.
    void setUnits(UnitSystem units);
    bool snapToGrid() const { return property("snapToGrid").toBool(); }

    /// Adds an element from a palette spec ("stage:training") centred at `pos` (one undo step),
    /// selects it and returns its id; empty if the spec is unknown.
    QString addFromSpec(const QString &spec, const QPointF &pos);
    /// Connects as a port drag would: a flow (stage→stage), a binding (stage→component) or a
    /// link (component→fabric). Returns false and says why when the pair is refused.
    bool connectItems(NodeItem *from, PortKind port, NodeItem *to, const QPoint &screenPos,
                      QString *why);
    /// Whether a connection from `from` via `port` to `to` would be accepted.
    bool canConnect(NodeItem *from, PortKind port, NodeItem *to, QString *why = nullptr) const;
    /// How storage bindings ask for their role (reads or writes); tests replace the menu.
    void setRoleChooser(RoleChooser chooser) { m_roleChooser = std::move(chooser); }
    /// Moves the selection by `delta` as one undo step (arrow keys).
    void nudgeSelection(const QPointF &delta);
    /// Where an item without a stored position is drawn.
    QPointF defaultPosition(ItemType type, int index) const;

signals:
    /// A short message for the status bar (refused bindings, hints).
    void message(const QString &text);
    /// The single selected element changed (or nothing/many: type Project, empty id).
    void currentItemChanged(tarmac::ItemType type, const QString &id);
    /// setPersonaView changed the view (the switch follows, whoever asked).
    void personaViewChanged(tarmac::DiagramView view);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void onChange(const ChangeEvent &event);
    void refreshFigures();
    void addNode(ItemType type, const QString &id);
    void addZone(const QString &id);
    void addEdge(ItemType type, const QString &key);
    void removeAnything(ItemType type, const QString &id);
    void refreshContent(ItemType type, const QString &id);
    void applyPlacement(const QString &id);
    /// The document's position for an item, or where it is drawn by default.
    QPointF storedPosition(const QString &id) const;
    void updateEdgesOf(const QString &nodeId);
    void onZoneMoved(ZoneItem *zone);
    void commitMoves();
    /// Marks the zone a dragged component is about to enter or leave, and says so.
    void showZoneChange();
    QStringList zoneContents(const QString &zoneId) const;
    QString innermostZoneAt(const QPointF &scenePos, const QString &exclude) const;
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void clearHover();
    /// Shows or hides one item for the persona view.
    void applyPersona(QGraphicsItem *item, ItemType type) const;
    /// Puts a pin on every element with notes and takes it off those without.
    void refreshNotePins();

    ProjectDocument *m_document;
    LiveEngine *m_engine;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, ZoneItem *> m_zones;
    QHash<QString, EdgeItem *> m_edges;
    bool m_overview = false;
    DiagramView m_personaView = DiagramView::Mapping;
    QHash<QString, NotePinItem *> m_pins; ///< element id → its pin (a child of its item)
    QHash<QString, QPointF> m_zoneLastPos;
    /// Where elements without a stored placement are drawn (packedCanvasLayout), made when
    /// the canvas is built.
    QMap<QString, Placement> m_autoLayout;
    RoleChooser m_roleChooser;
    bool m_syncing = false;
    UnitSystem m_units = UnitSystem::SI;
    // connection drag
    PortItem *m_port = nullptr;
    QGraphicsPathItem *m_rubber = nullptr;
    NodeItem *m_hover = nullptr;
    ZoneItem *m_zoneHint = nullptr; ///< the zone a drag is about to change membership of
    // zone resize drag
    ZoneItem *m_resizing = nullptr;
    QPointF m_resizeOrigin;
    QSizeF m_resizeStartSize;
    int m_dragId = 0;
};

} // namespace tarmac
