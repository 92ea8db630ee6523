package io.cellwright.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.DiagramNotation.Bounds;
import io.cellwright.diagram.FreePlaces;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/**
 * Moving or resizing components changes their bounds in the notation, as one undoable command. The
 * routes of their wires are dropped (the client routes them again); a resized component's terminals
 * are placed again along its new sides. Terminals themselves do not move alone.
 */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

    @Inject
    private DesignSource source;

    @Override
    public String getLabel() {
        return "Move";
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        // What the operation names is looked up on the model thread, where the design changes.
        return source.read(() -> commandFor(operation));
    }

    private Optional<Command> commandFor(ChangeBoundsOperation operation) {
        SystemDesign design = source.design();
        DiagramNotation notation = source.notation();
        List<Runnable> changes = new ArrayList<>();
        boolean resized = false;
        for (ElementAndBounds change : operation.getNewBounds()) {
            ComponentInstance component = design.getComponents().stream().filter(c -> c.getId().equals(change.getElementId())).findFirst().orElse(null);
            if (component == null || change.getNewPosition() == null) {
                continue;
            }
            Bounds old = notation.get(component.getId()).orElse(new Bounds(0, 0, 0, 0));
            double width = change.getNewSize() == null ? old.width() : change.getNewSize().getWidth();
            double height = change.getNewSize() == null ? old.height() : change.getNewSize().getHeight();
            boolean sizeChanged = Math.abs(width - old.width()) > 0.5 || Math.abs(height - old.height()) > 0.5;
            resized |= sizeChanged;
            Bounds next = new Bounds(change.getNewPosition().getX(), change.getNewPosition().getY(), width, height);
            changes.add(() -> {
                notation.put(component.getId(), next);
                if (sizeChanged) {
                    FreePlaces.placeTerminals(component, notation);
                }
                for (Wire wire : design.getWires()) {
                    if (component.getTerminals().contains(wire.getFrom()) || component.getTerminals().contains(wire.getTo())) {
                        notation.removeRoute(wire.getId());
                    }
                }
            });
        }
        if (changes.isEmpty()) {
            return doNothing();
        }
        return Optional.of(new DesignChange(resized ? "Resize" : "Move", design, notation, () -> changes.forEach(Runnable::run)));
    }
}
