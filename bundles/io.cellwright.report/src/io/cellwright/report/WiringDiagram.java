package io.cellwright.report;

import java.util.Objects;

/**
 * The wiring diagram a report shows in its own section, as drawn by the diagram editor: one {@code <svg>}
 * element in the SVG namespace ({@code xmlns="http://www.w3.org/2000/svg"}), well-formed XML, no external
 * references. Reports without a diagram leave the section out; Cellwright never draws a stand-in.
 *
 * <p>The HTML report places the SVG inline. The PDF needs an SVG drawer for openhtmltopdf
 * ({@code openhtmltopdf-svg-support}), which is not in the target yet, so {@link PdfReport} refuses a
 * report with a diagram until the diagram work adds one.
 */
public record WiringDiagram(String caption, String svg) {

    public WiringDiagram {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
        if (!svg.stripLeading().startsWith("<svg")) {
            throw new IllegalArgumentException("A wiring diagram is one <svg> element; got: "
                    + svg.substring(0, Math.min(40, svg.length())));
        }
    }
}
