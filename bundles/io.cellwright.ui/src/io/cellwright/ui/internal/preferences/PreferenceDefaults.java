package io.cellwright.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults: a 12 V system (the most common Smart BMS system) and the engine's 1 s step. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(CellwrightPreferences.NODE);
        node.put(CellwrightPreferences.DEFAULT_SYSTEM_VOLTAGE, "12");
        node.putInt(CellwrightPreferences.SIMULATION_STEP_SECONDS, 1);
        node.put(CellwrightPreferences.REPORT_AUTHOR, System.getProperty("user.name", ""));
        node.put(CellwrightPreferences.REPORT_COMPANY, "");
    }
}
