package io.cellwright.diagram.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.clipboard.RequestClipboardDataAction;
import org.eclipse.glsp.server.features.clipboard.SetClipboardDataAction;

import com.google.inject.Inject;

import io.cellwright.diagram.DesignClipboard;
import io.cellwright.diagram.DesignSource;

/** Copy: the selected components and the wires between them, as {@link DesignClipboard} text. */
public class CopyHandler extends AbstractActionHandler<RequestClipboardDataAction> {

    @Inject
    private DesignSource source;

    @Override
    protected List<Action> executeAction(RequestClipboardDataAction action) {
        List<String> selected = action.getEditorContext() == null ? List.of() : action.getEditorContext().getSelectedElementIds();
        String text = source.read(() -> DesignClipboard.copy(source.design(), source.notation(), selected));
        return List.of(new SetClipboardDataAction(text == null ? Map.of() : Map.of(DesignClipboard.FORMAT, text)));
    }
}
