package io.cellwright.diagram.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;

/**
 * Runs the diagram's commands where the design's owner wants them, not on GLSP's own command stack:
 * undo, redo and dirty are the design's one history, shared with the workbench's Edit menu.
 */
public class WiringModelState extends DefaultGModelState {

    @Inject
    private DesignSource source;

    @Override
    public void execute(Command command) {
        source.execute(command);
    }

    @Override
    public boolean canUndo() {
        return source.canUndo();
    }

    @Override
    public boolean canRedo() {
        return source.canRedo();
    }

    @Override
    public void undo() {
        source.undo();
    }

    @Override
    public void redo() {
        source.redo();
    }

    @Override
    public boolean isDirty() {
        return source.isDirty();
    }

    @Override
    public void saveIsDone() {
        // The editor saves the design and marks its command stack saved; nothing is kept here.
    }
}
