package io.cellwright.validation.rules;

import java.util.Map;

import io.cellwright.model.catalog.TerminalKind;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.validation.DesignFigures;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Severity;

/**
 * CW-REM-003: a Smart BMS with Remote L and H terminals needs the wire loop between them or a switch;
 * with neither, the BMS stays off (001 §2.2, §3.4 step 9).
 */
final class RemoteSwitchLoopRule extends AbstractRule {

    RemoteSwitchLoopRule() {
        super("CW-REM-003", Severity.ERROR, "Remote on/off and interface cables", "Remote L/H has its wire loop or a switch", "001 §2.2; §3.4 step 9");
    }

    @Override
    public void check(SystemDesign design, Findings findings) {
        for (ComponentInstance component : design.getComponents()) {
            TerminalInstance l = DesignFigures.terminal(component, TerminalKind.REMOTE_L);
            TerminalInstance h = DesignFigures.terminal(component, TerminalKind.REMOTE_H);
            if (l == null || h == null || DesignFigures.isWired(design, l) || DesignFigures.isWired(design, h)) {
                continue;
            }
            findings.report(this, severity(), "Nothing is connected to the remote on/off terminals L and H of " + name(component)
                    + ": it only turns on with the wire loop (supplied) or a switch between L and H, with L pulled to minus or with H pulled high ("
                    + source() + ").", Map.of(Finding.HINT_FROM, l, Finding.HINT_TO, h), component);
        }
    }
}
