package io.cellwright.simulation.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.cellwright.simulation.EventLog;
import io.cellwright.simulation.Simulation;
import io.cellwright.simulation.SimulationEvent;
import io.cellwright.simulation.SimulationOutput;

/**
 * Runs a compiled simulation in the background. Progress is worked once per simulated hour (the
 * engine's progress call), and cancelling the job stops the engine at its next progress call.
 */
public final class SimulationJob extends Job {

    /** Family of every simulation job, to find or join them. */
    public static final Object FAMILY = SimulationJob.class;

    private final Simulation simulation;
    private final RunResults results;

    public SimulationJob(String name, Simulation simulation, RunResults results) {
        super(name);
        this.simulation = simulation;
        this.results = results;
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        double duration = results.duration();
        int hours = (int) Math.max(1, Math.ceil(duration / 3600));
        monitor.beginTask(getName(), hours);
        double simulated = simulation.run(new SimulationOutput() {
            private int worked;

            @Override
            public void sample(double t, double[] row) {
                results.sample(t, row);
            }

            @Override
            public void event(SimulationEvent event) {
                results.event(event);
            }

            @Override
            public void progress(double t, double total) {
                results.progress(t, total);
                int now = (int) Math.min(hours, t / 3600);
                if (now > worked) {
                    monitor.worked(now - worked);
                    worked = now;
                    monitor.subTask(EventLog.clock(t) + " of " + EventLog.clock(duration));
                }
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        });
        boolean cancelled = monitor.isCanceled() && simulated < duration;
        results.finish(simulated, cancelled);
        monitor.done();
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public RunResults results() {
        return results;
    }
}
