package io.cellwright.diagram.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;

/**
 * What the palette's create operations share: one element type, a palette label, and a command that is
 * worked out on the model thread (where the design changes) from what the operation names.
 */
abstract class CreateElementHandler<O extends CreateOperation> extends BasicOperationHandler<O> implements CreateOperationHandler<O> {

    private final String elementType;
    private final String label;

    @Inject
    protected DesignSource source;

    @Inject
    protected ActionDispatcher actionDispatcher;

    CreateElementHandler(String elementType, String label) {
        this.elementType = elementType;
        this.label = label;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(elementType);
    }

    @Override
    public boolean handles(Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public Optional<Command> createCommand(O operation) {
        return source.read(() -> commandFor(operation));
    }

    /** The command for {@code operation}, on the model thread; empty (after telling the designer why) when there is none. */
    protected abstract Optional<Command> commandFor(O operation);
}
