package io.cellwright.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing a rule found: the rule, how bad it is, a message that names the components involved, the
 * design elements it concerns (for markers and selection), the source document the rule enforces, and
 * the facts a quick fix needs ({@link #hints()}: for example {@link #HINT_OPTION} the setting option that
 * would be right, {@link #HINT_PRODUCT} the cable that is missing). Hints are read by the UI layer, which
 * owns the quick fixes; a finding without hints has no fix.
 */
public record Finding(Rule rule, Severity severity, String message, List<EObject> elements, Map<String, Object> hints) {

    /** The {@code io.cellwright.model.catalog.SettingOption} a choice setting should have. */
    public static final String HINT_OPTION = "option";
    /** The number ({@code Double}) a number setting should have. */
    public static final String HINT_VALUE = "value";
    /** The {@code io.cellwright.model.design.SettingValue} or {@code SettingDefinition} a fix changes. */
    public static final String HINT_SETTING = "setting";
    /** The {@code io.cellwright.model.catalog.ProductType} a fix inserts (a cable, a fuse). */
    public static final String HINT_PRODUCT = "product";
    /** The {@code io.cellwright.model.design.TerminalInstance} a fix wires from. */
    public static final String HINT_FROM = "from";
    /** The {@code io.cellwright.model.design.TerminalInstance} a fix wires to. */
    public static final String HINT_TO = "to";

    public Finding {
        elements = List.copyOf(elements);
        hints = Map.copyOf(hints);
    }

    public Finding(Rule rule, Severity severity, String message, List<EObject> elements) {
        this(rule, severity, message, elements, Map.of());
    }

    public String ruleId() {
        return rule.id();
    }

    public String source() {
        return rule.source();
    }

    public Object hint(String key) {
        return hints.get(key);
    }
}
