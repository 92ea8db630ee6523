package io.cellwright.diagram;

import io.cellwright.model.design.SystemDesign;

/**
 * The design a diagram shows and its notation. The editor that opened the design owns both; the
 * diagram server reads them (and later changes the design through the editor's command stack).
 */
public interface DesignSource {

    SystemDesign design();

    DiagramNotation notation();

    static DesignSource of(SystemDesign design, DiagramNotation notation) {
        return new DesignSource() {
            @Override
            public SystemDesign design() {
                return design;
            }

            @Override
            public DiagramNotation notation() {
                return notation;
            }
        };
    }
}
