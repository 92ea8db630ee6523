package io.cellwright.diagram.export.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Paints a {@link Scene} on any {@link Graphics2D}: a PNG's image, or a PDF page through PDFBox's Graphics2D
 * (vectors). The caller sets the scale; this paints in diagram units with the scene's top-left corner at 0, 0.
 */
public final class Java2dRenderer {

    private Java2dRenderer() {
    }

    public static void paint(Scene scene, Graphics2D g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.translate(-scene.x(), -scene.y());
            g2.setColor(color(Palette.BACKGROUND));
            g2.fill(new Rectangle2D.Double(scene.x(), scene.y(), scene.width(), scene.height()));
            for (Scene.Group group : scene.groups()) {
                group.items().forEach(item -> item(g2, item));
            }
        } finally {
            g2.dispose();
        }
    }

    private static void item(Graphics2D g, Scene.Item item) {
        switch (item) {
            case Scene.Rect r -> {
                java.awt.Shape shape = r.radius() > 0
                        ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius())
                        : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
                fillAndStroke(g, shape, r.fill(), r.stroke(), r.strokeWidth());
            }
            case Scene.Line l -> {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(l.points().get(0)[0], l.points().get(0)[1]);
                l.points().stream().skip(1).forEach(p -> path.lineTo(p[0], p[1]));
                fillAndStroke(g, path, null, l.stroke(), l.strokeWidth());
            }
            case Scene.Circle c -> fillAndStroke(g, new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()), c.fill(), c.stroke(), c.strokeWidth());
            case Scene.Text t -> text(g, t);
        }
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape shape, String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static void text(Graphics2D g, Scene.Text t) {
        Font font = new Font(Scene.FONT_FAMILY, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(font);
        double width = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform saved = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.rotation() != 0) {
            g.rotate(Math.toRadians(t.rotation()));
        }
        g.setColor(color(t.fill()));
        g.drawString(t.text(), (float) dx, 0f);
        g.setTransform(saved);
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
