package io.cellwright.diagram;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Copy and paste of components: what is copied is a small design file (XMI, as the design's own file)
 * with the selected components, the wires between them and their places; pasting adds copies with new
 * ids and names, offset from the originals, referring to the same catalog products.
 */
public final class DesignClipboard {

    /** The clipboard format the diagram client carries the copied design in. */
    public static final String FORMAT = "application/x-cellwright-design+xml";
    /** How far a pasted copy sits from the original, right and down. */
    public static final double OFFSET = 40;
    private static final AtomicInteger SCRATCH = new AtomicInteger();

    private DesignClipboard() {
    }

    /** The selected components (and wires between them; a selected wire alone is not copied) as clipboard text; null when none. */
    public static String copy(SystemDesign design, DiagramNotation notation, Collection<String> selectedIds) {
        Set<String> ids = new HashSet<>(selectedIds);
        List<ComponentInstance> components = design.getComponents().stream().filter(c -> ids.contains(c.getId())).toList();
        if (components.isEmpty()) {
            return null;
        }
        Set<TerminalInstance> terminals = new HashSet<>();
        components.forEach(c -> terminals.addAll(c.getTerminals()));
        List<Wire> wires = design.getWires().stream().filter(w -> terminals.contains(w.getFrom()) && terminals.contains(w.getTo())).toList();

        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        SystemDesign clip = DesignFactory.eINSTANCE.createSystemDesign();
        clip.setId("clipboard");
        clip.setFormatVersion(DesignFiles.FORMAT_VERSION);
        components.forEach(c -> clip.getComponents().add((ComponentInstance) copier.copy(c)));
        wires.forEach(w -> clip.getWires().add((Wire) copier.copy(w)));
        copier.copyReferences();
        DiagramNotation places = new DiagramNotation();
        for (ComponentInstance component : components) {
            notation.get(component.getId()).ifPresent(b -> places.put(component.getId(), b));
            component.getTerminals().forEach(t -> notation.get(t.getId()).ifPresent(b -> places.put(t.getId(), b)));
        }

        Resource scratch = scratchResource(design);
        try {
            scratch.getContents().add(clip);
            scratch.getContents().add(places.diagram());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scratch.save(out, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the selection", e);
        } finally {
            scratch.getContents().clear();
            dispose(scratch);
        }
    }

    /**
     * Adds copies of what {@code text} holds to {@code design}, with new ids ("charger-2", "wire-7")
     * and names ("MultiPlus 2"), placed {@link #OFFSET} right and down from where they were copied.
     * Returns the new components. Call it inside a {@link DesignChange} to make it undoable.
     */
    public static List<ComponentInstance> paste(SystemDesign design, DiagramNotation notation, String text) {
        Resource scratch = scratchResource(design);
        SystemDesign clip;
        DiagramNotation places = new DiagramNotation();
        try {
            scratch.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
            EcoreUtil.resolveAll(scratch);
            clip = scratch.getContents().stream().filter(SystemDesign.class::isInstance).map(SystemDesign.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the clipboard holds no Cellwright components"));
            scratch.getContents().stream().filter(io.cellwright.model.notation.Diagram.class::isInstance).findFirst()
                    .ifPresent(d -> ((io.cellwright.model.notation.Diagram) d).getShapes().forEach(s -> places.put(s.getElementId(),
                            new DiagramNotation.Bounds(s.getX(), s.getY(), s.getWidth(), s.getHeight()))));
        } catch (IOException e) {
            dispose(scratch);
            throw new IllegalArgumentException("the clipboard does not hold Cellwright components (" + e.getMessage() + ")", e);
        }
        try {
            return addCopies(design, notation, clip, places);
        } finally {
            scratch.getContents().clear();
            dispose(scratch);
        }
    }

    private static List<ComponentInstance> addCopies(SystemDesign design, DiagramNotation notation, SystemDesign clip, DiagramNotation places) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof DesignElement e && e.getId() != null) {
                ids.add(e.getId());
            }
            if (o instanceof ComponentInstance c && c.getName() != null) {
                names.add(c.getName());
            }
        });
        Map<String, String> renamed = new HashMap<>();
        List<ComponentInstance> added = new ArrayList<>();
        for (ComponentInstance component : List.copyOf(clip.getComponents())) {
            String oldId = component.getId();
            String prefix = component.getType() == null ? "component" : PaletteGroups.groupOf(component.getType().getCategory()).idPrefix();
            String newId = free(ids, prefix);
            renamed.put(oldId, newId);
            component.setId(newId);
            component.setName(freeName(names, component.getName() == null ? newId : component.getName()));
            for (TerminalInstance terminal : component.getTerminals()) {
                String definition = terminal.getDefinition() == null ? terminal.getId().substring(terminal.getId().lastIndexOf('.') + 1)
                        : terminal.getDefinition().getId();
                String oldTerminalId = terminal.getId();
                terminal.setId(newId + "." + definition);
                ids.add(terminal.getId());
                renamed.put(oldTerminalId, terminal.getId());
            }
            design.getComponents().add(component);
            added.add(component);
        }
        for (Wire wire : List.copyOf(clip.getWires())) {
            wire.setId(free(ids, "wire"));
            design.getWires().add(wire);
        }
        for (Map.Entry<String, String> entry : renamed.entrySet()) {
            places.get(entry.getKey()).ifPresent(b -> {
                boolean component = added.stream().anyMatch(c -> c.getId().equals(entry.getValue()));
                notation.put(entry.getValue(), component
                        ? new DiagramNotation.Bounds(b.x() + OFFSET, b.y() + OFFSET, b.width(), b.height())
                        : b);
            });
        }
        FreePlaces.placeUnplaced(design, notation);
        return added;
    }

    private static String free(Set<String> ids, String prefix) {
        int n = 1;
        while (ids.contains(prefix + "-" + n)) {
            n++;
        }
        ids.add(prefix + "-" + n);
        return prefix + "-" + n;
    }

    private static String freeName(Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; names.contains(candidate); n++) {
            candidate = name + " " + n;
        }
        names.add(candidate);
        return candidate;
    }

    /** A resource beside the design, so catalog references are written and resolved as in the design's file. */
    private static Resource scratchResource(SystemDesign design) {
        ResourceSet set = design.eResource() != null && design.eResource().getResourceSet() != null
                ? design.eResource().getResourceSet()
                : DesignFiles.newResourceSet(CatalogRegistry.getDefault());
        return set.createResource(URI.createURI("clipboard-" + SCRATCH.incrementAndGet() + "." + DesignFiles.EXTENSION));
    }

    private static void dispose(Resource scratch) {
        scratch.unload();
        if (scratch.getResourceSet() != null) {
            scratch.getResourceSet().getResources().remove(scratch);
        }
    }
}
