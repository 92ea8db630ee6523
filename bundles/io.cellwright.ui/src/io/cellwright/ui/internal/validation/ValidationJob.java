package io.cellwright.ui.internal.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Finding;

/**
 * Validates a design off the display thread: the rules run on a {@link DesignSnapshot}, the markers of a
 * workspace file are replaced under the file's scheduling rule (two runs on one file take turns), and the
 * findings go back to the display thread. The designer types on while it runs.
 */
public final class ValidationJob extends Job {

    /** The job family, for tests and for cancelling every validation at shutdown. */
    public static final Object FAMILY = ValidationJob.class;

    private final DesignSnapshot snapshot;
    private final IFile file;
    private final Display display;
    private final Consumer<List<Finding>> done;

    private ValidationJob(String name, DesignSnapshot snapshot, IFile file, Display display, Consumer<List<Finding>> done) {
        super("Validating " + name);
        this.snapshot = snapshot;
        this.file = file;
        this.display = display;
        this.done = done;
        setRule(file);
        setUser(false);
    }

    /**
     * A job validating {@code design} as it is now (copied here, so call on the display thread), writing
     * markers on {@code file} when it is not null and handing the findings to {@code done} on the display.
     */
    public static ValidationJob of(SystemDesign design, String name, IFile file, Consumer<List<Finding>> done) {
        return new ValidationJob(name, DesignSnapshot.of(design), file, Display.getCurrent(), done);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        List<Finding> findings = snapshot.validate();
        progress.worked(1);
        if (progress.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (file != null && file.exists()) {
            try {
                ValidationMarkers.replace(file, snapshot.markerFindings(), progress.split(2));
            } catch (CoreException e) {
                return Status.error("The problem markers of " + file.getFullPath() + " could not be updated: " + e.getMessage(), e);
            }
        }
        if (done != null && display != null && !display.isDisposed()) {
            display.asyncExec(() -> done.accept(findings));
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
