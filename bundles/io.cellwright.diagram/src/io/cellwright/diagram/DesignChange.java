package io.cellwright.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

import io.cellwright.model.design.SystemDesign;

/**
 * An undoable EMF command made of plain Java changes to a design and its notation: the changes are
 * recorded while they run (EMF's {@link ChangeRecorder}) and undone and redone by replaying the
 * recording. So every diagram edit (create, delete, move, layout, paste) is one command on the editor's
 * command stack, with no editing domain and no hand-written inverse.
 */
public final class DesignChange extends AbstractCommand {

    private final List<Notifier> observed;
    private final Runnable change;
    private ChangeDescription recorded;

    /** A change of {@code design} and {@code notation}, named {@code label} in the Edit menu. */
    public DesignChange(String label, SystemDesign design, DiagramNotation notation, Runnable change) {
        super(label);
        this.observed = new ArrayList<>();
        // The whole resource when there is one: a notation that joins it as its second root is recorded too.
        observed.add(design.eResource() != null ? design.eResource() : design);
        if (notation.diagram().eResource() == null || notation.diagram().eResource() != design.eResource()) {
            observed.add(notation.diagram());
        }
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        ChangeRecorder recorder = new ChangeRecorder(observed);
        try {
            change.run();
        } catch (RuntimeException | Error e) {
            // A change that fails half way is rolled back, so the design is never left half edited.
            ChangeDescription partial = recorder.endRecording();
            recorder.dispose();
            partial.apply();
            throw e;
        }
        recorded = recorder.endRecording();
        recorder.dispose();
    }

    @Override
    public boolean canUndo() {
        return recorded != null;
    }

    @Override
    public void undo() {
        recorded.applyAndReverse();
    }

    @Override
    public void redo() {
        recorded.applyAndReverse();
    }
}
