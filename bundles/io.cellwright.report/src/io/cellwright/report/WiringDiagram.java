package io.cellwright.report;

import java.awt.Graphics2D;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The wiring diagram a report shows in its own section, as drawn by Cellwright's diagram export: one
 * {@code <svg>} element in the SVG namespace ({@code xmlns="http://www.w3.org/2000/svg"}), well-formed XML, no
 * external references, which the HTML report places inline; and, for the PDF, the same drawing as a
 * {@link Vector} painter, which the PDF report draws as vectors (PDFBox's Graphics2D). Reports without a diagram
 * leave the section out; Cellwright never draws a stand-in.
 */
public record WiringDiagram(String caption, String svg, Optional<Vector> vector) {

    /**
     * The drawing for the PDF: its size in diagram units (CSS pixels at 100 %) and a painter that draws it with
     * its top-left corner at 0, 0 on the Graphics2D it is given (already scaled to fit the page).
     */
    public record Vector(double width, double height, Consumer<Graphics2D> painter) {
        public Vector {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("A diagram has a positive size; got " + width + " x " + height);
            }
            Objects.requireNonNull(painter, "painter");
        }
    }

    public WiringDiagram {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(vector, "vector");
        if (!svg.stripLeading().startsWith("<svg")) {
            throw new IllegalArgumentException("A wiring diagram is one <svg> element; got: "
                    + svg.substring(0, Math.min(40, svg.length())));
        }
    }

    /** A diagram for the HTML report only: the PDF report refuses it. */
    public WiringDiagram(String caption, String svg) {
        this(caption, svg, Optional.empty());
    }

    /** A diagram for both reports. */
    public WiringDiagram(String caption, String svg, Vector vector) {
        this(caption, svg, Optional.of(vector));
    }
}
