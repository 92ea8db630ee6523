package io.cellwright.report.internal;

/**
 * Writes XHTML that is well-formed XML (openhtmltopdf parses it as XML) and valid HTML5 (browsers open the
 * same file): every text and attribute value goes through {@link #escape}; no named entities beyond XML's.
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    /** Text for element content or a double-quoted attribute: {@code & < > " '} escaped, control characters dropped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\n', '\t' -> escaped.append(' ');
                default -> {
                    // XML 1.0 forbids the other C0 controls even as references; a design file cannot carry them
                    // either, but a report must never become unreadable because of one.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /**
     * A CSS string literal (with its quotes) for {@code content:}. Everything but letters, digits and spaces
     * is a hex escape, so the text is safe inside a {@code <style>} element whether it is read as XML or HTML.
     */
    public static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        (text == null ? "" : text).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == ' ') {
                css.appendCodePoint(c);
            } else if (c >= 0x20) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }

    /** Opens {@code tag} with attributes given as name, value pairs (values escaped). */
    public Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Xhtml close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attributes>text</tag>} with the text escaped. */
    public Xhtml element(String tag, String text, String... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Escaped text. */
    public Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this package (never user text). */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
