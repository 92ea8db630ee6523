package io.cellwright.diagram;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

import io.cellwright.model.design.SystemDesign;

/**
 * The design a diagram shows, its notation, and the one way the diagram changes the design: EMF
 * commands handed to {@link #execute(Command)}. The editor that opened the design owns all three and
 * runs the commands on its own command stack, on its own thread (GLSP calls from its threads).
 */
public interface DesignSource {

    SystemDesign design();

    DiagramNotation notation();

    void execute(Command command);

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

    /** A design with a command stack of its own, serialized by a lock (headless use, tests). */
    static DesignSource of(SystemDesign design, DiagramNotation notation) {
        CommandStack stack = new BasicCommandStack();
        return of(design, notation, command -> {
            synchronized (stack) {
                stack.execute(command);
            }
        });
    }
}
