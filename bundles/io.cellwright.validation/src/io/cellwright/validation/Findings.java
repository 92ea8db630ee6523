package io.cellwright.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Collects the findings of one validation run. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public void report(Rule rule, String message, EObject... elements) {
        report(rule, rule.severity(), message, elements);
    }

    public void report(Rule rule, Severity severity, String message, EObject... elements) {
        all.add(new Finding(rule, severity, message, List.copyOf(Arrays.asList(elements))));
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
