package io.cellwright.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.DesignValidator;
import io.cellwright.validation.Finding;

/** The rules seen through EMF's Diagnostician, as the workbench and other EMF tools see them. */
class DesignValidatorTest {

    private SystemDesign example() throws Exception {
        return DesignFiles.load(RulesTest.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"), CatalogRegistry.getDefault());
    }

    @Test
    void aValidExampleIsOkForTheDiagnostician() throws Exception {
        Diagnostic result = DesignValidator.diagnose(example());
        assertTrue(result.getSeverity() < Diagnostic.ERROR, result.toString());
    }

    @Test
    void aRuleFindingIsAnErrorDiagnosticWithRuleIdElementAndFinding() throws Exception {
        SystemDesign design = example();
        NumberSettingValue chargeLimit = (NumberSettingValue) design.getComponents().get(0).getSettings().get(0);
        chargeLimit.setValue(15.8);
        DesignValidator.register();
        Diagnostic result = Diagnostician.INSTANCE.validate(design);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        List<Diagnostic> fromRule = result.getChildren().stream().filter(d -> d.getMessage().startsWith("[CW-SET-001] ")).toList();
        assertEquals(1, fromRule.size(), result.getChildren().toString());
        Diagnostic diagnostic = fromRule.get(0);
        assertEquals(DesignValidator.DIAGNOSTIC_SOURCE, diagnostic.getSource());
        assertSame(design.getComponents().get(0), diagnostic.getData().get(0));
        Finding finding = DesignValidator.finding(diagnostic);
        assertEquals("CW-SET-001", finding.ruleId());
    }
}
