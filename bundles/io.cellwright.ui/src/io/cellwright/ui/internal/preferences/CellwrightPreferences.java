package io.cellwright.ui.internal.preferences;

/** Preference keys of the Cellwright workbench (node {@code io.cellwright.ui}, instance scope). */
public final class CellwrightPreferences {

    public static final String NODE = "io.cellwright.ui";

    /** Nominal voltage proposed for a new design: 12, 24 or 48 (V). */
    public static final String DEFAULT_SYSTEM_VOLTAGE = "defaultSystemVoltage";
    /** Time step proposed for a new simulation, in seconds. */
    public static final String SIMULATION_STEP_SECONDS = "simulationStepSeconds";
    /** Name printed as author on customer reports. */
    public static final String REPORT_AUTHOR = "reportAuthor";
    /** Company printed on customer reports. */
    public static final String REPORT_COMPANY = "reportCompany";

    private CellwrightPreferences() {
    }
}
