package io.cellwright.validation.rules;

import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.Fact;
import io.cellwright.model.catalog.IntegerFact;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-BANK-001: no more batteries than the BMS model takes. Where the documents disagree on the limit the
 * message says so, with the value Cellwright applies and why (seeds README: 20 against 5).
 */
final class MaxBatteriesRule extends AbstractRule {

    MaxBatteriesRule() {
        super("CW-BANK-001", Severity.ERROR, "Battery count and chain", "No more batteries than the BMS model allows",
                "002 \"Feature highlights common to all models\"; 000; 001 §2.1; 003; 004");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            if (bank.getBms() == null || !(bank.getBms().getType() instanceof BmsModel bms) || bms.getMaxBatteries() == null) {
                continue;
            }
            int count = bank.getStrings().stream().mapToInt(s -> s.getBatteries().size()).sum();
            IntegerFact limit = bms.getMaxBatteries();
            if (count > limit.getValue()) {
                findings.report(this, "Battery bank '" + label(bank) + "' has " + count + " batteries, but " + name(bank.getBms()) + " takes at most "
                        + limit.getValue() + " (" + cite(limit) + ")" + dispute(limit) + ". Use fewer, larger batteries or a second bank.",
                        bank, bank.getBms());
            }
        }
    }

    static String label(BatteryBank bank) {
        return bank.getName() == null ? bank.getId() : bank.getName();
    }

    private static String dispute(IntegerFact limit) {
        if (!limit.isDisputed()) {
            return "";
        }
        StringBuilder text = new StringBuilder("; the documents disagree:");
        for (Fact alternative : limit.getAlternatives()) {
            if (alternative instanceof IntegerFact other) {
                text.append(' ').append(other.getValue()).append(" in ").append(cite(other)).append(',');
            }
        }
        text.setLength(text.length() - 1);
        if (limit.getRuling() != null && limit.getRuling().getRationale() != null) {
            text.append("; Cellwright applies ").append(limit.getValue()).append(" because ").append(limit.getRuling().getRationale());
        }
        return text.toString();
    }
}
