package io.cellwright.model.internal.operations;

import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.TerminalDefinition;

/** Look-ups on a {@link ProductType}: its terminals by id and its settings by role. */
public final class ProductTypeOperations {

    private ProductTypeOperations() {
    }

    public static TerminalDefinition findTerminal(ProductType type, String id) {
        if (id == null) {
            return null;
        }
        for (TerminalDefinition terminal : type.getTerminals()) {
            if (id.equals(terminal.getId())) {
                return terminal;
            }
        }
        return null;
    }

    public static SettingDefinition findSetting(ProductType type, SettingRole role) {
        for (SettingDefinition setting : type.getSettings()) {
            if (setting.getRole() == role) {
                return setting;
            }
        }
        return null;
    }
}
