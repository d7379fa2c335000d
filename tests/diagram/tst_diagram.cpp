// Diagrams: every view in every format, escaping of hostile names, canvas and automatic
// layouts, Arrange positions. Runs with QT_QPA_PLATFORM=offscreen (PNG needs a QGuiApplication).

#include "diagram/diagram.h"
#include "engine/engine.h"
#include "model/paramschema.h"
#include "projectgenerator.h"
#include "storage/projectformat.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <thread>

using namespace tarmac;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(tarmac::DiagramView)
Q_DECLARE_METATYPE(tarmac::DiagramFormat)
Q_DECLARE_METATYPE(tarmac::DiagramLayout)
Q_DECLARE_METATYPE(tarmac::Project)

namespace {

const QString kHostileStage = u"</text><script>alert(1)</script> & \"q\""_s;
const QString kHostileComponent = u"<b>x</b>"_s;

Project exampleProject()
{
    const ReadResult read =
        readProjectFile(QStringLiteral(TARMAC_SOURCE_DIR "/resources/examples/llm-platform.json"));
    if (!read.ok())
        qFatal("%s", qPrintable(read.error));
    return read.project;
}

/// What a test needs to know of an SVG: parse errors, element names, text, node boxes.
struct Svg {
    QString error;
    QSet<QString> elements;
    QStringList texts;
    QMap<QString, QRectF> nodes;    ///< by <title> (the node name): the box around its shapes
    QMap<QString, QRectF> clusters; ///< by first text (the zone name): the cluster's box
    QSizeF size;                    ///< viewBox, points
};

QRectF boundsOfNumbers(const QString &text)
{
    static const QRegularExpression number(u"-?\\d+(?:\\.\\d+)?"_s);
    QList<double> values;
    for (auto it = number.globalMatch(text); it.hasNext();)
        values << it.next().captured().toDouble();
    QRectF box;
    for (qsizetype i = 0; i + 1 < values.size(); i += 2)
        box |= QRectF(values[i], values[i + 1], 0.001, 0.001);
    return box;
}

Svg parseSvg(const QByteArray &data)
{
    Svg svg;
    QXmlStreamReader xml(data);
    QString groupClass, title, firstText; // of the node or cluster group we are in
    QRectF box;
    int groupDepth = -1, depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (--depth < groupDepth) {
                if (groupClass == u"node")
                    svg.nodes.insert(title, box);
                else
                    svg.clusters.insert(firstText, box);
                groupDepth = -1;
                groupClass.clear();
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        ++depth;
        const QString name = xml.name().toString();
        svg.elements.insert(name);
        const QXmlStreamAttributes a = xml.attributes();
        const bool inGroup = groupDepth >= 0;
        if (name == u"svg") {
            const QStringList view = a.value(u"viewBox"_s).toString().split(u' ');
            if (view.size() == 4)
                svg.size = QSizeF(view[2].toDouble(), view[3].toDouble());
        } else if (name == u"g" &&
                   (a.value(u"class"_s) == u"node" || a.value(u"class"_s) == u"cluster")) {
            groupClass = a.value(u"class"_s).toString();
            groupDepth = depth;
            title.clear();
            firstText.clear();
            box = QRectF();
        } else if (name == u"title") {
            const QString text = xml.readElementText();
            --depth;
            if (inGroup)
                title = text;
        } else if (name == u"text") {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            --depth;
            svg.texts << text;
            if (inGroup && firstText.isEmpty())
                firstText = text;
        } else if (inGroup && (name == u"polygon" || name == u"path")) {
            box |= boundsOfNumbers(a.value(name == u"path" ? u"d"_s : u"points"_s).toString());
        }
    }
    if (xml.hasError())
        svg.error = xml.errorString();
    return svg;
}

/// The first pair of overlapping boxes, or an empty string.
QString overlapping(const QMap<QString, QRectF> &boxes)
{
    const QList<QString> keys = boxes.keys();
    const QList<QRectF> rects = boxes.values();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return keys[i] + u" and "_s + keys[j];
        }
    }
    return {};
}

bool hasText(const Svg &svg, const QString &text)
{
    return std::any_of(svg.texts.cbegin(), svg.texts.cend(),
                       [&](const QString &t) { return t.contains(text); });
}

/// Names the view must show.
QStringList shownNames(const Project &p, DiagramView view)
{
    QStringList names;
    if (view != DiagramView::Infrastructure) {
        for (const Stage &s : p.stages)
            names << s.name;
    }
    if (view != DiagramView::Lifecycle) {
        for (const Component &c : p.components)
            names << c.name;
    }
    if (view == DiagramView::Infrastructure) {
        for (const Zone &z : p.zones)
            names << z.name;
    }
    return names;
}

QByteArray render(const Project &p, DiagramView view, DiagramFormat format,
                  std::optional<DiagramLayout> layout = {}, int dpi = 96)
{
    DiagramOptions o;
    o.view = view;
    o.format = format;
    o.layout = layout;
    o.dpi = dpi;
    const DiagramResult r = renderDiagram(p, computeRequirements(p), o);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error));
    return r.ok() ? r.data : QByteArray();
}

/// Runs `program args FILE` on `data` written to a file; returns exit code and stdout.
std::pair<int, QByteArray> runOn(const QString &program, QStringList args, const QByteArray &data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"diagram"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {-1, {}};
    file.close();
    QProcess process;
    process.start(program, args << path);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, {}};
    return {process.exitCode(), process.readAllStandardOutput()};
}

QString findTool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

Project hostileProject()
{
    Project p;
    p.name = u"<script>alert(0)</script>"_s;
    p.zones.push_back({u"z<1>"_s, u"<i>zone</i> & 'z'"_s, u"site"_s, {}});
    Stage train{u"s\"1\\"_s, u"training"_s, kHostileStage, u"ml-engineer"_s, {}};
    train.params.insert(u"modelParams"_s, ParamValue::fromNumber(7e9));
    train.params.insert(u"trainingTokens"_s, ParamValue::fromNumber(1e12));
    Stage serve{u"t2"_s, u"serving"_s, u"\\N \\G O'Brien's <serve>"_s, u"ml-engineer"_s, {}};
    Stage monitor{u"t3"_s, u"monitoring"_s, u"ctrl\u0001name\uFFFF"_s, u"ml-engineer"_s, {}};
    p.stages = {train, serve, monitor};
    p.components.push_back({u"c&1"_s, u"gpu-cluster"_s, kHostileComponent, u"z<1>"_s, {}});
    p.components.push_back({u"fab"_s, u"fabric"_s, u"]]></text>"_s, u"z<1>"_s, {}});
    Flow flow{u"f<1>"_s, train.id, serve.id, {}};
    flow.params.insert(u"dataset"_s, ParamValue::fromText(u"<img src=x onerror=alert(1)>"_s));
    p.flows.push_back(flow);
    p.bindings.push_back({train.id, u"c&1"_s, u"compute"_s});
    p.links.push_back({u"c&1"_s, u"fab"_s});
    return p;
}

} // namespace

class TestDiagram : public QObject {
    Q_OBJECT
private slots:
    void parseNames();
    void everyViewAndFormat_data();
    void everyViewAndFormat();
    void hostileNamesStayText_data();
    void hostileNamesStayText();
    void canvasLayoutKeepsPositions_data();
    void canvasLayoutKeepsPositions();
    void defaultLayoutFollowsProject();
    void autoLayoutRanksLifecycleOrder_data();
    void autoLayoutRanksLifecycleOrder();
    void infrastructureNestsZones_data();
    void infrastructureNestsZones();
    void mappingPutsStagesAboveComponents_data();
    void mappingPutsStagesAboveComponents();
    void arrangeGivesSeparatePositions_data();
    void arrangeGivesSeparatePositions();
    void arrangeCanBeCancelled();
    void drawioHoldsEveryElement_data();
    void drawioHoldsEveryElement();
    void mermaidIsWellFormed();
    void pageLayoutReadsDownThePage();
    void zoneDrawsOnlyItsPart();
    void mermaidParserAcceptsTheOutput();
    void editableFormatsEscapeHostileNames();
    void packedLayoutPutsComponentsInTheirZones_data();
    void packedLayoutPutsComponentsInTheirZones();
    void emptyProjectRenders();
    void rendersFromSeveralThreads();
};

void TestDiagram::parseNames()
{
    DiagramView view;
    QVERIFY(parseDiagramView(u"Mapping"_s, &view) && view == DiagramView::Mapping);
    QVERIFY(!parseDiagramView(u"maps"_s, &view));
    for (DiagramView v :
         {DiagramView::Lifecycle, DiagramView::Infrastructure, DiagramView::Mapping}) {
        QVERIFY(parseDiagramView(diagramViewName(v), &view));
        QCOMPARE(view, v);
    }
    DiagramFormat format;
    QVERIFY(parseDiagramFormat(u"PDF"_s, &format) && format == DiagramFormat::Pdf);
    QVERIFY(parseDiagramFormat(u"gv"_s, &format) && format == DiagramFormat::Dot);
    QVERIFY(!parseDiagramFormat(u"jpeg"_s, &format));
    DiagramLayout layout;
    QVERIFY(parseDiagramLayout(u"auto"_s, &layout) && layout == DiagramLayout::Auto);
    QVERIFY(parseDiagramLayout(u"canvas"_s, &layout) && layout == DiagramLayout::Canvas);
    QVERIFY(!parseDiagramLayout(u"grid"_s, &layout));
}

void TestDiagram::everyViewAndFormat_data()
{
    QTest::addColumn<DiagramView>("view");
    QTest::addColumn<DiagramFormat>("format");
    const std::pair<const char *, DiagramView> views[] = {
        {"lifecycle", DiagramView::Lifecycle},
        {"infrastructure", DiagramView::Infrastructure},
        {"mapping", DiagramView::Mapping}};
    const std::pair<const char *, DiagramFormat> formats[] = {{"svg", DiagramFormat::Svg},
                                                              {"png", DiagramFormat::Png},
                                                              {"pdf", DiagramFormat::Pdf},
                                                              {"dot", DiagramFormat::Dot}};
    for (const auto &[viewName, view] : views) {
        for (const auto &[formatName, format] : formats)
            QTest::addRow("%s-%s", viewName, formatName) << view << format;
    }
}

void TestDiagram::everyViewAndFormat()
{
    QFETCH(DiagramView, view);
    QFETCH(DiagramFormat, format);
    const Project p = exampleProject();
    const QByteArray data = render(p, view, format, {}, 150);
    QVERIFY(!data.isEmpty());
    switch (format) {
    case DiagramFormat::Drawio:
    case DiagramFormat::Mermaid:
        break; // drawioHoldsEveryElement, mermaidIsWellFormed
    case DiagramFormat::Svg: {
        const Svg svg = parseSvg(data);
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        for (const QString &name : shownNames(p, view))
            QVERIFY2(hasText(svg, name), qPrintable(name));
        break;
    }
    case DiagramFormat::Png: {
        // The rule: pixels = SVG size in points × dpi / 72, rounded.
        const Svg svg = parseSvg(render(p, view, DiagramFormat::Svg));
        QImage image;
        QVERIFY(image.loadFromData(data, "PNG"));
        QCOMPARE(image.width(), qRound(svg.size.width() * 150 / 72));
        QCOMPARE(image.height(), qRound(svg.size.height() * 150 / 72));
        break;
    }
    case DiagramFormat::Pdf: {
        QVERIFY(data.startsWith("%PDF"));
        const QString pdfinfo = findTool("pdfinfo");
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const auto [code, out] = runOn(pdfinfo, {}, data);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("Pages:"));
        break;
    }
    case DiagramFormat::Dot: {
        const QString dot = findTool("dot");
        if (dot.isEmpty())
            QSKIP("dot (graphviz) is not installed");
        QCOMPARE(runOn(dot, {u"-Tsvg"_s}, data).first, 0);
        break;
    }
    }
}

void TestDiagram::hostileNamesStayText_data()
{
    QTest::addColumn<DiagramView>("view");
    QTest::addColumn<DiagramLayout>("layout");
    QTest::newRow("lifecycle-auto") << DiagramView::Lifecycle << DiagramLayout::Auto;
    QTest::newRow("infrastructure-auto") << DiagramView::Infrastructure << DiagramLayout::Auto;
    QTest::newRow("mapping-auto") << DiagramView::Mapping << DiagramLayout::Auto;
    QTest::newRow("mapping-canvas") << DiagramView::Mapping << DiagramLayout::Canvas;
    QTest::newRow("infrastructure-canvas") << DiagramView::Infrastructure << DiagramLayout::Canvas;
}

void TestDiagram::hostileNamesStayText()
{
    QFETCH(DiagramView, view);
    QFETCH(DiagramLayout, layout);
    const Project p = hostileProject();
    const Svg svg = parseSvg(render(p, view, DiagramFormat::Svg, layout));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    for (const char *markup : {"script", "b", "i", "img", "serve"})
        QVERIFY2(!svg.elements.contains(QString::fromLatin1(markup)), markup);
    for (QString name : shownNames(p, view)) {
        // Characters XML cannot carry are drawn as spaces.
        for (QChar &c : name) {
            if (c.unicode() < 0x20 || c.unicode() >= 0xFFFE)
                c = u' ';
        }
        QVERIFY2(hasText(svg, name.trimmed()), qPrintable(name));
    }
    if (view != DiagramView::Infrastructure)
        QVERIFY(hasText(svg, u"<img src=x onerror=alert(1)>"_s));

    const QByteArray dot = render(p, view, DiagramFormat::Dot, layout);
    QVERIFY(!dot.contains("<script>") && !dot.contains("<b>x</b>") && !dot.contains("<img"));
    const QString dotTool = findTool("dot");
    if (dotTool.isEmpty())
        QSKIP("dot (graphviz) is not installed");
    QCOMPARE(runOn(dotTool, {u"-Tsvg"_s}, dot).first, 0);
}

void TestDiagram::canvasLayoutKeepsPositions_data()
{
    QTest::addColumn<DiagramView>("view");
    QTest::newRow("lifecycle") << DiagramView::Lifecycle;
    QTest::newRow("infrastructure") << DiagramView::Infrastructure;
    QTest::newRow("mapping") << DiagramView::Mapping;
}

void TestDiagram::canvasLayoutKeepsPositions()
{
    QFETCH(DiagramView, view);
    const Project p = exampleProject();
    const Svg svg = parseSvg(render(p, view, DiagramFormat::Svg, DiagramLayout::Canvas));
    QVERIFY(!svg.nodes.isEmpty());
    // One canvas pixel is one point: every offset between two nodes is kept as it is.
    for (auto a = svg.nodes.cbegin(); a != svg.nodes.cend(); ++a) {
        QVERIFY2(p.layout.contains(a.key()), qPrintable(a.key()));
        for (auto b = svg.nodes.cbegin(); b != svg.nodes.cend(); ++b) {
            const Placement pa = p.layout.value(a.key()), pb = p.layout.value(b.key());
            const QPointF drawn = a.value().center() - b.value().center();
            if (qAbs(drawn.x() - (pa.x - pb.x)) >= 2 || qAbs(drawn.y() - (pa.y - pb.y)) >= 2)
                QFAIL(qPrintable(a.key() + u" vs "_s + b.key()));
        }
    }
}

void TestDiagram::defaultLayoutFollowsProject()
{
    Project p = exampleProject();
    QCOMPARE(render(p, DiagramView::Mapping, DiagramFormat::Svg),
             render(p, DiagramView::Mapping, DiagramFormat::Svg, DiagramLayout::Canvas));
    p.layout.clear();
    QCOMPARE(render(p, DiagramView::Mapping, DiagramFormat::Svg),
             render(p, DiagramView::Mapping, DiagramFormat::Svg, DiagramLayout::Auto));
}

void TestDiagram::autoLayoutRanksLifecycleOrder_data()
{
    QTest::addColumn<Project>("project");
    QTest::newRow("example (dot)") << exampleProject();
    QTest::newRow("40 stages, feedback flows (dot)") << testing::generateProject(3, 40, 5, 60);
    QTest::newRow("400 stages (bands)") << testing::generateProject(5, 400, 20, 600);
}

void TestDiagram::autoLayoutRanksLifecycleOrder()
{
    QFETCH(Project, project);
    const Svg svg =
        parseSvg(render(project, DiagramView::Lifecycle, DiagramFormat::Svg, DiagramLayout::Auto));
    QCOMPARE(svg.nodes.size(), qsizetype(project.stages.size()));
    const QStringList &kinds = ParamSchema::stageKinds();
    for (const Stage &a : project.stages) {
        for (const Stage &b : project.stages) {
            if (kinds.indexOf(a.kind) < kinds.indexOf(b.kind) &&
                svg.nodes.value(a.id).center().x() >= svg.nodes.value(b.id).center().x())
                QFAIL(qPrintable(a.id + u" ("_s + a.kind + u") is not left of "_s + b.id + u" ("_s +
                                 b.kind + u")"_s));
        }
    }
}

void TestDiagram::infrastructureNestsZones_data()
{
    QTest::addColumn<Project>("project");
    QTest::newRow("example (dot)") << exampleProject();
    QTest::newRow("300 components (packed)") << testing::generateProject(8, 20, 300, 10);
}

void TestDiagram::infrastructureNestsZones()
{
    QFETCH(Project, project);
    const Svg svg = parseSvg(
        render(project, DiagramView::Infrastructure, DiagramFormat::Svg, DiagramLayout::Auto));
    QCOMPARE(svg.nodes.size(), qsizetype(project.components.size()));
    QCOMPARE(svg.clusters.size(), qsizetype(project.zones.size()));
    for (const Component &c : project.components) {
        const QRectF zone = svg.clusters.value(project.zone(c.zone)->name);
        QVERIFY2(zone.contains(svg.nodes.value(c.id)), qPrintable(c.id));
    }
    for (const Zone &z : project.zones) {
        if (const Zone *parent = project.zone(z.parent))
            QVERIFY2(svg.clusters.value(parent->name).contains(svg.clusters.value(z.name)),
                     qPrintable(z.id));
    }
    const QString overlap = overlapping(svg.nodes);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void TestDiagram::mappingPutsStagesAboveComponents_data()
{
    QTest::addColumn<Project>("project");
    QTest::newRow("example (dot)") << exampleProject();
    QTest::newRow("1000 stages (bands)") << testing::generateProject(42, 1000, 300, 2000);
}

void TestDiagram::mappingPutsStagesAboveComponents()
{
    QFETCH(Project, project);
    const Svg svg =
        parseSvg(render(project, DiagramView::Mapping, DiagramFormat::Svg, DiagramLayout::Auto));
    QCOMPARE(svg.nodes.size(), qsizetype(project.stages.size() + project.components.size()));
    double lowestStage = -1e18, highestComponent = 1e18;
    for (const Stage &s : project.stages)
        lowestStage = std::max(lowestStage, svg.nodes[s.id].bottom());
    for (const Component &c : project.components)
        highestComponent = std::min(highestComponent, svg.nodes[c.id].top());
    QVERIFY(lowestStage < highestComponent);
    const QString overlap = overlapping(svg.nodes);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void TestDiagram::arrangeGivesSeparatePositions_data()
{
    QTest::addColumn<Project>("project");
    QTest::newRow("example (dot)") << exampleProject();
    Project bare = exampleProject();
    bare.layout.clear(); // racks in a site, components in racks, no positions at all
    QTest::newRow("example without positions (dot)") << bare;
    QTest::newRow("300 stages (bands)") << testing::generateProject(9, 300, 60, 400);
}

namespace {

/// Every component lies inside its zone's rectangle, every zone inside its parent's, and no
/// two cards overlap; stages are above the infrastructure.
void checkContainment(const Project &project, const QMap<QString, Placement> &placements)
{
    QCOMPARE(placements.size(),
             qsizetype(project.stages.size() + project.components.size() + project.zones.size()));
    auto card = [&](const QString &id) {
        const Placement p = placements.value(id);
        return QRectF(p.x, p.y, 210, 76); // the canvas node size
    };
    auto zone = [&](const QString &id) {
        const Placement p = placements.value(id);
        return QRectF(p.x, p.y, p.width, p.height);
    };
    QList<QRectF> boxes;
    for (const Stage &s : project.stages)
        boxes << card(s.id);
    for (const Component &c : project.components) {
        boxes << card(c.id);
        if (!c.zone.isEmpty() && project.zone(c.zone))
            QVERIFY2(zone(c.zone).contains(card(c.id)),
                     qPrintable(c.id + u" outside its zone "_s + c.zone));
    }
    for (const Zone &z : project.zones) {
        QVERIFY2(zone(z.id).width() > 0 && zone(z.id).height() > 0, qPrintable(z.id));
        if (!z.parent.isEmpty() && project.zone(z.parent))
            QVERIFY2(zone(z.parent).contains(zone(z.id)),
                     qPrintable(z.id + u" outside its site "_s + z.parent));
    }
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            if (boxes[i].intersects(boxes[j]))
                QFAIL("two arranged items overlap");
        }
    }
    double lowestStage = -1e18, highestComponent = 1e18;
    for (const Stage &s : project.stages)
        lowestStage = std::max(lowestStage, placements[s.id].y);
    for (const Component &c : project.components)
        highestComponent = std::min(highestComponent, placements[c.id].y);
    QVERIFY(lowestStage < highestComponent);
}

} // namespace

void TestDiagram::arrangeGivesSeparatePositions()
{
    QFETCH(Project, project);
    checkContainment(project, arrangePlacements(project, nullptr));
}

void TestDiagram::packedLayoutPutsComponentsInTheirZones()
{
    QFETCH(Project, project);
    checkContainment(project, packedCanvasLayout(project));
}

void TestDiagram::packedLayoutPutsComponentsInTheirZones_data()
{
    arrangeGivesSeparatePositions_data();
}

void TestDiagram::arrangeCanBeCancelled()
{
    const std::atomic<bool> cancelled{true};
    QVERIFY(arrangePlacements(exampleProject(), &cancelled).isEmpty());
}

void TestDiagram::emptyProjectRenders()
{
    const Project empty;
    for (DiagramFormat f :
         {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf, DiagramFormat::Dot})
        QVERIFY(!render(empty, DiagramView::Mapping, f).isEmpty());
}

void TestDiagram::rendersFromSeveralThreads()
{
    // Graphviz is not thread-safe: the diagram code must serialise it (Arrange runs in a worker).
    const Project p = exampleProject();
    const EngineResult r = computeRequirements(p);
    const QByteArray expected =
        render(p, DiagramView::Mapping, DiagramFormat::Svg, DiagramLayout::Auto);
    std::atomic<int> mismatches{0};
    auto work = [&] {
        DiagramOptions o;
        o.layout = DiagramLayout::Auto;
        for (int i = 0; i < 4; ++i) {
            if (renderDiagram(p, r, o).data != expected)
                ++mismatches;
            if (arrangePlacements(p, nullptr).isEmpty())
                ++mismatches;
        }
    };
    std::thread a(work), b(work);
    a.join();
    b.join();
    QCOMPARE(mismatches.load(), 0);
}

namespace {

struct DrawioCell {
    QString id, value, parent, style, source, target;
    bool vertex = false, edge = false;
    QRectF geometry; ///< relative to the parent, as mxGraph stores it
};

/// Reads a .drawio file the way draw.io does: XML, mxCell elements with mxGeometry children.
QList<DrawioCell> parseDrawio(const QByteArray &data, QString *error)
{
    QList<DrawioCell> cells;
    QXmlStreamReader xml(data);
    bool sawFile = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"mxfile")
            sawFile = true;
        if (xml.name() == u"mxCell") {
            const QXmlStreamAttributes a = xml.attributes();
            DrawioCell c;
            c.id = a.value(QStringLiteral("id")).toString();
            c.value = a.value(QStringLiteral("value")).toString();
            c.parent = a.value(QStringLiteral("parent")).toString();
            c.style = a.value(QStringLiteral("style")).toString();
            c.source = a.value(QStringLiteral("source")).toString();
            c.target = a.value(QStringLiteral("target")).toString();
            c.vertex = a.value(QStringLiteral("vertex")) == u"1";
            c.edge = a.value(QStringLiteral("edge")) == u"1";
            cells << c;
        } else if (xml.name() == u"mxGeometry" && !cells.isEmpty()) {
            const QXmlStreamAttributes a = xml.attributes();
            cells.last().geometry = QRectF(a.value(QStringLiteral("x")).toDouble(),
                                           a.value(QStringLiteral("y")).toDouble(),
                                           a.value(QStringLiteral("width")).toDouble(),
                                           a.value(QStringLiteral("height")).toDouble());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    else if (!sawFile)
        *error = u"no mxfile element"_s;
    return cells;
}

} // namespace

void TestDiagram::drawioHoldsEveryElement_data()
{
    QTest::addColumn<DiagramView>("view");
    QTest::addColumn<Project>("project");
    Project bare = exampleProject();
    bare.layout.clear();
    QTest::newRow("mapping, canvas layout") << DiagramView::Mapping << exampleProject();
    QTest::newRow("mapping, no positions") << DiagramView::Mapping << bare;
    QTest::newRow("infrastructure") << DiagramView::Infrastructure << exampleProject();
    QTest::newRow("lifecycle") << DiagramView::Lifecycle << exampleProject();
}

void TestDiagram::drawioHoldsEveryElement()
{
    QFETCH(DiagramView, view);
    QFETCH(Project, project);
    QString error;
    const QList<DrawioCell> cells =
        parseDrawio(render(project, view, DiagramFormat::Drawio), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, DrawioCell> byId;
    QHash<QString, QString> cellOfName; // the first line of a vertex's label -> its id
    for (const DrawioCell &c : cells) {
        QVERIFY2(!byId.contains(c.id), qPrintable(u"duplicate id "_s + c.id));
        byId.insert(c.id, c);
        if (c.vertex)
            cellOfName.insert(c.value.section(u'\n', 0, 0), c.id);
    }
    auto absolute = [&](const DrawioCell &c) {
        QRectF r = c.geometry;
        for (QString p = c.parent; byId.contains(p) && byId[p].vertex; p = byId[p].parent)
            r.translate(byId[p].geometry.topLeft());
        return r;
    };
    for (const QString &name : shownNames(project, view))
        QVERIFY2(cellOfName.contains(name) || cellOfName.contains(u"Site: "_s + name) ||
                     cellOfName.contains(u"Rack: "_s + name),
                 qPrintable(u"no vertex for "_s + name));
    // Zones are containers and hold their components, also where the file had no positions.
    if (view != DiagramView::Lifecycle) {
        for (const Component &comp : project.components) {
            const Zone *z = project.zone(comp.zone);
            if (!z)
                continue;
            const DrawioCell &card = byId[cellOfName[comp.name]];
            const QString zoneCell =
                cellOfName.value(u"Rack: "_s + z->name, cellOfName.value(u"Site: "_s + z->name));
            QVERIFY2(!zoneCell.isEmpty(), qPrintable(z->name));
            QVERIFY(byId[zoneCell].style.contains(u"container=1"_s));
            QCOMPARE(card.parent, zoneCell);
            QVERIFY2(absolute(byId[zoneCell]).contains(absolute(card)), qPrintable(comp.name));
        }
    }
    // Every edge of the view joins two vertices.
    int edges = 0;
    for (const DrawioCell &c : cells) {
        if (!c.edge)
            continue;
        ++edges;
        QVERIFY(byId.value(c.source).vertex && byId.value(c.target).vertex);
    }
    const qsizetype expected = view == DiagramView::Lifecycle ? project.flows.size()
                               : view == DiagramView::Infrastructure
                                   ? project.links.size()
                                   : project.flows.size() + project.bindings.size();
    QCOMPARE(edges, int(expected));
}

void TestDiagram::mermaidIsWellFormed()
{
    for (DiagramView view :
         {DiagramView::Lifecycle, DiagramView::Infrastructure, DiagramView::Mapping}) {
        const Project p = exampleProject();
        const QString text = QString::fromUtf8(render(p, view, DiagramFormat::Mermaid));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"flowchart "_s));
        int depth = 0;
        QSet<QString> defined;
        static const QRegularExpression nodeDef(u"^\\s*(n\\d+)[\\[(]\"[^\"]*\"[\\])]$"_s);
        static const QRegularExpression edge(
            u"^\\s*(n\\d+) (-->|-\\.->|-\\.-)(\\|\"[^\"]*\"\\|)? (n\\d+)$"_s);
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(line.count(u'"') % 2 == 0, qPrintable(line));
            if (line.trimmed().startsWith(u"subgraph "_s))
                ++depth;
            else if (line.trimmed() == u"end"_s)
                --depth;
            QVERIFY(depth >= 0);
            if (const auto m = nodeDef.match(line); m.hasMatch()) {
                QVERIFY2(!defined.contains(m.captured(1)), qPrintable(line));
                defined.insert(m.captured(1));
            } else if (const auto e = edge.match(line); e.hasMatch()) {
                QVERIFY2(defined.contains(e.captured(1)) && defined.contains(e.captured(4)),
                         qPrintable(line));
            } else {
                QVERIFY2(line.trimmed().startsWith(u"subgraph "_s) || line.trimmed() == u"end"_s ||
                             line.trimmed().startsWith(u"classDef "_s) ||
                             line.trimmed().startsWith(u"class "_s),
                         qPrintable(u"unexpected line: "_s + line));
            }
        }
        QCOMPARE(depth, 0);
        for (const QString &name : shownNames(p, view))
            QVERIFY2(text.contains(name), qPrintable(name));
    }
}

void TestDiagram::mermaidParserAcceptsTheOutput()
{
    // Mermaid's own parser, where its packages are installed (npm ci in the tool's folder;
    // dev.sh does not, to keep CI free of the npm registry).
    const QString tool = QStringLiteral(TARMAC_SOURCE_DIR "/tests/tools/mermaid-parse");
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty() || !QFileInfo::exists(tool + u"/node_modules/mermaid"_s))
        QSKIP("Mermaid's parser is not installed (cd tests/tools/mermaid-parse && npm ci)");
    QTemporaryDir dir;
    QStringList files;
    Project hostile = exampleProject();
    hostile.stages[0].name = u"<b>\"x\" & y]( =z|#; `end` -->|q|"_s;
    hostile.zones[0].name = u"end\"] subgraph"_s;
    for (const auto &[project, tag] :
         {std::pair{exampleProject(), "example"}, {hostile, "hostile"}}) {
        for (DiagramView view :
             {DiagramView::Lifecycle, DiagramView::Infrastructure, DiagramView::Mapping}) {
            const QString file =
                dir.filePath(u"%1-%2.mmd"_s.arg(QLatin1StringView(tag)).arg(int(view)));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(render(project, view, DiagramFormat::Mermaid));
            files << file;
        }
    }
    QProcess parse;
    parse.setWorkingDirectory(tool);
    parse.start(node, QStringList{tool + u"/parse.mjs"_s} + files);
    QVERIFY(parse.waitForFinished(120000));
    QVERIFY2(parse.exitCode() == 0, parse.readAllStandardOutput().constData());
}

void TestDiagram::editableFormatsEscapeHostileNames()
{
    Project p = exampleProject();
    const QString hostile = u"<b>\"x\" & y]( =z|#; \x01"
                            u"end"_s;
    p.stages[0].name = hostile;
    p.zones[0].name = hostile;
    QString error;
    const QList<DrawioCell> cells =
        parseDrawio(render(p, DiagramView::Mapping, DiagramFormat::Drawio), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool found = false;
    QStringList values;
    for (const DrawioCell &c : cells) {
        found |= c.value.startsWith(u"<b>\"x\" & y]( =z|#; end"_s); // the control character dropped
        values << c.value;
    }
    QVERIFY2(found, qPrintable(values.join(u" | "_s)));
    const QString mermaid =
        QString::fromUtf8(render(p, DiagramView::Mapping, DiagramFormat::Mermaid));
    QVERIFY2(mermaid.contains(u"#60;b#62;#34;x#34; #38; y#93;( =z#124;#35;; end"_s),
             qPrintable(mermaid));
    QVERIFY(!mermaid.contains(u"<b>"_s));
}

void TestDiagram::pageLayoutReadsDownThePage()
{
    // For a portrait page: the mapping's stages in one column, top to bottom in lifecycle
    // order, what they run on in a column to their right; the lifecycle runs down too.
    const Project p = exampleProject();
    const Svg mapping =
        parseSvg(render(p, DiagramView::Mapping, DiagramFormat::Svg, DiagramLayout::Page));
    QCOMPARE(mapping.nodes.size(), qsizetype(p.stages.size() + p.components.size()));
    const QStringList order{u"ingest"_s,   u"prep"_s,  u"features"_s, u"train"_s,
                            u"validate"_s, u"serve"_s, u"monitor"_s};
    for (int i = 1; i < order.size(); ++i)
        QVERIFY2(mapping.nodes[order[i - 1]].bottom() < mapping.nodes[order[i]].top(),
                 qPrintable(order[i]));
    double rightmostStage = -1e18;
    for (const Stage &s : p.stages)
        rightmostStage = std::max(rightmostStage, mapping.nodes[s.id].right());
    for (const Component &c : p.components)
        QVERIFY2(mapping.nodes[c.id].left() > rightmostStage, qPrintable(c.id));
    QVERIFY(mapping.size.height() > mapping.size.width()); // a portrait picture
    const QString overlap = overlapping(mapping.nodes);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    const Svg lifecycle =
        parseSvg(render(p, DiagramView::Lifecycle, DiagramFormat::Svg, DiagramLayout::Page));
    QVERIFY(lifecycle.nodes[u"ingest"_s].bottom() < lifecycle.nodes[u"train"_s].top());
    QVERIFY(lifecycle.size.height() > lifecycle.size.width());
}

void TestDiagram::zoneDrawsOnlyItsPart()
{
    const Project p = exampleProject();
    const EngineResult result = computeRequirements(p);
    DiagramOptions o;
    o.format = DiagramFormat::Svg;
    o.layout = DiagramLayout::Page;
    o.zone = u"rack-gpu"_s;
    o.view = DiagramView::Infrastructure;
    // The GPU rack: its cluster, and the fabric it is linked to (which sits in the site).
    Svg svg = parseSvg(renderDiagram(p, result, o).data);
    QCOMPARE(QStringList(svg.nodes.keys()), (QStringList{u"fab"_s, u"gpu"_s}));
    // Mapping: the cluster and the stages bound to it, no floating fabric.
    o.view = DiagramView::Mapping;
    svg = parseSvg(renderDiagram(p, result, o).data);
    QCOMPARE(QStringList(svg.nodes.keys()),
             (QStringList{u"gpu"_s, u"serve"_s, u"train"_s, u"validate"_s}));
    // The site holds everything.
    o.zone = u"dc1"_s;
    svg = parseSvg(renderDiagram(p, result, o).data);
    QCOMPARE(svg.nodes.size(), qsizetype(p.stages.size() + p.components.size()));
    o.zone = u"nowhere"_s;
    const DiagramResult unknown = renderDiagram(p, result, o);
    QVERIFY(unknown.error.contains(u"no zone \"nowhere\""_s));
    // The parts a large view splits into: the racks of this one-site platform.
    QCOMPARE(diagramParts(p), (QStringList{u"rack-gpu"_s, u"rack-core"_s}));
    Project oneZone = p;
    oneZone.zones.resize(1);
    for (Component &c : oneZone.components)
        c.zone = u"dc1"_s;
    QVERIFY(diagramParts(oneZone).isEmpty());
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
