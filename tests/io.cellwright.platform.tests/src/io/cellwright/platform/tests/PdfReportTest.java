package io.cellwright.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** openhtmltopdf renders report HTML to a PDF that PDFBox reads back. */
class PdfReportTest {

    @Test
    void htmlBecomesAReadablePdf() throws IOException {
        String html = """
                <html><head><style>h1 { color: #1f3a4d; } td { border: 1px solid #999; }</style></head>
                <body><h1>Validation report</h1>
                <table><tr><td>System voltage</td><td>12.8 V</td></tr></table></body></html>""";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        builder.run();

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Validation report"), text);
            assertTrue(text.contains("12.8 V"), text);
        }
    }
}
