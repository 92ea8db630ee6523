package io.cellwright.diagram.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignSource;

/** Runs the diagram's commands where the design's owner wants them, not on GLSP's own command stack. */
public class WiringModelState extends DefaultGModelState {

    @Inject
    private DesignSource source;

    @Override
    public void execute(Command command) {
        source.execute(command);
    }
}
