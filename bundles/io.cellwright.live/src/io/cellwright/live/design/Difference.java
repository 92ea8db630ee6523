package io.cellwright.live.design;

/**
 * One way a live device differs from its design component: a sentence a designer understands and the
 * source of the fact it compares against (catalog document and section, or the Venus OS facts).
 */
public record Difference(Kind kind, String message, String source) {

    public enum Kind {
        /** The live device is another product than the design's. */
        OTHER_PRODUCT,
        /** The live device reports an alarm or warning. */
        ALARM,
        /** A live value is beyond a limit of the design or catalog. */
        LIMIT_EXCEEDED
    }

    /** The sentence with its source: "… (source: 001 §3.5.1)". */
    public String text() {
        return source == null || source.isEmpty() ? message : message + " (source: " + source + ")";
    }
}
