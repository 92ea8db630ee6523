package io.cellwright.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.ControlMethod;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-REM-002: a device switched by a BMS output is wired the way 001 Appendix A gives for it: the right
 * output, the right terminal and the right interface cable (inverting, non-inverting, VE.Direct
 * non-inverting, Skylla-i, CL 12-100 to MultiPlus) — or none where the output drives it directly. A wrong
 * cable turns the signal the wrong way round: the device stays on when the BMS says off.
 */
final class InterfaceCableRule extends AbstractRule {

    InterfaceCableRule() {
        super("CW-REM-002", Severity.ERROR, "Remote on/off and interface cables", "BMS outputs reach each device the way Appendix A gives, with the right cable",
                "001 Appendix A");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        RemoteControl control = new RemoteControl(design);
        for (ComponentInstance device : control.controlledDevices()) {
            List<RemoteControl.SignalPath> paths = control.signalPaths(device);
            if (paths.isEmpty()) {
                continue;
            }
            ComponentInstance bms = paths.get(0).bms();
            List<RemoteControlRoute> routes = RemoteControl.routes(device, bms).stream().filter(RemoteControl::isSignalRoute).toList();
            if (routes.isEmpty()) {
                continue;
            }
            RemoteControl.SignalPath wrong = null;
            for (RemoteControl.SignalPath path : paths) {
                if (routes.stream().noneMatch(route -> RemoteControl.follows(path, route))) {
                    wrong = path;
                    break;
                }
            }
            if (wrong != null) {
                report(findings, device, wrong, best(routes, wrong));
            } else {
                checkAllOutputs(findings, device, paths, routes);
            }
        }
    }

    /** The route the designer most likely meant: one for the output used, else the first. */
    private static RemoteControlRoute best(List<RemoteControlRoute> routes, RemoteControl.SignalPath path) {
        return routes.stream().filter(r -> r.getBmsOutputs().contains(path.outputKind())).findFirst().orElse(routes.get(0));
    }

    private void report(Findings findings, ComponentInstance device, RemoteControl.SignalPath path, RemoteControlRoute route) {
        String used = label(path.outputKind()) + " of " + name(path.bms()) + (path.cable() == null ? " is wired straight to " : " reaches, through the "
                + path.cable().getType().getName() + ",") + " " + name(device);
        Map<String, Object> hints = new HashMap<>();
        hints.put(Finding.HINT_FROM, path.output());
        hints.put(Finding.HINT_TO, path.target());
        String needed;
        if (!route.getBmsOutputs().contains(path.outputKind())) {
            needed = "Appendix A drives it from " + route.getBmsOutputs().stream().map(InterfaceCableRule::label).reduce((a, b) -> a + " and " + b).orElse("?")
                    + ": " + UncontrolledDeviceRule.describe(route) + ".";
        } else if (route.getMethod() == ControlMethod.INTERFACE_CABLE) {
            needed = "It needs the " + UncontrolledDeviceRule.cable(route) + consequence(path, route) + ".";
            hints.put(Finding.HINT_PRODUCT, route.getCable());
        } else if (path.cable() != null) {
            needed = "Appendix A wires it directly, without a cable: " + UncontrolledDeviceRule.describe(route) + ".";
        } else {
            needed = "Appendix A wires it to " + (route.getTargetDescription() == null ? "another terminal" : route.getTargetDescription()) + ".";
        }
        findings.report(this, severity(), used + ". " + needed + " (" + source() + ")", hints, device, path.bms());
    }

    /** What the wrong cable does: an inverting cable where a non-inverting one belongs, or the reverse. */
    private static String consequence(RemoteControl.SignalPath path, RemoteControlRoute route) {
        if (path.cable() == null || !(path.cable().getType() instanceof AccessoryCableType used) || used.getInverting() == null
                || route.getCable().getInverting() == null || used.getInverting().isValue() == route.getCable().getInverting().isValue()) {
            return path.cable() == null ? "" : "; the " + path.cable().getType().getName() + " does not fit it";
        }
        return "; the " + used.getName() + (used.getInverting().isValue() ? " inverts" : " does not invert")
                + " the signal, so the device would run while the BMS says off and stop while it says on";
    }

    /** Routes that need every output high (CL 12-100 to MultiPlus cable, two inverting cables) need both outputs wired. */
    private void checkAllOutputs(Findings findings, ComponentInstance device, List<RemoteControl.SignalPath> paths, List<RemoteControlRoute> routes) {
        for (RemoteControlRoute route : routes) {
            if (!route.isRequiresAllOutputsHigh() && route.getCableCount() < 2) {
                continue;
            }
            if (paths.stream().noneMatch(p -> RemoteControl.follows(p, route))) {
                continue;
            }
            for (TerminalKind output : route.getBmsOutputs()) {
                if (paths.stream().noneMatch(p -> p.outputKind() == output && RemoteControl.follows(p, route))) {
                    findings.report(this, name(device) + " must be switched by both " + route.getBmsOutputs().stream().map(InterfaceCableRule::label)
                            .reduce((a, b) -> a + " and " + b).orElse("") + " through the " + UncontrolledDeviceRule.cable(route) + ", but " + label(output)
                            + " is not wired to it (" + source() + ").", device, paths.get(0).bms());
                }
            }
        }
    }

    static String label(TerminalKind kind) {
        return switch (kind) {
            case LOAD_DISCONNECT -> "Load disconnect";
            case CHARGE_DISCONNECT -> "Charge disconnect";
            case PRE_ALARM -> "Pre-alarm";
            default -> kind.getLiteral();
        };
    }
}
