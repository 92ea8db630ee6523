package io.cellwright.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/**
 * Deleting removes the selected wires, and the selected components with every wire at their terminals
 * and every reference to them (battery strings, the bank's BMS, BMS cable links, which are removed),
 * so the saved file has no dangling reference; terminals are part of their component and are not deleted alone. One undoable command.
 */
public class DeleteElementsHandler extends BasicOperationHandler<DeleteOperation> {

    @Inject
    private DesignSource source;

    @Override
    public String getLabel() {
        return "Delete";
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        // What the operation names is looked up on the model thread, where the design changes.
        return source.read(() -> commandFor(operation));
    }

    private Optional<Command> commandFor(DeleteOperation operation) {
        SystemDesign design = source.design();
        Set<String> ids = new LinkedHashSet<>(operation.getElementIds() == null ? List.of() : operation.getElementIds());
        List<ComponentInstance> components = design.getComponents().stream().filter(c -> ids.contains(c.getId())).toList();
        List<Wire> wires = design.getWires().stream().filter(w -> ids.contains(w.getId()) || touches(w, components)).toList();
        if (components.isEmpty() && wires.isEmpty()) {
            return doNothing();
        }
        String label = components.isEmpty() ? "Delete " + wires.size() + (wires.size() == 1 ? " wire" : " wires")
                : "Delete " + components.size() + (components.size() == 1 ? " component" : " components");
        return Optional.of(new DesignChange(label, design, source.notation(), () -> delete(design, source.notation(), components, wires)));
    }

    static void delete(SystemDesign design, DiagramNotation notation, List<ComponentInstance> components, List<Wire> wires) {
        for (Wire wire : wires) {
            design.getWires().remove(wire);
            notation.remove(wire.getId());
        }
        for (ComponentInstance component : components) {
            List<String> shapes = new ArrayList<>();
            shapes.add(component.getId());
            component.getTerminals().forEach(t -> shapes.add(t.getId()));
            // Removes the component and clears every reference to it or its terminals in the design.
            org.eclipse.emf.ecore.util.EcoreUtil.delete(component, true);
            shapes.forEach(notation::remove);
        }
        // A BMS cable link that lost one of its ends joins nothing any more.
        design.getBatteryBanks().forEach(bank -> bank.getBmsCableChain().removeIf(link -> link.getFrom() == null || link.getTo() == null));
    }

    private static boolean touches(Wire wire, List<ComponentInstance> components) {
        return components.stream().anyMatch(c -> wire.getFrom() != null && c.getTerminals().contains(wire.getFrom())
                || wire.getTo() != null && c.getTerminals().contains(wire.getTo()));
    }
}
