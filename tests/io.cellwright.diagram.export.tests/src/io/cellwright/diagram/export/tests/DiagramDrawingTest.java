package io.cellwright.diagram.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.diagram.export.DiagramDrawing;
import io.cellwright.diagram.export.DiagramMarker;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;

class DiagramDrawingTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final String EXAMPLE_1 = "001-example-1-multiplus-compact-mppt";
    static final String SVG = "http://www.w3.org/2000/svg";

    static SystemDesign load(String name) throws Exception {
        return DesignFiles.load(EXAMPLES.resolve(name + ".cwdesign"), CatalogRegistry.getDefault());
    }

    static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList();
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The top-level groups of the SVG by id. */
    static Map<String, Element> groups(Document svg) {
        Map<String, Element> groups = new HashMap<>();
        NodeList list = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < list.getLength(); i++) {
            Element g = (Element) list.item(i);
            assertEquals(null, groups.put(g.getAttribute("id"), g), "group ids are unique: " + g.getAttribute("id"));
        }
        return groups;
    }

    static String texts(Element element) {
        List<String> texts = new ArrayList<>();
        NodeList list = element.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return String.join("|", texts);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidSvgWithOneGroupPerComponentTerminalAndWire(Path file) throws Exception {
        SystemDesign design = DesignFiles.load(file, CatalogRegistry.getDefault());
        Document svg = parse(DiagramDrawing.of(design, List.of()).toSvg(1));

        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(SVG, svg.getDocumentElement().getNamespaceURI());
        Map<String, Element> groups = groups(svg);
        for (ComponentInstance component : design.getComponents()) {
            Element g = groups.get(component.getId());
            assertTrue(g != null && g.getAttribute("class").equals("cw-component"), "component " + component.getId());
            assertEquals(1, g.getElementsByTagNameNS(SVG, "rect").getLength(), "one box for " + component.getId());
            for (TerminalInstance terminal : component.getTerminals()) {
                assertTrue(groups.containsKey(terminal.getId()), "terminal " + terminal.getId());
            }
        }
        for (Wire wire : design.getWires()) {
            Element g = groups.get(wire.getId());
            assertTrue(g != null && g.getAttribute("class").equals("cw-wire"), "wire " + wire.getId());
            String[] points = ((Element) g.getElementsByTagNameNS(SVG, "polyline").item(0)).getAttribute("points").split(" ");
            assertTrue(points.length >= 2, "wire " + wire.getId() + " has a route");
        }
        long terminals = design.getComponents().stream().mapToLong(c -> c.getTerminals().size()).sum();
        assertEquals(design.getComponents().size() + terminals + design.getWires().size(), groups.size(), "nothing else is drawn without markers");
    }

    @Test
    void example1ShowsNamesArticleNumbersTerminalLabelsAndWireSizes() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        Map<String, Element> groups = groups(parse(DiagramDrawing.of(design, List.of()).toSvg(1)));

        String bms = texts(groups.get("bms"));
        assertTrue(bms.contains("Smart BMS 12-200"), bms);
        assertTrue(bms.contains("BMS"), "article number of the Smart BMS 12-200 from the catalog: " + bms);
        assertTrue(texts(groups.get("bms.li-ion-plus")).contains("Li-ion+"), texts(groups.get("bms.li-ion-plus")));
        Wire sized = design.getWires().stream().filter(w -> w.isSetCrossSection() && w.isSetLength()).findFirst().orElseThrow();
        String label = texts(groups.get(sized.getId()));
        assertTrue(label.contains(" mm²") && label.contains(" m"), "cross-section and length of " + sized.getId() + ": " + label);
    }

    @Test
    void terminalsAreColouredByKindAsInTheEditor() throws Exception {
        Map<String, Element> groups = groups(parse(DiagramDrawing.of(load(EXAMPLE_1), List.of()).toSvg(1)));
        assertEquals("#d12f2f", portFill(groups.get("bms.li-ion-plus")), "Li-ion+ is a positive power terminal: red as in diagram.css");
        Set<String> fills = new HashSet<>();
        groups.values().stream().filter(g -> g.getAttribute("class").startsWith("cw-terminal")).forEach(g -> fills.add(portFill(g)));
        assertTrue(fills.size() >= 3, "positive, negative and signal terminals look different: " + fills);
    }

    static String portFill(Element terminalGroup) {
        return ((Element) terminalGroup.getElementsByTagNameNS(SVG, "rect").item(0)).getAttribute("fill");
    }

    @Test
    void markersPutABadgeOnTheElementsAFindingNames() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        BatteryBank bank = design.getBatteryBanks().get(0);
        bank.getBmsCableChain().remove(bank.getBmsCableChain().size() - 1);
        Findings findings = Rules.validate(design);
        assertTrue(findings.hasErrors(), "the open M8 loop is an error");
        List<DiagramMarker> markers = DiagramMarker.of(findings);
        assertFalse(markers.isEmpty());

        Map<String, Element> groups = groups(parse(DiagramDrawing.of(design, markers).toSvg(1)));
        for (DiagramMarker marker : markers) {
            Element badge = groups.get("marker-" + marker.elementId());
            assertTrue(badge != null, "badge on " + marker.elementId());
            assertTrue(badge.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().contains(marker.message()), "the badge's tooltip is the finding");
        }
        assertTrue(groups.values().stream().anyMatch(g -> g.getAttribute("class").equals("cw-marker cw-error")), "an error badge");
        assertTrue(markers.stream().allMatch(m -> m.severity() != Severity.INFO));
    }

    @Test
    void textFromTheDesignIsEscaped() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        design.getComponents().get(0).setName("Fuse <A> & \"B\"\u0001");
        Document svg = parse(DiagramDrawing.of(design, List.of()).toSvg(1));
        assertTrue(texts(groups(svg).get(design.getComponents().get(0).getId())).contains("Fuse <A> & \"B\""));
    }

    @Test
    void theNotationStoredWithTheDesignIsDrawnWhereTheDesignerPutIt() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        DiagramNotation stored = DiagramNotation.of(design);
        WiringLayout.layout(design, stored);
        ComponentInstance moved = design.getComponents().get(0);
        DiagramNotation.Bounds before = stored.get(moved.getId()).orElseThrow();
        stored.put(moved.getId(), new DiagramNotation.Bounds(2400, 1800, before.width(), before.height()));

        DiagramNotation drawn = DiagramDrawing.notationOf(design);
        assertEquals(new DiagramNotation.Bounds(2400, 1800, before.width(), before.height()), drawn.get(moved.getId()).orElseThrow());
        DiagramDrawing drawing = DiagramDrawing.of(design, List.of());
        assertTrue(drawing.width() >= 2400 + before.width() && drawing.height() >= 1800 + before.height(),
                "the drawing reaches the moved component: " + drawing.width() + " x " + drawing.height());
    }

    @Test
    void wiresWithoutAStoredRouteGetAnOrthogonalOne() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        DiagramNotation laidOut = new DiagramNotation();
        WiringLayout.layout(design, laidOut);
        DiagramNotation boundsOnly = new DiagramNotation();
        for (ComponentInstance component : design.getComponents()) {
            boundsOnly.put(component.getId(), laidOut.get(component.getId()).orElseThrow());
            component.getTerminals().forEach(t -> boundsOnly.put(t.getId(), laidOut.get(t.getId()).orElseThrow()));
        }
        Map<String, Element> groups = groups(parse(DiagramDrawing.of(design, boundsOnly, List.of()).toSvg(1)));
        for (Wire wire : design.getWires()) {
            String[] points = ((Element) groups.get(wire.getId()).getElementsByTagNameNS(SVG, "polyline").item(0)).getAttribute("points").split(" ");
            assertTrue(points.length >= 2);
            for (int i = 1; i < points.length; i++) {
                String[] p = points[i - 1].split(",");
                String[] q = points[i].split(",");
                assertTrue(p[0].equals(q[0]) || p[1].equals(q[1]), wire.getId() + ": segment " + points[i - 1] + " -> " + points[i] + " is horizontal or vertical");
            }
        }
    }

    @Test
    void pngDecodesWithTheDrawingsSizeTimesTheScaleAndIsNotBlank() throws Exception {
        DiagramDrawing drawing = DiagramDrawing.of(load(EXAMPLE_1), List.of());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawing.toPng(2)));
        assertEquals((int) Math.ceil(drawing.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(drawing.height() * 2), image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.contains(0xd12f2f), "red positive terminals are drawn");
        assertTrue(colours.contains(0xf4f6f9), "component boxes are drawn");
    }

    @Test
    void svgAndPngHaveTheSameSize() throws Exception {
        DiagramDrawing drawing = DiagramDrawing.of(load(EXAMPLE_1), List.of());
        Element root = parse(drawing.toSvg(1.5)).getDocumentElement();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawing.toPng(1.5)));
        assertEquals(image.getWidth(), Math.ceil(Double.parseDouble(root.getAttribute("width"))), 1);
        assertEquals(image.getHeight(), Math.ceil(Double.parseDouble(root.getAttribute("height"))), 1);
    }

    @Test
    void scalesOutsideTheRangeAreRefusedWithTheReason() throws Exception {
        DiagramDrawing drawing = DiagramDrawing.of(load(EXAMPLE_1), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> drawing.toPng(0));
        assertTrue(e.getMessage().contains("scale"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> drawing.toSvg(100));
    }
}
