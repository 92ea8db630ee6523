package io.cellwright.diagram.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.eclipse.glsp.server.utils.StatusActionUtil;

import io.cellwright.diagram.ConnectRules;
import io.cellwright.diagram.WiringTypes;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.DesignFactory;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;

/**
 * Connecting two terminal ports adds a wire to the design, as one undoable EMF command; a connection
 * the {@link ConnectRules} refuse adds nothing and tells the designer why.
 */
public class CreateWireHandler extends CreateElementHandler<CreateEdgeOperation> {

    private static final int REFUSAL_SHOWN_MS = 8000;

    public CreateWireHandler() {
        super(WiringTypes.WIRE, "Wire");
    }

    @Override
    protected Optional<Command> commandFor(CreateEdgeOperation operation) {
        SystemDesign design = source.design();
        TerminalInstance from = terminal(design, operation.getSourceElementId());
        TerminalInstance to = terminal(design, operation.getTargetElementId());
        if (from == null || to == null) {
            refuse("A wire connects two terminals; " + (from == null ? operation.getSourceElementId() : operation.getTargetElementId())
                    + " is not a terminal of this design.");
            return Optional.empty();
        }
        Optional<String> reason = ConnectRules.whyNot(design, from, to);
        if (reason.isPresent()) {
            refuse(reason.get());
            return Optional.empty();
        }
        Wire wire = DesignFactory.eINSTANCE.createWire();
        wire.setId(newWireId(design));
        wire.setFrom(from);
        wire.setTo(to);
        return Optional.of(new AddWireCommand(design, wire));
    }

    /** The reason goes to the host (message) and into the diagram's status line for a while. */
    private void refuse(String reason) {
        actionDispatcher.dispatch(MessageActionUtil.error(reason));
        actionDispatcher.dispatch(StatusActionUtil.error(reason, REFUSAL_SHOWN_MS));
    }

    private static TerminalInstance terminal(SystemDesign design, String id) {
        if (id == null) {
            return null;
        }
        return design.getComponents().stream().flatMap(c -> c.getTerminals().stream())
                .filter(t -> id.equals(t.getId())).findFirst().orElse(null);
    }

    /** "wire-N" with the first N no element of the design uses (ids are unique in a design file). */
    static String newWireId(SystemDesign design) {
        Set<String> used = new HashSet<>();
        design.eAllContents().forEachRemaining(o -> {
            if (o instanceof DesignElement element && element.getId() != null) {
                used.add(element.getId());
            }
        });
        int n = design.getWires().size() + 1;
        while (used.contains("wire-" + n)) {
            n++;
        }
        return "wire-" + n;
    }
}
