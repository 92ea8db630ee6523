package io.cellwright.diagram.export.internal;

import java.util.List;

/**
 * What an exported wiring diagram shows, as plain shapes in diagram units (pixels at scale 1): the one drawing
 * model both back-ends ({@link SvgRenderer}, {@link Java2dRenderer}) paint, so the SVG and the PNG/PDF cannot
 * drift apart. Shapes are grouped per design element (component, wire, marker) under the element's id.
 */
public record Scene(double x, double y, double width, double height, List<Group> groups) {

    /** Colours as {@code #rrggbb}; {@code null} means none (no fill, no stroke). */
    public sealed interface Item permits Rect, Line, Text, Circle {
    }

    /** Horizontal anchor of a text at its point, as SVG's text-anchor. */
    public enum Anchor { START, MIDDLE, END }

    public record Rect(double x, double y, double width, double height, double radius, String fill, String stroke, double strokeWidth) implements Item {
    }

    /** An open polyline. */
    public record Line(List<double[]> points, String stroke, double strokeWidth) implements Item {
    }

    /**
     * One line of text whose baseline starts (or centres, or ends) at x, y; {@code rotation} in degrees
     * clockwise about that point (90: reads downwards).
     */
    public record Text(double x, double y, String text, double size, boolean bold, Anchor anchor, String fill, double rotation) implements Item {
    }

    public record Circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) implements Item {
    }

    /**
     * The shapes of one design element: {@code id} is the design's id (unique in the design),
     * {@code kind} the CSS class (cw-component, cw-wire, cw-marker), {@code title} the tooltip.
     */
    public record Group(String id, String kind, String title, List<Item> items) {
    }

    /** The sans-serif face every back-end uses, so text sizes agree. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * Width of {@code text} at {@code size}, estimated (0.6 em per character, DejaVu Sans' average) so the
     * drawing does not depend on the fonts of the machine that exports it.
     */
    public static double textWidth(String text, double size) {
        return text.length() * size * 0.6;
    }
}
