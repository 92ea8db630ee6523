package io.cellwright.validation.rules;

import java.util.List;
import java.util.stream.Collectors;

import io.cellwright.model.catalog.DeviceRole;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-REM-001: every load and charger on the lithium bank is switched off by the BMS — on System+, by
 * the Load or Charge disconnect output (directly or through an interface cable), behind a BatteryProtect
 * or Cyrix that an output switches, or over VE.Bus. Otherwise nothing stops it when a cell is empty, full
 * or too hot or cold.
 */
final class UncontrolledDeviceRule extends AbstractRule {

    UncontrolledDeviceRule() {
        super("CW-REM-001", Severity.ERROR, "Remote on/off and interface cables", "Every load and charger on the lithium bank is controlled by the BMS",
                "001 §2.2, Appendix A; 002 \"Communication options\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        RemoteControl control = new RemoteControl(design);
        ComponentInstance bms = control.bms();
        if (bms == null) {
            return;
        }
        for (ComponentInstance device : control.controlledDevices()) {
            if (control.systemPort(device) != null || !control.signalPaths(device).isEmpty() || control.controlledIntermediate(device) != null
                    || control.veBusControl(device) != null) {
                continue;
            }
            boolean load = ((io.cellwright.model.catalog.DeviceType) device.getType()).getRoles().contains(DeviceRole.LOAD);
            String what = load ? "keeps discharging the battery when a cell is empty (Load disconnect)"
                    : "keeps charging when a cell is full, too hot or too cold (Charge disconnect)";
            findings.report(this, name(device) + " is on the lithium bank but nothing from " + name(bms) + " switches it off: it " + what + ". "
                    + ways(device, bms, load) + " (" + source() + ").", device, bms);
        }
    }

    private static String ways(ComponentInstance device, ComponentInstance bms, boolean load) {
        List<RemoteControlRoute> routes = RemoteControl.routes(device, bms);
        if (routes.isEmpty()) {
            return "Wire its remote on/off input to the " + (load ? "Load disconnect" : "Charge disconnect")
                    + " output of the BMS, or switch its supply with a BatteryProtect";
        }
        return "Appendix A gives: " + routes.stream().map(UncontrolledDeviceRule::describe).distinct().collect(Collectors.joining("; or "));
    }

    static String describe(RemoteControlRoute route) {
        String outputs = route.getBmsOutputs().stream().map(k -> k == TerminalKind.LOAD_DISCONNECT ? "Load disconnect" : "Charge disconnect")
                .collect(Collectors.joining(" and "));
        String target = route.getTargetDescription() == null ? "its remote on/off input" : route.getTargetDescription();
        return switch (route.getMethod()) {
            case POWER_PORT -> "connect it to the System+ port";
            case DIRECT -> outputs + " wired to " + target;
            case INTERFACE_CABLE -> outputs + " through the " + cable(route) + " to " + target;
            case INTERMEDIATE_DEVICE -> "switch it with a " + (route.getIntermediateDevice() == null ? "BatteryProtect" : route.getIntermediateDevice().getName())
                    + " driven by " + outputs;
            default -> route.getSeeDocument() == null ? "see the product manual" : "see " + route.getSeeDocument();
        };
    }

    /** "Inverting remote on-off cable (ASS030550100 or ASS030550120)", with the count when the route needs several. */
    static String cable(RemoteControlRoute route) {
        if (route.getCable() == null) {
            return "interface cable";
        }
        String numbers = route.getCable().getArticleNumbers().stream().map(a -> a.getNumber()).collect(Collectors.joining(" or "));
        String count = route.getCableCount() > 1 ? route.getCableCount() + " x " : "";
        return count + route.getCable().getName() + (numbers.isEmpty() ? " (no article number in the source documents)" : " (" + numbers + ")");
    }
}
