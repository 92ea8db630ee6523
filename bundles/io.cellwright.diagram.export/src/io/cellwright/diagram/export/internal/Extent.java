package io.cellwright.diagram.export.internal;

import java.util.List;

/** The smallest rectangle holding every shape of a scene (text by its estimated width). */
final class Extent {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void add(Scene.Item item) {
        switch (item) {
            case Scene.Rect r -> {
                include(r.x(), r.y());
                include(r.x() + r.width(), r.y() + r.height());
            }
            case Scene.Line l -> l.points().forEach(p -> include(p[0], p[1]));
            case Scene.Circle c -> {
                include(c.cx() - c.r(), c.cy() - c.r());
                include(c.cx() + c.r(), c.cy() + c.r());
            }
            case Scene.Text t -> text(t);
        }
    }

    private void text(Scene.Text t) {
        double width = Scene.textWidth(t.text(), t.size());
        double start = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        if (t.rotation() == 90) {
            include(t.x(), t.y() + start);
            include(t.x() + t.size(), t.y() + start + width);
        } else if (t.rotation() == -90) {
            include(t.x() - t.size(), t.y() - start - width);
            include(t.x(), t.y() - start);
        } else {
            include(t.x() + start, t.y() - t.size());
            include(t.x() + start + width, t.y() + t.size() * 0.25);
        }
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    Scene scene(double padding, List<Scene.Group> groups) {
        if (minX > maxX) {
            // Nothing drawn (a design without components): a small empty sheet.
            return new Scene(0, 0, 2 * padding, 2 * padding, List.copyOf(groups));
        }
        return new Scene(minX - padding, minY - padding, maxX - minX + 2 * padding, maxY - minY + 2 * padding, List.copyOf(groups));
    }
}
