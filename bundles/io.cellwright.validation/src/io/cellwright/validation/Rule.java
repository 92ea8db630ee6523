package io.cellwright.validation;

import io.cellwright.model.design.SystemDesign;

/**
 * One validation rule. Rules read the catalog's structured values (never their own copies of datasheet
 * numbers) and report through the {@link Findings} they are given.
 */
public interface Rule {

    /** Stable id, for example {@code CW-BANK-001}; never reused for another meaning. */
    String id();

    Severity severity();

    /** The family, for example "Battery count and chain". */
    String family();

    /** What the rule checks, in one line. */
    String title();

    /** The document and section or table row the rule enforces. */
    String source();

    void check(SystemDesign design, Findings findings);
}
