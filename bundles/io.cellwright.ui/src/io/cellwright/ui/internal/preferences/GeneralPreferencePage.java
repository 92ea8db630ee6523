package io.cellwright.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window &gt; Preferences &gt; Cellwright: defaults for new designs, simulations and reports. */
public class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneralPreferencePage() {
        super(GRID);
        setDescription("Defaults Cellwright proposes for new designs, simulations and customer reports.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CellwrightPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(CellwrightPreferences.DEFAULT_SYSTEM_VOLTAGE,
                "Nominal voltage of a new design:", 3,
                new String[][] { { "12 V", "12" }, { "24 V", "24" }, { "48 V", "48" } }, getFieldEditorParent(), true));
        IntegerFieldEditor step = new IntegerFieldEditor(CellwrightPreferences.SIMULATION_STEP_SECONDS,
                "Simulation time step (seconds):", getFieldEditorParent());
        step.setValidRange(1, 3600);
        step.setErrorMessage("The simulation time step must be a whole number of seconds from 1 to 3600.");
        addField(step);
        addField(new StringFieldEditor(CellwrightPreferences.REPORT_AUTHOR, "Report author:", getFieldEditorParent()));
        addField(new StringFieldEditor(CellwrightPreferences.REPORT_COMPANY, "Report company:", getFieldEditorParent()));
    }
}
