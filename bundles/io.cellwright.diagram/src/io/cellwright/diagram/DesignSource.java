package io.cellwright.diagram;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

import io.cellwright.model.design.SystemDesign;

/**
 * The design a diagram shows, its notation, and the one way the diagram changes the design: EMF
 * commands handed to {@link #execute(Command)}. The editor that opened the design owns all three and
 * runs the commands on its own command stack, on its own thread (GLSP calls from its threads), so the
 * diagram's Ctrl+Z and the workbench's Undo walk one history.
 */
public interface DesignSource {

    SystemDesign design();

    DiagramNotation notation();

    void execute(Command command);

    /** Undoes the last command of the design's history, when there is one. */
    default void undo() {
    }

    default void redo() {
    }

    default boolean canUndo() {
        return false;
    }

    default boolean canRedo() {
        return false;
    }

    /** Whether the design has changes not yet saved. */
    default boolean isDirty() {
        return false;
    }

    /** Runs {@code reading} where the design is changed (the model thread), so it sees no half-done change. */
    default <T> T read(Supplier<T> reading) {
        return reading.get();
    }

    /** A design changed through {@code executor} (for example the editor's command stack on the display thread). */
    static DesignSource of(SystemDesign design, DiagramNotation notation, Consumer<Command> executor) {
        return new DesignSource() {
            @Override
            public SystemDesign design() {
                return design;
            }

            @Override
            public DiagramNotation notation() {
                return notation;
            }

            @Override
            public void execute(Command command) {
                executor.accept(command);
            }
        };
    }

    /**
     * A design whose changes run on {@code stack}, each inside {@code modelThread} (the editor passes
     * {@code display::syncExec}; it must run the runnable before it returns): execute, undo, redo, and
     * what the diagram reads. Dirty is the stack's {@link BasicCommandStack#isSaveNeeded()} when it is one.
     */
    static DesignSource of(SystemDesign design, DiagramNotation notation, CommandStack stack, Consumer<Runnable> modelThread) {
        return new DesignSource() {
            @Override
            public SystemDesign design() {
                return design;
            }

            @Override
            public DiagramNotation notation() {
                return notation;
            }

            @Override
            public void execute(Command command) {
                modelThread.accept(() -> stack.execute(command));
            }

            @Override
            public void undo() {
                modelThread.accept(() -> {
                    if (stack.canUndo()) {
                        stack.undo();
                    }
                });
            }

            @Override
            public void redo() {
                modelThread.accept(() -> {
                    if (stack.canRedo()) {
                        stack.redo();
                    }
                });
            }

            @Override
            public boolean canUndo() {
                return read(stack::canUndo);
            }

            @Override
            public boolean canRedo() {
                return read(stack::canRedo);
            }

            @Override
            public boolean isDirty() {
                return read(() -> stack instanceof BasicCommandStack basic ? basic.isSaveNeeded() : stack.canUndo());
            }

            @Override
            public <T> T read(Supplier<T> reading) {
                AtomicReference<T> result = new AtomicReference<>();
                AtomicBoolean ran = new AtomicBoolean();
                modelThread.accept(() -> {
                    result.set(reading.get());
                    ran.set(true);
                });
                if (!ran.get()) {
                    throw new IllegalStateException("the model thread did not run the reading (is its display disposed?)");
                }
                return result.get();
            }
        };
    }

    /** A design with a command stack of its own, serialized by a lock (headless use, tests). */
    static DesignSource of(SystemDesign design, DiagramNotation notation) {
        CommandStack stack = new BasicCommandStack();
        Object lock = new Object();
        return of(design, notation, stack, runnable -> {
            synchronized (lock) {
                runnable.run();
            }
        });
    }
}
