package io.cellwright.validation;

import java.util.List;

/** What a bundle contributes to the extension point {@code io.cellwright.validation.rules}. */
public interface RuleProvider {
    List<Rule> rules();
}
