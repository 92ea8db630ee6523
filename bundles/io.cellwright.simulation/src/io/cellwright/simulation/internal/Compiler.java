package io.cellwright.simulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.CapacityFact;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.CellChemistry;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.DeviceType;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.OcvPoint;
import io.cellwright.model.catalog.OptionRole;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.WiringReference;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.simulation.Scenario;
import io.cellwright.simulation.ScenarioException;
import io.cellwright.simulation.SimulationException;

/**
 * Compiles a design and a scenario into an {@link Engine}: the cells of every battery of the first
 * battery bank with their capacity, resistance and thresholds, the BMS ({@link BmsSetup}), the
 * devices and the wiring ({@link Wiring}), and the scenario's conditions. Every figure comes from the
 * catalog or the design's settings; figures no source gives are named constants that say so.
 */
public final class Compiler {

    /** Copper resistivity when the catalog has no wiring reference (batteries-and-wiring.md: 0.0172 Ω·mm²/m). */
    static final double FALLBACK_RESISTIVITY = 0.0172;

    private static final Pattern RATING = Pattern.compile("(\\d+)/(\\d+)(?:/(\\d+))?");

    private Compiler() {
    }

    public static Engine compile(SystemDesign design, Scenario scenario) throws SimulationException, ScenarioException {
        if (design.getBatteryBanks().isEmpty()) {
            throw new SimulationException("the design has no battery bank, so there is nothing to simulate. Add a battery bank with its BMS and batteries.");
        }
        BatteryBank bank = design.getBatteryBanks().get(0);
        ComponentInstance bmsComponent = bank.getBms();
        if (bmsComponent == null || !(bmsComponent.getType() instanceof BmsModel)) {
            throw new SimulationException("battery bank '" + label(bank.getName(), bank.getId()) + "' names no BMS. Set the bank's BMS.");
        }
        List<ComponentInstance> batteries = new ArrayList<>();
        for (BatteryString string : bank.getStrings()) {
            batteries.addAll(string.getBatteries());
        }
        if (batteries.isEmpty()) {
            throw new SimulationException("battery bank '" + label(bank.getName(), bank.getId()) + "' has no batteries. Add strings of batteries to it.");
        }
        for (ComponentInstance battery : batteries) {
            if (!(battery.getType() instanceof LithiumBatteryModel)) {
                throw new SimulationException("'" + battery.getId() + "' in battery bank '" + label(bank.getName(), bank.getId())
                        + "' is not a lithium battery of the catalog; the simulation needs its cells.");
            }
        }
        Map<String, String> s = scenario.settings();
        Engine e = new Engine(cellCount(batteries));
        e.dt = scenario.step();
        e.steps = (long) Math.ceil(scenario.duration() / e.dt - 1e-9);
        e.sampleEvery = Math.max(1, Math.round(seconds(s.getOrDefault("sample", s.getOrDefault("step", "1s"))) / e.dt));
        Cells.build(e, bank, percent(s.get("initial-soc"), 100), percent(s.get("cell-spread"), 2), Long.parseLong(s.getOrDefault("seed", "1")));
        Wiring wiring = new Wiring(design, resistivity(bmsComponent.getType()));
        double nominal = nominalVolts(bank);
        BmsSetup.configure(e, bmsComponent, (LithiumBatteryModel) batteries.get(0).getType(), batteries, wiring, design, s.get("remote-function"));
        BmsSetup.bindNets(e, bmsComponent, wiring);
        devices(e, design, wiring, bmsComponent, nominal, recommendedCharge(bank));
        e.conditions = ScenarioSetup.conditions(scenario, e, nominal);
        e.buildColumns();
        return e;
    }

    private static int cellCount(List<ComponentInstance> batteries) {
        int n = 0;
        for (ComponentInstance b : batteries) {
            n += cellsOf((LithiumBatteryModel) b.getType());
        }
        return n;
    }

    static int cellsOf(LithiumBatteryModel model) {
        return model.getCellsInSeries() == null ? 4 : model.getCellsInSeries().getValue();
    }

    private static double resistivity(ProductType anyType) {
        if (anyType.eContainer() instanceof Catalog catalog) {
            for (WiringReference ref : catalog.getWiringReferences()) {
                if (ref.getConductorResistivity() != null) {
                    return ref.getConductorResistivity().getValue();
                }
            }
        }
        return FALLBACK_RESISTIVITY;
    }

    static double nominalVolts(BatteryBank bank) {
        double v = 0;
        for (BatteryString string : bank.getStrings()) {
            double sv = 0;
            for (ComponentInstance b : string.getBatteries()) {
                QuantityFact q = ((LithiumBatteryModel) b.getType()).getNominalVoltage();
                sv += q == null ? 12.8 : q.getValue();
            }
            v = Math.max(v, sv);
        }
        return v;
    }

    /** The bank's recommended charge current (catalog, per battery, times the parallel strings). */
    private static double recommendedCharge(BatteryBank bank) {
        double a = 0;
        for (BatteryString string : bank.getStrings()) {
            double sa = Double.MAX_VALUE;
            for (ComponentInstance b : string.getBatteries()) {
                QuantityFact q = ((LithiumBatteryModel) b.getType()).getRecommendedChargeCurrent();
                sa = Math.min(sa, q == null ? 30 : q.getValue());
            }
            a += sa == Double.MAX_VALUE ? 0 : sa;
        }
        return a;
    }

    // ------------------------------------------------------------------------------------ devices

    private static void devices(Engine e, SystemDesign design, Wiring wiring, ComponentInstance bmsComponent, double nominal, double bankCharge) {
        List<Device> devices = new ArrayList<>();
        List<ComponentInstance> cables = new ArrayList<>();
        int nextBus = Engine.FIRST_SWITCHED_BUS;
        // Switches first: their output buses must exist before the devices behind them are placed.
        List<ComponentInstance> ordered = new ArrayList<>(design.getComponents());
        ordered.sort(Comparator.comparingInt(c -> isSwitch(c) ? 0 : 1));
        for (ComponentInstance c : ordered) {
            if (c.getType() == null || c == bmsComponent) {
                continue;
            }
            ProductCategory category = c.getType().getCategory();
            if (category == ProductCategory.CABLE_ACCESSORY) {
                cables.add(c);
                continue;
            }
            int kind = kind(c);
            if (kind == 0) {
                continue;
            }
            Device d = new Device(c.getId(), label(c.getName(), c.getType().getName()), kind);
            if (kind == Device.LOAD_SWITCH || kind == Device.CHARGE_SWITCH) {
                placeSwitch(d, c, wiring, nextBus++, nominal);
            } else {
                io.cellwright.model.design.TerminalInstance plus = Wiring.firstOfKind(c, io.cellwright.model.catalog.TerminalKind.DC_POSITIVE,
                        io.cellwright.model.catalog.TerminalKind.BATTERY_POSITIVE);
                d.bus = wiring.bus(plus);
                d.pathOhm = plus == null ? 0 : wiring.ohmAt(plus);
                if (kind == Device.ALTERNATOR && d.bus == Engine.BUS_ALTERNATOR) {
                    continue; // charges through the BMS's Alternator/Starter Batt+ port (BmsSetup)
                }
            }
            d.designLoadA = designNumber(c, SettingRole.LOAD_CURRENT);
            d.chargeA = chargeRating(c, kind, bankCharge);
            d.veBus = onBmsVeBus(c, bmsComponent, wiring);
            devices.add(d);
        }
        e.signals.cables = wiring.cables(cables).toArray(Signals.Cable[]::new);
        for (Device d : devices) {
            ComponentInstance c = design.getComponents().stream().filter(x -> d.id.equals(x.getId())).findFirst().orElseThrow();
            wiring.remoteInputs(d, c);
        }
        e.devices = devices.toArray(Device[]::new);
        e.busCount = nextBus;
        e.busSwitch = new String[nextBus];
        for (Device d : devices) {
            if (d.outBus >= 0) {
                e.busSwitch[d.outBus] = d.name;
            }
        }
        e.busDischarge = new boolean[nextBus];
        e.busCharge = new boolean[nextBus];
        e.signals.level = new byte[Math.max(1, wiring.netCount())];
    }

    private static boolean isSwitch(ComponentInstance c) {
        int k = c.getType() == null ? 0 : kind(c);
        return k == Device.LOAD_SWITCH || k == Device.CHARGE_SWITCH;
    }

    private static int kind(ComponentInstance c) {
        ProductType type = c.getType();
        return switch (type.getCategory()) {
            case INVERTER, DC_LOAD, DC_DC_CONVERTER -> Device.LOAD;
            case INVERTER_CHARGER -> Device.INVERTER_CHARGER;
            case SOLAR_CHARGER -> Device.SOLAR_CHARGER;
            case BATTERY_CHARGER -> Device.AC_CHARGER;
            case ALTERNATOR -> Device.ALTERNATOR;
            case BATTERY_PROTECT, SWITCH -> Device.LOAD_SWITCH;
            case BATTERY_COMBINER -> Device.CHARGE_SWITCH;
            default -> 0;
        };
    }

    /**
     * BatteryProtect default cut-off and restart per 12 V of system voltage. The BatteryProtect has its
     * own low-voltage cut-off, adjustable in the BatteryProtect (001 §3.2.2); its values are not in our
     * sources, so these are common defaults (not sourced).
     */
    static final double BATTERYPROTECT_CUTOFF_PER_12V = 10.5;
    static final double BATTERYPROTECT_RESTART_PER_12V = 12.0;

    private static void placeSwitch(Device d, ComponentInstance c, Wiring wiring, int bus, double nominal) {
        List<io.cellwright.model.design.TerminalInstance> sides = Wiring.ofKind(c, io.cellwright.model.catalog.TerminalKind.DC_POSITIVE);
        io.cellwright.model.design.TerminalInstance in = null;
        io.cellwright.model.design.TerminalInstance out = null;
        for (io.cellwright.model.design.TerminalInstance t : sides) {
            if (in == null && wiring.bus(t) != Engine.BUS_NONE) {
                in = t;
            } else if (out == null) {
                out = t;
            }
        }
        d.bus = wiring.bus(in);
        if (out != null) {
            wiring.markBus(out, bus);
        }
        d.outBus = bus;
        if (c.getType().getCategory() == ProductCategory.BATTERY_PROTECT) {
            double scale = Math.round(nominal / 12.8) * 1.0;
            d.cutoffV = BATTERYPROTECT_CUTOFF_PER_12V * scale;
            d.restartV = BATTERYPROTECT_RESTART_PER_12V * scale;
        }
    }

    private static double chargeRating(ComponentInstance c, int kind, double bankCharge) {
        double set = designNumber(c, SettingRole.CHARGE_CURRENT);
        if (!Double.isNaN(set)) {
            return set;
        }
        if (c.getType() instanceof DeviceType device && device.getRatedCurrent() != null) {
            return device.getRatedCurrent().getValue();
        }
        // "75/15" (MPPT: PV volts / amps), "48/25" (charger: volts / amps), "24/3000/70-32" (Multi: volts / VA / amps).
        String text = (c.getVariant() == null ? "" : c.getVariant().getName() + " ") + (c.getName() == null ? "" : c.getName());
        Matcher m = RATING.matcher(text);
        if (m.find()) {
            if (kind == Device.INVERTER_CHARGER && m.group(3) != null) {
                return Double.parseDouble(m.group(3));
            }
            if (kind == Device.SOLAR_CHARGER || kind == Device.AC_CHARGER) {
                return Double.parseDouble(m.group(2));
            }
        }
        return kind == Device.LOAD ? 0 : bankCharge;
    }

    private static boolean onBmsVeBus(ComponentInstance c, ComponentInstance bms, Wiring wiring) {
        io.cellwright.model.design.TerminalInstance mine = Wiring.firstOfKind(c, io.cellwright.model.catalog.TerminalKind.VE_BUS);
        io.cellwright.model.design.TerminalInstance theirs = Wiring.firstOfKind(bms, io.cellwright.model.catalog.TerminalKind.VE_BUS);
        return mine != null && theirs != null && wiring.wired(mine) && wiring.net(mine) == wiring.net(theirs);
    }

    // ------------------------------------------------------------------------------------ settings

    /** The design's value of a number setting, else NaN (no catalog default: design parameters have none). */
    static double designNumber(ComponentInstance c, SettingRole role) {
        SettingValue v = c.findSettingValue(role);
        return v instanceof NumberSettingValue n ? n.getValue() : Double.NaN;
    }

    /** The design's value of a number setting, else the catalog default, else NaN. */
    static double number(ComponentInstance c, SettingRole role) {
        double v = designNumber(c, role);
        if (!Double.isNaN(v)) {
            return v;
        }
        SettingDefinition def = c.getType().findSetting(role);
        if (def instanceof NumberSettingDefinition n && n.getDefaultValue() != null) {
            return n.getDefaultValue().getValue();
        }
        return Double.NaN;
    }

    /** The design's chosen option of a choice setting, else the catalog default option, else null. */
    static SettingOption option(ComponentInstance c, SettingRole role) {
        SettingValue v = c.findSettingValue(role);
        if (v instanceof ChoiceSettingValue choice && choice.getOption() != null) {
            return choice.getOption();
        }
        SettingDefinition def = c.getType().findSetting(role);
        return def instanceof ChoiceSettingDefinition choice ? choice.getDefaultOption() : null;
    }

    static OptionRole optionRole(ComponentInstance c, SettingRole role) {
        SettingOption o = option(c, role);
        return o == null ? null : o.getRole();
    }

    static String label(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    static double percent(String value, double fallback) {
        return value == null ? fallback : io.cellwright.simulation.internal.ScenarioSetup.number(value);
    }

    static double seconds(String value) {
        return io.cellwright.simulation.ScenarioParser.seconds(value);
    }

    // ------------------------------------------------------------------------------------ cells

    /** Builds the cell arrays of the bank. */
    static final class Cells {
        private Cells() {
        }

        static void build(Engine e, BatteryBank bank, double initialSocPct, double spreadPct, long seed) throws SimulationException {
            List<ComponentInstance> batteries = new ArrayList<>();
            List<int[]> strings = new ArrayList<>();
            List<Double> stringCaps = new ArrayList<>();
            for (BatteryString string : bank.getStrings()) {
                int first = batteries.size();
                double cap = Double.MAX_VALUE;
                for (ComponentInstance b : string.getBatteries()) {
                    batteries.add(b);
                    cap = Math.min(cap, capacity25((LithiumBatteryModel) b.getType()));
                }
                strings.add(new int[] { first, batteries.size() });
                stringCaps.add(cap == Double.MAX_VALUE ? 0 : cap);
            }
            int cells = 0;
            for (ComponentInstance b : batteries) {
                cells += cellsOf((LithiumBatteryModel) b.getType());
            }
            e.cellCount = cells;
            e.batteryCount = batteries.size();
            e.cellCapAs = new double[cells];
            e.cellOhm = new double[cells];
            e.cellBattery = new int[cells];
            e.cellInBattery = new int[cells];
            e.batteryLabel = new String[batteries.size()];
            e.capTemps = new double[batteries.size()][];
            e.capFactors = new double[batteries.size()][];
            e.batteryTemp = new double[batteries.size()];
            e.batteryCapFactor = new double[batteries.size()];
            e.stringStart = new int[strings.size()];
            e.stringEnd = new int[strings.size()];
            e.stringShare = new double[strings.size()];
            SplittableRandom random = new SplittableRandom(seed);
            double spread = spreadPct / 100;
            double totalCap = stringCaps.stream().mapToDouble(Double::doubleValue).sum();
            double conductance = 0;
            int cell = 0;
            for (int s = 0; s < strings.size(); s++) {
                e.stringStart[s] = cell;
                double stringOhm = 0;
                for (int b = strings.get(s)[0]; b < strings.get(s)[1]; b++) {
                    LithiumBatteryModel model = (LithiumBatteryModel) batteries.get(b).getType();
                    e.batteryLabel[b] = "battery " + (b + 1);
                    temperatureTable(e, b, model);
                    int n = cellsOf(model);
                    double capAs = capacity25(model) * 3600;
                    double cellOhm = batteryOhm(model, batteries.get(b)) / n;
                    for (int i = 0; i < n; i++, cell++) {
                        // Cell-to-cell spread: a weaker cell has less capacity and more resistance.
                        double u = 2 * random.nextDouble() - 1;
                        e.cellCapAs[cell] = capAs * (1 + spread * u);
                        e.cellOhm[cell] = cellOhm * (1 - spread * u);
                        e.cellBattery[cell] = b;
                        e.cellInBattery[cell] = i;
                        e.soc[cell] = initialSocPct / 100;
                        stringOhm += e.cellOhm[cell];
                    }
                }
                e.stringEnd[s] = cell;
                e.stringShare[s] = totalCap > 0 ? stringCaps.get(s) / totalCap : 1.0 / strings.size();
                conductance += stringOhm > 0 ? 1 / stringOhm : 0;
            }
            e.bankOhm = conductance > 0 ? 1 / conductance : 0;
            LithiumBatteryModel first = (LithiumBatteryModel) batteries.get(0).getType();
            e.ocv = ocv(first);
            int perString = strings.get(0)[1] - strings.get(0)[0];
            e.chargeSetVolts = first.getChargeVoltage() != null && first.getChargeVoltage().getNominal() != null
                    ? first.getChargeVoltage().getNominal().getValue() * perString
                    : 3.55 * cellsOf(first) * perString;
        }

        private static double capacity25(LithiumBatteryModel model) throws SimulationException {
            CapacityFact first = null;
            for (CapacityFact c : model.getCapacities()) {
                first = first == null ? c : first;
                if (c.getTemperature() != null && Math.abs(c.getTemperature().getValue() - 25) < 0.01) {
                    return c.getValue();
                }
            }
            if (first == null) {
                throw new SimulationException("battery type '" + model.getId() + "' has no capacity in the catalog; the simulation needs it.");
            }
            return first.getValue();
        }

        /** Capacity vs temperature, relative to 25 °C, from the catalog's capacity table (batteries-and-wiring.md). */
        private static void temperatureTable(Engine e, int b, LithiumBatteryModel model) throws SimulationException {
            double cap25 = capacity25(model);
            List<CapacityFact> caps = new ArrayList<>(model.getCapacities().stream().filter(c -> c.getTemperature() != null).toList());
            caps.sort(Comparator.comparingDouble(c -> c.getTemperature().getValue()));
            if (caps.isEmpty()) {
                e.capTemps[b] = new double[] { 25 };
                e.capFactors[b] = new double[] { 1 };
                return;
            }
            e.capTemps[b] = caps.stream().mapToDouble(c -> c.getTemperature().getValue()).toArray();
            e.capFactors[b] = caps.stream().mapToDouble(c -> c.getValue() / cap25).toArray();
        }

        /**
         * Battery internal resistance from the catalog (an unsourced estimate there, kept configurable:
         * a design may set it with a number setting of role CUSTOM keyed "internal-resistance" in mΩ).
         */
        private static double batteryOhm(LithiumBatteryModel model, ComponentInstance battery) {
            for (SettingValue v : battery.getSettings()) {
                if (v instanceof NumberSettingValue n && v.getDefinition() != null && "internal-resistance".equals(v.getDefinition().getKey())) {
                    return n.getValue() / 1000;
                }
            }
            return model.getInternalResistance() == null ? 0.001 : model.getInternalResistance().valueInBaseUnit();
        }

        private static Ocv ocv(LithiumBatteryModel model) throws SimulationException {
            CellChemistry chemistry = model.getChemistry();
            if (chemistry == null || chemistry.getOcvCurve() == null || chemistry.getOcvCurve().getPoints().size() < 2) {
                throw new SimulationException("battery type '" + model.getId() + "' has no open-circuit voltage curve in the catalog (its chemistry's ocvCurve).");
            }
            List<OcvPoint> points = new ArrayList<>(chemistry.getOcvCurve().getPoints());
            points.sort(Comparator.comparingDouble(OcvPoint::getStateOfCharge));
            return new Ocv(points.stream().mapToDouble(OcvPoint::getStateOfCharge).toArray(), points.stream().mapToDouble(OcvPoint::getVoltage).toArray());
        }
    }
}
