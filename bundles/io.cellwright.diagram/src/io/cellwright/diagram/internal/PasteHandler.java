package io.cellwright.diagram.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.PasteOperation;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignChange;
import io.cellwright.diagram.DesignClipboard;
import io.cellwright.diagram.DesignSource;

/** Paste: copies of the copied components and wires with new ids, offset, as one undoable command. */
public class PasteHandler extends BasicOperationHandler<PasteOperation> {

    @Inject
    private DesignSource source;

    @Override
    public String getLabel() {
        return "Paste";
    }

    @Override
    public Optional<Command> createCommand(PasteOperation operation) {
        String text = operation.getClipboardData() == null ? null : operation.getClipboardData().get(DesignClipboard.FORMAT);
        if (text == null || text.isBlank()) {
            return doNothing();
        }
        return Optional.of(new DesignChange("Paste", source.design(), source.notation(),
                () -> DesignClipboard.paste(source.design(), source.notation(), text)));
    }
}
