package io.cellwright.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;

/**
 * The rules as EMF's {@link EValidator} for the design package: {@link Diagnostician} checks a design's
 * structure (multiplicities, references) and, on the {@link SystemDesign} root, runs every installed
 * rule. Each finding becomes a {@link Diagnostic} whose source is {@link #DIAGNOSTIC_SOURCE}, whose
 * message starts with the rule id in brackets, and whose data holds the design elements the finding
 * concerns followed by the {@link Finding} itself (markers and quick fixes read it back).
 */
public final class DesignValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "io.cellwright.validation";
    public static final DesignValidator INSTANCE = new DesignValidator();

    private DesignValidator() {
    }

    /** Puts this validator into EMF's global registry for the design package (idempotent). */
    public static void register() {
        EValidator.Registry.INSTANCE.put(DesignPackage.eINSTANCE, INSTANCE);
    }

    /** Registers, then lets EMF's {@link Diagnostician} validate the whole design. */
    public static Diagnostic diagnose(SystemDesign design) {
        register();
        return Diagnostician.INSTANCE.validate(design);
    }

    @Override
    protected EPackage getEPackage() {
        return DesignPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        if (object instanceof SystemDesign design) {
            for (Finding finding : Rules.validate(design).all()) {
                if (finding.severity() == Severity.ERROR) {
                    valid = false;
                }
                if (diagnostics != null) {
                    diagnostics.add(toDiagnostic(finding));
                }
            }
        }
        return valid;
    }

    /** A finding as an EMF diagnostic: "[CW-ALT-001] message", data = elements…, finding. */
    public static Diagnostic toDiagnostic(Finding finding) {
        int severity = switch (finding.severity()) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
        List<Object> data = new ArrayList<>(finding.elements());
        data.add(finding);
        return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, "[" + finding.ruleId() + "] " + finding.message(), data.toArray());
    }

    /** The finding behind a diagnostic made by {@link #toDiagnostic}, or null for EMF's own diagnostics. */
    public static Finding finding(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        return !data.isEmpty() && data.get(data.size() - 1) instanceof Finding finding ? finding : null;
    }
}
