package io.cellwright.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a rule found: the rule, how bad it is, a message that names the components involved, the
 * design elements it concerns (for markers and selection) and the source document the rule enforces.
 */
public record Finding(Rule rule, Severity severity, String message, List<EObject> elements) {

    public String ruleId() {
        return rule.id();
    }

    public String source() {
        return rule.source();
    }
}
