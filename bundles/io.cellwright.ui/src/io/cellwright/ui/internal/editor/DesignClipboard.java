package io.cellwright.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cellwright.design.DesignIds;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Copy and paste of components inside the workbench: Copy keeps copies of the selected components and
 * of the wires between them; Paste adds new copies with ids no element of the target design uses
 * (terminal ids follow their component's, "bms-2.system-plus") as one undoable command.
 */
final class DesignClipboard {

    /** One clipboard for every design editor, so components can be pasted into another design. */
    private static List<EObject> copied = List.of();

    private DesignClipboard() {
    }

    /** Keeps copies of the selected components with the wires that join two of them; false when none is selected. */
    static boolean copy(SystemDesign design, Collection<EObject> selection) {
        Set<ComponentInstance> components = new LinkedHashSet<>();
        for (EObject element : selection) {
            if (element instanceof ComponentInstance component) {
                components.add(component);
            }
        }
        if (components.isEmpty()) {
            return false;
        }
        List<EObject> originals = new ArrayList<>(components);
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null && components.contains(wire.getFrom().getComponent())
                    && components.contains(wire.getTo().getComponent())) {
                originals.add(wire);
            }
        }
        copied = List.copyOf(EcoreUtil.copyAll(originals));
        return true;
    }

    static boolean isEmpty() {
        return copied.isEmpty();
    }

    /** A paste: its command and the id of each copied component's new copy, by the copied id. */
    record Pasted(Command command, Map<String, String> ids) {
    }

    /** The paste of the clipboard into {@code design}, or null when it is empty. */
    static Pasted paste(EditingDomain domain, SystemDesign design) {
        if (copied.isEmpty()) {
            return null;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Collection<EObject> pasted = EcoreUtil.copyAll(copied);
        DesignIds used = new DesignIds(design);
        List<ComponentInstance> components = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (EObject element : pasted) {
            if (element instanceof ComponentInstance component) {
                String id = used.unique(component.getId());
                ids.put(component.getId(), id);
                for (TerminalInstance terminal : component.getTerminals()) {
                    String suffix = terminal.getId() != null && terminal.getId().startsWith(component.getId() + ".")
                            ? terminal.getId().substring(component.getId().length()) : "." + terminal.getId();
                    terminal.setId(used.unique(id + suffix));
                }
                component.setId(id);
                components.add(component);
            } else if (element instanceof Wire wire) {
                wire.setId(used.unique(wire.getId()));
                wires.add(wire);
            }
        }
        CompoundCommand command = new CompoundCommand("Paste " + components.size() + (components.size() == 1 ? " component" : " components"));
        command.append(AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__COMPONENTS, components));
        if (!wires.isEmpty()) {
            command.append(AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__WIRES, wires));
        }
        return new Pasted(command, Map.copyOf(ids));
    }
}
