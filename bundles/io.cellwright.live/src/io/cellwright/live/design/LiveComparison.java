package io.cellwright.live.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.live.AlarmState;
import io.cellwright.live.DeviceKey;
import io.cellwright.live.LiveDevice;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.QuantityFact;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.catalog.Sourced;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BatteryString;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.LiveBinding;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;

/**
 * Compares a live device with the design component it is bound to, and says in sentences where they
 * differ: another product than the design's (the live {@code ProductId} against the catalog's product
 * ids), an alarm active, or a limit of the design exceeded (charge voltage above the BMS's battery
 * charge limit, a cell below the battery's Load disconnect threshold, current above what the battery
 * table allows). Each sentence cites the catalog fact it compares against. Headless.
 */
public final class LiveComparison {

    /** The Venus OS alarm paths: {@code Alarms/<name>}, 0 OK, 1 warning, 2 alarm (venus-os-mqtt facts, "Alarms"). */
    static final String ALARM_SOURCE = "venus-os-mqtt §Alarms";

    private LiveComparison() {
    }

    /** The live device a component is bound to ({@code null}: not bound). */
    public static DeviceKey boundDevice(ComponentInstance component) {
        LiveBinding b = component.getLiveBinding();
        if (b == null || b.getServiceType() == null || !b.isSetDeviceInstance()) {
            return null;
        }
        return new DeviceKey(b.getServiceType(), b.getDeviceInstance());
    }

    /** Binds {@code component} to {@code device} (replacing an earlier binding). */
    public static void bind(ComponentInstance component, DeviceKey device) {
        LiveBinding b = DesignFactory.eINSTANCE.createLiveBinding();
        b.setServiceType(device.serviceType());
        b.setDeviceInstance(device.instance());
        component.setLiveBinding(b);
    }

    /** The differences between {@code component} and {@code live}, most important first; empty when they agree. */
    public static List<Difference> compare(ComponentInstance component, LiveDevice live) {
        List<Difference> found = new ArrayList<>();
        product(component, live, found);
        alarms(live, found);
        limits(component, live, found);
        return found;
    }

    // ------------------------------------------------------------------------------------------ product

    private static void product(ComponentInstance component, LiveDevice live, List<Difference> found) {
        Integer id = live.productId();
        ProductType type = component.getType();
        if (id == null || type == null) {
            return;
        }
        Set<Integer> ids = new LinkedHashSet<>(type.getProductIds());
        type.getVariants().forEach(v -> ids.addAll(v.getProductIds()));
        if (ids.isEmpty() || ids.contains(id)) {
            return;
        }
        Sourced fact = type;
        for (var v : type.getVariants()) {
            if (!v.getProductIds().isEmpty()) {
                fact = v;
                break;
            }
        }
        String liveName = live.value("ProductName") != null && live.value("ProductName").isValid() ? " (" + live.value("ProductName").display() + ")" : "";
        found.add(new Difference(Difference.Kind.OTHER_PRODUCT,
                String.format(Locale.ROOT, "%s is product %d%s, but %s is a %s, product id %s.", live.displayName(), id, liveName, name(component),
                        type.getName(), ids.stream().map(String::valueOf).collect(Collectors.joining(" or "))),
                cite(productIdSources(fact))));
    }

    /** The sources that give the product id, else all the product's. */
    private static List<SourceRef> productIdSources(Sourced fact) {
        List<SourceRef> ids = fact.getSources().stream()
                .filter(s -> contains(s.getComment(), "ProductId") || "ProductId".equals(s.getRow())).toList();
        return ids.isEmpty() ? fact.getSources() : ids;
    }

    // ------------------------------------------------------------------------------------------ alarms

    private static void alarms(LiveDevice live, List<Difference> found) {
        for (Map.Entry<String, AlarmState> alarm : live.alarms().entrySet()) {
            if (alarm.getValue().isActive()) {
                found.add(new Difference(Difference.Kind.ALARM,
                        String.format(Locale.ROOT, "%s reports the %s alarm: %s.", live.displayName(), alarm.getKey(), alarm.getValue().label()), ALARM_SOURCE));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ limits

    private static void limits(ComponentInstance component, LiveDevice live, List<Difference> found) {
        BatteryBank bank = bankOf(component);
        List<ComponentInstance> batteries = bank != null && bank.getBms() == component ? batteries(bank) : List.of(component);
        ComponentInstance bms = bank == null ? null : bank.getBms();
        chargeVoltage(bms, live, found);
        cellVoltage(batteries, live, found);
        current(bank != null && bank.getBms() == component ? bank : null, batteries, live, found);
    }

    private static void chargeVoltage(ComponentInstance bms, LiveDevice live, List<Difference> found) {
        Setting limit = bms == null ? null : setting(bms, "battery-charge-limit");
        if (limit == null) {
            return;
        }
        for (String path : new String[] { "Dc/0/Voltage", "Info/MaxChargeVoltage" }) {
            Double v = live.number(path);
            if (v != null && v > limit.value + 0.005) {
                String what = path.equals("Dc/0/Voltage") ? "battery voltage" : "charge voltage limit (CVL)";
                found.add(new Difference(Difference.Kind.LIMIT_EXCEEDED, String.format(Locale.ROOT, "The live %s %s V is above the battery charge limit %s V of %s%s.",
                        what, num(v), num(limit.value), name(bms), limit.fromDesign ? "" : " (catalog default)"), limit.source));
            }
        }
    }

    private static void cellVoltage(List<ComponentInstance> batteries, LiveDevice live, List<Difference> found) {
        Double min = live.number("System/MinCellVoltage");
        if (min == null) {
            return;
        }
        Setting highest = null;
        ComponentInstance owner = null;
        for (ComponentInstance battery : batteries) {
            Setting s = setting(battery, "load-disconnect-cell-voltage");
            if (s != null && (highest == null || s.value > highest.value)) {
                highest = s;
                owner = battery;
            }
        }
        if (highest != null && min < highest.value - 0.0005) {
            found.add(new Difference(Difference.Kind.LIMIT_EXCEEDED,
                    String.format(Locale.ROOT, "The lowest live cell voltage %s V is below the Load disconnect threshold %s V of %s%s.", num(min), num(highest.value),
                            name(owner), highest.fromDesign ? "" : " (catalog default)"),
                    highest.source));
        }
    }

    private static void current(BatteryBank bank, List<ComponentInstance> batteries, LiveDevice live, List<Difference> found) {
        Double amps = live.number("Dc/0/Current");
        if (amps == null || batteries.isEmpty() || !(batteries.get(0).getType() instanceof LithiumBatteryModel battery)) {
            return;
        }
        // Batteries in parallel share the current: the bank allows the one-battery figure per string.
        int parallel = bank == null ? 1 : Math.max(1, bank.getStrings().size());
        QuantityFact limit = amps >= 0 ? battery.getMaxChargeCurrent() : battery.getMaxContinuousDischargeCurrent();
        if (limit == null) {
            return;
        }
        double allowed = limit.getValue() * parallel;
        if (Math.abs(amps) > allowed + 0.05) {
            String per = parallel == 1 ? "" : String.format(Locale.ROOT, " (%s A per battery, %d strings in parallel)", num(limit.getValue()), parallel);
            found.add(new Difference(Difference.Kind.LIMIT_EXCEEDED,
                    String.format(Locale.ROOT, "The live %s current %s A is above the %s %s A of %s%s.", amps >= 0 ? "charge" : "discharge", num(Math.abs(amps)),
                            amps >= 0 ? "maximum charge current" : "maximum continuous discharge current", num(allowed), battery.getName(), per),
                    cite(limit.getSources())));
        }
    }

    // ------------------------------------------------------------------------------------------ design helpers

    private static BatteryBank bankOf(ComponentInstance component) {
        EObject container = component.eContainer();
        if (!(container instanceof SystemDesign design)) {
            return null;
        }
        for (BatteryBank bank : design.getBatteryBanks()) {
            if (bank.getBms() == component || batteries(bank).contains(component)) {
                return bank;
            }
        }
        return null;
    }

    private static List<ComponentInstance> batteries(BatteryBank bank) {
        List<ComponentInstance> all = new ArrayList<>();
        for (BatteryString s : bank.getStrings()) {
            all.addAll(s.getBatteries());
        }
        return all;
    }

    /** A number setting's value: the design's when set, else the catalog default; with the source to cite. */
    private record Setting(double value, boolean fromDesign, String source) {
    }

    private static Setting setting(ComponentInstance component, String key) {
        for (SettingValue value : component.getSettings()) {
            if (value instanceof NumberSettingValue n && value.getDefinition() != null && key.equals(value.getDefinition().getKey())) {
                return new Setting(n.getValue(), true, "the design's setting '" + value.getDefinition().getLabel() + "' of '" + component.getId() + "'; "
                        + cite(value.getDefinition().getSources()));
            }
        }
        if (component.getType() == null) {
            return null;
        }
        for (SettingDefinition def : component.getType().getSettings()) {
            if (def instanceof NumberSettingDefinition n && key.equals(def.getKey()) && n.getDefaultValue() != null) {
                List<SourceRef> sources = n.getDefaultValue().getSources().isEmpty() ? def.getSources() : n.getDefaultValue().getSources();
                return new Setting(n.getDefaultValue().getValue(), false, cite(sources));
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ text

    /** "the Smart BMS 12-200 'bms'". */
    static String name(ComponentInstance component) {
        String product = component.getType() == null ? "component" : component.getType().getName();
        return "the " + product + " '" + component.getId() + "'";
    }

    /** "001 §3.5.1; batteries-and-wiring §Lithium Battery Smart table, row \"12,8/200\"". */
    static String cite(List<SourceRef> sources) {
        return sources.stream().map(LiveComparison::cite).distinct().collect(Collectors.joining("; "));
    }

    static String cite(SourceRef ref) {
        StringBuilder text = new StringBuilder(ref.getDocument() == null ? "?" : ref.getDocument().getId());
        if (ref.getSection() != null) {
            text.append(" §").append(ref.getSection().replaceFirst("^§", ""));
        }
        if (ref.getTable() != null) {
            text.append(", table ").append(ref.getTable());
        }
        if (ref.getRow() != null) {
            text.append(", row \"").append(ref.getRow()).append('"');
        }
        return text.toString();
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
