<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Drag to another stage to draw a data flow</source>
        <translation>Auf eine andere Phase ziehen, um einen Datenfluss zu zeichnen</translation>
    </message>
    <message>
        <source>Drag to a cluster, storage system or key-value store to bind this stage</source>
        <translation>Auf einen Cluster, ein Speichersystem oder einen Key-Value-Store ziehen, um diese Phase zu binden</translation>
    </message>
    <message>
        <source>Drag to a network fabric to link this component</source>
        <translation>Auf eine Netzwerk-Fabric ziehen, um diese Komponente zu verknüpfen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
</context>
<context>
    <name>tarmac::ArrangeController</name>
    <message>
        <source>Arranging the canvas with Graphviz…</source>
        <translation>Zeichenfläche wird mit Graphviz angeordnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
</context>
<context>
    <name>tarmac::BandwidthChart</name>
    <message>
        <source>Bandwidth across each fabric</source>
        <translation>Bandbreite über jede Fabric</translation>
    </message>
    <message>
        <source>No network fabric modelled yet</source>
        <translation>Noch keine Netzwerk-Fabric modelliert</translation>
    </message>
    <message>
        <source>Bandwidth of each flow while it moves</source>
        <translation>Bandbreite jedes Datenflusses während der Übertragung</translation>
    </message>
    <message>
        <source>No data flows yet</source>
        <translation>Noch keine Datenflüsse</translation>
    </message>
    <message>
        <source>%1 — the %2 busiest of %3</source>
        <translation>%1 – die %2 meistgenutzten von %3</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Bandwidth (%1)</source>
        <translation>Bandbreite (%1)</translation>
    </message>
</context>
<context>
    <name>tarmac::BandwidthModel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>%1 (%2 → %3): %4 while it moves</source>
        <extracomment>dataset, from stage, to stage, rate</extracomment>
        <translation>%1 (%2 → %3): %4 während der Übertragung</translation>
    </message>
    <message>
        <source>%1: %2 crosses it; its capacity is not known</source>
        <translation>%1: %2 läuft darüber; die Kapazität ist nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4)</source>
        <translation>%1: %2 von %3 (%4)</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Mitten &amp;horizontal ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Mitten &amp;vertikal ausrichten</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster einrasten</translation>
    </message>
    <message>
        <source>Align and &amp;Distribute</source>
        <translation>Ausrichten und &amp;verteilen</translation>
    </message>
    <message>
        <source>The clipboard holds no Tarmac elements (%1).</source>
        <translation>Die Zwischenablage enthält keine Tarmac-Elemente (%1).</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Nichts zum Einfügen.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Align and Distribute</source>
        <translation>Ausrichten und verteilen</translation>
    </message>
    <message>
        <source>Co&amp;nnect To…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <source>Select one stage or component to connect it.</source>
        <translation>Wählen Sie eine Stufe oder Komponente, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>Data flow to</source>
        <translation>Datenfluss zu</translation>
    </message>
    <message>
        <source>Bind to</source>
        <translation>Binden an</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Anbinden an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing on the canvas can be connected to “%1”.</source>
        <translation>Nichts auf der Arbeitsfläche lässt sich mit „%1“ verbinden.</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasNavigator</name>
    <message>
        <source>Overview map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>The whole design; click or drag to move the view</source>
        <translation>Der ganze Entwurf; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasScene</name>
    <message>
        <source>Bind as</source>
        <translation>Binden als</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Drop on another item to connect.</source>
        <translation>Zum Verbinden auf einem anderen Element ablegen.</translation>
    </message>
    <message>
        <source>A data flow goes from one stage to another; bind stages to infrastructure with the connector below the stage.</source>
        <translation>Ein Datenfluss führt von einer Phase zu einer anderen; binden Sie Phasen über den Anschluss unterhalb der Phase an die Infrastruktur.</translation>
    </message>
    <message>
        <source>Bind a stage to a cluster, a storage system or a key-value store.</source>
        <translation>Binden Sie eine Phase an einen Cluster, ein Speichersystem oder einen Key-Value-Store.</translation>
    </message>
    <message>
        <source>A stage cannot be bound to a network fabric; link its cluster and storage to the fabric instead.</source>
        <translation>Eine Phase kann nicht an eine Netzwerk-Fabric gebunden werden; verknüpfen Sie stattdessen ihren Cluster und Speicher mit der Fabric.</translation>
    </message>
    <message>
        <source>%1 already reads from and writes to %2.</source>
        <translation>%1 liest bereits aus %2 und schreibt dorthin.</translation>
    </message>
    <message>
        <source>%1 is already bound to %2.</source>
        <translation>%1 ist bereits an %2 gebunden.</translation>
    </message>
    <message>
        <source>Link components to a network fabric.</source>
        <translation>Verknüpfen Sie Komponenten mit einer Netzwerk-Fabric.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ist bereits mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Draw flow</source>
        <translation>Datenfluss zeichnen</translation>
    </message>
    <message>
        <source>Binding cancelled.</source>
        <translation>Bindung abgebrochen.</translation>
    </message>
    <message>
        <source>Link to fabric</source>
        <translation>Mit Fabric verknüpfen</translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation>Zonengröße ändern</translation>
    </message>
    <message>
        <source>Move into zone</source>
        <translation>In Zone verschieben</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Schrittweise verschieben</translation>
    </message>
    <message>
        <source>Release to take “%1” out of “%2”</source>
        <translation>Loslassen nimmt „%1“ aus „%2“ heraus</translation>
    </message>
    <message>
        <source>Release to move “%1” into “%2”</source>
        <translation>Loslassen verschiebt „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>Bind “%1” to “%2” as %3</source>
        <translation>„%1“ an „%2“ binden (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>runs on nothing yet</source>
        <translation>läuft noch auf nichts</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>used by no stage</source>
        <translation>von keiner Phase genutzt</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Showing the Mapping view, which draws what you added.</source>
        <translation>Zuordnungsansicht: Sie zeigt, was Sie hinzugefügt haben.</translation>
    </message>
</context>
<context>
    <name>tarmac::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Lifecycle stages and infrastructure; drag from the palette to add, drag from a port to connect</source>
        <translation>Lebenszyklusphasen und Infrastruktur; zum Hinzufügen aus der Palette ziehen, zum Verbinden von einem Anschluss ziehen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
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
        <translation>Millionen</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>Tausend</translation>
    </message>
</context>
<context>
    <name>tarmac::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <source>Demand against capacity chart</source>
        <translation>Grafik: Bedarf gegenüber Kapazität</translation>
    </message>
    <message>
        <source>Storage growth chart</source>
        <translation>Grafik: Speicherwachstum</translation>
    </message>
    <message>
        <source>Bandwidth per flow and fabric</source>
        <translation>Bandbreite pro Datenfluss und Fabric</translation>
    </message>
    <message>
        <source>Bandwidth per flow chart</source>
        <translation>Grafik: Bandbreite pro Datenfluss</translation>
    </message>
    <message>
        <source>Bandwidth per fabric chart</source>
        <translation>Grafik: Bandbreite pro Fabric</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Bedarf je Phase</translation>
    </message>
    <message>
        <source>%1 per stage chart</source>
        <translation>Grafik: %1 pro Phase</translation>
    </message>
    <message>
        <source>Lifecycle colours</source>
        <translation>Farben der Lebenszyklusphasen</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Stage needs</source>
        <translation>Phasenbedarf</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the chart “%1”</source>
        <translation>Grafik „%1“ exportieren</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Diese Grafik als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafik exportieren</translation>
    </message>
</context>
<context>
    <name>tarmac::Commands</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n Element hinzufügen</numerusform>
            <numerusform>%n Elemente hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Umbenennen in %1</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Persona ändern</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Take out of zone</source>
        <translation>Aus Zone herausnehmen</translation>
    </message>
    <message>
        <source>Put into zone</source>
        <translation>In Zone legen</translation>
    </message>
    <message>
        <source>Nest zone</source>
        <translation>Zone verschachteln</translation>
    </message>
    <message>
        <source>Change project properties</source>
        <translation>Projekteigenschaften ändern</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>tarmac::Diagram</name>
    <message>
        <source>the diagram could not be rasterised</source>
        <translation>das Diagramm konnte nicht gerastert werden</translation>
    </message>
    <message>
        <source>the diagram is too large for PNG at %1 dpi (%2 × %3 pixels); use SVG or PDF, or a lower --dpi</source>
        <translation>das Diagramm ist für PNG bei %1 dpi zu groß (%2 × %3 Pixel); verwenden Sie SVG oder PDF oder einen niedrigeren Wert für --dpi</translation>
    </message>
    <message>
        <source>not enough memory for a %1 × %2 pixel image</source>
        <translation>nicht genügend Arbeitsspeicher für ein Bild mit %1 × %2 Pixeln</translation>
    </message>
    <message>
        <source>the PNG image could not be encoded</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the diagram could not be converted to PDF</source>
        <translation>das Diagramm konnte nicht in PDF umgewandelt werden</translation>
    </message>
    <message>
        <source>unknown diagram format</source>
        <translation>unbekanntes Diagrammformat</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen</translation>
    </message>
    <message>
        <source>Graphviz could not render the diagram</source>
        <translation>Graphviz konnte das Diagramm nicht rendern</translation>
    </message>
    <message>
        <source>Graphviz wrote DOT it cannot read back</source>
        <translation>Graphviz hat DOT geschrieben, das es nicht wieder einlesen kann</translation>
    </message>
    <message>
        <source>the diagram could not be laid out</source>
        <translation>das Diagramm konnte nicht angeordnet werden</translation>
    </message>
    <message>
        <source>there is no zone &quot;%1&quot;</source>
        <translation>Es gibt keine Zone „%1“</translation>
    </message>
</context>
<context>
    <name>tarmac::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Mapping: stages over infrastructure</source>
        <translation>Zuordnung: Phasen auf der Infrastruktur</translation>
    </message>
    <message>
        <source>Lifecycle: stages and flows</source>
        <translation>Lebenszyklus: Phasen und Datenflüsse</translation>
    </message>
    <message>
        <source>Infrastructure: components by zone</source>
        <translation>Infrastruktur: Komponenten nach Zone</translation>
    </message>
    <message>
        <source>Canvas positions</source>
        <translation>Positionen auf der Zeichenfläche</translation>
    </message>
    <message>
        <source>Automatic (Graphviz)</source>
        <translation>Automatisch (Graphviz)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>A&amp;uflösung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Automatic, for a portrait page</source>
        <translation>Automatisch, für eine Hochformatseite</translation>
    </message>
</context>
<context>
    <name>tarmac::Findings</name>
    <message>
        <source>%1 has a parameter &quot;%2&quot; that Tarmac does not know; it is ignored.</source>
        <translation>%1 hat einen Parameter „%2“, den Tarmac nicht kennt; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Check the spelling; known parameters: %1.</source>
        <translation>Prüfen Sie die Schreibweise; bekannte Parameter: %1.</translation>
    </message>
    <message>
        <source>%1 is bound to %2 as %3, but a %4 cannot serve that role.</source>
        <translation>%1 ist als %3 an %2 gebunden, aber eine Komponente vom Typ %4 kann diese Rolle nicht übernehmen.</translation>
    </message>
    <message>
        <source>Bind compute to a GPU or CPU cluster, reads/writes to storage, online-store to a key-value store.</source>
        <translation>Binden Sie compute an einen GPU- oder CPU-Cluster, reads/writes an einen Speicher und online-store an einen Key-Value-Store.</translation>
    </message>
    <message>
        <source>%1 is linked to %2, which is not a network fabric.</source>
        <translation>%1 ist mit %2 verknüpft, doch dies ist keine Netzwerk-Fabric.</translation>
    </message>
    <message>
        <source>Link components to fabric components only.</source>
        <translation>Verknüpfen Sie Komponenten nur mit Fabric-Komponenten.</translation>
    </message>
    <message>
        <source>Flow %1 is stored on %2, which is not a storage component.</source>
        <translation>Datenfluss %1 wird auf %2 gespeichert, doch dies ist keine Speicherkomponente.</translation>
    </message>
    <message>
        <source>Choose a file, block, object or parallel file system as the store.</source>
        <translation>Wählen Sie einen Datei-, Block- oder Objektspeicher oder ein paralleles Dateisystem als Ablage.</translation>
    </message>
    <message>
        <source>Flow %1 (%2) has no store: neither a store parameter nor a writes binding of its producer.</source>
        <translation>Datenfluss %1 (%2) hat keine Ablage: weder einen store-Parameter noch eine writes-Bindung der erzeugenden Phase.</translation>
    </message>
    <message>
        <source>Bind the producing stage to storage in the writes role, or set the flow&apos;s store.</source>
        <translation>Binden Sie die erzeugende Phase in der Rolle writes an einen Speicher, oder legen Sie den store des Datenflusses fest.</translation>
    </message>
    <message>
        <source>%1 needs %2 to state its capacity.</source>
        <translation>%1 benötigt %2 zur Angabe der Kapazität.</translation>
    </message>
    <message>
        <source>Set %1 in the properties of this component.</source>
        <translation>Legen Sie %1 in den Eigenschaften dieser Komponente fest.</translation>
    </message>
    <message>
        <source>%1 names the accelerator &quot;%2&quot;, which is not in the catalog.</source>
        <translation>%1 nennt den Beschleuniger „%2“, der nicht im Katalog enthalten ist.</translation>
    </message>
    <message>
        <source>Pick an accelerator from the catalog.</source>
        <translation>Wählen Sie einen Beschleuniger aus dem Katalog.</translation>
    </message>
    <message>
        <source>%1 uses the protection scheme &quot;%2&quot;, which is not in the catalog.</source>
        <translation>%1 verwendet das Schutzschema „%2“, das nicht im Katalog enthalten ist.</translation>
    </message>
    <message>
        <source>Pick a scheme from the catalog or write ec-K-M for K+M erasure coding.</source>
        <translation>Wählen Sie ein Schema aus dem Katalog, oder schreiben Sie ec-K-M für K+M-Erasure-Coding.</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>Add GPU hosts, set a later deadline, or move a stage to another cluster.</source>
        <translation>Fügen Sie GPU-Hosts hinzu, legen Sie eine spätere Frist fest, oder verschieben Sie eine Phase auf einen anderen Cluster.</translation>
    </message>
    <message>
        <source>Add hosts or cores, widen the processing window, or raise throughput per core.</source>
        <translation>Fügen Sie Hosts oder Kerne hinzu, erweitern Sie das Verarbeitungsfenster, oder erhöhen Sie den Durchsatz pro Kern.</translation>
    </message>
    <message>
        <source>Add memory or hosts, or reduce what is held in memory.</source>
        <translation>Fügen Sie Arbeitsspeicher oder Hosts hinzu, oder verringern Sie die im Arbeitsspeicher gehaltene Datenmenge.</translation>
    </message>
    <message>
        <source>Add ports or faster links, enable RDMA or jumbo frames, or spread the traffic.</source>
        <translation>Fügen Sie Ports oder schnellere Links hinzu, aktivieren Sie RDMA oder Jumbo Frames, oder verteilen Sie den Datenverkehr.</translation>
    </message>
    <message>
        <source>Add capacity, keep fewer versions, use copy-on-write versioning, or a leaner protection scheme.</source>
        <translation>Fügen Sie Kapazität hinzu, bewahren Sie weniger Versionen auf, nutzen Sie Copy-on-Write-Versionierung oder ein schlankeres Schutzschema.</translation>
    </message>
    <message>
        <source>Add drives or nodes, use faster media, or cache the hot data closer to compute.</source>
        <translation>Fügen Sie Laufwerke oder Knoten hinzu, nutzen Sie schnellere Medien, oder cachen Sie die heißen Daten näher an den Rechenressourcen.</translation>
    </message>
    <message>
        <source>Add drives or nodes, use faster media, or stagger the writers.</source>
        <translation>Fügen Sie Laufwerke oder Knoten hinzu, nutzen Sie schnellere Medien, oder staffeln Sie die schreibenden Prozesse zeitlich.</translation>
    </message>
    <message>
        <source>Add shards or replicas to the key-value store.</source>
        <translation>Fügen Sie dem Key-Value-Store Shards oder Replikate hinzu.</translation>
    </message>
    <message>
        <source>%1 holds %2 today of %3 usable and runs out in month %4 of %5.</source>
        <translation>%1 enthält heute %2 von %3 nutzbarer Kapazität und ist in Monat %4 von %5 voll.</translation>
    </message>
    <message>
        <source>%1 is asked for %2 but gives %3 (%4).</source>
        <translation>Von %1 werden %2 verlangt, verfügbar sind jedoch %3 (%4).</translation>
    </message>
    <message>
        <source>%1 needs %2 to compute its requirements.</source>
        <translation>%1 benötigt %2 zur Berechnung der Anforderungen.</translation>
    </message>
    <message>
        <source>Set %1 in the properties of this stage.</source>
        <translation>Legen Sie %1 in den Eigenschaften dieser Phase fest.</translation>
    </message>
    <message>
        <source>%1 has no %2 binding, so %3 is not checked against any component.</source>
        <translation>%1 hat keine Bindung in der Rolle %2, daher erfolgt für %3 keine Prüfung gegen eine Komponente.</translation>
    </message>
    <message>
        <source>Bind the stage to a component in the %1 role.</source>
        <translation>Binden Sie die Phase in der Rolle %1 an eine Komponente.</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU-Zeit</translation>
    </message>
    <message>
        <source>%1 is bound to a CPU cluster only; GPU time needs a GPU cluster.</source>
        <translation>%1 ist nur an einen CPU-Cluster gebunden; GPU-Zeit erfordert einen GPU-Cluster.</translation>
    </message>
    <message>
        <source>Bind the stage to a GPU cluster in the compute role.</source>
        <translation>Binden Sie die Phase in der Rolle compute an einen GPU-Cluster.</translation>
    </message>
    <message>
        <source>No fabric links %1 and %2, so the %3 between them is not checked against a network.</source>
        <translation>Keine Fabric verbindet %1 und %2, daher wird der Datenverkehr von %3 zwischen beiden nicht gegen ein Netzwerk geprüft.</translation>
    </message>
    <message>
        <source>Link both components to the fabric that carries this traffic.</source>
        <translation>Verknüpfen Sie beide Komponenten mit der Fabric, die diesen Datenverkehr transportiert.</translation>
    </message>
    <message>
        <source>%1 needs %2 per GPU, but a %3 has %4 (%5).</source>
        <translation>%1 benötigt %2 pro GPU, eine %3 hat aber %4 (%5).</translation>
    </message>
    <message>
        <source>Raise the ZeRO stage, add model parallelism, or choose a GPU with more memory.</source>
        <translation>Erhöhen Sie die ZeRO-Stufe, fügen Sie Modellparallelität hinzu, oder wählen Sie eine GPU mit mehr Speicher.</translation>
    </message>
    <message>
        <source>where the data lands</source>
        <translation>den Ablageort der Daten</translation>
    </message>
    <message>
        <source>its CPU cores</source>
        <translation>die CPU-Kerne</translation>
    </message>
    <message>
        <source>the online feature store</source>
        <translation>den Online-Feature-Store</translation>
    </message>
    <message>
        <source>A lookup in %1 takes %2, over the budget of %3 of %4.</source>
        <translation>Ein Lookup in %1 dauert %2 und überschreitet damit das Budget von %3 für %4.</translation>
    </message>
    <message>
        <source>Use a faster in-memory store, place it on a lower-latency fabric, or relax the budget.</source>
        <translation>Verwenden Sie einen schnelleren In-Memory-Store, platzieren Sie ihn auf einer Fabric mit geringerer Latenz, oder lockern Sie das Budget.</translation>
    </message>
    <message>
        <source>%1 computes in %2, which a %3 does not support.</source>
        <translation>%1 rechnet in %2, was eine %3 nicht unterstützt.</translation>
    </message>
    <message>
        <source>Choose a precision the GPU supports or another GPU.</source>
        <translation>Wählen Sie eine Präzision, die die GPU unterstützt, oder eine andere GPU.</translation>
    </message>
    <message>
        <source>Gradient all-reduce of %1 needs %2 per host, but each host has a %3 NIC.</source>
        <translation>Das Gradienten-All-Reduce von %1 benötigt %2 pro Host, jeder Host hat aber nur eine NIC mit %3.</translation>
    </message>
    <message>
        <source>Add NIC bandwidth per host (more or faster ports, RDMA) or raise the global batch.</source>
        <translation>Erhöhen Sie die NIC-Bandbreite pro Host (mehr oder schnellere Ports, RDMA), oder vergrößern Sie den globalen Batch.</translation>
    </message>
    <message>
        <source>MLPerf Storage publishes no %1 compute time for a %2, so %3&apos;s read rate is not estimated.</source>
        <translation>MLPerf Storage veröffentlicht für eine %2 keine Rechenzeit für %1, daher wird die Leserate von %3 nicht geschätzt.</translation>
    </message>
    <message>
        <source>Use the custom workload with a measured samples per second per GPU.</source>
        <translation>Verwenden Sie den benutzerdefinierten Workload mit gemessenen Samples pro Sekunde und GPU.</translation>
    </message>
    <message>
        <source>%1 has no attention shape (layers, kvHeads, headDim), so its KV cache counts as zero.</source>
        <translation>%1 hat keine Attention-Form (layers, kvHeads, headDim), daher wird der KV-Cache mit null angesetzt.</translation>
    </message>
    <message>
        <source>Set layers, kvHeads and headDim from the model card.</source>
        <translation>Setzen Sie layers, kvHeads und headDim gemäß der Model Card.</translation>
    </message>
    <message>
        <source>its cores or GPUs</source>
        <translation>die Kerne oder GPUs</translation>
    </message>
    <message>
        <source>%1 takes %2 per request, over its latency budget of %3.</source>
        <translation>%1 benötigt %2 pro Anfrage und überschreitet damit das Latenzbudget von %3.</translation>
    </message>
    <message>
        <source>Use a faster model or accelerator, or relax the budget.</source>
        <translation>Verwenden Sie ein schnelleres Modell oder einen schnelleren Beschleuniger, oder lockern Sie das Budget.</translation>
    </message>
    <message>
        <source>%1 is linked to itself.</source>
        <translation>%1 ist mit sich selbst verknüpft.</translation>
    </message>
    <message>
        <source>Link the component to the fabric it is attached to.</source>
        <translation>Verknüpfen Sie die Komponente mit der Fabric, an die sie angeschlossen ist.</translation>
    </message>
    <message>
        <source>Flow %1 leads from %2 back to %2 itself.</source>
        <translation>Datenfluss %1 führt von %2 zurück zu %2 selbst.</translation>
    </message>
    <message>
        <source>Connect the flow to the stage that consumes the data.</source>
        <translation>Verbinden Sie den Datenfluss mit der Phase, die die Daten verarbeitet.</translation>
    </message>
    <message>
        <source>%1 is asked for %2 but gives none.</source>
        <translation>Von %1 werden %2 verlangt, verfügbar ist jedoch nichts.</translation>
    </message>
    <message>
        <source>%1 serves 0 sequences at a time, so it can answer no request.</source>
        <translation>%1 bedient 0 Sequenzen gleichzeitig und kann daher keine Anfrage beantworten.</translation>
    </message>
    <message>
        <source>Set concurrentSequences to the sequences in flight, at least 1.</source>
        <translation>Setzen Sie concurrentSequences auf die Anzahl gleichzeitig verarbeiteter Sequenzen, mindestens 1.</translation>
    </message>
    <message>
        <source>%1 has no GPU to run on: %2 offers 0 usable GPUs.</source>
        <translation>%1 hat keine GPU zur Ausführung: %2 bietet 0 nutzbare GPUs.</translation>
    </message>
    <message>
        <source>%1 is set to run on 0 GPUs.</source>
        <translation>%1 ist für die Ausführung auf 0 GPUs eingestellt.</translation>
    </message>
    <message>
        <source>Give the cluster hosts beyond those held back for failover and GPUs per host, or set gpuCount to at least 1.</source>
        <translation>Geben Sie dem Cluster mehr Hosts als die für Failover zurückgehaltenen sowie GPUs pro Host, oder setzen Sie gpuCount auf mindestens 1.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be computed from these parameters (the result is infinite).</source>
        <translation>%1: %2 lässt sich aus diesen Parametern nicht berechnen (das Ergebnis ist unendlich).</translation>
    </message>
    <message>
        <source>Look for a zero where a rate, a count or a size is divided by: sequences in flight, GPUs, throughput or a time window.</source>
        <translation>Suchen Sie nach einer Null, durch die eine Rate, eine Anzahl oder eine Größe geteilt wird: gleichzeitig verarbeitete Sequenzen, GPUs, Durchsatz oder ein Zeitfenster.</translation>
    </message>
    <message>
        <source>A training stage without a GPU count takes every GPU of the cluster: set GPU counts so that the stages sharing it fit, or add GPU hosts.</source>
        <translation>Eine Trainingsstufe ohne GPU-Anzahl belegt jede GPU des Clusters: Legen Sie GPU-Anzahlen fest, sodass die Stufen, die ihn teilen, hineinpassen, oder fügen Sie GPU-Hosts hinzu.</translation>
    </message>
    <message>
        <source>%1 takes %2 on %3, longer than the horizon of %4 (%5).</source>
        <translation>%1 dauert auf %3 %2, länger als der Horizont von %4 (%5).</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Give it more GPUs (a GPU count or a deadline), train on fewer tokens or samples, or choose a faster GPU.</source>
        <translation>Geben Sie ihr mehr GPUs (eine GPU-Anzahl oder eine Frist), trainieren Sie mit weniger Tokens oder Beispielen, oder wählen Sie eine schnellere GPU.</translation>
    </message>
</context>
<context>
    <name>tarmac::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tarmac::GrowthChart</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Kapazität erschöpft</translation>
    </message>
    <message>
        <source>Stored after protection (%1)</source>
        <translation>Gespeichert inkl. Schutz (%1)</translation>
    </message>
    <message>
        <source>%1: raw capacity less slack</source>
        <translation>%1: Rohkapazität abzüglich Reserve</translation>
    </message>
    <message>
        <source>Storage growth, months 0 to %1 (dashed: raw capacity less slack)</source>
        <translation>Speicherwachstum, Monate 0 bis %1 (gestrichelt: Rohkapazität abzüglich Reserve)</translation>
    </message>
</context>
<context>
    <name>tarmac::GrowthModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation>%1 (Kapazität)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>%1: %2 of physical capacity after slack</source>
        <translation>%1: %2 physische Kapazität nach Abzug der Reserve</translation>
    </message>
    <message>
        <source>%1, month %2: %3 stored after protection, of %4</source>
        <translation>%1, Monat %2: %3 inkl. Schutz gespeichert, von %4</translation>
    </message>
    <message>
        <source>Runs out in month %1.</source>
        <translation>Kapazität erschöpft in Monat %1.</translation>
    </message>
</context>
<context>
    <name>tarmac::Import</name>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB; not an RVTools tab</source>
        <translation>%1: größer als 512 MiB; kein RVTools-Tab</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: larger than 512 MiB; not an RVTools export</source>
        <translation>%1: größer als 512 MiB; kein RVTools-Export</translation>
    </message>
    <message>
        <source>%1: has no vHost sheet, so it is not an RVTools export (RVTools writes vInfo, vHost, vCluster, vDatastore …)</source>
        <translation>%1: hat kein vHost-Blatt und ist daher kein RVTools-Export (RVTools schreibt vInfo, vHost, vCluster, vDatastore …)</translation>
    </message>
    <message>
        <source>%1: not an RVTools export (give the .xlsx workbook, or the folder of its CSV files)</source>
        <translation>%1: kein RVTools-Export (geben Sie die .xlsx-Arbeitsmappe oder den Ordner mit ihren CSV-Dateien an)</translation>
    </message>
    <message>
        <source>%1: no vHost tab found (RVTools names it RVTools_tabvHost.csv); it is the one Tarmac needs</source>
        <translation>%1: kein vHost-Tab gefunden (RVTools nennt ihn RVTools_tabvHost.csv); diesen benötigt Tarmac</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected HOST-MODEL=ACCELERATOR:COUNT, for example &quot;PowerEdge XE9680=nvidia-h100-sxm:8&quot;</source>
        <translation>„%1“: HOST-MODEL=ACCELERATOR:COUNT erwartet, zum Beispiel &quot;PowerEdge XE9680=nvidia-h100-sxm:8&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown accelerator &quot;%2&quot; (known: %3)</source>
        <translation>„%1“: unbekannter Beschleuniger „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the GPU count must be a whole number from 1 to 64</source>
        <translation>„%1“: Die GPU-Anzahl muss eine ganze Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>%1: lacks the column(s) %2, so it is not an RVTools vHost tab (its columns: %3)</source>
        <translation>%1: Spalte(n) %2 fehlen, daher kein RVTools-vHost-Tab (vorhandene Spalten: %3)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Infrastructure read from the RVTools export %1. RVTools lists no GPUs and no storage bandwidth: check both before relying on the findings.</source>
        <translation>Infrastruktur aus dem RVTools-Export %1 gelesen. RVTools enthält weder GPUs noch Speicherbandbreite: Prüfen Sie beides, bevor Sie sich auf die Ergebnisse verlassen.</translation>
    </message>
    <message>
        <source>Site %1 (datacenter)</source>
        <translation>Standort %1 (Rechenzentrum)</translation>
    </message>
    <message>
        <source>No vCluster tab: vSphere HA is taken as N+1 for every cluster (the CPU cluster default).</source>
        <translation>Kein vCluster-Tab: vSphere HA wird für jeden Cluster als N+1 angenommen (Standard für CPU-Cluster).</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): no core count or memory; skipped</source>
        <translation>%1, Zeile %2 (%3): keine Kernanzahl oder kein Arbeitsspeicher; übersprungen</translation>
    </message>
    <message>
        <source>Standalone hosts %1</source>
        <translation>Einzelne Hosts %1</translation>
    </message>
    <message>
        <source>%1 GPU hosts</source>
        <translation>%1 GPU-Hosts</translation>
    </message>
    <message>
        <source>GPU cluster %1: %2 hosts × %3 %4, %5 cores and %6 each</source>
        <translation>GPU-Cluster %1: %2 Hosts × %3 %4, je %5 Kerne und %6</translation>
    </message>
    <message>
        <source>CPU cluster %1: %2 hosts, %3 cores and %4 each</source>
        <translation>CPU-Cluster %1: %2 Hosts, je %3 Kerne und %4</translation>
    </message>
    <message>
        <source>%1 mixes hosts of %2–%3 cores and %4–%5: sized by the smallest, so its capacity is a lower bound.</source>
        <translation>%1 mischt Hosts mit %2–%3 Kernen und %4–%5: nach dem kleinsten bemessen, die Kapazität ist also eine Untergrenze.</translation>
    </message>
    <message>
        <source>No vDatastore tab: no storage imported.</source>
        <translation>Kein vDatastore-Tab: kein Speicher importiert.</translation>
    </message>
    <message>
        <source>%1 lacks Name, Type or Capacity MiB: no storage imported.</source>
        <translation>%1 fehlt Name, Type oder Capacity MiB: kein Speicher importiert.</translation>
    </message>
    <message>
        <source>Datastore %1: no capacity; skipped</source>
        <translation>Datenspeicher %1: keine Kapazität; übersprungen</translation>
    </message>
    <message>
        <source>Datastore %1: type %2 is not storage Tarmac models; skipped</source>
        <translation>Datenspeicher %1: Typ %2 ist kein von Tarmac modellierter Speicher; übersprungen</translation>
    </message>
    <message>
        <source>Datastore %1: local to one host (boot or scratch disk); skipped</source>
        <translation>Datenspeicher %1: lokal an einem Host (Boot- oder Scratch-Datenträger); übersprungen</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>File storage</source>
        <translation>Dateispeicher</translation>
    </message>
    <message>
        <source>Block storage</source>
        <translation>Blockspeicher</translation>
    </message>
    <message>
        <source>, %1 in use</source>
        <translation>, %1 belegt</translation>
    </message>
    <message>
        <source>%1 is vSAN: protection set to RAID-1 FTT=1 (the default storage policy); change it if the cluster uses another policy.</source>
        <translation>%1 ist vSAN: Schutz auf RAID-1 FTT=1 gesetzt (die Standard-Speicherrichtlinie); ändern Sie dies, wenn der Cluster eine andere Richtlinie verwendet.</translation>
    </message>
    <message>
        <source>RVTools knows no storage bandwidth: set the read and write bandwidth of each storage component (the check reports them as missing until then).</source>
        <translation>RVTools kennt keine Speicherbandbreite: Legen Sie die Lese- und Schreibbandbreite jeder Speicherkomponente fest (die Prüfung meldet sie bis dahin als fehlend).</translation>
    </message>
    <message>
        <source>%1 host(s) of model %2 usually carry GPUs (%3 × %4) but were imported as CPU hosts: confirm with --gpus &quot;%2=%4:%3&quot; (or in the import dialog).</source>
        <translation>%1 Host(s) des Modells %2 haben üblicherweise GPUs (%3 × %4), wurden aber als CPU-Hosts importiert: Bestätigen Sie mit --gpus &quot;%2=%4:%3&quot; (oder im Importdialog).</translation>
    </message>
    <message>
        <source>%1: no hosts with cores and memory found; nothing to import</source>
        <translation>%1: keine Hosts mit Kernen und Arbeitsspeicher gefunden; nichts zu importieren</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>Zu prüfen:</translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s XML is corrupt (%2)</source>
        <translation>%1: Das XML des Blatts ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: a quoted cell is never closed (the file is cut short?)</source>
        <translation>%1: Eine Zelle in Anführungszeichen wird nie geschlossen (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (%2)</source>
        <translation>%1: keine Excel-Arbeitsmappe (%2)</translation>
    </message>
    <message>
        <source>sheet %1 of %2</source>
        <translation>Blatt %1 von %2</translation>
    </message>
    <message>
        <source>not a ZIP archive (an .xlsx workbook is one)</source>
        <translation>kein ZIP-Archiv (eine .xlsx-Arbeitsmappe ist eines)</translation>
    </message>
    <message>
        <source>a ZIP64 archive, which Tarmac does not read; save the workbook again from a spreadsheet program</source>
        <translation>ein ZIP64-Archiv, das Tarmac nicht liest; speichern Sie die Arbeitsmappe erneut aus einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated or corrupt (its directory lies outside the file)</source>
        <translation>das ZIP-Archiv ist abgeschnitten oder beschädigt (sein Verzeichnis liegt außerhalb der Datei)</translation>
    </message>
    <message>
        <source>the ZIP archive&apos;s directory is corrupt</source>
        <translation>das Verzeichnis des ZIP-Archivs ist beschädigt</translation>
    </message>
    <message>
        <source>the archive has no member %1</source>
        <translation>das Archiv enthält kein Element %1</translation>
    </message>
    <message>
        <source>member %1 is corrupt (no local header)</source>
        <translation>Element %1 ist beschädigt (kein lokaler Header)</translation>
    </message>
    <message>
        <source>member %1 is truncated</source>
        <translation>Element %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>member %1 is encrypted</source>
        <translation>Element %1 ist verschlüsselt</translation>
    </message>
    <message>
        <source>member %1 is larger than %2 MiB unpacked; Tarmac does not read it</source>
        <translation>Element %1 ist entpackt größer als %2 MiB; Tarmac liest es nicht</translation>
    </message>
    <message>
        <source>cannot unpack member %1</source>
        <translation>Element %1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>member %1 is corrupt (it does not unpack to its stated size)</source>
        <translation>Element %1 ist beschädigt (entpackt nicht auf die angegebene Größe)</translation>
    </message>
    <message>
        <source>member %1 uses compression method %2, which Tarmac does not read</source>
        <translation>Element %1 verwendet die Komprimierungsmethode %2, die Tarmac nicht liest</translation>
    </message>
    <message>
        <source>member %1 is corrupt (checksum mismatch)</source>
        <translation>Element %1 ist beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
</context>
<context>
    <name>tarmac::JsonFormat</name>
    <message>
        <source>%1.%2 is missing</source>
        <translation>%1.%2 fehlt</translation>
    </message>
    <message>
        <source>%1.%2 must be a string</source>
        <translation>%1.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.%2 is empty</source>
        <translation>%1.%2 ist leer</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; contains &apos;|&apos; or a control character</source>
        <translation>%1: die ID „%2“ enthält &apos;|&apos; oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1: duplicate id &quot;%2&quot;</source>
        <translation>%1: doppelte ID „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.params must be an object</source>
        <translation>%1.params muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: expected a number, a string with a unit, or a word</source>
        <translation>%1: erwartet wird eine Zahl, eine Zeichenkette mit Einheit oder ein Wort</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: erwartet wird true oder false</translation>
    </message>
    <message>
        <source>%1: expected a word</source>
        <translation>%1: erwartet wird ein Wort</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>%1: expected a number or a string with a unit</source>
        <translation>%1: erwartet wird eine Zahl oder eine Zeichenkette mit Einheit</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range %3 to %4</source>
        <translation>%1: %2 liegt außerhalb des Bereichs %3 bis %4</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>not a Tarmac project (no &quot;format&quot;: &quot;tarmac-project&quot;)</source>
        <translation>kein Tarmac-Projekt (kein &quot;format&quot;: &quot;tarmac-project&quot;)</translation>
    </message>
    <message>
        <source>not a Tarmac project (format is &quot;%1&quot;)</source>
        <translation>kein Tarmac-Projekt (format ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>written by a newer Tarmac (format version %1; this Tarmac reads up to version %2)</source>
        <translation>von einer neueren Tarmac-Version geschrieben (Formatversion %1; diese Tarmac-Version liest bis Version %2)</translation>
    </message>
    <message>
        <source>horizonMonths must be a whole number from 1 to 600</source>
        <translation>horizonMonths muss eine ganze Zahl von 1 bis 600 sein</translation>
    </message>
    <message>
        <source>%1: unknown zone kind &quot;%2&quot; (expected %3)</source>
        <translation>%1: unbekannter Zonentyp „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: unknown component kind &quot;%2&quot; (expected %3)</source>
        <translation>%1: unbekannter Komponententyp „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: unknown stage kind &quot;%2&quot; (expected %3)</source>
        <translation>%1: unbekannter Phasentyp „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: unknown persona &quot;%2&quot; (expected %3)</source>
        <translation>%1: unbekannte Persona „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot; (expected %3)</source>
        <translation>%1: unbekannte Rolle „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: the same binding appears twice</source>
        <translation>%1: dieselbe Bindung kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: the same link appears twice</source>
        <translation>%1: dieselbe Verknüpfung kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;layout&quot; must be an object</source>
        <translation>&quot;layout&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must be an object with finite x, y (and width, height for zones)</source>
        <translation>%1 muss ein Objekt mit endlichen Werten x, y (bei Zonen zusätzlich width, height) sein</translation>
    </message>
    <message>
        <source>%1 refers to %2 &quot;%3&quot;, which does not exist</source>
        <translation>%1 verweist auf %2 „%3“, doch diese ID existiert nicht</translation>
    </message>
    <message>
        <source>the parent zone</source>
        <translation>die übergeordnete Zone</translation>
    </message>
    <message>
        <source>zone %1: its parents form a cycle</source>
        <translation>Zone %1: ihre übergeordneten Zonen bilden einen Zyklus</translation>
    </message>
    <message>
        <source>the zone</source>
        <translation>die Zone</translation>
    </message>
    <message>
        <source>the stage</source>
        <translation>die Phase</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>den Speicher</translation>
    </message>
    <message>
        <source>the component</source>
        <translation>die Komponente</translation>
    </message>
    <message>
        <source>the fabric</source>
        <translation>die Fabric</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>das Element</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a Tarmac project (the JSON is not an object)</source>
        <translation>kein Tarmac-Projekt (das JSON ist kein Objekt)</translation>
    </message>
    <message>
        <source>zone %1: zones nest %2 levels deep; at most %3 are allowed</source>
        <translation>Zone %1: Zonen sind %2 Ebenen tief verschachtelt; höchstens %3 sind zulässig</translation>
    </message>
    <message>
        <source>%1.created must be a date and time in ISO 8601 (&quot;2026-12-02T10:15:00Z&quot;), not &quot;%2&quot;</source>
        <translation>%1.created muss ein Datum mit Uhrzeit nach ISO 8601 sein („2026-12-02T10:15:00Z“), nicht „%2“</translation>
    </message>
    <message>
        <source>the element</source>
        <translation>das Element</translation>
    </message>
</context>
<context>
    <name>tarmac::JsonTree</name>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>text after the end of the document</source>
        <translation>Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>ein Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an array is not closed</source>
        <translation>ein Array ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>Name eines Eintrags in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>„:“ nach dem Namen eines Eintrags erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>a number JSON does not allow: %1</source>
        <translation>eine Zahl, die JSON nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>kein UTF-8</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an unknown escape in a string</source>
        <translation>ein unbekanntes Escape in einer Zeichenkette</translation>
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
        <translation> lesend</translation>
    </message>
    <message>
        <source> GPU-h/day</source>
        <translation> GPU-h/Tag</translation>
    </message>
    <message>
        <source>/day</source>
        <translation>/Tag</translation>
    </message>
    <message>
        <source> GPUs</source>
        <translation> GPUs</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> Kerne</translation>
    </message>
    <message>
        <source> online</source>
        <translation> online</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source> memory</source>
        <translation> Speicher</translation>
    </message>
    <message>
        <source> usable</source>
        <translation> nutzbar</translation>
    </message>
    <message>
        <source> full</source>
        <translation> belegt</translation>
    </message>
    <message>
        <source>full in month %1</source>
        <translation>voll in Monat %1</translation>
    </message>
    <message>
        <source> core</source>
        <translation> Kern</translation>
    </message>
    <message>
        <source> GPU</source>
        <translation> GPU</translation>
    </message>
    <message>
        <source> to train</source>
        <translation> Training</translation>
    </message>
    <message>
        <source> GPU-h</source>
        <translation> GPU-h</translation>
    </message>
    <message>
        <source> params</source>
        <translation> Parameter</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source> tokens/run</source>
        <translation> Token/Lauf</translation>
    </message>
    <message>
        <source> runs/day</source>
        <translation> Läufe/Tag</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source> tokens out</source>
        <translation> Token Ausgabe</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 aufbewahrt</translation>
    </message>
    <message>
        <source> per run</source>
        <translation> pro Lauf</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb %1</translation>
    </message>
    <message>
        <source> entities</source>
        <translation> Entitäten</translation>
    </message>
    <message>
        <source> features</source>
        <translation> Merkmale</translation>
    </message>
    <message>
        <source> lookups</source>
        <translation> Abfragen</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>kein Bedarf</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>ops</source>
        <translation>Ops</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
</context>
<context>
    <name>tarmac::Kinds</name>
    <message>
        <source>Ingestion</source>
        <translation>Datenaufnahme</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <source>Feature engineering</source>
        <translation>Feature Engineering</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU-Cluster</translation>
    </message>
    <message>
        <source>Parallel file system</source>
        <translation>Paralleles Dateisystem</translation>
    </message>
    <message>
        <source>Network fabric</source>
        <translation>Netzwerk-Fabric</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Ingestion — bringing raw data in from its sources (data scientist). Needs landing capacity for the retention period and write bandwidth for the peak arrival rate (architect).</source>
        <translation>Datenaufnahme — Rohdaten aus ihren Quellen übernehmen (Data Scientist). Benötigt Landekapazität für die Aufbewahrungsdauer und Schreibbandbreite für die Spitzen-Ankunftsrate (Architekt).</translation>
    </message>
    <message>
        <source>Processing — cleaning, joining and transforming data in batch passes (data scientist). Needs CPU cores, memory, and read and write bandwidth to finish a pass within its window (architect).</source>
        <translation>Verarbeitung — Daten in Batch-Durchläufen bereinigen, verknüpfen und transformieren (Data Scientist). Benötigt CPU-Kerne, Arbeitsspeicher sowie Lese- und Schreibbandbreite, um einen Durchlauf innerhalb seines Zeitfensters abzuschließen (Architekt).</translation>
    </message>
    <message>
        <source>Feature engineering — computing the model&apos;s inputs and serving them online (data scientist). Needs CPU cores for batch passes and an in-memory key-value store sized for lookups per second and latency (architect).</source>
        <translation>Feature Engineering — die Eingaben des Modells berechnen und online bereitstellen (Data Scientist). Benötigt CPU-Kerne für Batch-Durchläufe und einen In-Memory-Key-Value-Store, der für Lookups pro Sekunde und Latenz dimensioniert ist (Architekt).</translation>
    </message>
    <message>
        <source>Training — fitting the model to data (data scientist). Needs GPU hours, GPU memory, fast reads and checkpoint writes (architect).</source>
        <translation>Training — das Modell an die Daten anpassen (Data Scientist). Benötigt GPU-Stunden, GPU-Speicher, schnelle Lesezugriffe und Checkpoint-Schreibvorgänge (Architekt).</translation>
    </message>
    <message>
        <source>Validation — evaluating candidate models on held-out data (data scientist). Needs GPU hours for every evaluation run and read bandwidth for the evaluation set (architect).</source>
        <translation>Validierung — Kandidatenmodelle auf zurückgehaltenen Daten bewerten (Data Scientist). Benötigt GPU-Stunden für jeden Evaluierungslauf und Lesebandbreite für den Evaluierungsdatensatz (Architekt).</translation>
    </message>
    <message>
        <source>Serving — answering prediction requests in production (data scientist). Needs GPU memory for weights and KV cache, GPUs or cores for the request rate, and a latency budget (architect).</source>
        <translation>Bereitstellung — Vorhersageanfragen im Produktivbetrieb beantworten (Data Scientist). Benötigt GPU-Speicher für Gewichte und KV-Cache, GPUs oder Kerne für die Anfragerate sowie ein Latenzbudget (Architekt).</translation>
    </message>
    <message>
        <source>Monitoring — watching predictions, drift and model quality (data scientist). Needs capacity for metrics, logs and predictions over the retention period (architect).</source>
        <translation>Monitoring — Vorhersagen, Drift und Modellqualität beobachten (Data Scientist). Benötigt Kapazität für Metriken, Logs und Vorhersagen über die Aufbewahrungsdauer (Architekt).</translation>
    </message>
    <message>
        <source>GPU cluster — where models are trained and served (data scientist). Hosts with accelerators: GPU count and memory, host cores, memory and NICs, minus hosts held back for failover (architect).</source>
        <translation>GPU-Cluster — hier werden Modelle trainiert und bereitgestellt (Data Scientist). Hosts mit Beschleunigern: GPU-Anzahl und -Speicher, Host-Kerne, Arbeitsspeicher und NICs, abzüglich der für Failover zurückgehaltenen Hosts (Architekt).</translation>
    </message>
    <message>
        <source>CPU / vSphere cluster</source>
        <translation>CPU-/vSphere-Cluster</translation>
    </message>
    <message>
        <source>CPU / vSphere cluster — where data preparation and classic models run (data scientist). ESXi or Kubernetes hosts: cores, memory, NICs, HA reserve and vCPU overcommit (architect).</source>
        <translation>CPU-/vSphere-Cluster — hier laufen Datenaufbereitung und klassische Modelle (Data Scientist). ESXi- oder Kubernetes-Hosts: Kerne, Arbeitsspeicher, NICs, HA-Reserve und vCPU-Überbuchung (Architekt).</translation>
    </message>
    <message>
        <source>File storage (NFS)</source>
        <translation>Dateispeicher (NFS)</translation>
    </message>
    <message>
        <source>File storage (NFS) — a shared folder for datasets, notebooks and models (data scientist). NAS or NFS system: raw capacity, protection, read and write bandwidth, latency (architect).</source>
        <translation>Dateispeicher (NFS) — ein freigegebener Ordner für Datensätze, Notebooks und Modelle (Data Scientist). NAS- oder NFS-System: Rohkapazität, Schutz, Lese- und Schreibbandbreite, Latenz (Architekt).</translation>
    </message>
    <message>
        <source>Block storage (vSAN)</source>
        <translation>Blockspeicher (vSAN)</translation>
    </message>
    <message>
        <source>Block storage (vSAN) — the disks of the virtual machines (data scientist). vSAN or SAN datastore: raw capacity, RAID/FTT storage policy, slack space, bandwidth (architect).</source>
        <translation>Blockspeicher (vSAN) — die Festplatten der virtuellen Maschinen (Data Scientist). vSAN- oder SAN-Datenspeicher: Rohkapazität, RAID/FTT-Speicherrichtlinie, Slack Space, Bandbreite (Architekt).</translation>
    </message>
    <message>
        <source>Object storage (data lake)</source>
        <translation>Objektspeicher (Data Lake)</translation>
    </message>
    <message>
        <source>Object storage (data lake) — the buckets where raw data and dataset versions live (data scientist). S3-compatible store: raw capacity, erasure coding, throughput, first-byte latency (architect).</source>
        <translation>Objektspeicher (Data Lake) — die Buckets, in denen Rohdaten und Datensatzversionen liegen (Data Scientist). S3-kompatibler Speicher: Rohkapazität, Erasure Coding, Durchsatz, First-Byte-Latenz (Architekt).</translation>
    </message>
    <message>
        <source>Parallel file system — fast shared storage that keeps the GPUs fed (data scientist). Lustre, GPFS or WEKA-class system: capacity and aggregate read/write bandwidth for training data and checkpoints (architect).</source>
        <translation>Paralleles Dateisystem — schneller gemeinsamer Speicher, der die GPUs mit Daten versorgt (Data Scientist). System der Klasse Lustre, GPFS oder WEKA: Kapazität und aggregierte Lese-/Schreibbandbreite für Trainingsdaten und Checkpoints (Architekt).</translation>
    </message>
    <message>
        <source>In-memory key-value store</source>
        <translation>In-Memory-Key-Value-Store</translation>
    </message>
    <message>
        <source>In-memory key-value store — the online feature store (data scientist). Redis-class cluster: memory for the data, operations per second, lookup latency (architect).</source>
        <translation>In-Memory-Key-Value-Store — der Online-Feature-Store (Data Scientist). Cluster der Redis-Klasse: Arbeitsspeicher für die Daten, Operationen pro Sekunde, Lookup-Latenz (Architekt).</translation>
    </message>
    <message>
        <source>Network fabric — how data gets from storage to the GPUs and between sites (data scientist). Switches and links: port speed, port count, MTU, RDMA, latency (architect).</source>
        <translation>Netzwerk-Fabric — wie Daten vom Speicher zu den GPUs und zwischen Standorten gelangen (Data Scientist). Switches und Links: Portgeschwindigkeit, Portanzahl, MTU, RDMA, Latenz (Architekt).</translation>
    </message>
    <message>
        <source>Site — a data centre or cloud region where the work runs (data scientist). A location: traffic between sites crosses the fabrics that link them (architect).</source>
        <translation>Standort — ein Rechenzentrum oder eine Cloud-Region, in der die Arbeit läuft (Data Scientist). Ein Ort: Datenverkehr zwischen Standorten läuft über die Fabrics, die sie verbinden (Architekt).</translation>
    </message>
    <message>
        <source>Rack — machines that sit together (data scientist). A rack inside a site: group components to show where they are installed (architect).</source>
        <translation>Rack — Maschinen, die beieinander stehen (Data Scientist). Ein Rack innerhalb eines Standorts: Gruppieren Sie Komponenten, um zu zeigen, wo sie installiert sind (Architekt).</translation>
    </message>
</context>
<context>
    <name>tarmac::Labels</name>
    <message>
        <source>Activation memory per GPU</source>
        <translation>Aktivierungsspeicher pro GPU</translation>
    </message>
    <message>
        <source>Bytes per feature value</source>
        <translation>Bytes pro Feature-Wert</translation>
    </message>
    <message>
        <source>Changed fraction per version</source>
        <translation>Geänderter Anteil pro Version</translation>
    </message>
    <message>
        <source>Checkpoint bytes per parameter</source>
        <translation>Checkpoint-Bytes pro Parameter</translation>
    </message>
    <message>
        <source>Checkpoint write window</source>
        <translation>Zeitfenster für Checkpoints</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>CPU cores per host</source>
        <translation>CPU-Kerne pro Host</translation>
    </message>
    <message>
        <source>vCPU overcommit ratio</source>
        <translation>vCPU-Überbelegungsfaktor</translation>
    </message>
    <message>
        <source>Daily data volume</source>
        <translation>Tägliches Datenvolumen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Samples in dataset</source>
        <translation>Samples im Datensatz</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fertigstellungsfrist</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Evaluation tokens per run</source>
        <translation>Evaluierungs-Tokens pro Lauf</translation>
    </message>
    <message>
        <source>Features per entity</source>
        <translation>Features pro Entität</translation>
    </message>
    <message>
        <source>Tokens per global batch</source>
        <translation>Tokens pro globalem Batch</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>GPUs used</source>
        <translation>Genutzte GPUs</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPUs pro Host</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Wachstum pro Monat</translation>
    </message>
    <message>
        <source>Hosts held back for HA</source>
        <translation>Für HA reservierte Hosts</translation>
    </message>
    <message>
        <source>Attention head dimension</source>
        <translation>Dimension eines Attention-Heads</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Prompt-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Heads</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV-Cache-Präzision</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Transformer layers</source>
        <translation>Transformer-Schichten</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>Portgeschwindigkeit</translation>
    </message>
    <message>
        <source>Lookup rate</source>
        <translation>Abfragerate</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Memory overhead</source>
        <translation>Speicher-Overhead</translation>
    </message>
    <message>
        <source>Memory per core</source>
        <translation>Arbeitsspeicher pro Kern</translation>
    </message>
    <message>
        <source>Memory per host</source>
        <translation>Arbeitsspeicher pro Host</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>Modell-FLOPs-Auslastung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Model-parallel degree</source>
        <translation>Grad der Modellparallelität</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>NIC bandwidth per host</source>
        <translation>NIC-Bandbreite pro Host</translation>
    </message>
    <message>
        <source>Operation rate</source>
        <translation>Operationsrate</translation>
    </message>
    <message>
        <source>Optimizer bytes per parameter</source>
        <translation>Optimizer-Bytes pro Parameter</translation>
    </message>
    <message>
        <source>Output-to-input ratio</source>
        <translation>Verhältnis Ausgabe zu Eingabe</translation>
    </message>
    <message>
        <source>Generated tokens per request</source>
        <translation>Generierte Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Peak-to-average ratio</source>
        <translation>Verhältnis Spitze zu Durchschnitt</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Rechenpräzision</translation>
    </message>
    <message>
        <source>Protection scheme</source>
        <translation>Schutzverfahren</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Rohkapazität</translation>
    </message>
    <message>
        <source>RDMA</source>
        <translation>RDMA</translation>
    </message>
    <message>
        <source>Read bandwidth</source>
        <translation>Lesebandbreite</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
    <message>
        <source>Evaluation runs per day</source>
        <translation>Evaluierungsläufe pro Tag</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Sample-Größe</translation>
    </message>
    <message>
        <source>Sample throughput per GPU</source>
        <translation>Sample-Durchsatz pro GPU</translation>
    </message>
    <message>
        <source>Service time per request</source>
        <translation>Bearbeitungszeit pro Anfrage</translation>
    </message>
    <message>
        <source>Size per version</source>
        <translation>Größe pro Version</translation>
    </message>
    <message>
        <source>Capacity kept free</source>
        <translation>Kapazitätsreserve</translation>
    </message>
    <message>
        <source>Storage component</source>
        <translation>Speicherkomponente</translation>
    </message>
    <message>
        <source>Store overhead factor</source>
        <translation>Store-Overhead-Faktor</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>Throughput per core</source>
        <translation>Durchsatz pro Kern</translation>
    </message>
    <message>
        <source>Bytes per token</source>
        <translation>Bytes pro Token</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>Usable GPU memory fraction</source>
        <translation>Nutzbarer Anteil des GPU-Speichers</translation>
    </message>
    <message>
        <source>Versions retained</source>
        <translation>Aufbewahrte Versionen</translation>
    </message>
    <message>
        <source>Weight precision</source>
        <translation>Gewichtspräzision</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Workload profile</source>
        <translation>Workload-Profil</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Schreibbandbreite</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO-Stufe</translation>
    </message>
    <message>
        <source>Transfer bandwidth</source>
        <translation>Übertragungsbandbreite</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>Speicherkapazität</translation>
    </message>
    <message>
        <source>Checkpoint size</source>
        <translation>Checkpoint-Größe</translation>
    </message>
    <message>
        <source>Checkpoint write bandwidth</source>
        <translation>Schreibbandbreite für Checkpoints</translation>
    </message>
    <message>
        <source>Compute throughput</source>
        <translation>Rechendurchsatz</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Datensatzgröße</translation>
    </message>
    <message>
        <source>Decode throughput per replica</source>
        <translation>Decode-Durchsatz pro Replikat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>GPU-hours per day</source>
        <translation>GPU-Stunden pro Tag</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPUs for compute</source>
        <translation>GPUs für Rechenleistung</translation>
    </message>
    <message>
        <source>GPUs for memory</source>
        <translation>GPUs für Speicherbedarf</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>Benötigte GPUs</translation>
    </message>
    <message>
        <source>Inference compute per day</source>
        <translation>Inferenz-Rechenaufwand pro Tag</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Logical size</source>
        <translation>Logische Größe</translation>
    </message>
    <message>
        <source>Lookup latency</source>
        <translation>Abfragelatenz</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <source>Model states per GPU</source>
        <translation>Modellzustände pro GPU</translation>
    </message>
    <message>
        <source>Used capacity by month</source>
        <translation>Belegte Kapazität pro Monat</translation>
    </message>
    <message>
        <source>Months until full</source>
        <translation>Monate bis zur Vollbelegung</translation>
    </message>
    <message>
        <source>Network bandwidth</source>
        <translation>Netzwerkbandbreite</translation>
    </message>
    <message>
        <source>Network bandwidth per GPU</source>
        <translation>Netzwerkbandbreite pro GPU</translation>
    </message>
    <message>
        <source>Network bandwidth per host</source>
        <translation>Netzwerkbandbreite pro Host</translation>
    </message>
    <message>
        <source>Online feature store size</source>
        <translation>Größe des Online-Feature-Stores</translation>
    </message>
    <message>
        <source>Read bandwidth per GPU</source>
        <translation>Lesebandbreite pro GPU</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Token throughput</source>
        <translation>Token-Durchsatz</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>Trainings-Rechenaufwand</translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation>Modellgewichte</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>liest</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <source>online store</source>
        <translation>Online-Speicher</translation>
    </message>
</context>
<context>
    <name>tarmac::MainWindow</name>
    <message>
        <source>Tarmac projects (*.tarmac);;Interchange JSON (*.json)</source>
        <translation>Tarmac-Projekte (*.tarmac);;Austausch-JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2): %3. %4</source>
        <translation>%1 (%2): %3. %4</translation>
    </message>
    <message>
        <source>Nothing selected; Tab walks through the items</source>
        <translation>Nichts ausgewählt; mit Tab wechseln Sie zwischen den Elementen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>A&amp;rrange with Graphviz</source>
        <translation>Mit Graphviz an&amp;ordnen</translation>
    </message>
    <message>
        <source>Arranged; Undo restores the previous layout.</source>
        <translation>Angeordnet; „Rückgängig“ stellt das vorherige Layout wieder her.</translation>
    </message>
    <message>
        <source>Arrange cancelled; nothing changed.</source>
        <translation>Anordnen abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tarmac</source>
        <translation>Ü&amp;ber Tarmac</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Niedrigster angezeigter Schweregrad</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Cannot export report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another Tarmac window (process %2). Edits in two windows overwrite each other when saved. Open it here anyway?</source>
        <translation>%1 ist in einem anderen Tarmac-Fenster geöffnet (Prozess %2). Änderungen in zwei Fenstern überschreiben sich beim Speichern gegenseitig. Trotzdem hier öffnen?</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Your work is still open here; save it somewhere else.</source>
        <translation>%1

Ihre Arbeit ist hier weiterhin geöffnet; speichern Sie sie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>einem ungespeicherten Projekt</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Tarmac did not close normally. Unsaved work on %1 from %2 was kept.

Recover it now? Discarding deletes the recovery copy.</source>
        <translation>Tarmac wurde nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an %1 vom %2 wurde aufbewahrt.

Jetzt wiederherstellen? Beim Verwerfen wird die Wiederherstellungskopie gelöscht.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before closing it?</source>
        <translation>Das Projekt enthält ungespeicherte Änderungen. Sollen sie vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <source>About Tarmac</source>
        <translation>Über Tarmac</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tarmac %1&lt;/h3&gt;&lt;p&gt;Where machine-learning work meets data-centre infrastructure: lifecycle stages bound to clusters, storage and fabrics, sized and checked.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL 3.0)&lt;/li&gt;&lt;li&gt;Graphviz %3 (Eclipse Public License 1.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (public domain)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Tarmac %1&lt;/h3&gt;&lt;p&gt;Wo Machine-Learning-Arbeit auf Rechenzentrumsinfrastruktur trifft: Lebenszyklusphasen, gebunden an Cluster, Speicher und Fabrics – dimensioniert und geprüft.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL 3.0)&lt;/li&gt;&lt;li&gt;Graphviz %3 (Eclipse Public License 1.0)&lt;/li&gt;&lt;li&gt;SQLite %4 (gemeinfrei)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>All supported (*.tarmac *.json);;Tarmac projects (*.tarmac);;Interchange JSON (*.json)</source>
        <translation>Alle unterstützten (*.tarmac *.json);;Tarmac-Projekte (*.tarmac);;Austausch-JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;Word (*.docx);;OpenDocument text (*.odt)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;Word (*.docx);;OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;RVTools Export (vSphere inventory)…</source>
        <translation>&amp;RVTools-Export (vSphere-Inventar)…</translation>
    </message>
    <message>
        <source>Import RVTools export</source>
        <translation>RVTools-Export importieren</translation>
    </message>
    <message>
        <source>RVTools export: the .xlsx workbook, or one CSV file of its folder (*.xlsx *.csv);;All files (*)</source>
        <translation>RVTools-Export: die .xlsx-Arbeitsmappe oder eine CSV-Datei aus ihrem Ordner (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n element(s) from %1</source>
        <translation>
            <numerusform>%n Element aus %1 importiert</numerusform>
            <numerusform>%n Elemente aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>The canvas full screen for a projector; Space steps through the findings, Esc leaves</source>
        <translation>Die Arbeitsfläche im Vollbild für einen Projektor; Leertaste geht die Befunde durch, Esc beendet</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Record a decision on the selected element, or on the project</source>
        <translation>Eine Entscheidung zum ausgewählten Element oder zum Projekt festhalten</translation>
    </message>
    <message>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang starten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Showing the Mapping view: the item is not drawn in the view you had.</source>
        <translation>Zuordnungsansicht: Das Element wird in der bisherigen Ansicht nicht gezeigt.</translation>
    </message>
    <message>
        <source>Add N&amp;ote…</source>
        <translation>N&amp;otiz hinzufügen…</translation>
    </message>
</context>
<context>
    <name>tarmac::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was decided and why, e.g. &quot;NFS over Lustre: the corpus is read once per epoch at 2.4 GB/s&quot;</source>
        <translation>Was entschieden wurde und warum, z. B. „NFS statt Lustre: der Korpus wird einmal pro Epoche mit 2,4 GB/s gelesen“</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Zu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
</context>
<context>
    <name>tarmac::NotePin</name>
    <message numerus="yes">
        <source>%n decision note(s):</source>
        <translation>
            <numerusform>%n Entscheidungsnotiz:</numerusform>
            <numerusform>%n Entscheidungsnotizen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tarmac::Notes</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>tarmac::NotesPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Decision notes</source>
        <translation>Entscheidungsnotizen</translation>
    </message>
    <message>
        <source>A note on the selected element, or on the project when nothing is selected</source>
        <translation>Eine Notiz zum ausgewählten Element oder, wenn nichts ausgewählt ist, zum Projekt</translation>
    </message>
    <message>
        <source>%1. On %2, %3, %4</source>
        <translation>%1. Zu %2, %3, %4</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the palette</source>
        <translation>Palette filtern</translation>
    </message>
    <message>
        <source>Palette items</source>
        <translation>Palettenelemente</translation>
    </message>
    <message>
        <source>Drag an item onto the canvas, or press Enter to add it</source>
        <translation>Ziehen Sie ein Element auf die Zeichenfläche, oder drücken Sie die Eingabetaste, um es hinzuzufügen</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Lebenszyklusphasen</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
</context>
<context>
    <name>tarmac::Param</name>
    <message>
        <source>Data read per full pass</source>
        <translation>Pro vollständigem Durchlauf gelesene Daten</translation>
    </message>
    <message>
        <source>Output size / input size</source>
        <translation>Ausgabegröße / Eingabegröße</translation>
    </message>
    <message>
        <source>A full pass must finish within</source>
        <translation>Maximale Dauer eines vollständigen Durchlaufs</translation>
    </message>
    <message>
        <source>Bytes per second one core processes</source>
        <translation>Bytes pro Sekunde, die ein Kern verarbeitet</translation>
    </message>
    <message>
        <source>Memory per core</source>
        <translation>Arbeitsspeicher pro Kern</translation>
    </message>
    <message>
        <source>Data arriving per day</source>
        <translation>Pro Tag eintreffende Daten</translation>
    </message>
    <message>
        <source>Days the raw data is kept</source>
        <translation>Aufbewahrungsdauer der Rohdaten in Tagen</translation>
    </message>
    <message>
        <source>Peak rate / average rate</source>
        <translation>Spitzenrate / Durchschnittsrate</translation>
    </message>
    <message>
        <source>Rows (entities) served online</source>
        <translation>Online bereitgestellte Zeilen (Entitäten)</translation>
    </message>
    <message>
        <source>Columns (features) per entity</source>
        <translation>Spalten (Features) pro Entität</translation>
    </message>
    <message>
        <source>Stored size of one feature value</source>
        <translation>Gespeicherte Größe eines Feature-Werts</translation>
    </message>
    <message>
        <source>In-memory store overhead factor (keys, indexes)</source>
        <translation>Overhead-Faktor des In-Memory-Stores (Schlüssel, Indizes)</translation>
    </message>
    <message>
        <source>Online lookups per second</source>
        <translation>Online-Lookups pro Sekunde</translation>
    </message>
    <message>
        <source>A lookup must answer within</source>
        <translation>Maximale Antwortzeit eines Lookups</translation>
    </message>
    <message>
        <source>Tokens (transformers, LLMs) or samples (files: vision, tabular)</source>
        <translation>Token (Transformer, LLMs) oder Samples (Dateien: Bild, tabellarisch)</translation>
    </message>
    <message>
        <source>Model parameters (N)</source>
        <translation>Modellparameter (N)</translation>
    </message>
    <message>
        <source>Tokens processed over all epochs (D)</source>
        <translation>Über alle Epochen verarbeitete Token (D)</translation>
    </message>
    <message>
        <source>Compute precision</source>
        <translation>Rechenpräzision</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation (published runs: 0.21-0.52)</source>
        <translation>Modell-FLOPs-Auslastung (MFU; veröffentlichte Läufe: 0.21-0.52)</translation>
    </message>
    <message>
        <source>MLPerf Storage profile or custom</source>
        <translation>MLPerf-Storage-Profil oder benutzerdefiniert</translation>
    </message>
    <message>
        <source>Mean sample size (custom workload)</source>
        <translation>Mittlere Sample-Größe (benutzerdefinierter Workload)</translation>
    </message>
    <message>
        <source>Samples one GPU consumes per second (custom workload)</source>
        <translation>Samples, die eine GPU pro Sekunde verarbeitet (benutzerdefinierter Workload)</translation>
    </message>
    <message>
        <source>GPUs the job uses</source>
        <translation>Vom Job genutzte GPUs</translation>
    </message>
    <message>
        <source>Finish within; the engine then computes the GPUs needed</source>
        <translation>Maximale Laufzeit; die Engine berechnet daraus die benötigten GPUs</translation>
    </message>
    <message>
        <source>Tensor x pipeline parallel degree</source>
        <translation>Tensor- x Pipeline-Parallelitätsgrad</translation>
    </message>
    <message>
        <source>ZeRO stage (0-3)</source>
        <translation>ZeRO-Stufe (0-3)</translation>
    </message>
    <message>
        <source>Optimizer state bytes per parameter (K; Adam mixed precision: 12)</source>
        <translation>Bytes für den Optimizer-Zustand pro Parameter (K; Adam mit Mixed Precision: 12)</translation>
    </message>
    <message>
        <source>Activation memory per GPU</source>
        <translation>Aktivierungsspeicher pro GPU</translation>
    </message>
    <message>
        <source>Checkpoint bytes per parameter (bf16 weights 2 + fp32 master 4 + Adam 8)</source>
        <translation>Checkpoint-Bytes pro Parameter (bf16-Gewichte 2 + fp32-Master 4 + Adam 8)</translation>
    </message>
    <message>
        <source>A checkpoint must be written within</source>
        <translation>Maximale Schreibdauer eines Checkpoints</translation>
    </message>
    <message>
        <source>Stored bytes per training token</source>
        <translation>Gespeicherte Bytes pro Trainings-Token</translation>
    </message>
    <message>
        <source>Tokens per optimizer step</source>
        <translation>Token pro Optimizer-Schritt</translation>
    </message>
    <message>
        <source>Samples in the dataset</source>
        <translation>Samples im Datensatz</translation>
    </message>
    <message>
        <source>Passes over the dataset</source>
        <translation>Durchläufe über den Datensatz</translation>
    </message>
    <message>
        <source>Tokens evaluated per run</source>
        <translation>Pro Lauf evaluierte Token</translation>
    </message>
    <message>
        <source>Evaluation runs per day</source>
        <translation>Evaluierungsläufe pro Tag</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation>Modell-FLOPs-Auslastung (MFU)</translation>
    </message>
    <message>
        <source>Large language model or classic model</source>
        <translation>Großes Sprachmodell oder klassisches Modell</translation>
    </message>
    <message>
        <source>Precision of the served weights</source>
        <translation>Präzision der bereitgestellten Gewichte</translation>
    </message>
    <message>
        <source>Transformer layers (for the KV cache)</source>
        <translation>Transformer-Schichten (für den KV-Cache)</translation>
    </message>
    <message>
        <source>KV heads (GQA/MQA: the KV-head count)</source>
        <translation>KV-Heads (GQA/MQA: Anzahl der KV-Heads)</translation>
    </message>
    <message>
        <source>Dimension of one attention head</source>
        <translation>Dimension eines Attention-Heads</translation>
    </message>
    <message>
        <source>Precision of cached keys and values</source>
        <translation>Präzision der gecachten Keys und Values</translation>
    </message>
    <message>
        <source>Tokens cached per sequence</source>
        <translation>Pro Sequenz gecachte Token</translation>
    </message>
    <message>
        <source>Sequences in flight</source>
        <translation>Gleichzeitig verarbeitete Sequenzen</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Prompt-Token pro Anfrage</translation>
    </message>
    <message>
        <source>Generated tokens per request</source>
        <translation>Generierte Token pro Anfrage</translation>
    </message>
    <message>
        <source>Runtime and activation overhead on weights + KV</source>
        <translation>Laufzeit- und Aktivierungs-Overhead auf Gewichte + KV</translation>
    </message>
    <message>
        <source>Usable fraction of each GPU&apos;s memory</source>
        <translation>Nutzbarer Anteil des Speichers jeder GPU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation for prefill</source>
        <translation>Modell-FLOPs-Auslastung (MFU) für Prefill</translation>
    </message>
    <message>
        <source>Time one request takes on one core or GPU</source>
        <translation>Dauer einer Anfrage auf einem Kern oder einer GPU</translation>
    </message>
    <message>
        <source>Target utilisation of the serving cores</source>
        <translation>Zielauslastung der Kerne für die Bereitstellung</translation>
    </message>
    <message>
        <source>A request must answer within</source>
        <translation>Maximale Antwortzeit einer Anfrage</translation>
    </message>
    <message>
        <source>Metrics, logs and predictions recorded per day</source>
        <translation>Pro Tag aufgezeichnete Metriken, Logs und Vorhersagen</translation>
    </message>
    <message>
        <source>Days the records are kept</source>
        <translation>Aufbewahrungsdauer der Aufzeichnungen in Tagen</translation>
    </message>
    <message>
        <source>Raw capacity of all devices</source>
        <translation>Rohkapazität aller Geräte</translation>
    </message>
    <message>
        <source>Protection scheme (RAID, replication, erasure coding)</source>
        <translation>Schutzschema (RAID, Replikation, Erasure Coding)</translation>
    </message>
    <message>
        <source>Capacity kept free (rebuilds, snapshots, operations)</source>
        <translation>Freigehaltene Kapazität (Rebuilds, Snapshots, Betrieb)</translation>
    </message>
    <message>
        <source>Aggregate read bandwidth</source>
        <translation>Aggregierte Lesebandbreite</translation>
    </message>
    <message>
        <source>Aggregate write bandwidth</source>
        <translation>Aggregierte Schreibbandbreite</translation>
    </message>
    <message>
        <source>Access latency</source>
        <translation>Zugriffslatenz</translation>
    </message>
    <message>
        <source>GPU hosts</source>
        <translation>GPU-Hosts</translation>
    </message>
    <message>
        <source>Accelerator model (catalog id)</source>
        <translation>Beschleunigermodell (Katalog-ID)</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPUs pro Host</translation>
    </message>
    <message>
        <source>CPU cores per host</source>
        <translation>CPU-Kerne pro Host</translation>
    </message>
    <message>
        <source>Host memory per host</source>
        <translation>Host-Arbeitsspeicher pro Host</translation>
    </message>
    <message>
        <source>Network bandwidth per host</source>
        <translation>Netzwerkbandbreite pro Host</translation>
    </message>
    <message>
        <source>Hosts held back for failover</source>
        <translation>Für Failover zurückgehaltene Hosts</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Memory per host</source>
        <translation>Arbeitsspeicher pro Host</translation>
    </message>
    <message>
        <source>Hosts held back for failover (vSphere HA N+1)</source>
        <translation>Für Failover zurückgehaltene Hosts (vSphere HA N+1)</translation>
    </message>
    <message>
        <source>vCPU : physical core ratio</source>
        <translation>Verhältnis vCPU : physischer Kern</translation>
    </message>
    <message>
        <source>Memory for data</source>
        <translation>Arbeitsspeicher für Daten</translation>
    </message>
    <message>
        <source>Operations per second it sustains</source>
        <translation>Dauerhaft leistbare Operationen pro Sekunde</translation>
    </message>
    <message>
        <source>Lookup latency</source>
        <translation>Lookup-Latenz</translation>
    </message>
    <message>
        <source>Speed of one port</source>
        <translation>Geschwindigkeit eines Ports</translation>
    </message>
    <message>
        <source>Ports carrying the traffic</source>
        <translation>Ports, die den Datenverkehr tragen</translation>
    </message>
    <message>
        <source>MTU in bytes</source>
        <translation>MTU in Byte</translation>
    </message>
    <message>
        <source>RDMA (RoCE or InfiniBand): no TCP overhead</source>
        <translation>RDMA (RoCE oder InfiniBand): kein TCP-Overhead</translation>
    </message>
    <message>
        <source>One-way latency</source>
        <translation>Einweg-Latenz</translation>
    </message>
    <message>
        <source>Name of the dataset carried (default: the flow&apos;s id)</source>
        <translation>Name des transportierten Datensatzes (Standard: die ID des Datenflusses)</translation>
    </message>
    <message>
        <source>Size of one version</source>
        <translation>Größe einer Version</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Wachstum pro Monat</translation>
    </message>
    <message>
        <source>Versions kept for lineage and reproducibility</source>
        <translation>Für Herkunftsnachweis (Lineage) und Reproduzierbarkeit aufbewahrte Versionen</translation>
    </message>
    <message>
        <source>Fraction of a version that differs from the previous one (1 = full copies)</source>
        <translation>Anteil einer Version, der sich von der vorherigen unterscheidet (1 = Vollkopien)</translation>
    </message>
    <message>
        <source>The dataset must move within</source>
        <translation>Maximale Übertragungsdauer des Datensatzes</translation>
    </message>
    <message>
        <source>Storage component that holds it (default: the producing stage&apos;s writes binding)</source>
        <translation>Speicherkomponente, die ihn enthält (Standard: die writes-Bindung der erzeugenden Phase)</translation>
    </message>
</context>
<context>
    <name>tarmac::ParamText</name>
    <message>
        <source>default: %1 (assumed)</source>
        <translation>Standard: %1 (angenommen)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>abgeleitet: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <source>(derived)</source>
        <translation>(abgeleitet)</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: %2 is too small; it must be at least %3</source>
        <translation>%1: %2 ist zu klein; der Wert muss mindestens %3 betragen</translation>
    </message>
    <message>
        <source>%1: %2 is out of range; it must be between %3 and %4</source>
        <translation>%1: %2 liegt außerhalb des zulässigen Bereichs; der Wert muss zwischen %3 und %4 liegen</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1: %2 ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>tarmac::PersonaViews</name>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <source>Stages, infrastructure and what binds them (Ctrl+Alt+1)</source>
        <translation>Phasen, Infrastruktur und ihre Bindungen (Strg+Alt+1)</translation>
    </message>
    <message>
        <source>&amp;Data Science</source>
        <translation>&amp;Data Science</translation>
    </message>
    <message>
        <source>Stages and flows only, in model and dataset terms, with what each stage runs on and how that fares (Ctrl+Alt+2)</source>
        <translation>Nur Phasen und Datenflüsse, in Begriffen von Modell und Datensatz, mit dem, worauf jede Phase läuft, und wie es dort steht (Strg+Alt+2)</translation>
    </message>
    <message>
        <source>Components and zones only, with the demand on each and the stages it comes from (Ctrl+Alt+3)</source>
        <translation>Nur Komponenten und Zonen, mit dem Bedarf an jeder und den Phasen, von denen er kommt (Strg+Alt+3)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Persona view</source>
        <translation>Persona-Ansicht</translation>
    </message>
    <message>
        <source>I&amp;nfrastructure</source>
        <translation>I&amp;nfrastruktur</translation>
    </message>
</context>
<context>
    <name>tarmac::PresentationMode</name>
    <message>
        <source>No findings: every demand fits its capacity with headroom.</source>
        <translation>Keine Befunde: Jeder Bedarf passt mit Reserve in seine Kapazität.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3: %4
%5</source>
        <translation>%1 von %2 · %3: %4
%5</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
</context>
<context>
    <name>tarmac::ProjectFormat</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>tarmac::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Select a stage, component, zone or flow to edit it</source>
        <translation>Zum Bearbeiten eine Phase, eine Komponente, eine Zone oder einen Datenfluss auswählen</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projektbeschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Planning horizon in months</source>
        <translation>Planungshorizont in Monaten</translation>
    </message>
    <message>
        <source>How far ahead storage growth is projected</source>
        <translation>Wie weit im Voraus das Speicherwachstum hochgerechnet wird</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>Komponente: %1</translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <translation>Zone: %1</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Who owns this stage in the workshop</source>
        <translation>Wer im Workshop für diese Phase verantwortlich ist</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Parent zone</source>
        <translation>Übergeordnete Zone</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>A bare number is in %1. Other units work too, e.g. &quot;%2&quot;.</source>
        <translation>Eine Zahl ohne Einheit gilt in %1. Andere Einheiten funktionieren ebenfalls, z. B. „%2“.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1: %2 memory, %3 dense BF16</source>
        <translation>%1: %2 Speicher, %3 BF16 (dense)</translation>
    </message>
    <message>
        <source>e.g. raid6 or ec-8-3</source>
        <translation>z. B. raid6 oder ec-8-3</translation>
    </message>
    <message>
        <source>%1 (raw : usable %2)</source>
        <translation>%1 (roh : nutzbar %2)</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(Voreinstellung wählen)</translation>
    </message>
    <message>
        <source>Sets the latency to a typical figure</source>
        <translation>Setzt die Latenz auf einen typischen Wert</translation>
    </message>
    <message>
        <source>Latency preset</source>
        <translation>Latenz-Voreinstellung</translation>
    </message>
    <message>
        <source>Sets link speed, RDMA and latency from the catalog</source>
        <translation>Setzt Link-Geschwindigkeit, RDMA und Latenz aus dem Katalog</translation>
    </message>
    <message>
        <source>Link preset</source>
        <translation>Link-Voreinstellung</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>(default: the producing stage&apos;s writes binding)</source>
        <translation>(Standard: die writes-Bindung der erzeugenden Phase)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>%1: unknown scheme &quot;%2&quot;; pick one from the list or write ec-K-M, e.g. ec-8-3</source>
        <translation>%1: unbekanntes Schema „%2“; wählen Sie eines aus der Liste, oder schreiben Sie ec-K-M, z. B. ec-8-3</translation>
    </message>
    <message>
        <source>Apply preset %1</source>
        <translation>Voreinstellung %1 anwenden</translation>
    </message>
    <message>
        <source>%1 (%2 in the file)</source>
        <translation>%1 (%2 in der Datei)</translation>
    </message>
</context>
<context>
    <name>tarmac::Quantity</name>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>a ratio</source>
        <translation>ein Verhältnis</translation>
    </message>
    <message>
        <source>a size</source>
        <translation>eine Größe</translation>
    </message>
    <message>
        <source>a bandwidth</source>
        <translation>eine Bandbreite</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <source>an amount of FLOP</source>
        <translation>eine FLOP-Menge</translation>
    </message>
    <message>
        <source>a FLOP rate</source>
        <translation>eine FLOP-Rate</translation>
    </message>
    <message>
        <source>a rate per second</source>
        <translation>eine Rate pro Sekunde</translation>
    </message>
    <message>
        <source>%1: not a number (NaN)</source>
        <translation>%1: keine Zahl (NaN)</translation>
    </message>
    <message>
        <source>%1: infinite value</source>
        <translation>%1: unendlicher Wert</translation>
    </message>
    <message>
        <source>%1: %2 is negative; it must be zero or more</source>
        <translation>%1: %2 ist negativ; der Wert muss null oder größer sein</translation>
    </message>
    <message>
        <source>%1: empty value</source>
        <translation>%1: leerer Wert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; does not start with a number</source>
        <translation>%1: „%2“ beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: unknown unit &quot;%2&quot; in &quot;%3&quot;</source>
        <translation>%1: unbekannte Einheit „%2“ in „%3“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, but %4 is expected</source>
        <translation>%1: „%2“ ist %3, erwartet wird jedoch %4</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1: %2 ist zu groß</translation>
    </message>
</context>
<context>
    <name>tarmac::Recovery</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>tarmac::Report</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 lifecycle stages, %2 infrastructure components, %3 data flows, horizon %4 months.</source>
        <translation>%1 Lebenszyklusphasen, %2 Infrastrukturkomponenten, %3 Datenflüsse, Horizont %4 Monate.</translation>
    </message>
    <message>
        <source>The engine reports %1 error(s) and %2 warning(s).</source>
        <translation>Die Engine meldet %1 Fehler und %2 Warnung(en).</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Lifecycle: stages and the data flowing between them</source>
        <translation>Lebenszyklus: Phasen und die zwischen ihnen fließenden Daten</translation>
    </message>
    <message>
        <source>Infrastructure: components by zone and their fabrics</source>
        <translation>Infrastruktur: Komponenten nach Zone und ihre Fabrics</translation>
    </message>
    <message>
        <source>Mapping: where the ML work meets the infrastructure</source>
        <translation>Zuordnung: wo die ML-Arbeit auf die Infrastruktur trifft</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafiken</translation>
    </message>
    <message>
        <source>Demand against capacity per component</source>
        <translation>Bedarf gegenüber Kapazität pro Komponente</translation>
    </message>
    <message>
        <source>Storage growth over the horizon (physical bytes after protection)</source>
        <translation>Speicherwachstum über den Horizont (physische Bytes inkl. Schutz)</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Bedarf je Phase</translation>
    </message>
    <message>
        <source>Bandwidth per flow and per fabric</source>
        <translation>Bandbreite pro Datenfluss und pro Fabric</translation>
    </message>
    <message>
        <source>Requirements per stage</source>
        <translation>Anforderungen pro Phase</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>not computed (see findings)</source>
        <translation>nicht berechnet (siehe Befunde)</translation>
    </message>
    <message>
        <source>Utilisation per component</source>
        <translation>Auslastung pro Komponente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%1 fills in month %2 of %3.</source>
        <translation>%1 ist in Monat %2 von %3 voll.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No findings: every demand fits its capacity with headroom.</source>
        <translation>Keine Befunde: Jeder Bedarf passt mit Reserve in seine Kapazität.</translation>
    </message>
    <message>
        <source>Defaults and assumptions in force</source>
        <translation>Geltende Standardwerte und Annahmen</translation>
    </message>
    <message>
        <source>Parameters the project does not set take these defaults. Those marked &quot;assumed&quot; are assumptions, not measurements: replace them with your own figures where you have them.</source>
        <translation>Parameter, die das Projekt nicht setzt, erhalten diese Standardwerte. Die als „angenommen“ markierten Werte sind Annahmen, keine Messwerte: Ersetzen Sie sie durch eigene Werte, wo Sie welche haben.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sources of the formulas:</source>
        <translation>Quellen der Formeln:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Catalog entries used</source>
        <translation>Verwendete Katalogeinträge</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>BF16 %1, memory %2, bandwidth %3</source>
        <translation>BF16 %1, Speicher %2, Bandbreite %3</translation>
    </message>
    <message>
        <source> (datasheet)</source>
        <translation> (Datenblatt)</translation>
    </message>
    <message>
        <source> (secondary source)</source>
        <translation> (Sekundärquelle)</translation>
    </message>
    <message>
        <source>raw : usable = %1</source>
        <translation>roh : nutzbar = %1</translation>
    </message>
    <message>
        <source>sample %1, batch %2</source>
        <translation>Sample %1, Batch %2</translation>
    </message>
    <message>
        <source>No catalog entries are referenced.</source>
        <translation>Es werden keine Katalogeinträge referenziert.</translation>
    </message>
    <message>
        <source>Not drawn: %1</source>
        <translation>Nicht gezeichnet: %1</translation>
    </message>
    <message>
        <source>Generated by Tarmac from the project&apos;s figures; every formula and default is listed above with its source.</source>
        <translation>Von Tarmac aus den Kennzahlen des Projekts erstellt; jede Formel und jeder Standardwert ist oben mit seiner Quelle aufgeführt.</translation>
    </message>
    <message>
        <source>exists and is not a folder; it is not replaced</source>
        <translation>existiert und ist kein Ordner; wird nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot be written (%1); the previous file is unchanged</source>
        <translation>kann nicht geschrieben werden (%1); die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>writing .%1 needs pandoc, which is not installed (on Debian and Ubuntu: sudo apt install pandoc); .html, .pdf and .md need nothing</source>
        <translation>für .%1 wird pandoc benötigt, das nicht installiert ist (unter Debian und Ubuntu: sudo apt install pandoc); .html, .pdf und .md brauchen nichts</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>pandoc could not convert the report: %1</source>
        <translation>pandoc konnte den Bericht nicht umwandeln: %1</translation>
    </message>
    <message>
        <source>pandoc wrote no file</source>
        <translation>pandoc hat keine Datei geschrieben</translation>
    </message>
    <message>
        <source>%1 (overview; each zone follows)</source>
        <translation>%1 (Übersicht; die einzelnen Zonen folgen)</translation>
    </message>
    <message>
        <source>Infrastructure in %1</source>
        <translation>Infrastruktur in %1</translation>
    </message>
    <message>
        <source>Mapping: the work on what %1 holds</source>
        <translation>Zuordnung: die Arbeitslasten auf den Bestand von %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Nothing to draw yet: the project has no stages and no components.</source>
        <translation>Noch nichts zu zeichnen: Das Projekt hat weder Phasen noch Komponenten.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Findings on it</source>
        <translation>Befunde dazu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No decisions were recorded in this project.</source>
        <translation>In diesem Projekt wurden keine Entscheidungen festgehalten.</translation>
    </message>
</context>
<context>
    <name>tarmac::RequirementsPanel</name>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Requirement / demand of capacity</source>
        <translation>Anforderung / Kapazitätsbedarf</translation>
    </message>
</context>
<context>
    <name>tarmac::RvToolsImportDialog</name>
    <message>
        <source>Import RVTools Export</source>
        <translation>RVTools-Export importieren</translation>
    </message>
    <message>
        <source>RVTools lists no GPUs. Say which host models carry GPUs: Tarmac suggests what it knows of a server model; check each before importing.</source>
        <translation>RVTools enthält keine GPUs. Geben Sie an, welche Hostmodelle GPUs haben: Tarmac schlägt vor, was es über ein Servermodell weiß; prüfen Sie jeden Eintrag vor dem Import.</translation>
    </message>
    <message>
        <source>Host model</source>
        <translation>Hostmodell</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs per host</source>
        <translation>GPUs pro Host</translation>
    </message>
    <message>
        <source>Host models and their GPUs</source>
        <translation>Hostmodelle und ihre GPUs</translation>
    </message>
    <message>
        <source>GPU of %1</source>
        <translation>GPU von %1</translation>
    </message>
    <message>
        <source>None (CPU hosts)</source>
        <translation>Keine (CPU-Hosts)</translation>
    </message>
    <message>
        <source>GPUs per %1 host</source>
        <translation>GPUs pro %1-Host</translation>
    </message>
    <message>
        <source>Suggested: %1 usually carries %2 × %3</source>
        <translation>Vorschlag: %1 hat üblicherweise %2 × %3</translation>
    </message>
    <message>
        <source>What the import makes:</source>
        <translation>Was der Import erzeugt:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>tarmac::SafeFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file</source>
        <translation>ist eine benannte Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist erschöpft</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>an input/output error on the device</source>
        <translation>ein Ein-/Ausgabefehler am Gerät</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>Systemfehler %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>too large for a project (%1 bytes; at most %2)</source>
        <translation>zu groß für ein Projekt (%1 Byte; höchstens %2)</translation>
    </message>
    <message>
        <source>too large for a project (more than %1 bytes)</source>
        <translation>zu groß für ein Projekt (mehr als %1 Byte)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>; it is not replaced</source>
        <translation>; wird nicht ersetzt</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>cannot be written (%1); the previous file is unchanged</source>
        <translation>kann nicht geschrieben werden (%1); die bisherige Datei bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>tarmac::SettingsDialog</name>
    <message>
        <source>Show the grid</source>
        <translation>Raster anzeigen</translation>
    </message>
    <message>
        <source>Snap items to the grid</source>
        <translation>Elemente am Raster einrasten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>SI (kB, MB, GB)</source>
        <translation>SI (kB, MB, GB)</translation>
    </message>
    <message>
        <source>IEC (KiB, MiB, GiB)</source>
        <translation>IEC (KiB, MiB, GiB)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Zeichenfläche:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default &amp;horizon:</source>
        <translation>Standard-&amp;Horizont:</translation>
    </message>
    <message>
        <source>A new language takes effect when Tarmac starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Tarmac wirksam.</translation>
    </message>
</context>
<context>
    <name>tarmac::SqliteFormat</name>
    <message>
        <source>the project row is missing</source>
        <translation>die Projektzeile fehlt</translation>
    </message>
    <message>
        <source>the project&apos;s extra_json is not a JSON object</source>
        <translation>extra_json des Projekts ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a table is missing or unreadable (%1)</source>
        <translation>eine Tabelle fehlt oder ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a Tarmac project (not an SQLite database)</source>
        <translation>kein Tarmac-Projekt (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>corrupt or truncated (%1)</source>
        <translation>beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>not a Tarmac project (an SQLite database of another application)</source>
        <translation>kein Tarmac-Projekt (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>corrupt (integrity check: %1)</source>
        <translation>beschädigt (Integritätsprüfung: %1)</translation>
    </message>
    <message>
        <source>written by a newer Tarmac (file schema version %1; this Tarmac reads up to %2)</source>
        <translation>von einer neueren Tarmac-Version geschrieben (Dateischemaversion %1; diese Tarmac-Version liest bis %2)</translation>
    </message>
    <message>
        <source>not a Tarmac project (schema version %1)</source>
        <translation>kein Tarmac-Projekt (Schemaversion %1)</translation>
    </message>
    <message>
        <source>no migration from schema version %1</source>
        <translation>keine Migration von Schemaversion %1</translation>
    </message>
    <message>
        <source>cannot be upgraded from schema version %1: %2</source>
        <translation>kann nicht von Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>not a valid Tarmac project (%1)</source>
        <translation>kein gültiges Tarmac-Projekt (%1)</translation>
    </message>
    <message>
        <source>cannot be saved (%1); the previous file is unchanged</source>
        <translation>kann nicht gespeichert werden (%1); die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>simulated failure</source>
        <translation>simulierter Fehler</translation>
    </message>
    <message>
        <source>it contains a %1 &quot;%2&quot; that Tarmac does not write</source>
        <translation>es enthält ein Objekt vom Typ %1 „%2“, das Tarmac nicht schreibt</translation>
    </message>
    <message>
        <source>its schema cannot be read: %1</source>
        <translation>sein Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the meta table is missing</source>
        <translation>die Tabelle meta fehlt</translation>
    </message>
    <message>
        <source>the meta table has no schema_version</source>
        <translation>die Tabelle meta enthält keine schema_version</translation>
    </message>
    <message>
        <source>the meta table says schema version %1, the file header %2</source>
        <translation>die Tabelle meta nennt Schemaversion %1, der Dateikopf %2</translation>
    </message>
    <message>
        <source>has changes in %1-wal that the program which wrote it has not merged into the file; close that program first</source>
        <translation>hat Änderungen in %1-wal, die das Programm, das sie geschrieben hat, noch nicht in die Datei übernommen hat; schließen Sie zuerst dieses Programm</translation>
    </message>
    <message>
        <source>corrupt or truncated (%1 bytes)</source>
        <translation>beschädigt oder abgeschnitten (%1 Byte)</translation>
    </message>
    <message>
        <source>cannot be opened (out of memory)</source>
        <translation>kann nicht geöffnet werden (nicht genügend Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>has changes in %1-journal that the program which wrote it has not finished; close that program first</source>
        <translation>hat Änderungen in %1-journal, die das Programm, das sie geschrieben hat, nicht abgeschlossen hat; schließen Sie zuerst dieses Programm</translation>
    </message>
</context>
<context>
    <name>tarmac::StageNeedsChart</name>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>GPUs needed</source>
        <translation>Benötigte GPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Read + write throughput</source>
        <translation>Lese- + Schreibdurchsatz</translation>
    </message>
    <message>
        <source>GPU-hours (in total; per day for validation)</source>
        <translation>GPU-Stunden (gesamt; bei Validierung pro Tag)</translation>
    </message>
    <message>
        <source>%1 — the %2 largest of %3 stages</source>
        <translation>%1 — die %2 größten von %3 Phasen</translation>
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
        <translation>Phasen-ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>tarmac::StartPage</name>
    <message>
        <source>Start from</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Beginnen mit</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Welcome to Tarmac: where ML work meets the infrastructure it runs on.</source>
        <translation>Willkommen bei Tarmac: wo ML-Arbeit auf die Infrastruktur trifft, auf der sie läuft.</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>&amp;Rundgang starten</translation>
    </message>
    <message>
        <source>A short guided walk over the example: nine steps, skippable</source>
        <translation>Ein kurzer geführter Rundgang durch das Beispiel: neun Schritte, überspringbar</translation>
    </message>
</context>
<context>
    <name>tarmac::Templates</name>
    <message>
        <source>LLM fine-tuning and serving platform on vSphere (the example)</source>
        <translation>LLM-Fine-Tuning- und Serving-Plattform auf vSphere (das Beispiel)</translation>
    </message>
    <message>
        <source>Vision training fed from a parallel file system (MLPerf Storage profiles)</source>
        <translation>Vision-Training, versorgt aus einem parallelen Dateisystem (MLPerf-Storage-Profile)</translation>
    </message>
    <message>
        <source>An empty project</source>
        <translation>Ein leeres Projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>LLM pre-training on an HGX H100 cluster (InfiniBand NDR, parallel file system for checkpoints)</source>
        <translation>LLM-Pre-Training auf einem HGX-H100-Cluster (InfiniBand NDR, paralleles Dateisystem für Checkpoints)</translation>
    </message>
    <message>
        <source>LLM fine-tuning and RAG serving on vSphere (L40S serving hosts, vector index, object storage)</source>
        <translation>LLM-Fine-Tuning und RAG-Serving auf vSphere (L40S-Serving-Hosts, Vektorindex, Objektspeicher)</translation>
    </message>
    <message>
        <source>Vision training fed from NFS (MLPerf Storage ResNet-50 and 3D U-Net profiles)</source>
        <translation>Vision-Training, versorgt aus NFS (MLPerf-Storage-Profile ResNet-50 und 3D U-Net)</translation>
    </message>
    <message>
        <source>Tabular ML with an online/offline feature store and real-time serving</source>
        <translation>Tabellarisches ML mit Online-/Offline-Feature-Store und Echtzeit-Serving</translation>
    </message>
    <message>
        <source>Edge inference on NVIDIA L4 servers, trained at a central site</source>
        <translation>Edge-Inferenz auf NVIDIA-L4-Servern, zentral trainiert</translation>
    </message>
    <message>
        <source>Notebook and experimentation platform on shared A100 GPUs and NFS</source>
        <translation>Notebook- und Experimentierplattform auf gemeinsam genutzten A100-GPUs und NFS</translation>
    </message>
    <message>
        <source>Two-site platform: training in one site, serving in another</source>
        <translation>Plattform an zwei Standorten: Training an einem, Serving am anderen</translation>
    </message>
</context>
<context>
    <name>tarmac::Tour</name>
    <message>
        <source>The canvas</source>
        <translation>Die Zeichenfläche</translation>
    </message>
    <message>
        <source>This is the example: an LLM fine-tuning and serving platform on vSphere. Lifecycle stages are on top, the infrastructure they run on below, in its site and racks. Every card shows what the engine computed for it.</source>
        <translation>Das ist das Beispiel: eine LLM-Fine-Tuning- und Serving-Plattform auf vSphere. Oben die Lebenszyklusphasen, darunter die Infrastruktur, auf der sie laufen, in Standort und Racks. Jede Karte zeigt, was die Berechnung für sie ergibt.</translation>
    </message>
    <message>
        <source>The palette</source>
        <translation>Die Palette</translation>
    </message>
    <message>
        <source>Drag a lifecycle stage or a piece of infrastructure from here onto the canvas, or select one and press Enter. Everything you add can be undone with Ctrl+Z.</source>
        <translation>Ziehen Sie eine Lebenszyklusphase oder ein Stück Infrastruktur von hier auf die Zeichenfläche, oder wählen Sie eines aus und drücken Sie die Eingabetaste. Alles lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>A data flow</source>
        <translation>Ein Datenfluss</translation>
    </message>
    <message>
        <source>Arrows are datasets moving between stages: this one carries the tokenized corpus to training. Its size, versions kept and growth decide what the storage must hold. Draw one by dragging from a stage&apos;s solid handle to another stage.</source>
        <translation>Pfeile sind Datensätze, die zwischen Phasen fließen: dieser bringt den tokenisierten Korpus zum Training. Größe, aufbewahrte Versionen und Wachstum bestimmen, was der Speicher fassen muss. Zeichnen Sie einen, indem Sie vom gefüllten Anfasser einer Phase zu einer anderen ziehen.</translation>
    </message>
    <message>
        <source>A binding</source>
        <translation>Eine Bindung</translation>
    </message>
    <message>
        <source>Dashed lines bind a stage to what it runs on, in a role: here training computes on the H100 hosts. Drag from a stage&apos;s hollow handle to a cluster or a storage system.</source>
        <translation>Gestrichelte Linien binden eine Phase in einer Rolle an das, worauf sie läuft: hier rechnet das Training auf den H100-Hosts. Ziehen Sie vom hohlen Anfasser einer Phase zu einem Cluster oder Speichersystem.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The selected item&apos;s parameters, with units: &quot;70B&quot;, &quot;4 TB&quot;, &quot;25 Gb/s&quot;. Change one and every figure and finding follows at once.</source>
        <translation>Die Parameter des ausgewählten Elements, mit Einheiten: „70B“, „4 TB“, „25 Gb/s“. Ändern Sie einen, und alle Werte und Befunde folgen sofort.</translation>
    </message>
    <message>
        <source>A finding</source>
        <translation>Ein Befund</translation>
    </message>
    <message>
        <source>The engine checks every demand against what its component delivers and explains each shortfall, with the numbers and a hint. Double-click a finding to see its item; F5 presents them one by one to the room.</source>
        <translation>Die Berechnung prüft jeden Bedarf gegen das, was seine Komponente liefert, und erklärt jeden Engpass mit Zahlen und einem Hinweis. Doppelklick auf einen Befund zeigt sein Element; F5 präsentiert sie dem Raum einzeln.</translation>
    </message>
    <message>
        <source>A chart</source>
        <translation>Eine Grafik</translation>
    </message>
    <message>
        <source>Charts show demand against capacity per component, storage growth over the horizon, what each stage needs and the bandwidth of every flow (View → Charts, Ctrl+Shift+H).</source>
        <translation>Grafiken zeigen Bedarf gegenüber Kapazität je Komponente, das Speicherwachstum über den Horizont, den Bedarf jeder Phase und die Bandbreite jedes Datenflusses (Ansicht → Grafiken, Strg+Umschalt+H).</translation>
    </message>
    <message>
        <source>Views for each side of the room</source>
        <translation>Ansichten für beide Seiten des Raums</translation>
    </message>
    <message>
        <source>Into the design document</source>
        <translation>Ins Designdokument</translation>
    </message>
    <message>
        <source>File → Export Diagram (Ctrl+E) writes SVG, PNG, PDF, draw.io or Mermaid; Export Report (Ctrl+Shift+E) a report in HTML, PDF, Markdown or Word with every requirement, finding and decision. Notes (Ctrl+Alt+M) record what the room decided. That is the tour: start from a template with File → New.</source>
        <translation>Datei → Diagramm exportieren (Strg+E) schreibt SVG, PNG, PDF, draw.io oder Mermaid; Bericht exportieren (Strg+Umschalt+E) einen Bericht als HTML, PDF, Markdown oder Word mit allen Anforderungen, Befunden und Entscheidungen. Notizen (Strg+Alt+M) halten fest, was der Raum entschieden hat. Das war der Rundgang: beginnen Sie mit einer Vorlage über Datei → Neu.</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Rundgang überspringen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Mapping (Ctrl+Alt+1) shows both sides; Data Science (Ctrl+Alt+2) only the stages and flows, in model and dataset terms; Infrastructure (Ctrl+Alt+3) only the components, with the demand on each and where it comes from.</source>
        <translation>Zuordnung (Strg+Alt+1) zeigt beide Seiten; Data Science (Strg+Alt+2) nur Phasen und Datenflüsse, in Begriffen von Modell und Datensatz; Infrastruktur (Strg+Alt+3) nur die Komponenten, mit dem Bedarf an jeder und seiner Herkunft.</translation>
    </message>
</context>
<context>
    <name>tarmac::UtilizationChart</name>
    <message>
        <source>Demand against capacity — the %1 fullest of %2</source>
        <translation>Bedarf gegenüber Kapazität – die %1 vollsten von %2</translation>
    </message>
    <message>
        <source>Demand against capacity</source>
        <translation>Bedarf gegenüber Kapazität</translation>
    </message>
    <message>
        <source>Demand against capacity: %1</source>
        <translation>Bedarf gegenüber Kapazität: %1</translation>
    </message>
    <message>
        <source>%1 has no capacity figures yet</source>
        <translation>Für %1 liegen noch keine Kapazitätswerte vor</translation>
    </message>
    <message>
        <source>Up to 80 %</source>
        <translation>Bis 80 %</translation>
    </message>
    <message>
        <source>80 to 100 %</source>
        <translation>80 bis 100 %</translation>
    </message>
    <message>
        <source>Over 100 %</source>
        <translation>Über 100 %</translation>
    </message>
    <message>
        <source>Demand / capacity (%)</source>
        <translation>Bedarf / Kapazität (%)</translation>
    </message>
    <message>
        <source>80 % (warning)</source>
        <translation>80 % (Warnung)</translation>
    </message>
    <message>
        <source>100 % (full)</source>
        <translation>100 % (voll)</translation>
    </message>
</context>
<context>
    <name>tarmac::UtilizationModel</name>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Komponenten-ID</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation>Lesedurchsatz</translation>
    </message>
    <message>
        <source>Write throughput</source>
        <translation>Schreibdurchsatz</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>%1 — %2: %3 asked of %4 (%5)</source>
        <extracomment>component, dimension, demand, capacity, utilisation</extracomment>
        <translation>%1 — %2: %3 von %4 beansprucht (%5)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
</context>
<context>
    <name>tarmac::Xlsx</name>
    <message>
        <source>cannot create a temporary folder for the workbook</source>
        <translation>für die Arbeitsmappe kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>cannot start the workbook</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Stage id</source>
        <translation>Phasen-ID</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Component id</source>
        <translation>Komponenten-ID</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Stored (all versions)</source>
        <translation>Gespeichert (alle Versionen)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Flow id</source>
        <translation>Datenfluss-ID</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the workbook could not be read back</source>
        <translation>die Arbeitsmappe konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>tarmac::charts</name>
    <message>
        <source>Demand against capacity</source>
        <translation>Bedarf gegenüber Kapazität</translation>
    </message>
    <message>
        <source>Storage growth</source>
        <translation>Speicherwachstum</translation>
    </message>
    <message>
        <source>What each stage needs</source>
        <translation>Bedarf je Phase</translation>
    </message>
    <message>
        <source>Bandwidth per flow and fabric</source>
        <translation>Bandbreite pro Datenfluss und Fabric</translation>
    </message>
    <message>
        <source>Drawn by Tarmac</source>
        <translation>Erstellt mit Tarmac</translation>
    </message>
    <message>
        <source>%1: there is no chart to export</source>
        <translation>%1: Es gibt keine Grafik zum Exportieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
