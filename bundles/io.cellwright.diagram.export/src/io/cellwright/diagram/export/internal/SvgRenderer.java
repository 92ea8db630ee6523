package io.cellwright.diagram.export.internal;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link Scene} as one standalone SVG element (SVG 1.1, no external references, every text escaped):
 * one {@code <g>} per design element with the element's id, its CSS class and a {@code <title>} tooltip.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    /** The {@code <svg>} element alone, to place inline in HTML; {@code scale} multiplies its width and height. */
    public static String element(Scene scene, double scale) {
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(n(scene.width() * scale)).append("\" height=\"").append(n(scene.height() * scale)).append('"')
                .append(" viewBox=\"").append(n(scene.x())).append(' ').append(n(scene.y())).append(' ').append(n(scene.width())).append(' ').append(n(scene.height())).append('"')
                .append(" font-family=\"").append(Scene.FONT_FAMILY).append(", sans-serif\">\n");
        svg.append("<rect x=\"").append(n(scene.x())).append("\" y=\"").append(n(scene.y())).append("\" width=\"").append(n(scene.width()))
                .append("\" height=\"").append(n(scene.height())).append("\" fill=\"").append(Palette.BACKGROUND).append("\"/>\n");
        for (Scene.Group group : scene.groups()) {
            svg.append("<g id=\"").append(escape(group.id())).append("\" class=\"").append(escape(group.kind())).append("\">");
            svg.append("<title>").append(escape(group.title())).append("</title>");
            group.items().forEach(item -> item(svg, item));
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** A standalone .svg file: the XML declaration and the element. */
    public static String document(Scene scene, double scale) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(scene, scale);
    }

    private static void item(StringBuilder svg, Scene.Item item) {
        switch (item) {
            case Scene.Rect r -> svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"").append(n(r.width()))
                    .append("\" height=\"").append(n(r.height())).append('"').append(r.radius() > 0 ? " rx=\"" + n(r.radius()) + '"' : "")
                    .append(paint(r.fill(), r.stroke(), r.strokeWidth())).append("/>");
            case Scene.Line l -> svg.append("<polyline points=\"")
                    .append(l.points().stream().map(p -> n(p[0]) + "," + n(p[1])).collect(Collectors.joining(" ")))
                    .append('"').append(paint(null, l.stroke(), l.strokeWidth())).append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
            case Scene.Circle c -> svg.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy())).append("\" r=\"").append(n(c.r())).append('"')
                    .append(paint(c.fill(), c.stroke(), c.strokeWidth())).append("/>");
            case Scene.Text t -> text(svg, t);
        }
    }

    private static void text(StringBuilder svg, Scene.Text t) {
        svg.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append("\" font-size=\"").append(n(t.size())).append('"');
        if (t.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (t.anchor() != Scene.Anchor.START) {
            svg.append(" text-anchor=\"").append(t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (t.rotation() != 0) {
            svg.append(" transform=\"rotate(").append(n(t.rotation())).append(' ').append(n(t.x())).append(' ').append(n(t.y())).append(")\"");
        }
        svg.append(" fill=\"").append(t.fill()).append("\">").append(escape(t.text())).append("</text>");
    }

    private static String paint(String fill, String stroke, double strokeWidth) {
        String result = " fill=\"" + (fill == null ? "none" : fill) + '"';
        if (stroke != null) {
            result += " stroke=\"" + stroke + "\" stroke-width=\"" + n(strokeWidth) + '"';
        }
        return result;
    }

    /** A coordinate with at most two decimals, always with a dot. */
    static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }

    /** Escapes XML's five special characters and drops characters XML 1.0 cannot hold (control characters). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
