package io.cellwright.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;
import io.cellwright.validation.selector.BmsSelector;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;

/**
 * CW-SEL-001: the design's BMS is not among the models the BMS selector recommends for what the design
 * has (002 "System design recommendations"). Silent when 002 recommends no model for such a system, and
 * when the system voltage cannot be told (CW-VOLT-001 speaks then).
 */
final class BmsRecommendationRule extends AbstractRule {

    BmsRecommendationRule() {
        super("CW-SEL-001", Severity.WARNING, "Design recommendations", "The BMS is one 002 recommends for what the system has",
                "002 \"System design recommendations\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            if (bank.getBms() == null || !(bank.getBms().getType() instanceof BmsModel model)) {
                continue;
            }
            SystemNeeds needs;
            try {
                needs = SystemNeeds.of(design, bank);
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<Recommendation> ranked = BmsSelector.recommend(needs, candidates(model));
            List<Recommendation> recommended = ranked.stream().filter(Recommendation::isRecommended).toList();
            if (recommended.isEmpty() || recommended.stream().anyMatch(r -> BmsSelector.sameProduct(r.model(), model))) {
                continue;
            }
            Recommendation own = BmsSelector.assess(needs, model);
            String names = recommended.stream().map(r -> "the " + r.model().getName()).collect(Collectors.joining(" or "));
            String why = recommended.stream().map(r -> r.model().getName() + ": " + r.reasons().get(0)).collect(Collectors.joining(" "));
            findings.report(this, name(bank.getBms()) + " is not a recommended fit for " + needs.describe() + ". " + own.reasons().get(0)
                    + " Recommended instead: " + names + ". " + why + " (cellwright recommend lists every model with its reasons.)",
                    bank.getBms());
        }
    }

    /** The BMS models of every installed catalog; the design's own catalog when none is installed (plain Java, tests). */
    private static List<ProductType> candidates(BmsModel model) {
        List<ProductType> products = new ArrayList<>(CatalogRegistry.getDefault().products());
        if (products.stream().noneMatch(BmsModel.class::isInstance)) {
            Catalog own = CatalogRegistry.catalogOf(model);
            products = own == null ? List.of(model) : new ArrayList<>(own.getProductTypes());
        }
        return products;
    }
}
