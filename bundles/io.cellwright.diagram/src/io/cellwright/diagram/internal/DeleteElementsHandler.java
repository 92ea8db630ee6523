package io.cellwright.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramEdits;
import io.cellwright.model.design.SystemDesign;

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
        List<EObject> named = new ArrayList<>();
        design.getComponents().stream().filter(c -> ids.contains(c.getId())).forEach(named::add);
        design.getWires().stream().filter(w -> ids.contains(w.getId())).forEach(named::add);
        Command command = DiagramEdits.delete(design, source.notation(), named);
        return command == null ? doNothing() : Optional.of(command);
    }
}
