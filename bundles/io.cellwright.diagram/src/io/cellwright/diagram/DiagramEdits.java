package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/**
 * Edits of a design together with its notation, as one undoable command each: what the diagram's server
 * runs for its operations and what the design editor runs for the workbench's Edit actions on the
 * diagram page, so both leave the same design and the same file.
 */
public final class DiagramEdits {

    private DiagramEdits() {
    }

    /**
     * Deletes the wires and components among {@code selection} (anything else is ignored): each component
     * with every wire at its terminals and every reference to it (battery strings, the bank's BMS, BMS
     * cable links, which are removed), and the places of all of them in the notation, so the saved file
     * keeps no dangling reference; terminals belong to their component and are not deleted alone.
     *
     * @return the command, or null when the selection holds nothing to delete
     */
    public static Command delete(SystemDesign design, DiagramNotation notation, Collection<? extends EObject> selection) {
        Set<ComponentInstance> components = new LinkedHashSet<>();
        Set<Wire> wires = new LinkedHashSet<>();
        for (EObject element : selection) {
            if (element instanceof ComponentInstance component && component.eContainer() == design) {
                components.add(component);
            } else if (element instanceof Wire wire && wire.eContainer() == design) {
                wires.add(wire);
            }
        }
        for (Wire wire : design.getWires()) {
            if (touches(wire, components)) {
                wires.add(wire);
            }
        }
        if (components.isEmpty() && wires.isEmpty()) {
            return null;
        }
        String label = components.isEmpty() ? "Delete " + wires.size() + (wires.size() == 1 ? " wire" : " wires")
                : "Delete " + components.size() + (components.size() == 1 ? " component" : " components");
        List<ComponentInstance> doomedComponents = List.copyOf(components);
        List<Wire> doomedWires = List.copyOf(wires);
        return new DesignChange(label, design, notation, () -> delete(design, notation, doomedComponents, doomedWires));
    }

    private static void delete(SystemDesign design, DiagramNotation notation, List<ComponentInstance> components, List<Wire> wires) {
        for (Wire wire : wires) {
            design.getWires().remove(wire);
            notation.remove(wire.getId());
        }
        for (ComponentInstance component : components) {
            List<String> shapes = new ArrayList<>();
            shapes.add(component.getId());
            component.getTerminals().forEach(t -> shapes.add(t.getId()));
            // Removes the component and clears every reference to it or its terminals in the design.
            EcoreUtil.delete(component, true);
            shapes.forEach(notation::remove);
        }
        // A BMS cable link that lost one of its ends joins nothing any more.
        design.getBatteryBanks().forEach(bank -> bank.getBmsCableChain().removeIf(link -> link.getFrom() == null || link.getTo() == null));
    }

    /** How far down and right of its original a pasted component is drawn (the nearest free place from there). */
    public static final double PASTE_OFFSET = 40;

    /**
     * Places each pasted component ({@code pastedIds}: the copy's id by the copied component's id) at the
     * first free place from {@value #PASTE_OFFSET} down and right of its original, where the original has
     * a place in this design's notation; the others are left to {@link FreePlaces#placeUnplaced}.
     *
     * @return the command, or null when no original has a place here
     */
    public static Command placeBeside(SystemDesign design, DiagramNotation notation, Map<String, String> pastedIds) {
        Map<String, DiagramNotation.Bounds> originals = new LinkedHashMap<>();
        pastedIds.forEach((copied, copy) -> notation.get(copied).ifPresent(bounds -> originals.put(copy, bounds)));
        if (originals.isEmpty()) {
            return null;
        }
        return new DesignChange("Place pasted components", design, notation, () -> {
            for (ComponentInstance component : design.getComponents()) {
                DiagramNotation.Bounds original = originals.get(component.getId());
                if (original != null) {
                    FreePlaces.placeNear(design, notation, component, original.x() + PASTE_OFFSET, original.y() + PASTE_OFFSET);
                }
            }
        });
    }

    private static boolean touches(Wire wire, Set<ComponentInstance> components) {
        return components.stream().anyMatch(c -> wire.getFrom() != null && c.getTerminals().contains(wire.getFrom())
                || wire.getTo() != null && c.getTerminals().contains(wire.getTo()));
    }
}
