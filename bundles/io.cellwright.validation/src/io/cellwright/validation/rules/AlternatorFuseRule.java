package io.cellwright.validation.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.cellwright.catalog.FactFormatter;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.FuseKind;
import io.cellwright.model.catalog.FuseTableEntry;
import io.cellwright.model.catalog.SettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.WireFuse;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-ALT-003: the fuse on the Alternator/Starter Batt+ port is a row of the fuse table of 001 §3.4 (the
 * fuse doubles as the shunt that sets the current limit), and the BMS's fuse-type setting names that
 * same fuse (001 §3.5.1: "Make sure it matches with the physically installed fuse").
 */
final class AlternatorFuseRule extends AbstractRule {

    AlternatorFuseRule() {
        super("CW-ALT-003", Severity.ERROR, "Alternator", "Alternator port fuse from the fuse table, and the fuse-type setting matching it",
                "001 §3.4 step 2 and fuse table; §3.5.1 \"Fuse type\"");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance bms : design.getComponents()) {
            if (!(bms.getType() instanceof BmsModel model) || model.getAlternatorFuseTable().isEmpty()) {
                continue;
            }
            TerminalInstance port = DesignFigures.terminal(bms, TerminalKind.ALTERNATOR_STARTER_POSITIVE);
            if (port == null || !DesignFigures.isWired(design, port)) {
                continue;
            }
            check(design, findings, bms, model, port);
        }
    }

    private void check(SystemDesign design, Findings findings, ComponentInstance bms, BmsModel model, TerminalInstance port) {
        String table = model.getAlternatorFuseTable().stream().map(AlternatorFuseRule::label).collect(Collectors.joining(", "));
        WireFuse installed = DesignFigures.installedFuse(design, port);
        if (installed == null) {
            findings.report(this, "The Alternator/Starter Batt+ port of " + name(bms) + " is wired without a fuse. The fuse doubles as the shunt that limits the "
                    + "alternator current; fit one from the fuse table (" + table + ") (" + source() + ").", bms);
            return;
        }
        FuseTableEntry entry = entryFor(model, installed);
        if (entry == null) {
            findings.report(this, "The " + FactFormatter.number(installed.getRating(), -1) + " A fuse on the Alternator/Starter Batt+ port of " + name(bms)
                    + " is not in the fuse table, so the BMS cannot limit the alternator current with it; use one of " + table + " (" + source() + ").", bms);
            return;
        }
        SettingDefinition definition = model.findSetting(SettingRole.FUSE_TYPE);
        FuseTableEntry set = DesignFigures.alternatorFuse(bms);
        if (definition == null || set == entry) {
            return;
        }
        Map<String, Object> hints = new HashMap<>();
        hints.put(Finding.HINT_SETTING, definition);
        SettingOption option = option(definition, entry);
        if (option != null) {
            hints.put(Finding.HINT_OPTION, option);
        }
        String now = set == null ? "is not set" : "is " + label(set);
        findings.report(this, severity(), "The fuse type setting of " + name(bms) + " " + now + ", but a " + label(entry) + " fuse is installed on its "
                + "Alternator/Starter Batt+ port: set it to " + label(entry) + " (max alternator charge current "
                + FactFormatter.quantity(entry.getMaxChargeCurrent()) + ") (" + source() + ").", hints, bms);
    }

    /** The table row of the installed fuse: same rating, and same kind when the wire names a fuse type. */
    static FuseTableEntry entryFor(BmsModel model, WireFuse installed) {
        for (FuseTableEntry entry : model.getAlternatorFuseTable()) {
            boolean rating = entry.getFuseRating() != null && Math.abs(entry.getFuseRating().valueInBaseUnit() - installed.getRating()) < 1e-6;
            FuseKind kind = installed.getFuseType() == null ? null : installed.getFuseType().getFuseKind();
            if (rating && (kind == null || kind == FuseKind.OTHER || kind == entry.getFuseKind())) {
                return entry;
            }
        }
        return null;
    }

    static SettingOption option(SettingDefinition definition, FuseTableEntry entry) {
        if (definition instanceof ChoiceSettingDefinition choice) {
            for (SettingOption option : choice.getOptions()) {
                if (option.getFuse() == entry) {
                    return option;
                }
            }
        }
        return null;
    }

    static String label(FuseTableEntry entry) {
        String rating = FactFormatter.quantity(entry.getFuseRating());
        return entry.getFuseCount() > 1 ? entry.getFuseCount() + " x " + rating : rating;
    }
}
