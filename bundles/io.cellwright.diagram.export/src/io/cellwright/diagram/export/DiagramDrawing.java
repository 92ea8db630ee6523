package io.cellwright.diagram.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.diagram.export.internal.Java2dRenderer;
import io.cellwright.diagram.export.internal.Scene;
import io.cellwright.diagram.export.internal.SceneBuilder;
import io.cellwright.diagram.export.internal.SvgRenderer;
import io.cellwright.model.design.SystemDesign;

/**
 * A design's wiring diagram drawn by Java, without a browser, from the same notation (layout) the editor shows:
 * components with name and article number, terminals coloured per kind with their labels, wires along their
 * routes with cross-section and length, and validation badges when markers are given. One drawing, several
 * outputs: {@link #toSvg}, {@link #toPng}, or {@link #paint} on any Graphics2D (the PDF report draws vectors
 * this way), so the outputs cannot disagree.
 */
public final class DiagramDrawing {

    /** The largest scale accepted (a 200-component design at 8x is already a PNG of some 100 megapixels). */
    public static final double MAX_SCALE = 8;

    /** Above this many pixels a PNG is refused (about 400 MB of memory while it is drawn). */
    public static final long MAX_PNG_PIXELS = 100_000_000L;

    private final Scene scene;

    private DiagramDrawing(Scene scene) {
        this.scene = scene;
    }

    /** Draws {@code design} where {@code notation} places its elements, with the given validation markers. */
    public static DiagramDrawing of(SystemDesign design, DiagramNotation notation, List<DiagramMarker> markers) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(notation, "notation");
        return new DiagramDrawing(new SceneBuilder(design, notation, List.copyOf(markers)).build());
    }

    /**
     * Draws {@code design} as the editor would open it: the notation stored with the design, or, when the design
     * has none yet, the automatic layout.
     */
    public static DiagramDrawing of(SystemDesign design, List<DiagramMarker> markers) {
        return of(design, notationOf(design), markers);
    }

    /**
     * The notation the editor would show for {@code design}: the one stored with the design (copied, so
     * drawing never changes the design), with a free place for components it does not place yet; the
     * automatic layout when the design has none.
     */
    public static DiagramNotation notationOf(SystemDesign design) {
        DiagramNotation stored = DiagramNotation.of(design);
        DiagramNotation notation = new DiagramNotation();
        if (stored.isEmpty()) {
            WiringLayout.layout(design, notation);
            return notation;
        }
        notation.putAll(stored, design);
        FreePlaces.placeUnplaced(design, notation);
        return notation;
    }

    /** Width of the drawing in diagram units (pixels at scale 1). */
    public double width() {
        return scene.width();
    }

    public double height() {
        return scene.height();
    }

    /** The ids of the drawn components, terminals and wires, in drawing order. */
    public List<String> elementIds() {
        return scene.groups().stream().filter(g -> !g.kind().startsWith("cw-marker")).map(Scene.Group::id).toList();
    }

    /** A standalone SVG document; {@code scale} multiplies its nominal width and height. */
    public String toSvg(double scale) {
        return SvgRenderer.document(scene, checkScale(scale));
    }

    /** The {@code <svg>} element alone, for inline use in (X)HTML. */
    public String toSvgElement(double scale) {
        return SvgRenderer.element(scene, checkScale(scale));
    }

    /** PNG bytes of {@link #pngWidth(double)} x {@link #pngHeight(double)} pixels. */
    public byte[] toPng(double scale) throws IOException {
        int width = pngWidth(checkScale(scale));
        int height = pngHeight(scale);
        if ((long) width * height > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("The PNG would be " + width + " x " + height + " pixels, more than " + MAX_PNG_PIXELS / 1_000_000
                    + " megapixels: choose a smaller scale, or export SVG, which has no size limit.");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("This Java runtime has no PNG writer (javax.imageio); export SVG instead.");
        }
        return png.toByteArray();
    }

    public int pngWidth(double scale) {
        return (int) Math.ceil(scene.width() * scale);
    }

    public int pngHeight(double scale) {
        return (int) Math.ceil(scene.height() * scale);
    }

    /** Paints the drawing in diagram units, its top-left corner at 0, 0; scale {@code g} first for another size. */
    public void paint(Graphics2D g) {
        Java2dRenderer.paint(scene, g);
    }

    private static double checkScale(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("The scale must be above 0 and at most " + (int) MAX_SCALE + "; got " + scale + ".");
        }
        return scale;
    }
}
