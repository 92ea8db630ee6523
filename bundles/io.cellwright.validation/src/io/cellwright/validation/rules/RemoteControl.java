package io.cellwright.validation.rules;

import io.cellwright.design.Nets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ControlMethod;
import io.cellwright.model.catalog.DeviceRole;
import io.cellwright.model.catalog.DeviceType;
import io.cellwright.model.catalog.LithiumBatteryModel;
import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.RemoteControlRoute;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;

/**
 * How each load and charger on the lithium bank is switched by the BMS (001 Appendix A): on the System+
 * port, by a BMS output wired to its remote input (directly or through an interface cable), behind an
 * intermediate device (BatteryProtect, Cyrix) that an output switches, or over VE.Bus from a BMS that
 * controls inverter/chargers that way (002). Shared by the CW-REM rules.
 */
final class RemoteControl {

    /** A BMS output that reaches a device terminal, through {@code cable} (null when wired directly). */
    record SignalPath(ComponentInstance bms, TerminalInstance output, ComponentInstance cable, TerminalInstance target) {
        TerminalKind outputKind() {
            return output.getDefinition().getKind();
        }
    }

    static final Set<ProductCategory> INTERMEDIATES = EnumSet.of(ProductCategory.BATTERY_PROTECT, ProductCategory.SWITCH, ProductCategory.BATTERY_COMBINER);
    static final Set<TerminalKind> BMS_OUTPUTS = EnumSet.of(TerminalKind.LOAD_DISCONNECT, TerminalKind.CHARGE_DISCONNECT);

    final SystemDesign design;
    final Nets nets;

    RemoteControl(SystemDesign design) {
        this.design = design;
        this.nets = new Nets(design);
    }

    /** The loads and chargers that must be switched by the BMS: devices with routes whose DC+ is on the lithium bank. */
    List<ComponentInstance> controlledDevices() {
        List<ComponentInstance> devices = new ArrayList<>();
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof DeviceType type && (type.getRoles().contains(DeviceRole.LOAD) || type.getRoles().contains(DeviceRole.CHARGER))
                    && type.getCategory() != ProductCategory.ALTERNATOR && !INTERMEDIATES.contains(type.getCategory()) && onLithiumBank(component)) {
                devices.add(component);
            }
        }
        return devices;
    }

    /** Whether a DC+ terminal of the device shares a net with the bank: battery +, Li-ion+, System+ or an intermediate device. */
    boolean onLithiumBank(ComponentInstance device) {
        for (TerminalInstance terminal : device.getTerminals()) {
            if (kind(terminal) != TerminalKind.DC_POSITIVE) {
                continue;
            }
            for (TerminalInstance other : nets.others(terminal)) {
                TerminalKind kind = kind(other);
                ComponentInstance owner = other.getComponent();
                if (kind == TerminalKind.SYSTEM_POSITIVE || kind == TerminalKind.LI_ION_POSITIVE
                        || kind == TerminalKind.BATTERY_POSITIVE && owner.getType() instanceof LithiumBatteryModel
                        || kind == TerminalKind.DC_POSITIVE && INTERMEDIATES.contains(owner.getType().getCategory())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The BMS whose System+ port feeds the device, or null. */
    ComponentInstance systemPort(ComponentInstance device) {
        for (TerminalInstance terminal : device.getTerminals()) {
            if (kind(terminal) == TerminalKind.DC_POSITIVE) {
                for (TerminalInstance other : nets.others(terminal)) {
                    if (kind(other) == TerminalKind.SYSTEM_POSITIVE && other.getComponent().getType() instanceof BmsModel) {
                        return other.getComponent();
                    }
                }
            }
        }
        return null;
    }

    /** Every BMS output that reaches one of the device's terminals, directly or through one cable. */
    List<SignalPath> signalPaths(ComponentInstance device) {
        List<SignalPath> paths = new ArrayList<>();
        for (TerminalInstance target : device.getTerminals()) {
            for (TerminalInstance other : nets.others(target)) {
                ComponentInstance owner = other.getComponent();
                if (owner.getType() instanceof BmsModel && BMS_OUTPUTS.contains(kind(other))) {
                    paths.add(new SignalPath(owner, other, null, target));
                } else if (owner.getType() instanceof AccessoryCableType && kind(other) != TerminalKind.SIGNAL_INPUT) {
                    for (TerminalInstance cableInput : owner.getTerminals()) {
                        if (kind(cableInput) != TerminalKind.SIGNAL_INPUT) {
                            continue;
                        }
                        for (TerminalInstance source : nets.others(cableInput)) {
                            if (source.getComponent().getType() instanceof BmsModel && BMS_OUTPUTS.contains(kind(source))) {
                                paths.add(new SignalPath(source.getComponent(), source, owner, target));
                            }
                        }
                    }
                }
            }
        }
        return paths;
    }

    /** An intermediate device (BatteryProtect, Cyrix) on the device's DC+ that a BMS output switches, or null. */
    ComponentInstance controlledIntermediate(ComponentInstance device) {
        for (TerminalInstance terminal : device.getTerminals()) {
            if (kind(terminal) != TerminalKind.DC_POSITIVE) {
                continue;
            }
            for (TerminalInstance other : nets.others(terminal)) {
                ComponentInstance owner = other.getComponent();
                if (owner.getType() != null && INTERMEDIATES.contains(owner.getType().getCategory()) && !signalPaths(owner).isEmpty()) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** A BMS that switches the device over VE.Bus (the VE.Bus BMS models, 002 "Communication options"). */
    ComponentInstance veBusControl(ComponentInstance device) {
        for (TerminalInstance terminal : device.getTerminals()) {
            if (kind(terminal) == TerminalKind.VE_BUS) {
                for (TerminalInstance other : nets.others(terminal)) {
                    if (kind(other) == TerminalKind.VE_BUS && other.getComponent().getType() instanceof BmsModel) {
                        return other.getComponent();
                    }
                }
            }
        }
        return null;
    }

    /** The routes of 001 Appendix A that apply to the device under {@code bms} (its model and variant). */
    static List<RemoteControlRoute> routes(ComponentInstance device, ComponentInstance bms) {
        List<RemoteControlRoute> routes = new ArrayList<>();
        for (RemoteControlRoute route : device.getType().getRemoteControlRoutes()) {
            boolean model = route.getBmsModels().isEmpty() || route.getBmsModels().stream().anyMatch(m -> same(m, bms.getType()));
            boolean variant = route.getVariants().isEmpty() || device.getVariant() == null
                    || route.getVariants().stream().anyMatch(v -> v.getId() != null && v.getId().equals(device.getVariant().getId()));
            if (model && variant) {
                routes.add(route);
            }
        }
        return routes;
    }

    /** Whether a signal path follows the route: same output, same cable (or none), the route's terminal. */
    static boolean follows(SignalPath path, RemoteControlRoute route) {
        if (!route.getBmsOutputs().contains(path.outputKind())) {
            return false;
        }
        if (!route.getTargetTerminals().isEmpty() && route.getTargetTerminals().stream().noneMatch(t -> same(t, path.target().getDefinition()))) {
            return false;
        }
        return switch (route.getMethod()) {
            case DIRECT -> path.cable() == null;
            case INTERFACE_CABLE -> path.cable() != null && same(path.cable().getType(), route.getCable());
            default -> false;
        };
    }

    static boolean isSignalRoute(RemoteControlRoute route) {
        return route.getMethod() == ControlMethod.DIRECT || route.getMethod() == ControlMethod.INTERFACE_CABLE;
    }

    /** The first BMS of the design, or null. */
    ComponentInstance bms() {
        for (ComponentInstance component : design.getComponents()) {
            if (component.getType() instanceof BmsModel) {
                return component;
            }
        }
        return null;
    }

    /**
     * Catalog elements compared by id: a design and a catalog loaded into different resource sets hold
     * different copies of the same product.
     */
    static boolean same(ProductType a, ProductType b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    static boolean same(TerminalDefinition a, TerminalDefinition b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId()) && same(a.getProductType(), b.getProductType());
    }

    static TerminalKind kind(TerminalInstance terminal) {
        return terminal.getDefinition() == null ? TerminalKind.UNSPECIFIED : terminal.getDefinition().getKind();
    }
}
