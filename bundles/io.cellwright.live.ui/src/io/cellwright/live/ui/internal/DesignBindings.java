package io.cellwright.live.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.cellwright.live.DeviceKey;
import io.cellwright.live.design.LiveComparison;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.LiveBinding;
import io.cellwright.model.design.SystemDesign;

/**
 * The designs open in editors and their components' live bindings. Works through the public EMF
 * editing-domain interface of the design editor, so a binding is an undoable change of the design that
 * is saved with it. UI thread only.
 */
final class DesignBindings {

    /** A design component a device can be bound to, in an open design. */
    record Candidate(EditingDomain domain, SystemDesign design, ComponentInstance component) {
        /** "bms — Smart BMS 12-200  (boat.cwdesign)". */
        String label() {
            String type = component.getType() == null ? "?" : component.getType().getName();
            return component.getId() + " — " + type + "  (" + designName(design) + ")";
        }

        /** The label, and the device the component is bound to already (the bind dialog's choices). */
        String choiceLabel() {
            DeviceKey bound = LiveComparison.boundDevice(component);
            return label() + (bound == null ? "" : "  [bound to " + bound + "]");
        }
    }

    private DesignBindings() {
    }

    /** The design's file name (short, and what the editor tab shows), else its name. */
    static String designName(SystemDesign design) {
        Resource r = design.eResource();
        if (r != null && r.getURI().lastSegment() != null) {
            return org.eclipse.emf.common.util.URI.decode(r.getURI().lastSegment());
        }
        return design.getName() != null && !design.getName().isBlank() ? design.getName() : "design";
    }

    /** Every component of every open design. */
    static List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>();
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    IEditorPart editor = ref.getEditor(false);
                    if (!(editor instanceof IEditingDomainProvider provider) || provider.getEditingDomain() == null) {
                        continue;
                    }
                    EditingDomain domain = provider.getEditingDomain();
                    for (Resource resource : domain.getResourceSet().getResources()) {
                        for (var root : resource.getContents()) {
                            if (root instanceof SystemDesign design) {
                                design.getComponents().forEach(c -> all.add(new Candidate(domain, design, c)));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The component each device is bound to, in the open designs (the first one when several are). */
    static Map<DeviceKey, Candidate> bound() {
        Map<DeviceKey, Candidate> map = new HashMap<>();
        for (Candidate c : candidates()) {
            DeviceKey key = LiveComparison.boundDevice(c.component());
            if (key != null) {
                map.putIfAbsent(key, c);
            }
        }
        return map;
    }

    /** Binds through the editor's command stack: undoable, and the editor becomes dirty. */
    static void bind(Candidate candidate, DeviceKey device) {
        LiveBinding binding = DesignFactory.eINSTANCE.createLiveBinding();
        binding.setServiceType(device.serviceType());
        binding.setDeviceInstance(device.instance());
        Command command = SetCommand.create(candidate.domain(), candidate.component(), DesignPackage.Literals.COMPONENT_INSTANCE__LIVE_BINDING, binding);
        candidate.domain().getCommandStack().execute(command);
    }
}
