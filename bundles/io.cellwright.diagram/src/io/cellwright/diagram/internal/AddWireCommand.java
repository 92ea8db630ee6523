package io.cellwright.diagram.internal;

import org.eclipse.emf.common.command.AbstractCommand;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.Wire;

/** Adds one wire to a design; undoable. Needs no editing domain, so it runs on any command stack. */
final class AddWireCommand extends AbstractCommand {

    private final SystemDesign design;
    private final Wire wire;

    AddWireCommand(SystemDesign design, Wire wire) {
        super("Create wire " + wire.getId(), "Adds wire " + wire.getId() + " to the design.");
        this.design = design;
        this.wire = wire;
    }

    @Override
    protected boolean prepare() {
        return wire.getFrom() != null && wire.getTo() != null && !design.getWires().contains(wire);
    }

    @Override
    public void execute() {
        design.getWires().add(wire);
    }

    @Override
    public void undo() {
        design.getWires().remove(wire);
    }

    @Override
    public void redo() {
        execute();
    }
}
