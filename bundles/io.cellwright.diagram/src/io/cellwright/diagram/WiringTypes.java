package io.cellwright.diagram;

import org.eclipse.glsp.graph.DefaultTypes;

/** Diagram type and element types the wiring diagram server and its client agree on. */
public final class WiringTypes {

    public static final String DIAGRAM_TYPE = "cellwright-wiring";
    /** The client draws these with its default views (rounded node, port, edge, label). */
    public static final String COMPONENT = DefaultTypes.NODE;
    public static final String TERMINAL = DefaultTypes.PORT;
    public static final String WIRE = DefaultTypes.EDGE;
    public static final String LABEL = DefaultTypes.LABEL;
    /** CSS classes on the rendered elements: the client's style sheet and the UI tests use them. */
    public static final String CSS_COMPONENT = "cw-component";
    public static final String CSS_TERMINAL = "cw-terminal";
    public static final String CSS_WIRE = "cw-wire";
    /** Orthogonal wires, drawn by the client's Manhattan router. */
    public static final String ROUTER = "manhattan";

    private WiringTypes() {
    }
}
