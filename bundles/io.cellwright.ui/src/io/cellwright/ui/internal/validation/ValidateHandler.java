package io.cellwright.ui.internal.validation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.cellwright.ui.internal.editor.DesignEditor;

/** Validate Design (Edit menu, tool bar, Ctrl+Shift+V): validates the active design editor's model now. */
public class ValidateHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.cellwright.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DesignEditor editor) {
            editor.validate();
        }
        return null;
    }
}
