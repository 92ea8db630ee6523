package io.cellwright.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/** Collects the findings of one validation run. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public void report(Rule rule, String message, EObject... elements) {
        report(rule, rule.severity(), message, elements);
    }

    public void report(Rule rule, Severity severity, String message, EObject... elements) {
        all.add(new Finding(rule, severity, message, Arrays.asList(elements)));
    }

    /** A finding with the facts its quick fix needs (see {@link Finding#hints()}). */
    public void report(Rule rule, Severity severity, String message, Map<String, Object> hints, EObject... elements) {
        all.add(new Finding(rule, severity, message, Arrays.asList(elements), hints));
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(all);
    }

    public long count(Severity severity) {
        return all.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
