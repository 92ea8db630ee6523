package io.cellwright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.font.FontMappers;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;

import io.cellwright.report.internal.BundledFontMapper;

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
        if (report.context().diagram().isPresent()) {
            throw new IOException("The PDF report cannot draw the wiring diagram yet (openhtmltopdf needs an SVG drawer); write the HTML report instead.");
        }
        return write(report.toHtml(), report.context().cellwrightVersion());
    }

    /** Renders report XHTML (as {@link CustomerReport#toHtml()} writes it) to PDF. */
    public static Result write(String xhtml, String cellwrightVersion) throws IOException {
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (String[] font : FONTS) {
            builder.useFont(() -> font(font[0]), "DejaVu Sans", Integer.valueOf(font[1]), FontStyle.valueOf(font[2]), true);
        }
        builder.withDiagnosticConsumer(d -> collect(d, warnings));
        builder.withProducer("Cellwright " + cellwrightVersion);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("The PDF could not be rendered: " + e.getMessage(), e);
        }
        return new Result(pdf.toByteArray(), List.copyOf(warnings));
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
