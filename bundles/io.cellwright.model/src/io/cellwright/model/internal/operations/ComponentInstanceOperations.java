package io.cellwright.model.internal.operations;

import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.TerminalInstance;

/** Look-ups on a {@link ComponentInstance}: its terminals by definition id, its setting values by role. */
public final class ComponentInstanceOperations {

    private ComponentInstanceOperations() {
    }

    public static TerminalInstance findTerminal(ComponentInstance component, String definitionId) {
        if (definitionId == null) {
            return null;
        }
        for (TerminalInstance terminal : component.getTerminals()) {
            if (terminal.getDefinition() != null && definitionId.equals(terminal.getDefinition().getId())) {
                return terminal;
            }
        }
        return null;
    }

    public static SettingValue findSettingValue(ComponentInstance component, SettingRole role) {
        for (SettingValue value : component.getSettings()) {
            if (value.getDefinition() != null && value.getDefinition().getRole() == role) {
                return value;
            }
        }
        return null;
    }
}
