package io.cellwright.simulation.internal;

/**
 * The open-circuit voltage of a cell over state of charge, as a uniform lookup table built once from
 * the catalog's curve points (the chemistry's {@code OcvCurveFact}), so a lookup is one multiply, one
 * index and one interpolation.
 */
final class Ocv {

    private static final int SIZE = 4096;
    private final double[] table = new double[SIZE + 1];

    /** {@code soc} ascending in 0..1 with their voltages. */
    Ocv(double[] soc, double[] volts) {
        int j = 0;
        for (int i = 0; i <= SIZE; i++) {
            double s = (double) i / SIZE;
            while (j < soc.length - 2 && s > soc[j + 1]) {
                j++;
            }
            double span = soc[j + 1] - soc[j];
            double f = span <= 0 ? 0 : (s - soc[j]) / span;
            table[i] = volts[j] + Math.max(0, Math.min(1, f)) * (volts[j + 1] - volts[j]);
        }
    }

    double volts(double soc) {
        double x = (soc <= 0 ? 0 : soc >= 1 ? 1 : soc) * SIZE;
        int i = (int) x;
        if (i >= SIZE) {
            return table[SIZE];
        }
        return table[i] + (table[i + 1] - table[i]) * (x - i);
    }
}
