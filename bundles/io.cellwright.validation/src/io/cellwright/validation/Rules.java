package io.cellwright.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.rules.BuiltInRules;

/** Every installed rule (the contributions to {@code io.cellwright.validation.rules}), and running them. */
public final class Rules {

    public static final String EXTENSION_POINT = "io.cellwright.validation.rules";
    private static volatile List<Rule> installed;

    private Rules() {
    }

    /** The installed rules by id; a contribution that fails to load is logged and left out. */
    public static List<Rule> installed() {
        List<Rule> rules = installed;
        if (rules == null) {
            rules = load();
            installed = rules;
        }
        return rules;
    }

    private static List<Rule> load() {
        Map<String, Rule> byId = new LinkedHashMap<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<RuleProvider> providers = new ArrayList<>();
        if (registry == null) {
            providers.add(new BuiltInRules());
        } else {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                try {
                    providers.add((RuleProvider) element.createExecutableExtension("class"));
                } catch (CoreException | ClassCastException e) {
                    ILog.of(Rules.class).error("Validation rules of " + element.getContributor().getName() + " could not be loaded", e);
                }
            }
        }
        for (RuleProvider provider : providers) {
            for (Rule rule : provider.rules()) {
                Rule previous = byId.putIfAbsent(rule.id(), rule);
                if (previous != null && previous != rule) {
                    ILog.of(Rules.class).error("Two validation rules share the id " + rule.id() + "; " + rule.getClass().getName() + " is left out");
                }
            }
        }
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Rule::id));
        return List.copyOf(sorted);
    }

    /** Runs every installed rule on {@code design}. A rule that throws is reported, not hidden. */
    public static Findings validate(SystemDesign design) {
        return validate(design, installed());
    }

    public static Findings validate(SystemDesign design, List<Rule> rules) {
        Findings findings = new Findings();
        for (Rule rule : rules) {
            try {
                rule.check(design, findings);
            } catch (RuntimeException e) {
                findings.report(rule, Severity.ERROR, "rule " + rule.id() + " could not check this design (" + e + "); this is a defect in Cellwright.");
            }
        }
        return findings;
    }
}
