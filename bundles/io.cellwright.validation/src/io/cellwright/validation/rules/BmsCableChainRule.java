package io.cellwright.validation.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.BmsCableLink;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-BANK-002: the M8 BMS cables are daisy chained from the BMS through every battery of the bank and
 * back to the BMS; a battery off the chain is not protected, an open chain looks like a battery fault.
 */
final class BmsCableChainRule extends AbstractRule {

    BmsCableChainRule() {
        super("CW-BANK-002", Severity.ERROR, "Battery count and chain", "Every battery is on the M8 BMS cable chain and both chain ends are on the BMS",
                "001 §3.2.4; 001 §3.4 step 7");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (BatteryBank bank : design.getBatteryBanks()) {
            ComponentInstance bms = bank.getBms();
            if (bms == null) {
                continue;
            }
            List<BmsCableLink> chain = bank.getBmsCableChain();
            Set<ComponentInstance> onChain = new LinkedHashSet<>();
            chain.forEach(link -> {
                onChain.add(link.getFrom() == null ? null : link.getFrom().getComponent());
                onChain.add(link.getTo() == null ? null : link.getTo().getComponent());
            });
            List<ComponentInstance> off = bank.getStrings().stream().flatMap(s -> s.getBatteries().stream())
                    .filter(b -> !onChain.contains(b)).toList();
            if (!off.isEmpty()) {
                findings.report(this, "In battery bank '" + MaxBatteriesRule.label(bank) + "', " + off.stream().map(AbstractRule::name)
                        .collect(Collectors.joining(", ")) + (off.size() == 1 ? " is" : " are") + " not on the M8 BMS cable chain of "
                        + name(bms) + ". Chain the M8 cables from the BMS through every battery and back to the BMS (" + source() + ").",
                        off.toArray(new ComponentInstance[0]));
            }
            checkEnds(bank, bms, chain, findings);
        }
    }

    private void checkEnds(BatteryBank bank, ComponentInstance bms, List<BmsCableLink> chain, Findings findings) {
        if (chain.isEmpty()) {
            return;
        }
        boolean startsAtBms = chain.get(0).getFrom() != null && chain.get(0).getFrom().getComponent() == bms;
        BmsCableLink last = chain.get(chain.size() - 1);
        boolean endsAtBms = last.getTo() != null && last.getTo().getComponent() == bms;
        if (!startsAtBms || !endsAtBms) {
            findings.report(this, "The M8 BMS cable chain of battery bank '" + MaxBatteriesRule.label(bank) + "' does not "
                    + (!startsAtBms && !endsAtBms ? "start or end" : !startsAtBms ? "start" : "end") + " at " + name(bms)
                    + "; both ends of the chain go to the BMS (" + source() + ").", bank, bms);
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            ComponentInstance to = chain.get(i).getTo() == null ? null : chain.get(i).getTo().getComponent();
            ComponentInstance from = chain.get(i + 1).getFrom() == null ? null : chain.get(i + 1).getFrom().getComponent();
            if (to != from) {
                findings.report(this, "The M8 BMS cable chain of battery bank '" + MaxBatteriesRule.label(bank) + "' is broken after link "
                        + (i + 1) + ": it arrives at " + (to == null ? "nothing" : name(to)) + " but continues from "
                        + (from == null ? "nothing" : name(from)) + " (" + source() + ").", bank);
            }
        }
    }
}
