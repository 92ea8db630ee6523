package io.cellwright.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.design.Components;
import io.cellwright.model.catalog.AccessoryCableType;
import io.cellwright.model.catalog.NumberSettingDefinition;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.TerminalDefinition;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.validation.Finding;

/**
 * The quick fixes of a finding, read from its hints alone, so a new rule that gives the same hints gets
 * its fixes without code here:
 * <ul>
 * <li>SETTING + VALUE: set a number setting ("Set the battery charge limit to 14.2 V");</li>
 * <li>SETTING + OPTION: choose a setting's option ("Set the fuse type to Megafuse 100 A");</li>
 * <li>PRODUCT + FROM + TO: put an interface cable between two terminals, replacing a direct wire or a
 * wrong cable ("Insert Inverting remote on-off cable (ASS030550100)");</li>
 * <li>FROM + TO: add a wire between two terminals ("Add the wire loop between remote L and remote H").</li>
 * </ul>
 * Every fix is one EMF command (compound where it takes several changes), so Undo takes it back whole.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    public static List<QuickFix> of(Finding finding) {
        List<QuickFix> fixes = new ArrayList<>();
        Object setting = finding.hint(Finding.HINT_SETTING);
        Object from = finding.hint(Finding.HINT_FROM);
        Object to = finding.hint(Finding.HINT_TO);
        if (setting != null && finding.hint(Finding.HINT_VALUE) instanceof Number value) {
            addIfPresent(fixes, numberSetting(finding, setting, value.doubleValue()));
        }
        if (setting != null && finding.hint(Finding.HINT_OPTION) instanceof SettingOption option) {
            addIfPresent(fixes, choiceSetting(finding, setting, option));
        }
        if (from instanceof TerminalInstance start && to instanceof TerminalInstance end && design(start) != null) {
            if (finding.hint(Finding.HINT_PRODUCT) instanceof ProductType cable) {
                addIfPresent(fixes, insertCable(finding, cable, start, end));
            } else {
                fixes.add(addWire(start, end));
            }
        }
        return fixes;
    }

    private static void addIfPresent(List<QuickFix> fixes, QuickFix fix) {
        if (fix != null) {
            fixes.add(fix);
        }
    }

    // Settings

    private static QuickFix numberSetting(Finding finding, Object setting, double value) {
        SettingDefinition definition = definition(setting);
        if (!(definition instanceof NumberSettingDefinition number)) {
            return null;
        }
        String shown = FactFormatter.number(value, -1) + (number.getUnit() == null ? "" : " " + FactFormatter.symbol(number.getUnit()));
        String label = "Set the " + label(definition) + " to " + shown;
        ComponentInstance component = component(finding, setting, definition);
        return new QuickFix(label, label + (component == null ? "" : " on '" + component.getId() + "'") + ".", domain -> {
            NumberSettingValue existing = setting instanceof NumberSettingValue v ? v : find(component, definition, NumberSettingValue.class);
            if (existing != null) {
                return labelled(SetCommand.create(domain, existing, DesignPackage.Literals.NUMBER_SETTING_VALUE__VALUE, value), label);
            }
            NumberSettingValue added = DesignFactory.eINSTANCE.createNumberSettingValue();
            added.setDefinition(definition);
            added.setValue(value);
            return labelled(AddCommand.create(domain, component, DesignPackage.Literals.COMPONENT_INSTANCE__SETTINGS, added), label);
        });
    }

    private static QuickFix choiceSetting(Finding finding, Object setting, SettingOption option) {
        SettingDefinition definition = definition(setting);
        if (definition == null) {
            return null;
        }
        String label = "Set the " + label(definition) + " to " + (option.getLabel() == null ? option.getKey() : option.getLabel());
        ComponentInstance component = component(finding, setting, definition);
        return new QuickFix(label, label + (component == null ? "" : " on '" + component.getId() + "'") + ".", domain -> {
            ChoiceSettingValue existing = setting instanceof ChoiceSettingValue v ? v : find(component, definition, ChoiceSettingValue.class);
            if (existing != null) {
                return labelled(SetCommand.create(domain, existing, DesignPackage.Literals.CHOICE_SETTING_VALUE__OPTION, option), label);
            }
            ChoiceSettingValue added = DesignFactory.eINSTANCE.createChoiceSettingValue();
            added.setDefinition(definition);
            added.setOption(option);
            return labelled(AddCommand.create(domain, component, DesignPackage.Literals.COMPONENT_INSTANCE__SETTINGS, added), label);
        });
    }

    private static SettingDefinition definition(Object setting) {
        return switch (setting) {
            case SettingValue value -> value.getDefinition();
            case SettingDefinition definition -> definition;
            default -> null;
        };
    }

    /** The component the setting belongs to: the value's container, else the finding's component with that setting. */
    private static ComponentInstance component(Finding finding, Object setting, SettingDefinition definition) {
        if (setting instanceof SettingValue value && value.eContainer() instanceof ComponentInstance owner) {
            return owner;
        }
        ComponentInstance first = null;
        for (EObject element : finding.elements()) {
            if (element instanceof ComponentInstance component) {
                if (component.getType() != null && component.getType().getSettings().contains(definition)) {
                    return component;
                }
                first = first == null ? component : first;
            }
        }
        return first;
    }

    private static <T extends SettingValue> T find(ComponentInstance component, SettingDefinition definition, Class<T> kind) {
        if (component == null) {
            return null;
        }
        return component.getSettings().stream().filter(kind::isInstance).map(kind::cast).filter(v -> v.getDefinition() == definition).findFirst()
                .orElse(null);
    }

    private static String label(SettingDefinition definition) {
        String label = definition.getLabel() == null ? definition.getKey() : definition.getLabel();
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    // Wires and cables

    private static QuickFix addWire(TerminalInstance from, TerminalInstance to) {
        boolean loop = from.getComponent() != null && from.getComponent() == to.getComponent();
        String label = loop ? "Add the wire loop between " + terminalLabel(from) + " and " + terminalLabel(to) + " of '" + from.getComponent().getId() + "'"
                : "Add a wire from " + terminalId(from) + " to " + terminalId(to);
        return new QuickFix(label, label + ".", domain -> {
            SystemDesign design = design(from);
            Wire wire = wire(uniqueId(design, new HashSet<>(), wireId(from, to)), from, to);
            return labelled(AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__WIRES, wire), label);
        });
    }

    private static QuickFix insertCable(Finding finding, ProductType cable, TerminalInstance from, TerminalInstance to) {
        TerminalDefinition input = terminal(cable, TerminalKind.SIGNAL_INPUT);
        TerminalDefinition output = terminal(cable, TerminalKind.SIGNAL_OUTPUT, TerminalKind.VE_DIRECT);
        if (input == null || output == null) {
            return null;
        }
        String product = cable.getName() + (cable.getArticleNumbers().isEmpty() ? "" : " (" + cable.getArticleNumbers().get(0).getNumber() + ")");
        ComponentInstance old = cableBetween(from, to);
        String label = old == null ? "Insert " + product : "Replace the " + old.getType().getName() + " with the " + product;
        String description = label + " between " + terminalId(from) + " and " + terminalId(to) + (old == null ? ", instead of a direct wire." : ".");
        return new QuickFix(label, description, domain -> {
            SystemDesign design = design(from);
            CompoundCommand fix = new CompoundCommand(label);
            for (Wire wire : design.getWires()) {
                if (connects(wire, from, to) || (old != null && (old.getTerminals().contains(wire.getFrom()) || old.getTerminals().contains(wire.getTo())))) {
                    fix.append(RemoveCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__WIRES, wire));
                }
            }
            if (old != null) {
                fix.append(RemoveCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__COMPONENTS, old));
            }
            Set<String> taken = new HashSet<>();
            ComponentInstance inserted = Components.instantiate(cable, uniqueId(design, taken, cable.getId()));
            inserted.setNotes("Inserted by the quick fix of " + finding.ruleId() + " (" + finding.source() + ").");
            fix.append(AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__COMPONENTS, inserted));
            TerminalInstance cableIn = inserted.findTerminal(input.getId());
            TerminalInstance cableOut = inserted.findTerminal(output.getId());
            fix.append(AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__WIRES,
                    List.of(wire(uniqueId(design, taken, wireId(from, cableIn)), from, cableIn), wire(uniqueId(design, taken, wireId(cableOut, to)), cableOut, to))));
            return fix;
        });
    }

    /** An interface cable component already wired between {@code from} and {@code to}, or null. */
    private static ComponentInstance cableBetween(TerminalInstance from, TerminalInstance to) {
        SystemDesign design = design(from);
        for (Wire wire : design.getWires()) {
            TerminalInstance other = wire.getFrom() == from ? wire.getTo() : wire.getTo() == from ? wire.getFrom() : null;
            ComponentInstance candidate = other == null ? null : other.getComponent();
            if (candidate != null && candidate.getType() instanceof AccessoryCableType
                    && design.getWires().stream().anyMatch(w -> w.getFrom() == to && candidate.getTerminals().contains(w.getTo())
                            || w.getTo() == to && candidate.getTerminals().contains(w.getFrom()))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean connects(Wire wire, TerminalInstance a, TerminalInstance b) {
        return wire.getFrom() == a && wire.getTo() == b || wire.getFrom() == b && wire.getTo() == a;
    }

    private static TerminalDefinition terminal(ProductType type, TerminalKind... kinds) {
        for (TerminalKind kind : kinds) {
            for (TerminalDefinition definition : type.getTerminals()) {
                if (definition.getKind() == kind) {
                    return definition;
                }
            }
        }
        return null;
    }

    private static Wire wire(String id, TerminalInstance from, TerminalInstance to) {
        Wire wire = DesignFactory.eINSTANCE.createWire();
        wire.setId(id);
        wire.setFrom(from);
        wire.setTo(to);
        return wire;
    }

    private static String wireId(TerminalInstance from, TerminalInstance to) {
        ComponentInstance a = from.getComponent();
        ComponentInstance b = to.getComponent();
        if (a != null && a == b) {
            return "w-" + a.getId() + "-" + from.getDefinition().getId() + "-" + to.getDefinition().getId();
        }
        return "w-" + (a == null ? from.getId() : a.getId()) + "-" + (b == null ? to.getId() : b.getId());
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… so that no element of the design (nor one just taken) has it. */
    static String uniqueId(SystemDesign design, Set<String> taken, String base) {
        Set<String> used = new LinkedHashSet<>(taken);
        used.add(design.getId());
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof DesignElement element && element.getId() != null) {
                used.add(element.getId());
            }
        });
        String id = base;
        for (int i = 2; used.contains(id); i++) {
            id = base + "-" + i;
        }
        taken.add(id);
        return id;
    }

    private static String terminalLabel(TerminalInstance terminal) {
        TerminalDefinition definition = terminal.getDefinition();
        return definition == null ? terminal.getId() : definition.getLabel() == null ? definition.getId() : definition.getLabel();
    }

    private static String terminalId(TerminalInstance terminal) {
        return terminal.getId() == null ? terminalLabel(terminal) : terminal.getId();
    }

    static SystemDesign design(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof SystemDesign design) {
                return design;
            }
        }
        return null;
    }

    /** A command with the fix's label, so Edit → Undo names the fix. */
    private static Command labelled(Command command, String label) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
