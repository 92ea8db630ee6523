package io.cellwright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.font.FontMappers;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

import io.cellwright.report.internal.BundledFontMapper;
import io.cellwright.report.internal.HtmlWriter;

/**
 * Renders a report's XHTML to PDF with openhtmltopdf and PDFBox. The DejaVu Sans fonts shipped in this bundle
 * ({@code fonts/}, license beside them) are embedded (subset), so the PDF looks the same on a machine without
 * any system fonts. openhtmltopdf's messages are collected per run instead of going to the console.
 */
public final class PdfReport {

    /** The PDF and openhtmltopdf's warnings about the document (a correct report has none). */
    public record Result(byte[] pdf, List<String> warnings) {
    }

    private static final String[][] FONTS = {
        { "/fonts/DejaVuSans.ttf", "400", "NORMAL" },
        { "/fonts/DejaVuSans-Bold.ttf", "700", "NORMAL" },
        { "/fonts/DejaVuSans-Oblique.ttf", "400", "ITALIC" },
    };

    static {
        // Without this openhtmltopdf prints its INFO lines to stderr through java.util.logging; the
        // diagnostic consumer below still receives every message.
        XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper(FONTS[0][0]));
    }

    private PdfReport() {
    }

    public static byte[] render(CustomerReport report) throws IOException {
        return write(report).pdf();
    }

    public static Result write(CustomerReport report) throws IOException {
        Optional<WiringDiagram.Vector> vector = report.context().diagram().flatMap(WiringDiagram::vector);
        if (report.context().diagram().isPresent() && vector.isEmpty()) {
            throw new IOException("The PDF report draws the wiring diagram from its vector painter, and this diagram has only SVG; write the HTML report instead.");
        }
        return write(new HtmlWriter(report, true).write(), report.context().cellwrightVersion(), vector);
    }

    /** Renders report XHTML (as {@link CustomerReport#toHtml()} writes it) to PDF. */
    public static Result write(String xhtml, String cellwrightVersion) throws IOException {
        return write(xhtml, cellwrightVersion, Optional.empty());
    }

    private static Result write(String xhtml, String cellwrightVersion, Optional<WiringDiagram.Vector> diagram) throws IOException {
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (String[] font : FONTS) {
            builder.useFont(() -> font(font[0]), "DejaVu Sans", Integer.valueOf(font[1]), FontStyle.valueOf(font[2]), true);
        }
        builder.withDiagnosticConsumer(d -> collect(d, warnings));
        builder.withProducer("Cellwright " + cellwrightVersion);
        diagram.ifPresent(vector -> builder.useObjectDrawerFactory(diagramDrawer(vector)));
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("The PDF could not be rendered: " + e.getMessage(), e);
        }
        return new Result(pdf.toByteArray(), List.copyOf(warnings));
    }

    /**
     * Draws the diagram into its object element as vectors: openhtmltopdf hands a PDFBox Graphics2D of the
     * element's size (in CSS pixels), scaled here so the whole drawing fits it.
     */
    private static DefaultObjectDrawerFactory diagramDrawer(WiringDiagram.Vector vector) {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(HtmlWriter.DIAGRAM_OBJECT_TYPE, (element, x, y, width, height, device, context, dotsPerPixel) -> {
            float w = (float) (width / dotsPerPixel);
            float h = (float) (height / dotsPerPixel);
            device.drawWithGraphics((float) x, (float) y, w, h, g -> {
                double scale = Math.min(w / vector.width(), h / vector.height());
                g.scale(scale, scale);
                vector.painter().accept(g);
            });
            return null;
        });
        return factory;
    }

    private static void collect(Diagnostic diagnostic, List<String> warnings) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(diagnostic.getFormattedMessage());
        }
    }

    private static InputStream font(String resource) {
        InputStream in = PdfReport.class.getResourceAsStream(resource);
        if (in == null) {
            // The fonts are part of this bundle; a missing one is a broken install, not a user error.
            throw new IllegalStateException("Font " + resource + " is missing from the io.cellwright.report bundle; reinstall Cellwright.");
        }
        return in;
    }
}
