package io.cellwright.validation.selector;

import java.util.List;

import io.cellwright.model.catalog.BmsModel;

/**
 * The selector's answer for one BMS model: how well it fits and why, each reason a sentence a designer
 * understands that ends with its source in brackets, for example
 * {@code Connects to 12 V systems only; this is a 24 V system (002 comparison table, row "System voltage").}
 * The reasons against the model come first.
 */
public record Recommendation(BmsModel model, Fit fit, List<String> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }

    public boolean isRecommended() {
        return fit == Fit.RECOMMENDED;
    }
}
