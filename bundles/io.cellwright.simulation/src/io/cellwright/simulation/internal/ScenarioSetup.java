package io.cellwright.simulation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;

/** Turns a scenario's timed changes into the engine's {@link Conditions}, checking names against the design. */
final class ScenarioSetup {

    private ScenarioSetup() {
    }

    static Conditions conditions(Scenario scenario, Engine e, double nominalVolts) throws ScenarioException {
        Conditions c = new Conditions();
        double per12 = Math.round(nominalVolts / 12.8);
        c.alternatorVolts = Conditions.DEFAULT_ALTERNATOR_VOLTS_PER_12V * Math.max(1, per12);
        c.starterVolts = Conditions.DEFAULT_STARTER_VOLTS_PER_12V * Math.max(1, per12);
        List<Scenario.Change> changes = scenario.changes();
        int n = changes.size();
        c.time = new double[n];
        c.key = new int[n];
        c.value = new double[n];
        c.target = new int[n];
        for (int i = 0; i < n; i++) {
            Scenario.Change change = changes.get(i);
            c.time[i] = change.time();
            compile(scenario, change, e, c, i);
        }
        // The start conditions hold before the first step, so the batteries start at the ambient temperature.
        for (int i = 0; i < n && c.time[i] <= 0; i++) {
            if (c.key[i] == Conditions.AMBIENT) {
                c.ambient = c.value[i];
            }
        }
        java.util.Arrays.fill(e.batteryTemp, c.ambient);
        return c;
    }

    private static void compile(Scenario scenario, Scenario.Change change, Engine e, Conditions c, int i) throws ScenarioException {
        String key = change.key();
        String value = change.value();
        String[] words = key.split(" ");
        if (words.length == 2) {
            int device = words[1].equals("*") ? Conditions.ALL : device(scenario, change, e, words[0].equals("load"));
            c.target[i] = device;
            if (words[0].equals("load")) {
                c.key[i] = value.strip().endsWith("W") ? Conditions.LOAD_W : Conditions.LOAD_A;
            } else {
                if (device == Conditions.ALL) {
                    throw new ScenarioException(scenario.source(), change.line(), "'charger *' is not supported; name one charger, for example 'charger "
                            + firstId(e, false) + " = 20 A'.");
                }
                c.key[i] = Conditions.CHARGER_A;
            }
            c.value[i] = number(value);
            return;
        }
        c.key[i] = switch (key) {
            case "ambient" -> Conditions.AMBIENT;
            case "engine" -> Conditions.ENGINE;
            case "alternator-voltage" -> Conditions.ALTERNATOR_VOLTS;
            case "starter-voltage" -> Conditions.STARTER_VOLTS;
            case "shore" -> Conditions.SHORE;
            case "remote" -> Conditions.REMOTE;
            case "remote-h" -> Conditions.REMOTE_H;
            case "remote-l" -> Conditions.REMOTE_L;
            case "solar-peak" -> Conditions.SOLAR_PEAK;
            case "sunrise" -> Conditions.SUNRISE;
            case "sunset" -> Conditions.SUNSET;
            case "charge-voltage" -> Conditions.CHARGE_VOLTS;
            default -> throw new ScenarioException(scenario.source(), change.line(), "unknown setting '" + key + "'.");
        };
        c.value[i] = switch (key) {
            case "engine", "shore" -> value.equals("on") ? 1 : 0;
            case "remote" -> value.equals("closed") ? 1 : 0;
            case "remote-h", "remote-l" -> value.equals("open") ? Double.NaN : number(value);
            case "solar-peak" -> number(value) / 100;
            case "sunrise", "sunset" -> timeOfDay(value);
            default -> number(value);
        };
    }

    private static int device(Scenario scenario, Scenario.Change change, Engine e, boolean load) throws ScenarioException {
        String id = change.key().split(" ")[1];
        for (int k = 0; k < e.devices.length; k++) {
            Device d = e.devices[k];
            if (d.id.equals(id)) {
                if (load ? !d.isLoad() : !d.isCharger()) {
                    throw new ScenarioException(scenario.source(), change.line(), "'" + id + "' (" + d.name + ") is not a " + (load ? "load" : "charger")
                            + ". The " + (load ? "loads" : "chargers") + " of this design are: " + ids(e, load) + ".");
                }
                return k;
            }
        }
        throw new ScenarioException(scenario.source(), change.line(), "the design has no component '" + id + "'. The " + (load ? "loads" : "chargers")
                + " of this design are: " + ids(e, load) + ".");
    }

    private static String ids(Engine e, boolean load) {
        List<String> ids = new ArrayList<>();
        for (Device d : e.devices) {
            if (load ? d.isLoad() : d.isCharger()) {
                ids.add(d.id);
            }
        }
        return ids.isEmpty() ? "(none)" : ids.stream().collect(Collectors.joining(", "));
    }

    private static String firstId(Engine e, boolean load) {
        String all = ids(e, load);
        return all.split(", ")[0];
    }

    static double number(String value) {
        return Double.parseDouble(value.strip().split("\\s+|(?<=\\d)(?=[^\\d.\\-])")[0]);
    }

    static double timeOfDay(String value) {
        String[] p = value.split(":");
        return Integer.parseInt(p[0]) * 3600.0 + Integer.parseInt(p[1]) * 60.0;
    }
}
