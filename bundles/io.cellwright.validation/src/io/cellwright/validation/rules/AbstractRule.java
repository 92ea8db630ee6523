package io.cellwright.validation.rules;

import java.util.stream.Collectors;

import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.SourceRef;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.validation.Rule;
import io.cellwright.validation.Severity;

/** The fixed parts of a rule, and the wording helpers every rule's messages share. */
abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String family;
    private final String title;
    private final String source;

    AbstractRule(String id, Severity severity, String family, String title, String source) {
        this.id = id;
        this.severity = severity;
        this.family = family;
        this.title = title;
        this.source = source;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String source() {
        return source;
    }

    /** "the Smart BMS 12-200 'bms'": product and component id, as a designer names a part. */
    static String name(ComponentInstance component) {
        String product = component.getType() == null ? "component" : component.getType().getName();
        return "the " + product + " '" + component.getId() + "'";
    }

    /** "002 comparison table, row System voltage; 004 ..." from a fact's own sources. */
    static String cite(Fact fact) {
        return fact.getSources().stream().map(AbstractRule::cite).distinct().collect(Collectors.joining("; "));
    }

    static String cite(SourceRef ref) {
        StringBuilder text = new StringBuilder(ref.getDocument() == null ? "?" : ref.getDocument().getId());
        if (ref.getSection() != null) {
            text.append(" §").append(ref.getSection().replaceFirst("^§", ""));
        }
        if (ref.getTable() != null) {
            text.append(" ").append(ref.getTable());
        }
        if (ref.getRow() != null) {
            text.append(", row \"").append(ref.getRow()).append('"');
        }
        return text.toString();
    }
}
