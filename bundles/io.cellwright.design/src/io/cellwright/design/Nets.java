package io.cellwright.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cellwright.model.catalog.ProductCategory;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * The electrical nets of a design: terminals joined by wires, and through fuses and fuse holders
 * (which pass current). Devices separate nets: a BMS port, a DC-DC converter or a combiner is a
 * boundary, which is what makes "wired straight to the battery" a question about nets. Validation, the
 * BMS selector and the simulation all join terminals this one way.
 */
public final class Nets {

    /** The categories whose terminals are one conductor by default: fuses and fuse holders. */
    public static final Set<ProductCategory> FUSES = Set.of(ProductCategory.FUSE, ProductCategory.FUSE_HOLDER);

    private final Map<TerminalInstance, TerminalInstance> parent = new HashMap<>();
    private final SystemDesign design;
    private Map<TerminalInstance, List<TerminalInstance>> members;

    public Nets(SystemDesign design) {
        this(design, FUSES);
    }

    /** Nets where every component of a category in {@code passThrough} joins all its terminals into one net. */
    public Nets(SystemDesign design, Set<ProductCategory> passThrough) {
        this.design = design;
        for (Wire wire : design.getWires()) {
            if (wire.getFrom() != null && wire.getTo() != null) {
                union(wire.getFrom(), wire.getTo());
            }
        }
        for (ComponentInstance component : design.getComponents()) {
            ProductCategory category = component.getType() == null ? null : component.getType().getCategory();
            if (category != null && passThrough.contains(category)) {
                List<TerminalInstance> terminals = component.getTerminals();
                for (int i = 1; i < terminals.size(); i++) {
                    union(terminals.get(0), terminals.get(i));
                }
            }
        }
    }

    /** The terminal that stands for the net of {@code terminal}: the same for every terminal of one net. */
    public TerminalInstance root(TerminalInstance terminal) {
        return find(terminal);
    }

    private TerminalInstance find(TerminalInstance terminal) {
        TerminalInstance root = parent.getOrDefault(terminal, terminal);
        if (root != terminal) {
            root = find(root);
            parent.put(terminal, root);
        }
        return root;
    }

    private void union(TerminalInstance a, TerminalInstance b) {
        TerminalInstance ra = find(a);
        TerminalInstance rb = find(b);
        if (ra != rb) {
            parent.put(ra, rb);
        }
    }

    public boolean connected(TerminalInstance a, TerminalInstance b) {
        return find(a) == find(b);
    }

    /** Every terminal of the design in the net of {@code terminal}, itself included. */
    public List<TerminalInstance> members(TerminalInstance terminal) {
        if (members == null) {
            members = new HashMap<>();
            for (ComponentInstance component : design.getComponents()) {
                for (TerminalInstance t : component.getTerminals()) {
                    members.computeIfAbsent(find(t), k -> new ArrayList<>()).add(t);
                }
            }
        }
        return members.getOrDefault(find(terminal), List.of(terminal));
    }

    /** The terminals of other components in the net of {@code terminal}. */
    public List<TerminalInstance> others(TerminalInstance terminal) {
        List<TerminalInstance> others = new ArrayList<>();
        for (TerminalInstance t : members(terminal)) {
            if (t.getComponent() != terminal.getComponent()) {
                others.add(t);
            }
        }
        return others;
    }
}
