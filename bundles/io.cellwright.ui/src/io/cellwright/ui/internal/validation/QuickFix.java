package io.cellwright.ui.internal.validation;

import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One way to resolve a finding: what the designer reads in the Quick Fix dialog, and the EMF command that
 * does it on an editing domain (so the fix is one step of Undo).
 */
public record QuickFix(String label, String description, Function<EditingDomain, Command> command) {

    /** Executes the fix on {@code domain}'s command stack; false when the command cannot run. */
    public boolean apply(EditingDomain domain) {
        Command fix = command.apply(domain);
        if (fix == null || !fix.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(fix);
        return true;
    }
}
