<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Drag to another stage to draw a data flow</source>
        <translation>Faites glisser vers une autre étape pour tracer un flux de données</translation>
    </message>
    <message>
        <source>Drag to a cluster, storage system or key-value store to bind this stage</source>
        <translation>Faites glisser vers un cluster, un système de stockage ou un magasin clé-valeur pour associer cette étape</translation>
    </message>
    <message>
        <source>Drag to a network fabric to link this component</source>
        <translation>Faites glisser vers une fabric réseau pour relier ce composant</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Baie</translation>
    </message>
</context>
<context>
    <name>tarmac::ArrangeController</name>
    <message>
        <source>Arranging the canvas with Graphviz…</source>
        <translation>Disposition du canevas avec Graphviz…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
</context>
<context>
    <name>tarmac::BandwidthChart</name>
    <message>
        <source>Bandwidth across each fabric</source>
        <translation>Bande passante sur chaque fabric</translation>
    </message>
    <message>
        <source>No network fabric modelled yet</source>
        <translation>Aucune fabric réseau modélisée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Bandwidth of each flow while it moves</source>
        <translation>Bande passante de chaque flux pendant son transfert</translation>
    </message>
    <message>
        <source>No data flows yet</source>
        <translation>Aucun flux de données pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 — the %2 busiest of %3</source>
        <translation>%1 — les %2 plus chargés sur %3</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Bandwidth (%1)</source>
        <translation>Bande passante (%1)</translation>
    </message>
</context>
<context>
    <name>tarmac::BandwidthModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>%1 (%2 → %3): %4 while it moves</source>
        <extracomment>dataset, from stage, to stage, rate</extracomment>
        <translation>%1 (%2 → %3)&#xa0;: %4 pendant le transfert</translation>
    </message>
    <message>
        <source>%1: %2 crosses it; its capacity is not known</source>
        <translation>%1&#xa0;: %2 la traversent&#xa0;; sa capacité est inconnue</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4)</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Aligner les centres &amp;horizontalement</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Aligner les centres &amp;verticalement</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Répartir v&amp;erticalement</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Magnétisme de la grille</translation>
    </message>
    <message>
        <source>Align and &amp;Distribute</source>
        <translation>Aligner et &amp;répartir</translation>
    </message>
    <message>
        <source>The clipboard holds no Tarmac elements (%1).</source>
        <translation>Le presse-papiers ne contient aucun élément Tarmac (%1).</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Rien à coller.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>Align and Distribute</source>
        <translation>Aligner et répartir</translation>
    </message>
    <message>
        <source>Co&amp;nnect To…</source>
        <translation>Co&amp;nnecter à…</translation>
    </message>
    <message>
        <source>Select one stage or component to connect it.</source>
        <translation>Sélectionnez une étape ou un composant pour le connecter.</translation>
    </message>
    <message>
        <source>Data flow to</source>
        <translation>Flux de données vers</translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation>Lier à</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Relier à</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing on the canvas can be connected to “%1”.</source>
        <translation>Rien sur le canevas ne peut être connecté à « %1 ».</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasNavigator</name>
    <message>
        <source>Overview map</source>
        <translation>Carte d’ensemble</translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the view</source>
        <translation>L’ensemble de la conception ; cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasScene</name>
    <message>
        <source>Bind as</source>
        <translation>Associer en tant que</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Drop on another item to connect.</source>
        <translation>Déposez sur un autre élément pour connecter.</translation>
    </message>
    <message>
        <source>A data flow goes from one stage to another; bind stages to infrastructure with the connector below the stage.</source>
        <translation>Un flux de données va d&apos;une étape à une autre&#xa0;; associez les étapes à l&apos;infrastructure avec le connecteur situé sous l&apos;étape.</translation>
    </message>
    <message>
        <source>Bind a stage to a cluster, a storage system or a key-value store.</source>
        <translation>Associez une étape à un cluster, un système de stockage ou un magasin clé-valeur.</translation>
    </message>
    <message>
        <source>A stage cannot be bound to a network fabric; link its cluster and storage to the fabric instead.</source>
        <translation>Une étape ne peut pas être associée à une fabric réseau&#xa0;; reliez plutôt son cluster et son stockage à la fabric.</translation>
    </message>
    <message>
        <source>%1 already reads from and writes to %2.</source>
        <translation>%1 lit et écrit déjà dans %2.</translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation>%1 est déjà associé à %2.</translation>
    </message>
    <message>
        <source>Link components to a network fabric.</source>
        <translation>Reliez les composants à une fabric réseau.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 est déjà relié à %2.</translation>
    </message>
    <message>
        <source>Draw flow</source>
        <translation>Tracer un flux</translation>
    </message>
    <message>
        <source>Binding cancelled.</source>
        <translation>Association annulée.</translation>
    </message>
    <message>
        <source>Link to fabric</source>
        <translation>Relier à la fabric</translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation>Redimensionner la zone</translation>
    </message>
    <message>
        <source>Move into zone</source>
        <translation>Déplacer dans la zone</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Release to take “%1” out of “%2”</source>
        <translation>Relâchez pour sortir « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>Release to move “%1” into “%2”</source>
        <translation>Relâchez pour déplacer « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>Bind “%1” to “%2” as %3</source>
        <translation>Lier « %1 » à « %2 » (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>runs on nothing yet</source>
        <translation>ne tourne encore sur rien</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>used by no stage</source>
        <translation>utilisé par aucune étape</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Showing the Mapping view, which draws what you added.</source>
        <translation>Vue Correspondance : elle montre ce que vous avez ajouté.</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Lifecycle stages and infrastructure; drag from the palette to add, drag from a port to connect</source>
        <translation>Étapes du cycle de vie et infrastructure&#xa0;; faites glisser depuis la palette pour ajouter, depuis un port pour connecter</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>convient</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>tarmac::ChartFactory</name>
    <message>
        <source>million</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>milliers</translation>
    </message>
</context>
<context>
    <name>tarmac::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Demand against capacity chart</source>
        <translation>Graphique demande / capacité</translation>
    </message>
    <message>
        <source>Storage growth chart</source>
        <translation>Graphique de croissance du stockage</translation>
    </message>
    <message>
        <source>Bandwidth per flow and fabric</source>
        <translation>Bande passante par flux et par fabric</translation>
    </message>
    <message>
        <source>Bandwidth per flow chart</source>
        <translation>Graphique de bande passante par flux</translation>
    </message>
    <message>
        <source>Bandwidth per fabric chart</source>
        <translation>Graphique de bande passante par fabric</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Besoins de chaque étape</translation>
    </message>
    <message>
        <source>%1 per stage chart</source>
        <translation>Graphique %1 par étape</translation>
    </message>
    <message>
        <source>Lifecycle colours</source>
        <translation>Couleurs du cycle de vie</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Stage needs</source>
        <translation>Besoins des étapes</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the chart “%1”</source>
        <translation>Exporter le graphique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Enregistrer ce graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>tarmac::Commands</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Ajouter %n élément</numerusform>
            <numerusform>Ajouter %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renommer en %1</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Changer de persona</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of zone</source>
        <translation>Sortir de la zone</translation>
    </message>
    <message>
        <source>Put into zone</source>
        <translation>Placer dans la zone</translation>
    </message>
    <message>
        <source>Nest zone</source>
        <translation>Imbriquer la zone</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
</context>
<context>
    <name>tarmac::Diagram</name>
    <message>
        <source>the diagram could not be rasterised</source>
        <translation>le diagramme n&apos;a pas pu être rastérisé</translation>
    </message>
    <message>
        <source>the diagram is too large for PNG at %1 dpi (%2 × %3 pixels); use SVG or PDF, or a lower --dpi</source>
        <translation>le diagramme est trop grand pour un PNG à %1 dpi (%2 × %3 pixels)&#xa0;; utilisez SVG ou PDF, ou une valeur --dpi plus faible</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 pixel image</source>
        <translation>mémoire insuffisante pour une image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>the PNG image could not be encoded</source>
        <translation>l&apos;image PNG n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>the diagram could not be converted to PDF</source>
        <translation>le diagramme n&apos;a pas pu être converti en PDF</translation>
    </message>
    <message>
        <source>unknown diagram format</source>
        <translation>format de diagramme inconnu</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation>Graphviz n&apos;a pas pu calculer la disposition du diagramme</translation>
    </message>
    <message>
        <source>Graphviz could not render the diagram</source>
        <translation>Graphviz n&apos;a pas pu effectuer le rendu du diagramme</translation>
    </message>
    <message>
        <source>Graphviz wrote DOT it cannot read back</source>
        <translation>Graphviz a écrit du DOT qu&apos;il ne peut pas relire</translation>
    </message>
    <message>
        <source>the diagram could not be laid out</source>
        <translation>le diagramme n’a pas pu être disposé</translation>
    </message>
    <message>
        <source>there is no zone &quot;%1&quot;</source>
        <translation>il n’y a pas de zone « %1 »</translation>
    </message>
</context>
<context>
    <name>tarmac::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>Mapping: stages over infrastructure</source>
        <translation>Correspondance&#xa0;: étapes sur l&apos;infrastructure</translation>
    </message>
    <message>
        <source>Lifecycle: stages and flows</source>
        <translation>Cycle de vie&#xa0;: étapes et flux</translation>
    </message>
    <message>
        <source>Infrastructure: components by zone</source>
        <translation>Infrastructure&#xa0;: composants par zone</translation>
    </message>
    <message>
        <source>Canvas positions</source>
        <translation>Positions du canevas</translation>
    </message>
    <message>
        <source>Automatic (Graphviz)</source>
        <translation>Automatique (Graphviz)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Automatic, for a portrait page</source>
        <translation>Automatique, pour une page en portrait</translation>
    </message>
</context>
<context>
    <name>tarmac::Findings</name>
    <message>
        <source>%1 has a parameter &quot;%2&quot; that Tarmac does not know; it is ignored.</source>
        <translation>%1 a un paramètre «&#xa0;%2&#xa0;» inconnu de Tarmac&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Check the spelling; known parameters: %1.</source>
        <translation>Vérifiez l&apos;orthographe&#xa0;; paramètres connus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is bound to %2 as %3, but a %4 cannot serve that role.</source>
        <translation>%1 est associé à %2 en tant que %3, mais un composant de type %4 ne peut pas tenir ce rôle.</translation>
    </message>
    <message>
        <source>Bind compute to a GPU or CPU cluster, reads/writes to storage, online-store to a key-value store.</source>
        <translation>Associez compute à un cluster GPU ou CPU, reads/writes à un stockage, online-store à un magasin clé-valeur.</translation>
    </message>
    <message>
        <source>%1 is linked to %2, which is not a network fabric.</source>
        <translation>%1 est relié à %2, qui n&apos;est pas une fabric réseau.</translation>
    </message>
    <message>
        <source>Link components to fabric components only.</source>
        <translation>Reliez les composants uniquement à des composants de type fabric.</translation>
    </message>
    <message>
        <source>Flow %1 is stored on %2, which is not a storage component.</source>
        <translation>Le flux %1 est stocké sur %2, qui n&apos;est pas un composant de stockage.</translation>
    </message>
    <message>
        <source>Choose a file, block, object or parallel file system as the store.</source>
        <translation>Choisissez comme stockage un stockage fichier, bloc ou objet, ou un système de fichiers parallèle.</translation>
    </message>
    <message>
        <source>Flow %1 (%2) has no store: neither a store parameter nor a writes binding of its producer.</source>
        <translation>Le flux %1 (%2) n&apos;a pas de stockage&#xa0;: ni paramètre store, ni association writes de son producteur.</translation>
    </message>
    <message>
        <source>Bind the producing stage to storage in the writes role, or set the flow&apos;s store.</source>
        <translation>Associez l&apos;étape productrice à un stockage dans le rôle writes, ou définissez le paramètre store du flux.</translation>
    </message>
    <message>
        <source>%1 needs %2 to state its capacity.</source>
        <translation>%1 a besoin de %2 pour indiquer sa capacité.</translation>
    </message>
    <message>
        <source>Set %1 in the properties of this component.</source>
        <translation>Renseignez %1 dans les propriétés de ce composant.</translation>
    </message>
    <message>
        <source>%1 names the accelerator &quot;%2&quot;, which is not in the catalog.</source>
        <translation>%1 désigne l&apos;accélérateur «&#xa0;%2&#xa0;», absent du catalogue.</translation>
    </message>
    <message>
        <source>Pick an accelerator from the catalog.</source>
        <translation>Choisissez un accélérateur dans le catalogue.</translation>
    </message>
    <message>
        <source>%1 uses the protection scheme &quot;%2&quot;, which is not in the catalog.</source>
        <translation>%1 utilise le schéma de protection «&#xa0;%2&#xa0;», absent du catalogue.</translation>
    </message>
    <message>
        <source>Pick a scheme from the catalog or write ec-K-M for K+M erasure coding.</source>
        <translation>Choisissez un schéma dans le catalogue ou écrivez ec-K-M pour un codage à effacement K+M.</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cœurs</translation>
    </message>
    <message>
        <source>Add GPU hosts, set a later deadline, or move a stage to another cluster.</source>
        <translation>Ajoutez des hôtes GPU, repoussez l&apos;échéance ou déplacez une étape vers un autre cluster.</translation>
    </message>
    <message>
        <source>Add hosts or cores, widen the processing window, or raise throughput per core.</source>
        <translation>Ajoutez des hôtes ou des cœurs, élargissez la fenêtre de traitement ou augmentez le débit par cœur.</translation>
    </message>
    <message>
        <source>Add memory or hosts, or reduce what is held in memory.</source>
        <translation>Ajoutez de la mémoire ou des hôtes, ou réduisez ce qui est conservé en mémoire.</translation>
    </message>
    <message>
        <source>Add ports or faster links, enable RDMA or jumbo frames, or spread the traffic.</source>
        <translation>Ajoutez des ports ou des liens plus rapides, activez RDMA ou les trames jumbo, ou répartissez le trafic.</translation>
    </message>
    <message>
        <source>Add capacity, keep fewer versions, use copy-on-write versioning, or a leaner protection scheme.</source>
        <translation>Ajoutez de la capacité, conservez moins de versions, utilisez un versionnage en copie sur écriture ou un schéma de protection plus économe.</translation>
    </message>
    <message>
        <source>Add drives or nodes, use faster media, or cache the hot data closer to compute.</source>
        <translation>Ajoutez des disques ou des nœuds, utilisez des supports plus rapides ou mettez les données chaudes en cache plus près du calcul.</translation>
    </message>
    <message>
        <source>Add drives or nodes, use faster media, or stagger the writers.</source>
        <translation>Ajoutez des disques ou des nœuds, utilisez des supports plus rapides ou échelonnez les écritures.</translation>
    </message>
    <message>
        <source>Add shards or replicas to the key-value store.</source>
        <translation>Ajoutez des partitions (shards) ou des réplicas au magasin clé-valeur.</translation>
    </message>
    <message>
        <source>%1 holds %2 today of %3 usable and runs out in month %4 of %5.</source>
        <translation>%1 contient aujourd&apos;hui %2 sur %3 utiles et sera saturé au mois %4 sur %5.</translation>
    </message>
    <message>
        <source>%1 is asked for %2 but gives %3 (%4).</source>
        <translation>%1 doit fournir %2 mais n&apos;offre que %3 (%4).</translation>
    </message>
    <message>
        <source>%1 needs %2 to compute its requirements.</source>
        <translation>%1 a besoin de %2 pour calculer ses besoins.</translation>
    </message>
    <message>
        <source>Set %1 in the properties of this stage.</source>
        <translation>Renseignez %1 dans les propriétés de cette étape.</translation>
    </message>
    <message>
        <source>%1 has no %2 binding, so %3 is not checked against any component.</source>
        <translation>%1 n&apos;a pas d&apos;association %2&#xa0;; aucun composant ne permet donc de vérifier %3.</translation>
    </message>
    <message>
        <source>Bind the stage to a component in the %1 role.</source>
        <translation>Associez l&apos;étape à un composant dans le rôle %1.</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>le temps GPU</translation>
    </message>
    <message>
        <source>%1 is bound to a CPU cluster only; GPU time needs a GPU cluster.</source>
        <translation>%1 n&apos;est associé qu&apos;à un cluster CPU&#xa0;; le temps GPU nécessite un cluster GPU.</translation>
    </message>
    <message>
        <source>Bind the stage to a GPU cluster in the compute role.</source>
        <translation>Associez l&apos;étape à un cluster GPU dans le rôle compute.</translation>
    </message>
    <message>
        <source>No fabric links %1 and %2, so the %3 between them is not checked against a network.</source>
        <translation>Aucune fabric ne relie %1 et %2&#xa0;; le trafic de %3 entre eux n&apos;est donc vérifié par rapport à aucun réseau.</translation>
    </message>
    <message>
        <source>Link both components to the fabric that carries this traffic.</source>
        <translation>Reliez les deux composants à la fabric qui transporte ce trafic.</translation>
    </message>
    <message>
        <source>%1 needs %2 per GPU, but a %3 has %4 (%5).</source>
        <translation>%1 a besoin de %2 par GPU, mais un %3 dispose de %4 (%5).</translation>
    </message>
    <message>
        <source>Raise the ZeRO stage, add model parallelism, or choose a GPU with more memory.</source>
        <translation>Augmentez le stade ZeRO, ajoutez du parallélisme de modèle ou choisissez un GPU doté de plus de mémoire.</translation>
    </message>
    <message>
        <source>where the data lands</source>
        <translation>l&apos;endroit où arrivent les données</translation>
    </message>
    <message>
        <source>its CPU cores</source>
        <translation>ses cœurs CPU</translation>
    </message>
    <message>
        <source>the online feature store</source>
        <translation>le feature store en ligne</translation>
    </message>
    <message>
        <source>A lookup in %1 takes %2, over the budget of %3 of %4.</source>
        <translation>Une recherche dans %1 prend %2, au-delà du budget de %3 de %4.</translation>
    </message>
    <message>
        <source>Use a faster in-memory store, place it on a lower-latency fabric, or relax the budget.</source>
        <translation>Utilisez un magasin en mémoire plus rapide, placez-le sur une fabric à plus faible latence ou assouplissez le budget.</translation>
    </message>
    <message>
        <source>%1 computes in %2, which a %3 does not support.</source>
        <translation>%1 calcule en %2, ce que ne prend pas en charge un %3.</translation>
    </message>
    <message>
        <source>Choose a precision the GPU supports or another GPU.</source>
        <translation>Choisissez une précision prise en charge par le GPU, ou un autre GPU.</translation>
    </message>
    <message>
        <source>Gradient all-reduce of %1 needs %2 per host, but each host has a %3 NIC.</source>
        <translation>L&apos;all-reduce des gradients de %1 nécessite %2 par hôte, mais chaque hôte dispose d&apos;une carte réseau à %3.</translation>
    </message>
    <message>
        <source>Add NIC bandwidth per host (more or faster ports, RDMA) or raise the global batch.</source>
        <translation>Augmentez la bande passante réseau par hôte (ports plus nombreux ou plus rapides, RDMA) ou augmentez le batch global.</translation>
    </message>
    <message>
        <source>MLPerf Storage publishes no %1 compute time for a %2, so %3&apos;s read rate is not estimated.</source>
        <translation>MLPerf Storage ne publie aucun temps de calcul %1 pour un %2&#xa0;; le débit de lecture de %3 n&apos;est donc pas estimé.</translation>
    </message>
    <message>
        <source>Use the custom workload with a measured samples per second per GPU.</source>
        <translation>Utilisez la charge de travail personnalisée avec un nombre mesuré d&apos;échantillons par seconde et par GPU.</translation>
    </message>
    <message>
        <source>%1 has no attention shape (layers, kvHeads, headDim), so its KV cache counts as zero.</source>
        <translation>%1 n&apos;a pas de forme d&apos;attention (layers, kvHeads, headDim)&#xa0;; son cache KV est donc compté comme nul.</translation>
    </message>
    <message>
        <source>Set layers, kvHeads and headDim from the model card.</source>
        <translation>Renseignez layers, kvHeads et headDim d&apos;après la fiche du modèle (model card).</translation>
    </message>
    <message>
        <source>its cores or GPUs</source>
        <translation>ses cœurs ou ses GPU</translation>
    </message>
    <message>
        <source>%1 takes %2 per request, over its latency budget of %3.</source>
        <translation>%1 prend %2 par requête, au-delà de son budget de latence de %3.</translation>
    </message>
    <message>
        <source>Use a faster model or accelerator, or relax the budget.</source>
        <translation>Utilisez un modèle ou un accélérateur plus rapide, ou assouplissez le budget.</translation>
    </message>
    <message>
        <source>%1 is linked to itself.</source>
        <translation>%1 est relié à lui-même.</translation>
    </message>
    <message>
        <source>Link the component to the fabric it is attached to.</source>
        <translation>Reliez le composant à la fabric à laquelle il est rattaché.</translation>
    </message>
    <message>
        <source>Flow %1 leads from %2 back to %2 itself.</source>
        <translation>Le flux %1 part de %2 et revient à %2 lui-même.</translation>
    </message>
    <message>
        <source>Connect the flow to the stage that consumes the data.</source>
        <translation>Reliez le flux à l&apos;étape qui consomme les données.</translation>
    </message>
    <message>
        <source>%1 is asked for %2 but gives none.</source>
        <translation>%1 doit fournir %2 mais n&apos;offre rien.</translation>
    </message>
    <message>
        <source>%1 serves 0 sequences at a time, so it can answer no request.</source>
        <translation>%1 sert 0 séquence à la fois&#xa0;; il ne peut donc répondre à aucune requête.</translation>
    </message>
    <message>
        <source>Set concurrentSequences to the sequences in flight, at least 1.</source>
        <translation>Renseignez concurrentSequences avec le nombre de séquences en cours de traitement, au moins 1.</translation>
    </message>
    <message>
        <source>%1 has no GPU to run on: %2 offers 0 usable GPUs.</source>
        <translation>%1 n&apos;a aucun GPU sur lequel s&apos;exécuter&#xa0;: %2 offre 0 GPU utilisable.</translation>
    </message>
    <message>
        <source>%1 is set to run on 0 GPUs.</source>
        <translation>%1 est configuré pour s&apos;exécuter sur 0 GPU.</translation>
    </message>
    <message>
        <source>Give the cluster hosts beyond those held back for failover and GPUs per host, or set gpuCount to at least 1.</source>
        <translation>Donnez au cluster plus d&apos;hôtes que ceux réservés au basculement, ainsi que des GPU par hôte, ou réglez gpuCount sur au moins 1.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be computed from these parameters (the result is infinite).</source>
        <translation>%1&#xa0;: %2 ne peut pas être calculé à partir de ces paramètres (le résultat est infini).</translation>
    </message>
    <message>
        <source>Look for a zero where a rate, a count or a size is divided by: sequences in flight, GPUs, throughput or a time window.</source>
        <translation>Cherchez un zéro par lequel un taux, un nombre ou une taille est divisé&#xa0;: séquences en cours de traitement, GPU, débit ou fenêtre temporelle.</translation>
    </message>
    <message>
        <source>A training stage without a GPU count takes every GPU of the cluster: set GPU counts so that the stages sharing it fit, or add GPU hosts.</source>
        <translation>Une étape d’entraînement sans nombre de GPU prend tous les GPU du cluster : fixez des nombres de GPU pour que les étapes qui le partagent tiennent, ou ajoutez des hôtes GPU.</translation>
    </message>
    <message>
        <source>%1 takes %2 on %3, longer than the horizon of %4 (%5).</source>
        <translation>%1 dure %2 sur %3, plus longtemps que l’horizon de %4 (%5).</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Give it more GPUs (a GPU count or a deadline), train on fewer tokens or samples, or choose a faster GPU.</source>
        <translation>Donnez-lui plus de GPU (un nombre de GPU ou une échéance), entraînez sur moins de jetons ou d’échantillons, ou choisissez un GPU plus rapide.</translation>
    </message>
</context>
<context>
    <name>tarmac::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
</context>
<context>
    <name>tarmac::GrowthChart</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>Stored after protection (%1)</source>
        <translation>Stocké après protection (%1)</translation>
    </message>
    <message>
        <source>%1: raw capacity less slack</source>
        <translation>%1 : capacité brute moins la réserve</translation>
    </message>
    <message>
        <source>Storage growth, months 0 to %1 (dashed: raw capacity less slack)</source>
        <translation>Croissance du stockage, mois 0 à %1 (en pointillés : capacité brute moins la réserve)</translation>
    </message>
</context>
<context>
    <name>tarmac::GrowthModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation>%1 (capacité)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>%1: %2 of physical capacity after slack</source>
        <translation>%1&#xa0;: %2 de capacité physique après marge libre</translation>
    </message>
    <message>
        <source>%1, month %2: %3 stored after protection, of %4</source>
        <translation>%1, mois %2&#xa0;: %3 stockés après protection, sur %4</translation>
    </message>
    <message>
        <source>Runs out in month %1.</source>
        <translation>Saturé au mois %1.</translation>
    </message>
</context>
<context>
    <name>tarmac::Import</name>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1 : n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB; not an RVTools tab</source>
        <translation>%1 : plus de 512 MiB ; ce n’est pas un onglet RVTools</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB; not an RVTools export</source>
        <translation>%1 : plus de 512 MiB ; ce n’est pas un export RVTools</translation>
    </message>
    <message>
        <source>%1: has no vHost sheet, so it is not an RVTools export (RVTools writes vInfo, vHost, vCluster, vDatastore …)</source>
        <translation>%1 : aucune feuille vHost, ce n’est donc pas un export RVTools (RVTools écrit vInfo, vHost, vCluster, vDatastore …)</translation>
    </message>
    <message>
        <source>%1: not an RVTools export (give the .xlsx workbook, or the folder of its CSV files)</source>
        <translation>%1 : ce n’est pas un export RVTools (indiquez le classeur .xlsx ou le dossier de ses fichiers CSV)</translation>
    </message>
    <message>
        <source>%1: no vHost tab found (RVTools names it RVTools_tabvHost.csv); it is the one Tarmac needs</source>
        <translation>%1 : aucun onglet vHost trouvé (RVTools le nomme RVTools_tabvHost.csv) ; c’est celui dont Tarmac a besoin</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected HOST-MODEL=ACCELERATOR:COUNT, for example &quot;PowerEdge XE9680=nvidia-h100-sxm:8&quot;</source>
        <translation>« %1 » : HOST-MODEL=ACCELERATOR:COUNT attendu, par exemple &quot;PowerEdge XE9680=nvidia-h100-sxm:8&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown accelerator &quot;%2&quot; (known: %3)</source>
        <translation>« %1 » : accélérateur « %2 » inconnu (connus : %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the GPU count must be a whole number from 1 to 64</source>
        <translation>« %1 » : le nombre de GPU doit être un entier de 1 à 64</translation>
    </message>
    <message>
        <source>%1: lacks the column(s) %2, so it is not an RVTools vHost tab (its columns: %3)</source>
        <translation>%1 : colonne(s) %2 absente(s), ce n’est donc pas un onglet vHost RVTools (ses colonnes : %3)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Infrastructure read from the RVTools export %1. RVTools lists no GPUs and no storage bandwidth: check both before relying on the findings.</source>
        <translation>Infrastructure lue depuis l’export RVTools %1. RVTools ne recense ni GPU ni bande passante de stockage : vérifiez les deux avant de vous fier aux résultats.</translation>
    </message>
    <message>
        <source>Site %1 (datacenter)</source>
        <translation>Site %1 (centre de données)</translation>
    </message>
    <message>
        <source>No vCluster tab: vSphere HA is taken as N+1 for every cluster (the CPU cluster default).</source>
        <translation>Aucun onglet vCluster : vSphere HA est supposé N+1 pour chaque cluster (valeur par défaut des clusters CPU).</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): no core count or memory; skipped</source>
        <translation>%1, ligne %2 (%3) : ni nombre de cœurs ni mémoire ; ignorée</translation>
    </message>
    <message>
        <source>Standalone hosts %1</source>
        <translation>Hôtes autonomes %1</translation>
    </message>
    <message>
        <source>%1 GPU hosts</source>
        <translation>%1 hôtes GPU</translation>
    </message>
    <message>
        <source>GPU cluster %1: %2 hosts × %3 %4, %5 cores and %6 each</source>
        <translation>Cluster GPU %1 : %2 hôtes × %3 %4, %5 cœurs et %6 chacun</translation>
    </message>
    <message>
        <source>CPU cluster %1: %2 hosts, %3 cores and %4 each</source>
        <translation>Cluster CPU %1 : %2 hôtes, %3 cœurs et %4 chacun</translation>
    </message>
    <message>
        <source>%1 mixes hosts of %2–%3 cores and %4–%5: sized by the smallest, so its capacity is a lower bound.</source>
        <translation>%1 mélange des hôtes de %2–%3 cœurs et %4–%5 : dimensionné sur le plus petit, sa capacité est donc une borne inférieure.</translation>
    </message>
    <message>
        <source>No vDatastore tab: no storage imported.</source>
        <translation>Aucun onglet vDatastore : aucun stockage importé.</translation>
    </message>
    <message>
        <source>%1 lacks Name, Type or Capacity MiB: no storage imported.</source>
        <translation>%1 : Name, Type ou Capacity MiB manquant ; aucun stockage importé.</translation>
    </message>
    <message>
        <source>Datastore %1: no capacity; skipped</source>
        <translation>Banque de données %1 : aucune capacité ; ignorée</translation>
    </message>
    <message>
        <source>Datastore %1: type %2 is not storage Tarmac models; skipped</source>
        <translation>Banque de données %1 : le type %2 n’est pas un stockage modélisé par Tarmac ; ignorée</translation>
    </message>
    <message>
        <source>Datastore %1: local to one host (boot or scratch disk); skipped</source>
        <translation>Banque de données %1 : locale à un seul hôte (disque de démarrage ou scratch) ; ignorée</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Stockage fichier</translation>
    </message>
    <message>
        <source>Block storage</source>
        <translation>Stockage bloc</translation>
    </message>
    <message>
        <source>, %1 in use</source>
        <translation>, %1 utilisés</translation>
    </message>
    <message>
        <source>%1 is vSAN: protection set to RAID-1 FTT=1 (the default storage policy); change it if the cluster uses another policy.</source>
        <translation>%1 est vSAN : protection définie sur RAID-1 FTT=1 (la stratégie de stockage par défaut) ; modifiez-la si le cluster utilise une autre stratégie.</translation>
    </message>
    <message>
        <source>RVTools knows no storage bandwidth: set the read and write bandwidth of each storage component (the check reports them as missing until then).</source>
        <translation>RVTools ne connaît pas la bande passante de stockage : définissez la bande passante en lecture et en écriture de chaque composant de stockage (la vérification les signale comme manquantes d’ici là).</translation>
    </message>
    <message>
        <source>%1 host(s) of model %2 usually carry GPUs (%3 × %4) but were imported as CPU hosts: confirm with --gpus &quot;%2=%4:%3&quot; (or in the import dialog).</source>
        <translation>%1 hôte(s) du modèle %2 portent habituellement des GPU (%3 × %4) mais ont été importés comme hôtes CPU : confirmez avec --gpus &quot;%2=%4:%3&quot; (ou dans la boîte de dialogue d’import).</translation>
    </message>
    <message>
        <source>%1: no hosts with cores and memory found; nothing to import</source>
        <translation>%1 : aucun hôte avec cœurs et mémoire trouvé ; rien à importer</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignoré :</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s XML is corrupt (%2)</source>
        <translation>%1 : le XML de la feuille est corrompu (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>%1: a quoted cell is never closed (the file is cut short?)</source>
        <translation>%1 : une cellule entre guillemets n’est jamais fermée (le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (%2)</source>
        <translation>%1 : ce n’est pas un classeur Excel (%2)</translation>
    </message>
    <message>
        <source>sheet %1 of %2</source>
        <translation>feuille %1 sur %2</translation>
    </message>
    <message>
        <source>not a ZIP archive (an .xlsx workbook is one)</source>
        <translation>ce n’est pas une archive ZIP (un classeur .xlsx en est une)</translation>
    </message>
    <message>
        <source>a ZIP64 archive, which Tarmac does not read; save the workbook again from a spreadsheet program</source>
        <translation>une archive ZIP64, que Tarmac ne lit pas ; enregistrez de nouveau le classeur depuis un tableur</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated or corrupt (its directory lies outside the file)</source>
        <translation>l’archive ZIP est tronquée ou corrompue (son répertoire se trouve hors du fichier)</translation>
    </message>
    <message>
        <source>the ZIP archive&apos;s directory is corrupt</source>
        <translation>le répertoire de l’archive ZIP est corrompu</translation>
    </message>
    <message>
        <source>the archive has no member %1</source>
        <translation>l’archive ne contient pas de membre %1</translation>
    </message>
    <message>
        <source>member %1 is corrupt (no local header)</source>
        <translation>le membre %1 est corrompu (pas d’en-tête local)</translation>
    </message>
    <message>
        <source>member %1 is truncated</source>
        <translation>le membre %1 est tronqué</translation>
    </message>
    <message>
        <source>member %1 is encrypted</source>
        <translation>le membre %1 est chiffré</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 MiB unpacked; Tarmac does not read it</source>
        <translation>le membre %1 dépasse %2 MiB une fois décompressé ; Tarmac ne le lit pas</translation>
    </message>
    <message>
        <source>cannot unpack member %1</source>
        <translation>impossible de décompresser le membre %1</translation>
    </message>
    <message>
        <source>member %1 is corrupt (it does not unpack to its stated size)</source>
        <translation>le membre %1 est corrompu (sa taille décompressée ne correspond pas à celle indiquée)</translation>
    </message>
    <message>
        <source>member %1 uses compression method %2, which Tarmac does not read</source>
        <translation>le membre %1 utilise la méthode de compression %2, que Tarmac ne lit pas</translation>
    </message>
    <message>
        <source>member %1 is corrupt (checksum mismatch)</source>
        <translation>le membre %1 est corrompu (somme de contrôle incorrecte)</translation>
    </message>
</context>
<context>
    <name>tarmac::JsonFormat</name>
    <message>
        <source>%1.%2 is missing</source>
        <translation>%1.%2 est absent</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.%2 is empty</source>
        <translation>%1.%2 est vide</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; contains &apos;|&apos; or a control character</source>
        <translation>%1&#xa0;: l&apos;id «&#xa0;%2&#xa0;» contient &apos;|&apos; ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1: duplicate id &quot;%2&quot;</source>
        <translation>%1&#xa0;: id «&#xa0;%2&#xa0;» en double</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] doit être un objet</translation>
    </message>
    <message>
        <source>%1.params must be an object</source>
        <translation>%1.params doit être un objet</translation>
    </message>
    <message>
        <source>%1: expected a number, a string with a unit, or a word</source>
        <translation>%1&#xa0;: nombre, chaîne avec unité ou mot attendu</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <source>%1: expected a word</source>
        <translation>%1&#xa0;: mot attendu</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>%1: expected a number or a string with a unit</source>
        <translation>%1&#xa0;: nombre ou chaîne avec unité attendu</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range %3 to %4</source>
        <translation>%1&#xa0;: %2 est hors de la plage %3 à %4</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1&#xa0;: doit être un nombre entier</translation>
    </message>
    <message>
        <source>not a Tarmac project (no &quot;format&quot;: &quot;tarmac-project&quot;)</source>
        <translation>pas un projet Tarmac (pas de &quot;format&quot;: &quot;tarmac-project&quot;)</translation>
    </message>
    <message>
        <source>not a Tarmac project (format is &quot;%1&quot;)</source>
        <translation>pas un projet Tarmac (le format est &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>written by a newer Tarmac (format version %1; this Tarmac reads up to version %2)</source>
        <translation>écrit par une version plus récente de Tarmac (version de format %1&#xa0;; cette version de Tarmac lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>horizonMonths must be a whole number from 1 to 600</source>
        <translation>horizonMonths doit être un nombre entier de 1 à 600</translation>
    </message>
    <message>
        <source>%1: unknown zone kind &quot;%2&quot; (expected %3)</source>
        <translation>%1&#xa0;: type de zone «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: unknown component kind &quot;%2&quot; (expected %3)</source>
        <translation>%1&#xa0;: type de composant «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: unknown stage kind &quot;%2&quot; (expected %3)</source>
        <translation>%1&#xa0;: type d&apos;étape «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: unknown persona &quot;%2&quot; (expected %3)</source>
        <translation>%1&#xa0;: persona «&#xa0;%2&#xa0;» inconnue (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot; (expected %3)</source>
        <translation>%1&#xa0;: rôle «&#xa0;%2&#xa0;» inconnu (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: the same binding appears twice</source>
        <translation>%1&#xa0;: la même association apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: the same link appears twice</source>
        <translation>%1&#xa0;: le même lien apparaît deux fois</translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be an object</source>
        <translation>&quot;layout&quot; doit être un objet</translation>
    </message>
    <message>
        <source>%1 must be an object with finite x, y (and width, height for zones)</source>
        <translation>%1 doit être un objet avec des x, y finis (et width, height pour les zones)</translation>
    </message>
    <message>
        <source>%1 refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>%1 fait référence à %2 «&#xa0;%3&#xa0;», qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the parent zone</source>
        <translation>la zone parente</translation>
    </message>
    <message>
        <source>zone %1: its parents form a cycle</source>
        <translation>zone %1&#xa0;: ses parents forment un cycle</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation>la zone</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>l&apos;étape</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>le stockage</translation>
    </message>
    <message>
        <source>the component</source>
        <translation>le composant</translation>
    </message>
    <message>
        <source>the fabric</source>
        <translation>la fabric</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l&apos;élément</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a Tarmac project (the JSON is not an object)</source>
        <translation>pas un projet Tarmac (le JSON n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>zone %1: zones nest %2 levels deep; at most %3 are allowed</source>
        <translation>zone %1&#xa0;: les zones sont imbriquées sur %2 niveaux&#xa0;; %3 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>%1.created must be a date and time in ISO 8601 (&quot;2026-12-02T10:15:00Z&quot;), not &quot;%2&quot;</source>
        <translation>%1.created doit être une date et une heure ISO 8601 (« 2026-12-02T10:15:00Z »), pas « %2 »</translation>
    </message>
    <message>
        <source>the element</source>
        <translation>l’élément</translation>
    </message>
</context>
<context>
    <name>tarmac::JsonTree</name>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>text after the end of the document</source>
        <translation>du texte après la fin du document</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>un objet n’est pas fermé</translation>
    </message>
    <message>
        <source>an array is not closed</source>
        <translation>un tableau n’est pas fermé</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>nom de membre entre guillemets attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>« : » attendu après un nom de membre</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>« , » ou « } » attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>« , » ou « ] » attendu</translation>
    </message>
    <message>
        <source>a number JSON does not allow: %1</source>
        <translation>un nombre que JSON n’autorise pas : %1</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>pas de l’UTF-8</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>un échappement inconnu dans une chaîne</translation>
    </message>
</context>
<context>
    <name>tarmac::KeyFigures</name>
    <message>
        <source> × GPU</source>
        <translation> × GPU</translation>
    </message>
    <message>
        <source>/GPU</source>
        <translation>/GPU</translation>
    </message>
    <message>
        <source> read</source>
        <translation> en lecture</translation>
    </message>
    <message>
        <source> GPU-h/day</source>
        <translation> GPU-h/jour</translation>
    </message>
    <message>
        <source>/day</source>
        <translation>/jour</translation>
    </message>
    <message>
        <source> GPUs</source>
        <translation> GPU</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> cœurs</translation>
    </message>
    <message>
        <source> online</source>
        <translation> en ligne</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source> memory</source>
        <translation> mémoire</translation>
    </message>
    <message>
        <source> usable</source>
        <translation> utiles</translation>
    </message>
    <message>
        <source> full</source>
        <translation> occupé</translation>
    </message>
    <message>
        <source>full in month %1</source>
        <translation>saturé au mois %1</translation>
    </message>
    <message>
        <source> core</source>
        <translation> cœur</translation>
    </message>
    <message>
        <source> GPU</source>
        <translation> GPU</translation>
    </message>
    <message>
        <source> to train</source>
        <translation> d’entraînement</translation>
    </message>
    <message>
        <source> GPU-h</source>
        <translation> GPU-h</translation>
    </message>
    <message>
        <source> params</source>
        <translation> paramètres</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> échantillons</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source> tokens/run</source>
        <translation> jetons/exécution</translation>
    </message>
    <message>
        <source> runs/day</source>
        <translation> exécutions/jour</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source> tokens out</source>
        <translation> jetons en sortie</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservé %1</translation>
    </message>
    <message>
        <source> per run</source>
        <translation> par exécution</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source> entities</source>
        <translation> entités</translation>
    </message>
    <message>
        <source> features</source>
        <translation> caractéristiques</translation>
    </message>
    <message>
        <source> lookups</source>
        <translation> lectures</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>aucune demande</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stockés</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>ops</source>
        <translation>op.</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>mémoire GPU</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
    </message>
</context>
<context>
    <name>tarmac::Kinds</name>
    <message>
        <source>Ingestion</source>
        <translation>Ingestion</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Feature engineering</source>
        <translation>Ingénierie des caractéristiques</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>Cluster GPU</translation>
    </message>
    <message>
        <source>Parallel file system</source>
        <translation>Système de fichiers parallèle</translation>
    </message>
    <message>
        <source>Network fabric</source>
        <translation>Fabric réseau</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Ingestion — bringing raw data in from its sources (data scientist). Needs landing capacity for the retention period and write bandwidth for the peak arrival rate (architect).</source>
        <translation>Ingestion — importer les données brutes depuis leurs sources (data scientist). Nécessite une capacité de réception pour la durée de rétention et une bande passante en écriture pour le débit d&apos;arrivée de pointe (architecte).</translation>
    </message>
    <message>
        <source>Processing — cleaning, joining and transforming data in batch passes (data scientist). Needs CPU cores, memory, and read and write bandwidth to finish a pass within its window (architect).</source>
        <translation>Traitement — nettoyer, joindre et transformer les données par passes batch (data scientist). Nécessite des cœurs CPU, de la mémoire et de la bande passante en lecture et en écriture pour terminer une passe dans sa fenêtre (architecte).</translation>
    </message>
    <message>
        <source>Feature engineering — computing the model&apos;s inputs and serving them online (data scientist). Needs CPU cores for batch passes and an in-memory key-value store sized for lookups per second and latency (architect).</source>
        <translation>Ingénierie des caractéristiques — calculer les entrées du modèle et les servir en ligne (data scientist). Nécessite des cœurs CPU pour les passes batch et un magasin clé-valeur en mémoire dimensionné pour le nombre de recherches par seconde et la latence (architecte).</translation>
    </message>
    <message>
        <source>Training — fitting the model to data (data scientist). Needs GPU hours, GPU memory, fast reads and checkpoint writes (architect).</source>
        <translation>Entraînement — ajuster le modèle aux données (data scientist). Nécessite des heures GPU, de la mémoire GPU, des lectures rapides et des écritures de points de contrôle (architecte).</translation>
    </message>
    <message>
        <source>Validation — evaluating candidate models on held-out data (data scientist). Needs GPU hours for every evaluation run and read bandwidth for the evaluation set (architect).</source>
        <translation>Validation — évaluer les modèles candidats sur des données mises de côté (data scientist). Nécessite des heures GPU pour chaque exécution d&apos;évaluation et de la bande passante en lecture pour le jeu d&apos;évaluation (architecte).</translation>
    </message>
    <message>
        <source>Serving — answering prediction requests in production (data scientist). Needs GPU memory for weights and KV cache, GPUs or cores for the request rate, and a latency budget (architect).</source>
        <translation>Inférence — répondre aux requêtes de prédiction en production (data scientist). Nécessite de la mémoire GPU pour les poids et le cache KV, des GPU ou des cœurs pour le débit de requêtes, et un budget de latence (architecte).</translation>
    </message>
    <message>
        <source>Monitoring — watching predictions, drift and model quality (data scientist). Needs capacity for metrics, logs and predictions over the retention period (architect).</source>
        <translation>Supervision — surveiller les prédictions, la dérive et la qualité du modèle (data scientist). Nécessite de la capacité pour les métriques, les journaux et les prédictions sur la durée de rétention (architecte).</translation>
    </message>
    <message>
        <source>GPU cluster — where models are trained and served (data scientist). Hosts with accelerators: GPU count and memory, host cores, memory and NICs, minus hosts held back for failover (architect).</source>
        <translation>Cluster GPU — là où les modèles sont entraînés et servis (data scientist). Hôtes équipés d&apos;accélérateurs&#xa0;: nombre et mémoire des GPU, cœurs, mémoire et cartes réseau des hôtes, moins les hôtes réservés au basculement (architecte).</translation>
    </message>
    <message>
        <source>CPU / vSphere cluster</source>
        <translation>Cluster CPU / vSphere</translation>
    </message>
    <message>
        <source>CPU / vSphere cluster — where data preparation and classic models run (data scientist). ESXi or Kubernetes hosts: cores, memory, NICs, HA reserve and vCPU overcommit (architect).</source>
        <translation>Cluster CPU / vSphere — là où s&apos;exécutent la préparation des données et les modèles classiques (data scientist). Hôtes ESXi ou Kubernetes&#xa0;: cœurs, mémoire, cartes réseau, réserve HA et surallocation de vCPU (architecte).</translation>
    </message>
    <message>
        <source>File storage (NFS)</source>
        <translation>Stockage fichier (NFS)</translation>
    </message>
    <message>
        <source>File storage (NFS) — a shared folder for datasets, notebooks and models (data scientist). NAS or NFS system: raw capacity, protection, read and write bandwidth, latency (architect).</source>
        <translation>Stockage fichier (NFS) — un dossier partagé pour les jeux de données, les notebooks et les modèles (data scientist). Système NAS ou NFS&#xa0;: capacité brute, protection, bande passante en lecture et en écriture, latence (architecte).</translation>
    </message>
    <message>
        <source>Block storage (vSAN)</source>
        <translation>Stockage bloc (vSAN)</translation>
    </message>
    <message>
        <source>Block storage (vSAN) — the disks of the virtual machines (data scientist). vSAN or SAN datastore: raw capacity, RAID/FTT storage policy, slack space, bandwidth (architect).</source>
        <translation>Stockage bloc (vSAN) — les disques des machines virtuelles (data scientist). Datastore vSAN ou SAN&#xa0;: capacité brute, stratégie de stockage RAID/FTT, espace libre de réserve, bande passante (architecte).</translation>
    </message>
    <message>
        <source>Object storage (data lake)</source>
        <translation>Stockage objet (data lake)</translation>
    </message>
    <message>
        <source>Object storage (data lake) — the buckets where raw data and dataset versions live (data scientist). S3-compatible store: raw capacity, erasure coding, throughput, first-byte latency (architect).</source>
        <translation>Stockage objet (data lake) — les buckets où résident les données brutes et les versions des jeux de données (data scientist). Stockage compatible S3&#xa0;: capacité brute, codage à effacement, débit, latence du premier octet (architecte).</translation>
    </message>
    <message>
        <source>Parallel file system — fast shared storage that keeps the GPUs fed (data scientist). Lustre, GPFS or WEKA-class system: capacity and aggregate read/write bandwidth for training data and checkpoints (architect).</source>
        <translation>Système de fichiers parallèle — un stockage partagé rapide qui alimente les GPU (data scientist). Système de classe Lustre, GPFS ou WEKA&#xa0;: capacité et bande passante agrégée en lecture/écriture pour les données d&apos;entraînement et les points de contrôle (architecte).</translation>
    </message>
    <message>
        <source>In-memory key-value store</source>
        <translation>Magasin clé-valeur en mémoire</translation>
    </message>
    <message>
        <source>In-memory key-value store — the online feature store (data scientist). Redis-class cluster: memory for the data, operations per second, lookup latency (architect).</source>
        <translation>Magasin clé-valeur en mémoire — le feature store en ligne (data scientist). Cluster de classe Redis&#xa0;: mémoire pour les données, opérations par seconde, latence de recherche (architecte).</translation>
    </message>
    <message>
        <source>Network fabric — how data gets from storage to the GPUs and between sites (data scientist). Switches and links: port speed, port count, MTU, RDMA, latency (architect).</source>
        <translation>Fabric réseau — la façon dont les données vont du stockage aux GPU et d&apos;un site à l&apos;autre (data scientist). Commutateurs et liens&#xa0;: vitesse et nombre de ports, MTU, RDMA, latence (architecte).</translation>
    </message>
    <message>
        <source>Site — a data centre or cloud region where the work runs (data scientist). A location: traffic between sites crosses the fabrics that link them (architect).</source>
        <translation>Site — un centre de données ou une région cloud où s&apos;exécute le travail (data scientist). Un emplacement&#xa0;: le trafic entre sites traverse les fabrics qui les relient (architecte).</translation>
    </message>
    <message>
        <source>Rack — machines that sit together (data scientist). A rack inside a site: group components to show where they are installed (architect).</source>
        <translation>Baie — des machines installées ensemble (data scientist). Une baie au sein d&apos;un site&#xa0;: regroupez-y les composants pour montrer où ils sont installés (architecte).</translation>
    </message>
</context>
<context>
    <name>tarmac::Labels</name>
    <message>
        <source>Activation memory per GPU</source>
        <translation>Mémoire d&apos;activations par GPU</translation>
    </message>
    <message>
        <source>Bytes per feature value</source>
        <translation>Octets par valeur de feature</translation>
    </message>
    <message>
        <source>Changed fraction per version</source>
        <translation>Part modifiée par version</translation>
    </message>
    <message>
        <source>Checkpoint bytes per parameter</source>
        <translation>Octets de checkpoint par paramètre</translation>
    </message>
    <message>
        <source>Checkpoint write window</source>
        <translation>Fenêtre d&apos;écriture des checkpoints</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Séquences simultanées</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>CPU cores per host</source>
        <translation>Cœurs CPU par hôte</translation>
    </message>
    <message>
        <source>vCPU overcommit ratio</source>
        <translation>Taux de surallocation vCPU</translation>
    </message>
    <message>
        <source>Daily data volume</source>
        <translation>Volume de données quotidien</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Samples in dataset</source>
        <translation>Échantillons du jeu de données</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Evaluation tokens per run</source>
        <translation>Tokens d&apos;évaluation par exécution</translation>
    </message>
    <message>
        <source>Features per entity</source>
        <translation>Features par entité</translation>
    </message>
    <message>
        <source>Tokens per global batch</source>
        <translation>Tokens par batch global</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>Modèle de GPU</translation>
    </message>
    <message>
        <source>GPUs used</source>
        <translation>GPU utilisés</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPU par hôte</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Croissance par mois</translation>
    </message>
    <message>
        <source>Hosts held back for HA</source>
        <translation>Hôtes réservés pour la HA</translation>
    </message>
    <message>
        <source>Attention head dimension</source>
        <translation>Dimension d&apos;une tête d&apos;attention</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Taille des données d&apos;entrée</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Tokens de prompt par requête</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>Têtes KV</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>Précision du cache KV</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Budget de latence</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Couches du transformer</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>Vitesse de port</translation>
    </message>
    <message>
        <source>Lookup rate</source>
        <translation>Taux de consultation</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory overhead</source>
        <translation>Surcoût mémoire</translation>
    </message>
    <message>
        <source>Memory per core</source>
        <translation>Mémoire par cœur</translation>
    </message>
    <message>
        <source>Memory per host</source>
        <translation>Mémoire par hôte</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>Utilisation des FLOPs du modèle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Model-parallel degree</source>
        <translation>Degré de parallélisme de modèle</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>NIC bandwidth per host</source>
        <translation>Bande passante NIC par hôte</translation>
    </message>
    <message>
        <source>Operation rate</source>
        <translation>Taux d&apos;opérations</translation>
    </message>
    <message>
        <source>Optimizer bytes per parameter</source>
        <translation>Octets d&apos;optimiseur par paramètre</translation>
    </message>
    <message>
        <source>Output-to-input ratio</source>
        <translation>Rapport sortie/entrée</translation>
    </message>
    <message>
        <source>Generated tokens per request</source>
        <translation>Tokens générés par requête</translation>
    </message>
    <message>
        <source>Peak-to-average ratio</source>
        <translation>Rapport pic/moyenne</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Précision de calcul</translation>
    </message>
    <message>
        <source>Protection scheme</source>
        <translation>Schéma de protection</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Capacité brute</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>Read bandwidth</source>
        <translation>Bande passante en lecture</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Taux de requêtes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de rétention</translation>
    </message>
    <message>
        <source>Evaluation runs per day</source>
        <translation>Évaluations par jour</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Taille d&apos;échantillon</translation>
    </message>
    <message>
        <source>Sample throughput per GPU</source>
        <translation>Débit d&apos;échantillons par GPU</translation>
    </message>
    <message>
        <source>Service time per request</source>
        <translation>Temps de service par requête</translation>
    </message>
    <message>
        <source>Size per version</source>
        <translation>Taille par version</translation>
    </message>
    <message>
        <source>Capacity kept free</source>
        <translation>Réserve de capacité libre</translation>
    </message>
    <message>
        <source>Storage component</source>
        <translation>Composant de stockage</translation>
    </message>
    <message>
        <source>Store overhead factor</source>
        <translation>Facteur de surcoût du store</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>Taux d&apos;utilisation cible</translation>
    </message>
    <message>
        <source>Throughput per core</source>
        <translation>Débit par cœur</translation>
    </message>
    <message>
        <source>Bytes per token</source>
        <translation>Octets par token</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens d&apos;entraînement</translation>
    </message>
    <message>
        <source>Usable GPU memory fraction</source>
        <translation>Part utilisable de la mémoire GPU</translation>
    </message>
    <message>
        <source>Versions retained</source>
        <translation>Versions conservées</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>Précision des poids</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>Workload profile</source>
        <translation>Profil de charge de travail</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Bande passante en écriture</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>Niveau ZeRO</translation>
    </message>
    <message>
        <source>Transfer bandwidth</source>
        <translation>Bande passante de transfert</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>Capacité de stockage</translation>
    </message>
    <message>
        <source>Checkpoint size</source>
        <translation>Taille du checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint write bandwidth</source>
        <translation>Bande passante d&apos;écriture des checkpoints</translation>
    </message>
    <message>
        <source>Compute throughput</source>
        <translation>Débit de calcul</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Taille du jeu de données</translation>
    </message>
    <message>
        <source>Decode throughput per replica</source>
        <translation>Débit de décodage par réplique</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures GPU</translation>
    </message>
    <message>
        <source>GPU-hours per day</source>
        <translation>Heures GPU par jour</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs for compute</source>
        <translation>GPU pour le calcul</translation>
    </message>
    <message>
        <source>GPUs for memory</source>
        <translation>GPU pour la mémoire</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>GPU nécessaires</translation>
    </message>
    <message>
        <source>Inference compute per day</source>
        <translation>Calcul d&apos;inférence par jour</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Logical size</source>
        <translation>Taille logique</translation>
    </message>
    <message>
        <source>Lookup latency</source>
        <translation>Latence de consultation</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Mémoire par GPU</translation>
    </message>
    <message>
        <source>Model states per GPU</source>
        <translation>États du modèle par GPU</translation>
    </message>
    <message>
        <source>Used capacity by month</source>
        <translation>Capacité utilisée par mois</translation>
    </message>
    <message>
        <source>Months until full</source>
        <translation>Mois avant saturation</translation>
    </message>
    <message>
        <source>Network bandwidth</source>
        <translation>Bande passante réseau</translation>
    </message>
    <message>
        <source>Network bandwidth per GPU</source>
        <translation>Bande passante réseau par GPU</translation>
    </message>
    <message>
        <source>Network bandwidth per host</source>
        <translation>Bande passante réseau par hôte</translation>
    </message>
    <message>
        <source>Online feature store size</source>
        <translation>Taille du feature store en ligne</translation>
    </message>
    <message>
        <source>Read bandwidth per GPU</source>
        <translation>Bande passante en lecture par GPU</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Token throughput</source>
        <translation>Débit de tokens</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Calcul d&apos;entraînement</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>Poids du modèle</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lit</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>online store</source>
        <translation>stockage en ligne</translation>
    </message>
</context>
<context>
    <name>tarmac::MainWindow</name>
    <message>
        <source>Tarmac projects (*.tarmac);;Interchange JSON (*.json)</source>
        <translation>Projets Tarmac (*.tarmac);;JSON d&apos;échange (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2): %3. %4</source>
        <translation>%1 (%2)&#xa0;: %3. %4</translation>
    </message>
    <message>
        <source>Nothing selected; Tab walks through the items</source>
        <translation>Aucune sélection&#xa0;; Tab parcourt les éléments</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>E&amp;xporter le diagramme…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>A&amp;rrange with Graphviz</source>
        <translation>Dis&amp;poser avec Graphviz</translation>
    </message>
    <message>
        <source>Arranged; Undo restores the previous layout.</source>
        <translation>Disposition effectuée&#xa0;; Annuler rétablit la disposition précédente.</translation>
    </message>
    <message>
        <source>Arrange cancelled; nothing changed.</source>
        <translation>Disposition annulée&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tarmac</source>
        <translation>À &amp;propos de Tarmac</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravité minimale affichée</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Cannot export report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>%1 is open in another Tarmac window (process %2). Edits in two windows overwrite each other when saved. Open it here anyway?</source>
        <translation>%1 est ouvert dans une autre fenêtre Tarmac (processus %2). À l&apos;enregistrement, les modifications faites dans deux fenêtres s&apos;écrasent mutuellement. L&apos;ouvrir ici quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>%1

Your work is still open here; save it somewhere else.</source>
        <translation>%1

Votre travail est toujours ouvert ici&#xa0;; enregistrez-le ailleurs.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>un projet non enregistré</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Tarmac did not close normally. Unsaved work on %1 from %2 was kept.

Recover it now? Discarding deletes the recovery copy.</source>
        <translation>Tarmac ne s&apos;est pas fermé normalement. Le travail non enregistré sur %1 datant du %2 a été conservé.

Le récupérer maintenant&#xa0;? L&apos;abandonner supprime la copie de récupération.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before closing it?</source>
        <translation>Le projet comporte des modifications non enregistrées. Les enregistrer avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>About Tarmac</source>
        <translation>À propos de Tarmac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tarmac %1&lt;/h3&gt;&lt;p&gt;Where machine-learning work meets data-centre infrastructure: lifecycle stages bound to clusters, storage and fabrics, sized and checked.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL 3.0)&lt;/li&gt;&lt;li&gt;Graphviz %3 (Eclipse Public License 1.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (public domain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Tarmac %1&lt;/h3&gt;&lt;p&gt;Là où le travail d&apos;apprentissage automatique rencontre l&apos;infrastructure du centre de données&#xa0;: des étapes du cycle de vie associées à des clusters, du stockage et des fabrics, dimensionnées et vérifiées.&lt;/p&gt;&lt;p&gt;Conçu avec&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL 3.0)&lt;/li&gt;&lt;li&gt;Graphviz %3 (Eclipse Public License 1.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (domaine public)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>All supported (*.tarmac *.json);;Tarmac projects (*.tarmac);;Interchange JSON (*.json)</source>
        <translation>Tous les formats pris en charge (*.tarmac *.json);;Projets Tarmac (*.tarmac);;JSON d’échange (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;Word (*.docx);;OpenDocument text (*.odt)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;Word (*.docx);;Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;RVTools Export (vSphere inventory)…</source>
        <translation>Export &amp;RVTools (inventaire vSphere)…</translation>
    </message>
    <message>
        <source>Import RVTools export</source>
        <translation>Importer un export RVTools</translation>
    </message>
    <message>
        <source>RVTools export: the .xlsx workbook, or one CSV file of its folder (*.xlsx *.csv);;All files (*)</source>
        <translation>Export RVTools : le classeur .xlsx ou un fichier CSV de son dossier (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n element(s) from %1</source>
        <translation>
            <numerusform>%n élément importé depuis %1</numerusform>
            <numerusform>%n éléments importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>The canvas full screen for a projector; Space steps through the findings, Esc leaves</source>
        <translation>Le canevas en plein écran pour un projecteur ; Espace parcourt les constats, Échap quitte</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Impossible d’ouvrir le modèle</translation>
    </message>
    <message>
        <source>Record a decision on the selected element, or on the project</source>
        <translation>Consigner une décision sur l’élément sélectionné, ou sur le projet</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>Faire la &amp;visite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Showing the Mapping view: the item is not drawn in the view you had.</source>
        <translation>Vue Correspondance : l’élément n’apparaît pas dans la vue précédente.</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>Ajouter une n&amp;ote…</translation>
    </message>
</context>
<context>
    <name>tarmac::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was decided and why, e.g. &quot;NFS over Lustre: the corpus is read once per epoch at 2.4 GB/s&quot;</source>
        <translation>Ce qui a été décidé et pourquoi, p. ex. « NFS plutôt que Lustre : le corpus est lu une fois par époque à 2,4 Go/s »</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
</context>
<context>
    <name>tarmac::NotePin</name>
    <message numerus="yes">
        <source>%n decision note(s):</source>
        <translation>
            <numerusform>%n note de décision :</numerusform>
            <numerusform>%n notes de décision :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tarmac::Notes</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>tarmac::NotesPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Notes de décision</translation>
    </message>
    <message>
        <source>A note on the selected element, or on the project when nothing is selected</source>
        <translation>Une note sur l’élément sélectionné, ou sur le projet si rien n’est sélectionné</translation>
    </message>
    <message>
        <source>%1. On %2, %3, %4</source>
        <translation>%1. Sur %2, %3, %4</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>tarmac::PaletteWidget</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter the palette</source>
        <translation>Filtrer la palette</translation>
    </message>
    <message>
        <source>Palette items</source>
        <translation>Éléments de la palette</translation>
    </message>
    <message>
        <source>Drag an item onto the canvas, or press Enter to add it</source>
        <translation>Faites glisser un élément sur le canevas, ou appuyez sur Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
</context>
<context>
    <name>tarmac::Param</name>
    <message>
        <source>Data read per full pass</source>
        <translation>Données lues par passe complète</translation>
    </message>
    <message>
        <source>Output size / input size</source>
        <translation>Taille de sortie / taille d&apos;entrée</translation>
    </message>
    <message>
        <source>A full pass must finish within</source>
        <translation>Délai maximal d&apos;une passe complète</translation>
    </message>
    <message>
        <source>Bytes per second one core processes</source>
        <translation>Octets traités par seconde par un cœur</translation>
    </message>
    <message>
        <source>Memory per core</source>
        <translation>Mémoire par cœur</translation>
    </message>
    <message>
        <source>Data arriving per day</source>
        <translation>Données arrivant par jour</translation>
    </message>
    <message>
        <source>Days the raw data is kept</source>
        <translation>Jours de conservation des données brutes</translation>
    </message>
    <message>
        <source>Peak rate / average rate</source>
        <translation>Débit de pointe / débit moyen</translation>
    </message>
    <message>
        <source>Rows (entities) served online</source>
        <translation>Lignes (entités) servies en ligne</translation>
    </message>
    <message>
        <source>Columns (features) per entity</source>
        <translation>Colonnes (caractéristiques) par entité</translation>
    </message>
    <message>
        <source>Stored size of one feature value</source>
        <translation>Taille stockée d&apos;une valeur de caractéristique</translation>
    </message>
    <message>
        <source>In-memory store overhead factor (keys, indexes)</source>
        <translation>Facteur de surcoût du magasin en mémoire (clés, index)</translation>
    </message>
    <message>
        <source>Online lookups per second</source>
        <translation>Recherches en ligne par seconde</translation>
    </message>
    <message>
        <source>A lookup must answer within</source>
        <translation>Délai maximal de réponse d&apos;une recherche</translation>
    </message>
    <message>
        <source>Tokens (transformers, LLMs) or samples (files: vision, tabular)</source>
        <translation>Tokens (transformers, LLM) ou échantillons (fichiers&#xa0;: vision, tabulaire)</translation>
    </message>
    <message>
        <source>Model parameters (N)</source>
        <translation>Paramètres du modèle (N)</translation>
    </message>
    <message>
        <source>Tokens processed over all epochs (D)</source>
        <translation>Tokens traités sur l&apos;ensemble des époques (D)</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Précision de calcul</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation (published runs: 0.21-0.52)</source>
        <translation>Utilisation des FLOPs du modèle (exécutions publiées&#xa0;: 0,21-0,52)</translation>
    </message>
    <message>
        <source>MLPerf Storage profile or custom</source>
        <translation>Profil MLPerf Storage ou personnalisé</translation>
    </message>
    <message>
        <source>Mean sample size (custom workload)</source>
        <translation>Taille moyenne d&apos;un échantillon (charge personnalisée)</translation>
    </message>
    <message>
        <source>Samples one GPU consumes per second (custom workload)</source>
        <translation>Échantillons consommés par seconde par un GPU (charge personnalisée)</translation>
    </message>
    <message>
        <source>GPUs the job uses</source>
        <translation>GPU utilisés par la tâche</translation>
    </message>
    <message>
        <source>Finish within; the engine then computes the GPUs needed</source>
        <translation>Délai d&apos;achèvement&#xa0;; le moteur calcule alors les GPU nécessaires</translation>
    </message>
    <message>
        <source>Tensor x pipeline parallel degree</source>
        <translation>Degré de parallélisme tensoriel x pipeline</translation>
    </message>
    <message>
        <source>ZeRO stage (0-3)</source>
        <translation>Stade ZeRO (0-3)</translation>
    </message>
    <message>
        <source>Optimizer state bytes per parameter (K; Adam mixed precision: 12)</source>
        <translation>Octets d&apos;état de l&apos;optimiseur par paramètre (K&#xa0;; Adam en précision mixte&#xa0;: 12)</translation>
    </message>
    <message>
        <source>Activation memory per GPU</source>
        <translation>Mémoire d&apos;activations par GPU</translation>
    </message>
    <message>
        <source>Checkpoint bytes per parameter (bf16 weights 2 + fp32 master 4 + Adam 8)</source>
        <translation>Octets de point de contrôle par paramètre (poids bf16 2 + copie maîtresse fp32 4 + Adam 8)</translation>
    </message>
    <message>
        <source>A checkpoint must be written within</source>
        <translation>Délai maximal d&apos;écriture d&apos;un point de contrôle</translation>
    </message>
    <message>
        <source>Stored bytes per training token</source>
        <translation>Octets stockés par token d&apos;entraînement</translation>
    </message>
    <message>
        <source>Tokens per optimizer step</source>
        <translation>Tokens par pas d&apos;optimisation</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>Échantillons du jeu de données</translation>
    </message>
    <message>
        <source>Passes over the dataset</source>
        <translation>Passes sur le jeu de données</translation>
    </message>
    <message>
        <source>Tokens evaluated per run</source>
        <translation>Tokens évalués par exécution</translation>
    </message>
    <message>
        <source>Evaluation runs per day</source>
        <translation>Exécutions d&apos;évaluation par jour</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>Utilisation des FLOPs du modèle</translation>
    </message>
    <message>
        <source>Large language model or classic model</source>
        <translation>Grand modèle de langage ou modèle classique</translation>
    </message>
    <message>
        <source>Precision of the served weights</source>
        <translation>Précision des poids servis</translation>
    </message>
    <message>
        <source>Transformer layers (for the KV cache)</source>
        <translation>Couches du transformer (pour le cache KV)</translation>
    </message>
    <message>
        <source>KV heads (GQA/MQA: the KV-head count)</source>
        <translation>Têtes KV (GQA/MQA&#xa0;: nombre de têtes KV)</translation>
    </message>
    <message>
        <source>Dimension of one attention head</source>
        <translation>Dimension d&apos;une tête d&apos;attention</translation>
    </message>
    <message>
        <source>Precision of cached keys and values</source>
        <translation>Précision des clés et valeurs en cache</translation>
    </message>
    <message>
        <source>Tokens cached per sequence</source>
        <translation>Tokens en cache par séquence</translation>
    </message>
    <message>
        <source>Sequences in flight</source>
        <translation>Séquences en cours de traitement</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Tokens de prompt par requête</translation>
    </message>
    <message>
        <source>Generated tokens per request</source>
        <translation>Tokens générés par requête</translation>
    </message>
    <message>
        <source>Runtime and activation overhead on weights + KV</source>
        <translation>Surcoût d&apos;exécution et d&apos;activations sur poids + KV</translation>
    </message>
    <message>
        <source>Usable fraction of each GPU&apos;s memory</source>
        <translation>Fraction utilisable de la mémoire de chaque GPU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation for prefill</source>
        <translation>Utilisation des FLOPs du modèle pour le prefill</translation>
    </message>
    <message>
        <source>Time one request takes on one core or GPU</source>
        <translation>Durée d&apos;une requête sur un cœur ou un GPU</translation>
    </message>
    <message>
        <source>Target utilisation of the serving cores</source>
        <translation>Taux d&apos;utilisation cible des cœurs d&apos;inférence</translation>
    </message>
    <message>
        <source>A request must answer within</source>
        <translation>Délai maximal de réponse d&apos;une requête</translation>
    </message>
    <message>
        <source>Metrics, logs and predictions recorded per day</source>
        <translation>Métriques, journaux et prédictions enregistrés par jour</translation>
    </message>
    <message>
        <source>Days the records are kept</source>
        <translation>Jours de conservation des enregistrements</translation>
    </message>
    <message>
        <source>Raw capacity of all devices</source>
        <translation>Capacité brute de l&apos;ensemble des périphériques de stockage</translation>
    </message>
    <message>
        <source>Protection scheme (RAID, replication, erasure coding)</source>
        <translation>Schéma de protection (RAID, réplication, codage à effacement)</translation>
    </message>
    <message>
        <source>Capacity kept free (rebuilds, snapshots, operations)</source>
        <translation>Capacité maintenue libre (reconstructions, snapshots, exploitation)</translation>
    </message>
    <message>
        <source>Aggregate read bandwidth</source>
        <translation>Bande passante agrégée en lecture</translation>
    </message>
    <message>
        <source>Aggregate write bandwidth</source>
        <translation>Bande passante agrégée en écriture</translation>
    </message>
    <message>
        <source>Access latency</source>
        <translation>Latence d&apos;accès</translation>
    </message>
    <message>
        <source>GPU hosts</source>
        <translation>Hôtes GPU</translation>
    </message>
    <message>
        <source>Accelerator model (catalog id)</source>
        <translation>Modèle d&apos;accélérateur (id du catalogue)</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPU par hôte</translation>
    </message>
    <message>
        <source>CPU cores per host</source>
        <translation>Cœurs CPU par hôte</translation>
    </message>
    <message>
        <source>Host memory per host</source>
        <translation>Mémoire hôte par hôte</translation>
    </message>
    <message>
        <source>Network bandwidth per host</source>
        <translation>Bande passante réseau par hôte</translation>
    </message>
    <message>
        <source>Hosts held back for failover</source>
        <translation>Hôtes réservés au basculement</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Memory per host</source>
        <translation>Mémoire par hôte</translation>
    </message>
    <message>
        <source>Hosts held back for failover (vSphere HA N+1)</source>
        <translation>Hôtes réservés au basculement (vSphere HA N+1)</translation>
    </message>
    <message>
        <source>vCPU : physical core ratio</source>
        <translation>Ratio vCPU&#xa0;: cœur physique</translation>
    </message>
    <message>
        <source>Memory for data</source>
        <translation>Mémoire pour les données</translation>
    </message>
    <message>
        <source>Operations per second it sustains</source>
        <translation>Opérations par seconde soutenues</translation>
    </message>
    <message>
        <source>Lookup latency</source>
        <translation>Latence de recherche</translation>
    </message>
    <message>
        <source>Speed of one port</source>
        <translation>Vitesse d&apos;un port</translation>
    </message>
    <message>
        <source>Ports carrying the traffic</source>
        <translation>Ports transportant le trafic</translation>
    </message>
    <message>
        <source>MTU in bytes</source>
        <translation>MTU en octets</translation>
    </message>
    <message>
        <source>RDMA (RoCE or InfiniBand): no TCP overhead</source>
        <translation>RDMA (RoCE ou InfiniBand)&#xa0;: pas de surcoût TCP</translation>
    </message>
    <message>
        <source>One-way latency</source>
        <translation>Latence aller simple</translation>
    </message>
    <message>
        <source>Name of the dataset carried (default: the flow&apos;s id)</source>
        <translation>Nom du jeu de données transporté (par défaut&#xa0;: l&apos;id du flux)</translation>
    </message>
    <message>
        <source>Size of one version</source>
        <translation>Taille d&apos;une version</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Croissance mensuelle</translation>
    </message>
    <message>
        <source>Versions kept for lineage and reproducibility</source>
        <translation>Versions conservées pour la traçabilité et la reproductibilité</translation>
    </message>
    <message>
        <source>Fraction of a version that differs from the previous one (1 = full copies)</source>
        <translation>Fraction d&apos;une version qui diffère de la précédente (1 = copies complètes)</translation>
    </message>
    <message>
        <source>The dataset must move within</source>
        <translation>Délai maximal de transfert du jeu de données</translation>
    </message>
    <message>
        <source>Storage component that holds it (default: the producing stage&apos;s writes binding)</source>
        <translation>Composant de stockage qui le contient (par défaut&#xa0;: l&apos;association writes de l&apos;étape productrice)</translation>
    </message>
</context>
<context>
    <name>tarmac::ParamText</name>
    <message>
        <source>default: %1 (assumed)</source>
        <translation>par défaut&#xa0;: %1 (hypothèse)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>dérivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(derived)</source>
        <translation>(dérivé)</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1: %2 is too small; it must be at least %3</source>
        <translation>%1&#xa0;: %2 est trop petit&#xa0;; la valeur doit être d&apos;au moins %3</translation>
    </message>
    <message>
        <source>%1: %2 is out of range; it must be between %3 and %4</source>
        <translation>%1&#xa0;: %2 est hors limites&#xa0;; la valeur doit être comprise entre %3 et %4</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>tarmac::PersonaViews</name>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Correspondance</translation>
    </message>
    <message>
        <source>Stages, infrastructure and what binds them (Ctrl+Alt+1)</source>
        <translation>Étapes, infrastructure et leurs liaisons (Ctrl+Alt+1)</translation>
    </message>
    <message>
        <source>&amp;Data Science</source>
        <translation>&amp;Science des données</translation>
    </message>
    <message>
        <source>Stages and flows only, in model and dataset terms, with what each stage runs on and how that fares (Ctrl+Alt+2)</source>
        <translation>Étapes et flux seulement, en termes de modèle et de jeu de données, avec ce sur quoi tourne chaque étape et son état (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <source>Components and zones only, with the demand on each and the stages it comes from (Ctrl+Alt+3)</source>
        <translation>Composants et zones seulement, avec la demande sur chacun et les étapes d’où elle vient (Ctrl+Alt+3)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Persona view</source>
        <translation>Vue par profil</translation>
    </message>
    <message>
        <source>I&amp;nfrastructure</source>
        <translation>I&amp;nfrastructure</translation>
    </message>
</context>
<context>
    <name>tarmac::PresentationMode</name>
    <message>
        <source>No findings: every demand fits its capacity with headroom.</source>
        <translation>Aucun constat : chaque besoin tient dans sa capacité avec de la marge.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3: %4
%5</source>
        <translation>%1 sur %2 · %3 : %4
%5</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Décidé : %1</translation>
    </message>
</context>
<context>
    <name>tarmac::ProjectFormat</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>tarmac::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Select a stage, component, zone or flow to edit it</source>
        <translation>Sélectionnez une étape, un composant, une zone ou un flux pour le modifier</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Description du projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Planning horizon in months</source>
        <translation>Horizon de planification en mois</translation>
    </message>
    <message>
        <source>How far ahead storage growth is projected</source>
        <translation>Horizon de projection de la croissance du stockage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Composant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <translation>Zone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Who owns this stage in the workshop</source>
        <translation>Responsable de cette étape dans l&apos;atelier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Parent zone</source>
        <translation>Zone parente</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>A bare number is in %1. Other units work too, e.g. &quot;%2&quot;.</source>
        <translation>Un nombre seul est exprimé en %1. D&apos;autres unités sont acceptées, par ex. «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 memory, %3 dense BF16</source>
        <translation>%1&#xa0;: %2 de mémoire, %3 en BF16 dense</translation>
    </message>
    <message>
        <source>e.g. raid6 or ec-8-3</source>
        <translation>par ex. raid6 ou ec-8-3</translation>
    </message>
    <message>
        <source>%1 (raw : usable %2)</source>
        <translation>%1 (brut&#xa0;: utile %2)</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(choisir un préréglage)</translation>
    </message>
    <message>
        <source>Sets the latency to a typical figure</source>
        <translation>Règle la latence sur une valeur typique</translation>
    </message>
    <message>
        <source>Latency preset</source>
        <translation>Préréglage de latence</translation>
    </message>
    <message>
        <source>Sets link speed, RDMA and latency from the catalog</source>
        <translation>Règle la vitesse de lien, RDMA et la latence d&apos;après le catalogue</translation>
    </message>
    <message>
        <source>Link preset</source>
        <translation>Préréglage de lien</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>(default: the producing stage&apos;s writes binding)</source>
        <translation>(par défaut&#xa0;: l&apos;association writes de l&apos;étape productrice)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: unknown scheme &quot;%2&quot;; pick one from the list or write ec-K-M, e.g. ec-8-3</source>
        <translation>%1&#xa0;: schéma «&#xa0;%2&#xa0;» inconnu&#xa0;; choisissez-en un dans la liste ou écrivez ec-K-M, par ex. ec-8-3</translation>
    </message>
    <message>
        <source>Apply preset %1</source>
        <translation>Appliquer le préréglage %1</translation>
    </message>
    <message>
        <source>%1 (%2 in the file)</source>
        <translation>%1 (%2 dans le fichier)</translation>
    </message>
</context>
<context>
    <name>tarmac::Quantity</name>
    <message>
        <source>a count</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a ratio</source>
        <translation>un ratio</translation>
    </message>
    <message>
        <source>a size</source>
        <translation>une taille</translation>
    </message>
    <message>
        <source>a bandwidth</source>
        <translation>une bande passante</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>une durée</translation>
    </message>
    <message>
        <source>an amount of FLOP</source>
        <translation>une quantité de FLOP</translation>
    </message>
    <message>
        <source>a FLOP rate</source>
        <translation>un débit de FLOP</translation>
    </message>
    <message>
        <source>a rate per second</source>
        <translation>un taux par seconde</translation>
    </message>
    <message>
        <source>%1: not a number (NaN)</source>
        <translation>%1&#xa0;: pas un nombre (NaN)</translation>
    </message>
    <message>
        <source>%1: infinite value</source>
        <translation>%1&#xa0;: valeur infinie</translation>
    </message>
    <message>
        <source>%1: %2 is negative; it must be zero or more</source>
        <translation>%1&#xa0;: %2 est négatif&#xa0;; la valeur doit être nulle ou positive</translation>
    </message>
    <message>
        <source>%1: empty value</source>
        <translation>%1&#xa0;: valeur vide</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not start with a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne commence pas par un nombre</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot; in &quot;%3&quot;</source>
        <translation>%1&#xa0;: unité «&#xa0;%2&#xa0;» inconnue dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 is expected</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est %3, alors qu&apos;il faut %4</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1&#xa0;: %2 est trop grand</translation>
    </message>
</context>
<context>
    <name>tarmac::Recovery</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>tarmac::Report</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>%1 lifecycle stages, %2 infrastructure components, %3 data flows, horizon %4 months.</source>
        <translation>%1 étapes du cycle de vie, %2 composants d&apos;infrastructure, %3 flux de données, horizon de %4 mois.</translation>
    </message>
    <message>
        <source>The engine reports %1 error(s) and %2 warning(s).</source>
        <translation>Le moteur signale %1 erreur(s) et %2 avertissement(s).</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <source>Lifecycle: stages and the data flowing between them</source>
        <translation>Cycle de vie&#xa0;: les étapes et les données qui circulent entre elles</translation>
    </message>
    <message>
        <source>Infrastructure: components by zone and their fabrics</source>
        <translation>Infrastructure&#xa0;: composants par zone et leurs fabrics</translation>
    </message>
    <message>
        <source>Mapping: where the ML work meets the infrastructure</source>
        <translation>Correspondance&#xa0;: là où le travail de ML rencontre l&apos;infrastructure</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Demand against capacity per component</source>
        <translation>Demande par rapport à la capacité, par composant</translation>
    </message>
    <message>
        <source>Storage growth over the horizon (physical bytes after protection)</source>
        <translation>Croissance du stockage sur l&apos;horizon (octets physiques après protection)</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Besoins de chaque étape</translation>
    </message>
    <message>
        <source>Bandwidth per flow and per fabric</source>
        <translation>Bande passante par flux et par fabric</translation>
    </message>
    <message>
        <source>Requirements per stage</source>
        <translation>Besoins par étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>not computed (see findings)</source>
        <translation>non calculé (voir les constats)</translation>
    </message>
    <message>
        <source>Utilisation per component</source>
        <translation>Utilisation par composant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>%1 fills in month %2 of %3.</source>
        <translation>%1 est saturé au mois %2 sur %3.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>No findings: every demand fits its capacity with headroom.</source>
        <translation>Aucun constat&#xa0;: chaque demande tient dans sa capacité avec de la marge.</translation>
    </message>
    <message>
        <source>Defaults and assumptions in force</source>
        <translation>Valeurs par défaut et hypothèses en vigueur</translation>
    </message>
    <message>
        <source>Parameters the project does not set take these defaults. Those marked &quot;assumed&quot; are assumptions, not measurements: replace them with your own figures where you have them.</source>
        <translation>Les paramètres que le projet ne définit pas prennent ces valeurs par défaut. Celles marquées «&#xa0;hypothèse&#xa0;» ne sont pas des mesures&#xa0;: remplacez-les par vos propres chiffres lorsque vous en disposez.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Sources of the formulas:</source>
        <translation>Sources des formules&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Catalog entries used</source>
        <translation>Entrées du catalogue utilisées</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>BF16 %1, memory %2, bandwidth %3</source>
        <translation>BF16 %1, mémoire %2, bande passante %3</translation>
    </message>
    <message>
        <source> (datasheet)</source>
        <translation> (fiche technique)</translation>
    </message>
    <message>
        <source> (secondary source)</source>
        <translation> (source secondaire)</translation>
    </message>
    <message>
        <source>raw : usable = %1</source>
        <translation>brut&#xa0;: utile = %1</translation>
    </message>
    <message>
        <source>sample %1, batch %2</source>
        <translation>échantillon %1, batch %2</translation>
    </message>
    <message>
        <source>No catalog entries are referenced.</source>
        <translation>Aucune entrée du catalogue n&apos;est référencée.</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>Non dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated by Tarmac from the project&apos;s figures; every formula and default is listed above with its source.</source>
        <translation>Généré par Tarmac à partir des chiffres du projet&#xa0;; chaque formule et chaque valeur par défaut est indiquée ci-dessus avec sa source.</translation>
    </message>
    <message>
        <source>exists and is not a folder; it is not replaced</source>
        <translation>existe et n&apos;est pas un dossier&#xa0;; il n&apos;est pas remplacé</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>création impossible</translation>
    </message>
    <message>
        <source>cannot be written (%1); the previous file is unchanged</source>
        <translation>écriture impossible (%1)&#xa0;; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>écriture impossible (%1)</translation>
    </message>
    <message>
        <source>writing .%1 needs pandoc, which is not installed (on Debian and Ubuntu: sudo apt install pandoc); .html, .pdf and .md need nothing</source>
        <translation>écrire du .%1 nécessite pandoc, qui n’est pas installé (sous Debian et Ubuntu : sudo apt install pandoc) ; .html, .pdf et .md n’ont besoin de rien</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>pandoc could not convert the report: %1</source>
        <translation>pandoc n’a pas pu convertir le rapport : %1</translation>
    </message>
    <message>
        <source>pandoc wrote no file</source>
        <translation>pandoc n’a écrit aucun fichier</translation>
    </message>
    <message>
        <source>%1 (overview; each zone follows)</source>
        <translation>%1 (vue d’ensemble ; chaque zone suit)</translation>
    </message>
    <message>
        <source>Infrastructure in %1</source>
        <translation>Infrastructure dans %1</translation>
    </message>
    <message>
        <source>Mapping: the work on what %1 holds</source>
        <translation>Affectation : les charges de travail sur les ressources de %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Nothing to draw yet: the project has no stages and no components.</source>
        <translation>Rien à dessiner pour l’instant : le projet n’a ni étapes ni composants.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Findings on it</source>
        <translation>Constats associés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No decisions were recorded in this project.</source>
        <translation>Aucune décision n’a été consignée dans ce projet.</translation>
    </message>
</context>
<context>
    <name>tarmac::RequirementsPanel</name>
    <message>
        <source>Requirements</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Requirement / demand of capacity</source>
        <translation>Besoin / demande de capacité</translation>
    </message>
</context>
<context>
    <name>tarmac::RvToolsImportDialog</name>
    <message>
        <source>Import RVTools Export</source>
        <translation>Importer un export RVTools</translation>
    </message>
    <message>
        <source>RVTools lists no GPUs. Say which host models carry GPUs: Tarmac suggests what it knows of a server model; check each before importing.</source>
        <translation>RVTools ne recense aucun GPU. Indiquez quels modèles d’hôte portent des GPU : Tarmac propose ce qu’il sait d’un modèle de serveur ; vérifiez chacun avant l’import.</translation>
    </message>
    <message>
        <source>Host model</source>
        <translation>Modèle d’hôte</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPU par hôte</translation>
    </message>
    <message>
        <source>Host models and their GPUs</source>
        <translation>Modèles d’hôte et leurs GPU</translation>
    </message>
    <message>
        <source>GPU of %1</source>
        <translation>GPU de %1</translation>
    </message>
    <message>
        <source>None (CPU hosts)</source>
        <translation>Aucun (hôtes CPU)</translation>
    </message>
    <message>
        <source>GPUs per %1 host</source>
        <translation>GPU par hôte %1</translation>
    </message>
    <message>
        <source>Suggested: %1 usually carries %2 × %3</source>
        <translation>Suggestion : %1 porte habituellement %2 × %3</translation>
    </message>
    <message>
        <source>What the import makes:</source>
        <translation>Ce que l’import crée :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>tarmac::SafeFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>est un tube nommé (FIFO), pas un fichier</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>an input/output error on the device</source>
        <translation>une erreur d&apos;entrée/sortie sur le périphérique</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>erreur système %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>lecture impossible (%1)</translation>
    </message>
    <message>
        <source>too large for a project (%1 bytes; at most %2)</source>
        <translation>trop volumineux pour un projet (%1 octets&#xa0;; au maximum %2)</translation>
    </message>
    <message>
        <source>too large for a project (more than %1 bytes)</source>
        <translation>trop volumineux pour un projet (plus de %1 octets)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>; it is not replaced</source>
        <translation>&#xa0;; il n&apos;est pas remplacé</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>écriture impossible (%1)</translation>
    </message>
    <message>
        <source>cannot be written (%1); the previous file is unchanged</source>
        <translation>écriture impossible (%1)&#xa0;; le fichier précédent est inchangé</translation>
    </message>
</context>
<context>
    <name>tarmac::SettingsDialog</name>
    <message>
        <source>Show the grid</source>
        <translation>Afficher la grille</translation>
    </message>
    <message>
        <source>Snap items to the grid</source>
        <translation>Aimanter les éléments à la grille</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>SI (kB, MB, GB)</source>
        <translation>SI (kB, MB, GB)</translation>
    </message>
    <message>
        <source>IEC (KiB, MiB, GiB)</source>
        <translation>CEI (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités&#xa0;:</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Canevas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;horizon:</source>
        <translation>&amp;Horizon par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Tarmac starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Tarmac.</translation>
    </message>
</context>
<context>
    <name>tarmac::SqliteFormat</name>
    <message>
        <source>the project row is missing</source>
        <translation>la ligne du projet est absente</translation>
    </message>
    <message>
        <source>the project&apos;s extra_json is not a JSON object</source>
        <translation>le champ extra_json du projet n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a table is missing or unreadable (%1)</source>
        <translation>une table est absente ou illisible (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a Tarmac project (not an SQLite database)</source>
        <translation>pas un projet Tarmac (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>ouverture impossible (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>corrupt or truncated (%1)</source>
        <translation>corrompu ou tronqué (%1)</translation>
    </message>
    <message>
        <source>not a Tarmac project (an SQLite database of another application)</source>
        <translation>pas un projet Tarmac (base de données SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>corrupt (integrity check: %1)</source>
        <translation>corrompu (contrôle d&apos;intégrité&#xa0;: %1)</translation>
    </message>
    <message>
        <source>written by a newer Tarmac (file schema version %1; this Tarmac reads up to %2)</source>
        <translation>écrit par une version plus récente de Tarmac (version de schéma du fichier %1&#xa0;; cette version de Tarmac lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>not a Tarmac project (schema version %1)</source>
        <translation>pas un projet Tarmac (version de schéma %1)</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>aucune migration depuis la version de schéma %1</translation>
    </message>
    <message>
        <source>cannot be upgraded from schema version %1: %2</source>
        <translation>mise à niveau impossible depuis la version de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a valid Tarmac project (%1)</source>
        <translation>projet Tarmac non valide (%1)</translation>
    </message>
    <message>
        <source>cannot be saved (%1); the previous file is unchanged</source>
        <translation>enregistrement impossible (%1)&#xa0;; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation>échec simulé</translation>
    </message>
    <message>
        <source>it contains a %1 &quot;%2&quot; that Tarmac does not write</source>
        <translation>il contient un objet de type %1 «&#xa0;%2&#xa0;» que Tarmac n&apos;écrit pas</translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation>son schéma est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the meta table is missing</source>
        <translation>la table meta est absente</translation>
    </message>
    <message>
        <source>the meta table has no schema_version</source>
        <translation>la table meta ne contient pas de schema_version</translation>
    </message>
    <message>
        <source>the meta table says schema version %1, the file header %2</source>
        <translation>la table meta indique la version de schéma %1, l&apos;en-tête du fichier %2</translation>
    </message>
    <message>
        <source>has changes in %1-wal that the program which wrote it has not merged into the file; close that program first</source>
        <translation>contient dans %1-wal des modifications que le programme qui l&apos;a écrit n&apos;a pas intégrées au fichier&#xa0;; fermez d&apos;abord ce programme</translation>
    </message>
    <message>
        <source>corrupt or truncated (%1 bytes)</source>
        <translation>corrompu ou tronqué (%1 octets)</translation>
    </message>
    <message>
        <source>cannot be opened (out of memory)</source>
        <translation>ouverture impossible (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>has changes in %1-journal that the program which wrote it has not finished; close that program first</source>
        <translation>contient dans %1-journal des modifications que le programme qui l&apos;a écrit n&apos;a pas terminées&#xa0;; fermez d&apos;abord ce programme</translation>
    </message>
</context>
<context>
    <name>tarmac::StageNeedsChart</name>
    <message>
        <source>GPU-hours</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>GPU nécessaires</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Read + write throughput</source>
        <translation>Débit lecture + écriture</translation>
    </message>
    <message>
        <source>GPU-hours (in total; per day for validation)</source>
        <translation>Heures-GPU (au total&#xa0;; par jour pour la validation)</translation>
    </message>
    <message>
        <source>%1 — the %2 largest of %3 stages</source>
        <translation>%1 — les %2 plus grandes de %3 étapes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tarmac::StageNeedsModel</name>
    <message>
        <source>Stage id</source>
        <translation>Id de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>tarmac::StartPage</name>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Partir de</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Welcome to Tarmac: where ML work meets the infrastructure it runs on.</source>
        <translation>Bienvenue dans Tarmac : là où le travail de ML rencontre l’infrastructure qui le fait tourner.</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Faire la &amp;visite</translation>
    </message>
    <message>
        <source>A short guided walk over the example: nine steps, skippable</source>
        <translation>Une courte visite guidée de l’exemple : neuf étapes, que l’on peut passer</translation>
    </message>
</context>
<context>
    <name>tarmac::Templates</name>
    <message>
        <source>LLM fine-tuning and serving platform on vSphere (the example)</source>
        <translation>Plateforme de fine-tuning et d&apos;inférence de LLM sur vSphere (l&apos;exemple)</translation>
    </message>
    <message>
        <source>Vision training fed from a parallel file system (MLPerf Storage profiles)</source>
        <translation>Entraînement de vision alimenté par un système de fichiers parallèle (profils MLPerf Storage)</translation>
    </message>
    <message>
        <source>An empty project</source>
        <translation>Un projet vide</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>LLM pre-training on an HGX H100 cluster (InfiniBand NDR, parallel file system for checkpoints)</source>
        <translation>Pré-entraînement de LLM sur un cluster HGX H100 (InfiniBand NDR, système de fichiers parallèle pour les points de contrôle)</translation>
    </message>
    <message>
        <source>LLM fine-tuning and RAG serving on vSphere (L40S serving hosts, vector index, object storage)</source>
        <translation>Affinage de LLM et service RAG sur vSphere (hôtes de service L40S, index vectoriel, stockage objet)</translation>
    </message>
    <message>
        <source>Vision training fed from NFS (MLPerf Storage ResNet-50 and 3D U-Net profiles)</source>
        <translation>Entraînement de vision alimenté par NFS (profils MLPerf Storage ResNet-50 et 3D U-Net)</translation>
    </message>
    <message>
        <source>Tabular ML with an online/offline feature store and real-time serving</source>
        <translation>ML tabulaire avec magasin de caractéristiques en ligne/hors ligne et service en temps réel</translation>
    </message>
    <message>
        <source>Edge inference on NVIDIA L4 servers, trained at a central site</source>
        <translation>Inférence en périphérie sur serveurs NVIDIA L4, entraînée sur un site central</translation>
    </message>
    <message>
        <source>Notebook and experimentation platform on shared A100 GPUs and NFS</source>
        <translation>Plateforme de notebooks et d’expérimentation sur GPU A100 partagés et NFS</translation>
    </message>
    <message>
        <source>Two-site platform: training in one site, serving in another</source>
        <translation>Plateforme sur deux sites : entraînement sur l’un, service sur l’autre</translation>
    </message>
</context>
<context>
    <name>tarmac::Tour</name>
    <message>
        <source>The canvas</source>
        <translation>Le canevas</translation>
    </message>
    <message>
        <source>This is the example: an LLM fine-tuning and serving platform on vSphere. Lifecycle stages are on top, the infrastructure they run on below, in its site and racks. Every card shows what the engine computed for it.</source>
        <translation>Voici l’exemple : une plateforme d’affinage et de service de LLM sur vSphere. Les étapes du cycle de vie en haut, l’infrastructure qui les fait tourner en dessous, dans son site et ses baies. Chaque carte montre ce que le moteur a calculé pour elle.</translation>
    </message>
    <message>
        <source>The palette</source>
        <translation>La palette</translation>
    </message>
    <message>
        <source>Drag a lifecycle stage or a piece of infrastructure from here onto the canvas, or select one and press Enter. Everything you add can be undone with Ctrl+Z.</source>
        <translation>Faites glisser une étape du cycle de vie ou un élément d’infrastructure d’ici sur le canevas, ou sélectionnez-en un et appuyez sur Entrée. Tout ajout s’annule avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>A data flow</source>
        <translation>Un flux de données</translation>
    </message>
    <message>
        <source>Arrows are datasets moving between stages: this one carries the tokenized corpus to training. Its size, versions kept and growth decide what the storage must hold. Draw one by dragging from a stage&apos;s solid handle to another stage.</source>
        <translation>Les flèches sont des jeux de données qui passent d’une étape à l’autre : celle-ci porte le corpus tokenisé vers l’entraînement. Sa taille, les versions conservées et la croissance décident de ce que le stockage doit contenir. Tracez-en une en glissant de la poignée pleine d’une étape vers une autre étape.</translation>
    </message>
    <message>
        <source>A binding</source>
        <translation>Une liaison</translation>
    </message>
    <message>
        <source>Dashed lines bind a stage to what it runs on, in a role: here training computes on the H100 hosts. Drag from a stage&apos;s hollow handle to a cluster or a storage system.</source>
        <translation>Les traits pointillés lient une étape à ce sur quoi elle tourne, dans un rôle : ici l’entraînement calcule sur les hôtes H100. Glissez de la poignée creuse d’une étape vers un cluster ou un système de stockage.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>The selected item&apos;s parameters, with units: &quot;70B&quot;, &quot;4 TB&quot;, &quot;25 Gb/s&quot;. Change one and every figure and finding follows at once.</source>
        <translation>Les paramètres de l’élément sélectionné, avec leurs unités : « 70B », « 4 TB », « 25 Gb/s ». Changez-en un et chaque valeur et chaque constat suivent aussitôt.</translation>
    </message>
    <message>
        <source>A finding</source>
        <translation>Un constat</translation>
    </message>
    <message>
        <source>The engine checks every demand against what its component delivers and explains each shortfall, with the numbers and a hint. Double-click a finding to see its item; F5 presents them one by one to the room.</source>
        <translation>Le moteur compare chaque demande à ce que fournit son composant et explique chaque insuffisance, chiffres et conseil à l’appui. Double-cliquez sur un constat pour voir son élément ; F5 les présente un par un à la salle.</translation>
    </message>
    <message>
        <source>A chart</source>
        <translation>Un graphique</translation>
    </message>
    <message>
        <source>Charts show demand against capacity per component, storage growth over the horizon, what each stage needs and the bandwidth of every flow (View → Charts, Ctrl+Shift+H).</source>
        <translation>Les graphiques montrent la demande face à la capacité par composant, la croissance du stockage sur l’horizon, les besoins de chaque étape et la bande passante de chaque flux (Affichage → Graphiques, Ctrl+Maj+H).</translation>
    </message>
    <message>
        <source>Views for each side of the room</source>
        <translation>Une vue pour chaque côté de la salle</translation>
    </message>
    <message>
        <source>Into the design document</source>
        <translation>Vers le document de conception</translation>
    </message>
    <message>
        <source>File → Export Diagram (Ctrl+E) writes SVG, PNG, PDF, draw.io or Mermaid; Export Report (Ctrl+Shift+E) a report in HTML, PDF, Markdown or Word with every requirement, finding and decision. Notes (Ctrl+Alt+M) record what the room decided. That is the tour: start from a template with File → New.</source>
        <translation>Fichier → Exporter le diagramme (Ctrl+E) écrit du SVG, PNG, PDF, draw.io ou Mermaid ; Exporter le rapport (Ctrl+Maj+E) un rapport HTML, PDF, Markdown ou Word avec chaque exigence, chaque constat et chaque décision. Les notes (Ctrl+Alt+M) consignent ce que la salle a décidé. Fin de la visite : partez d’un modèle avec Fichier → Nouveau.</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Mapping (Ctrl+Alt+1) shows both sides; Data Science (Ctrl+Alt+2) only the stages and flows, in model and dataset terms; Infrastructure (Ctrl+Alt+3) only the components, with the demand on each and where it comes from.</source>
        <translation>Correspondance (Ctrl+Alt+1) montre les deux côtés ; Science des données (Ctrl+Alt+2) seulement les étapes et les flux, en termes de modèle et de jeu de données ; Infrastructure (Ctrl+Alt+3) seulement les composants, avec la demande sur chacun et sa provenance.</translation>
    </message>
</context>
<context>
    <name>tarmac::UtilizationChart</name>
    <message>
        <source>Demand against capacity — the %1 fullest of %2</source>
        <translation>Demande face à la capacité — les %1 plus pleins sur %2</translation>
    </message>
    <message>
        <source>Demand against capacity</source>
        <translation>Demande par rapport à la capacité</translation>
    </message>
    <message>
        <source>Demand against capacity: %1</source>
        <translation>Demande par rapport à la capacité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no capacity figures yet</source>
        <translation>%1 n&apos;a pas encore de chiffres de capacité</translation>
    </message>
    <message>
        <source>Up to 80 %</source>
        <translation>Jusqu&apos;à 80&#xa0;%</translation>
    </message>
    <message>
        <source>80 to 100 %</source>
        <translation>De 80 à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>Plus de 100&#xa0;%</translation>
    </message>
    <message>
        <source>Demand / capacity (%)</source>
        <translation>Demande / capacité (%)</translation>
    </message>
    <message>
        <source>80 % (warning)</source>
        <translation>80&#xa0;% (avertissement)</translation>
    </message>
    <message>
        <source>100 % (full)</source>
        <translation>100&#xa0;% (plein)</translation>
    </message>
</context>
<context>
    <name>tarmac::UtilizationModel</name>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cœurs</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Id du composant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation>Débit en lecture</translation>
    </message>
    <message>
        <source>Write throughput</source>
        <translation>Débit en écriture</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>%1 — %2: %3 asked of %4 (%5)</source>
        <extracomment>component, dimension, demand, capacity, utilisation</extracomment>
        <translation>%1 — %2&#xa0;: %3 demandés sur %4 (%5)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
</context>
<context>
    <name>tarmac::Xlsx</name>
    <message>
        <source>cannot create a temporary folder for the workbook</source>
        <translation>impossible de créer un dossier temporaire pour le classeur</translation>
    </message>
    <message>
        <source>cannot start the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>ID de l’étape</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>ID du composant</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Stored (all versions)</source>
        <translation>Stocké (toutes versions)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>ID du flux</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>le classeur n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>the workbook could not be read back</source>
        <translation>le classeur n’a pas pu être relu</translation>
    </message>
</context>
<context>
    <name>tarmac::charts</name>
    <message>
        <source>Demand against capacity</source>
        <translation>Demande par rapport à la capacité</translation>
    </message>
    <message>
        <source>Storage growth</source>
        <translation>Croissance du stockage</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Besoins de chaque étape</translation>
    </message>
    <message>
        <source>Bandwidth per flow and fabric</source>
        <translation>Bande passante par flux et par fabric</translation>
    </message>
    <message>
        <source>Drawn by Tarmac</source>
        <translation>Dessiné par Tarmac</translation>
    </message>
    <message>
        <source>%1: there is no chart to export</source>
        <translation>%1&#xa0;: aucun graphique à exporter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
</TS>
