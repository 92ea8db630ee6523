package io.cellwright.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for fonts a PDF names but does not embed: always the bundled DejaVu Sans. openhtmltopdf
 * sets up the standard 14 PDF fonts (Helvetica, Times, …) for CSS generic families; PDFBox's own mapper would
 * then scan the system's fonts, write a cache file into the user's home and log a "fallback font" warning to
 * stderr for each one on a machine without them. The report never uses those fonts (its text is all in the
 * embedded DejaVu Sans, which the tests check), so a fixed answer is right and keeps the command line quiet.
 */
public final class BundledFontMapper implements FontMapper {

    private final String resource;
    private volatile TrueTypeFont font;

    public BundledFontMapper(String resource) {
        this.resource = resource;
    }

    private TrueTypeFont font() {
        TrueTypeFont result = font;
        if (result == null) {
            synchronized (this) {
                result = font;
                if (result == null) {
                    result = parse();
                    font = result;
                }
            }
        }
        return result;
    }

    private TrueTypeFont parse() {
        try (InputStream in = BundledFontMapper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the io.cellwright.report bundle; reinstall Cellwright.");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + resource + " of the io.cellwright.report bundle cannot be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}
