package io.cellwright.simulation;

import java.util.List;

/**
 * Names of the series columns every simulation writes, whatever the design (the BMS, the cells and the
 * devices add their own after these). Readers of a run (the CLI's gx-sim, the simulation view) use these
 * names instead of repeating the strings.
 */
public final class Columns {

    public static final String TIME_S = "t_s";
    public static final String BANK_V = "bank_V";
    public static final String BANK_A = "bank_A";
    public static final String SOC_PCT = "soc_pct";
    public static final String CELL_MIN_V = "cell_min_V";
    public static final String CELL_MAX_V = "cell_max_V";
    public static final String TEMP_MAX_C = "temp_max_C";
    public static final String TEMP_MIN_C = "temp_min_C";
    public static final String AMBIENT_C = "ambient_C";

    /** The columns every run has, in the order they come first. */
    public static final List<String> ALWAYS = List.of(TIME_S, BANK_V, BANK_A, SOC_PCT, CELL_MIN_V, CELL_MAX_V, TEMP_MAX_C, TEMP_MIN_C, AMBIENT_C);

    private Columns() {
    }
}
