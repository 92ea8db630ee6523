package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.List;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

/**
 * Gives components that have no place in the notation yet (added in the tree editor, pasted, dropped
 * from the palette) a place that no other component takes, and their terminals a place on the side
 * {@link TerminalSides} gives them; the rest of the diagram stays where the designer put it.
 */
public final class FreePlaces {

    /** Distance between terminals along a side, as in the automatic layout. */
    private static final double PORT_PITCH = 22;
    private static final double GAP = 40;

    private FreePlaces() {
    }

    /** Places every component of {@code design} that has no bounds; true when it placed any. */
    public static boolean placeUnplaced(SystemDesign design, DiagramNotation notation) {
        boolean placed = false;
        for (ComponentInstance component : design.getComponents()) {
            if (notation.get(component.getId()).isEmpty()) {
                double[] size = WiringLayout.nodeSize(component);
                Position free = freeSpot(design, notation, component, 20, 20, size[0], size[1]);
                place(component, notation, free.x, free.y);
                placed = true;
            } else {
                placed |= placeTerminals(component, notation, false);
            }
        }
        return placed;
    }

    /**
     * Puts {@code component} at the first place at or below-right of ({@code x}, {@code y}) where it
     * overlaps no other component, sized for its name and terminals, with its terminals on their sides.
     */
    public static void placeNear(SystemDesign design, DiagramNotation notation, ComponentInstance component, double x, double y) {
        double[] size = WiringLayout.nodeSize(component);
        Position free = freeSpot(design, notation, component, x, y, size[0], size[1]);
        place(component, notation, free.x, free.y);
    }

    private static void place(ComponentInstance component, DiagramNotation notation, double x, double y) {
        double[] size = WiringLayout.nodeSize(component);
        notation.put(component.getId(), new DiagramNotation.Bounds(x, y, size[0], size[1]));
        placeTerminals(component, notation, true);
    }

    /** Places all terminals of {@code component} along the sides of its (new) bounds. */
    public static void placeTerminals(ComponentInstance component, DiagramNotation notation) {
        placeTerminals(component, notation, true);
    }

    /** Terminals without a place (or all when {@code all}) along their component's sides. */
    private static boolean placeTerminals(ComponentInstance component, DiagramNotation notation, boolean all) {
        DiagramNotation.Bounds box = notation.get(component.getId()).orElseThrow();
        int left = 0;
        int right = 0;
        int bottom = 0;
        int top = 0;
        boolean placed = false;
        double s = WiringLayout.PORT_SIZE;
        for (TerminalInstance terminal : component.getTerminals()) {
            double[] at = switch (TerminalSides.sideOf(terminal)) {
                case LEFT -> new double[] { -s, PORT_PITCH * ++left };
                case RIGHT -> new double[] { box.width(), PORT_PITCH * ++right };
                case TOP -> new double[] { PORT_PITCH * ++top, -s };
                default -> new double[] { PORT_PITCH * ++bottom, box.height() };
            };
            if (all || notation.get(terminal.getId()).isEmpty()) {
                notation.put(terminal.getId(), new DiagramNotation.Bounds(at[0], at[1], s, s));
                placed = true;
            }
        }
        return placed;
    }

    private record Position(double x, double y) {
    }

    /** Scans right, then down, in steps of the gap, until the box overlaps nothing placed. */
    private static Position freeSpot(SystemDesign design, DiagramNotation notation, ComponentInstance self, double x, double y,
            double width, double height) {
        List<DiagramNotation.Bounds> taken = new ArrayList<>();
        for (ComponentInstance other : design.getComponents()) {
            if (other != self) {
                notation.get(other.getId()).ifPresent(b -> taken.add(new DiagramNotation.Bounds(b.x() - GAP / 2, b.y() - GAP / 2,
                        b.width() + GAP, b.height() + GAP)));
            }
        }
        for (int row = 0; row < 200; row++) {
            for (int column = 0; column < 8; column++) {
                DiagramNotation.Bounds candidate = new DiagramNotation.Bounds(x + column * (width + GAP), y + row * GAP, width, height);
                if (taken.stream().noneMatch(candidate::overlaps)) {
                    return new Position(candidate.x(), candidate.y());
                }
            }
        }
        double bottom = taken.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(y);
        return new Position(x, bottom + GAP);
    }
}
