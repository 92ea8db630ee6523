package io.cellwright.simulation.internal;

/**
 * The signal wiring: nets of BMS outputs, interface cables and remote inputs, with the level on each.
 * The BMS sets its output nets; each cable sets its output nets from its inputs (the catalog's
 * "normal" state when every input is high, its "active" state otherwise: an inverting cable pulls low
 * while its input is high and floats otherwise). Propagated only when a BMS output changes.
 */
final class Signals {

    byte[] level = new byte[0];
    boolean dirty = true;
    /** Nets driven by the BMS: Load disconnect, Charge disconnect, pre-alarm (-1 when not wired). */
    int loadNet = -1;
    int chargeNet = -1;
    int preAlarmNet = -1;
    byte loadLevel;
    byte chargeLevel;
    byte preAlarmLevel;
    Cable[] cables = new Cable[0];

    /** An interface cable: output level {@code normal} when all inputs are high, else {@code active}. */
    record Cable(String name, int[] inputs, int[] outputs, byte normal, byte active) {
    }

    void setBmsOutputs(byte load, byte charge, byte preAlarm) {
        if (load != loadLevel || charge != chargeLevel || preAlarm != preAlarmLevel) {
            loadLevel = load;
            chargeLevel = charge;
            preAlarmLevel = preAlarm;
            dirty = true;
        }
    }

    void propagate() {
        java.util.Arrays.fill(level, Level.FLOATING);
        set(loadNet, loadLevel);
        set(chargeNet, chargeLevel);
        set(preAlarmNet, preAlarmLevel);
        // Twice, so a cable fed by another cable sees its input settled.
        for (int pass = 0; pass < 2; pass++) {
            for (Cable cable : cables) {
                boolean allHigh = cable.inputs().length > 0;
                for (int in : cable.inputs()) {
                    allHigh &= level[in] == Level.HIGH;
                }
                for (int o : cable.outputs()) {
                    level[o] = allHigh ? cable.normal() : cable.active();
                }
            }
        }
        dirty = false;
    }

    private void set(int net, byte value) {
        if (net >= 0) {
            level[net] = value;
        }
    }
}
