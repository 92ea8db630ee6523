package io.cellwright.ui.internal.wizards;

import java.util.OptionalDouble;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cellwright.validation.selector.SystemNeeds;

/**
 * Page 1 of the BMS selector: what the system has and needs, in 002's terms, prefilled from the design
 * the wizard was opened on (if any).
 */
public final class NeedsPage extends WizardPage {

    private final SystemNeeds.Builder initial;
    private final String prefilledFrom;
    private Combo voltage;
    private Button alternator;
    private Button inverter;
    private Button inverterCharger;
    private Button gxDevice;
    private Button dvcc;
    private Button safetyRelay;
    private Button dcLoads;
    private Text batteries;
    private Text systemCurrent;

    NeedsPage(SystemNeeds.Builder initial, String prefilledFrom) {
        super("needs");
        this.initial = initial;
        this.prefilledFrom = prefilledFrom;
        setTitle("What the system needs");
        setDescription(prefilledFrom == null ? "Describe the system; the next page ranks the BMS models of the installed catalogs for it."
                : "Prefilled from " + prefilledFrom + "; change what you like. The next page ranks the BMS models for it.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText("System voltage:");
        voltage = new Combo(page, SWT.READ_ONLY);
        SystemNeeds.SYSTEM_VOLTAGES.forEach(v -> voltage.add(v + " V"));
        int index = SystemNeeds.SYSTEM_VOLTAGES.indexOf(initial.systemVoltage());
        voltage.select(index < 0 ? 0 : index);
        SystemNeeds given = build(initial);
        alternator = check(page, "An alternator charges the lithium battery", given != null && given.alternator());
        inverter = check(page, "An inverter (without charger)", given != null && given.inverter());
        inverterCharger = check(page, "An inverter/charger (MultiPlus, Quattro)", given != null && given.inverterCharger());
        dcLoads = check(page, "DC loads", given != null && given.dcLoads());
        gxDevice = check(page, "A GX device (Cerbo GX, Color Control…)", given != null && given.gxDevice());
        dvcc = check(page, "Chargers controlled by the GX device (DVCC)", given != null && given.dvcc());
        safetyRelay = check(page, "The BMS itself disconnects DC loads and inverters (safety relay, System+ port)", given != null && given.safetyRelay());
        new Label(page, SWT.NONE).setText("Batteries (optional):");
        batteries = text(page, given == null || given.batteries().isEmpty() ? "" : String.valueOf(given.batteries().getAsInt()));
        new Label(page, SWT.NONE).setText("Current through the BMS, A (optional):");
        systemCurrent = text(page, "");
        dvcc.addListener(SWT.Selection, e -> {
            if (dvcc.getSelection()) {
                gxDevice.setSelection(true);
            }
        });
        setControl(page);
        validatePage();
    }

    private static SystemNeeds build(SystemNeeds.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Button check(Composite page, String label, boolean value) {
        Button button = new Button(page, SWT.CHECK);
        button.setText(label);
        button.setSelection(value);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return button;
    }

    private Text text(Composite page, String value) {
        Text text = new Text(page, SWT.BORDER);
        text.setText(value);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 80;
        text.setLayoutData(data);
        text.addModifyListener(e -> validatePage());
        return text;
    }

    private void validatePage() {
        String problem = null;
        try {
            needs();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The needs as the page shows them. */
    public SystemNeeds needs() {
        SystemNeeds.Builder builder = SystemNeeds.builder().systemVoltage(SystemNeeds.SYSTEM_VOLTAGES.get(Math.max(0, voltage.getSelectionIndex())))
                .alternator(alternator.getSelection()).inverter(inverter.getSelection()).inverterCharger(inverterCharger.getSelection())
                .gxDevice(gxDevice.getSelection()).dvcc(dvcc.getSelection()).safetyRelay(safetyRelay.getSelection()).dcLoads(dcLoads.getSelection());
        number(batteries.getText(), "The number of batteries", true).ifPresent(count -> builder.batteries((int) count));
        number(systemCurrent.getText(), "The current through the BMS", false).ifPresent(builder::systemCurrent);
        return builder.build();
    }

    private static OptionalDouble number(String text, String what, boolean whole) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(whole ? Integer.parseInt(trimmed) : Double.parseDouble(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be " + (whole ? "a whole number" : "a number") + ", not '" + trimmed + "'.");
        }
    }

    public String prefilledFrom() {
        return prefilledFrom;
    }
}
