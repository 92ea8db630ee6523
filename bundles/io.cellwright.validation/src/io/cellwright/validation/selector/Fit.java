package io.cellwright.validation.selector;

/** How well a BMS model fits a system's needs. */
public enum Fit {
    /** 002's system design recommendation for the model names this kind of system, and nothing in the catalog speaks against it. */
    RECOMMENDED,
    /** The model can do the job (voltage, battery count, wishes), but 002 does not recommend it for this system, or it needs extra parts. */
    POSSIBLE,
    /** A catalog fact rules it out: system voltage, battery count, end-of-life, or a wish the model cannot meet. */
    UNSUITABLE
}
