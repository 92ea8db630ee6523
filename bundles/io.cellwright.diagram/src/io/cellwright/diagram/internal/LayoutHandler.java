package io.cellwright.diagram.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.DesignSource;
import io.cellwright.diagram.WiringLayout;

/** Layout on demand: the whole design laid out again by {@link WiringLayout}, as one undoable command. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    private DesignSource source;

    @Override
    public String getLabel() {
        return "Layout";
    }

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        return Optional.of(new DesignChange("Layout", source.design(), source.notation(),
                () -> WiringLayout.layout(source.design(), source.notation())));
    }
}
