package io.cellwright.ui.internal.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rules;

/**
 * A private copy of a design, taken on the display thread (which owns the editor's model), that a
 * background job validates while the designer goes on editing. Catalog objects are shared, not copied:
 * they are read only. {@link #validate()} hands back findings whose elements and hints are the editor's
 * own objects again, so selection and quick fixes work on the live model; {@link #markerFindings()} keeps
 * the copy's objects, whose ids and names cannot change under the job.
 */
final class DesignSnapshot {

    private final SystemDesign copy;
    private final Map<EObject, EObject> originals = new IdentityHashMap<>();
    private List<Finding> copyFindings;

    private DesignSnapshot(SystemDesign copy, Map<EObject, EObject> copies) {
        this.copy = copy;
        copies.forEach((original, copied) -> originals.put(copied, original));
    }

    /** Copies {@code design}; call on the thread that edits it. */
    static DesignSnapshot of(SystemDesign design) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        SystemDesign copy = (SystemDesign) copier.copy(design);
        copier.copyReferences();
        return new DesignSnapshot(copy, copier);
    }

    /** Runs every installed rule on the copy (any thread); the findings refer to the original design. */
    List<Finding> validate() {
        copyFindings = Rules.validate(copy).all();
        List<Finding> mapped = new ArrayList<>(copyFindings.size());
        for (Finding finding : copyFindings) {
            mapped.add(toOriginal(finding));
        }
        return mapped;
    }

    /** The findings of the last {@link #validate()} with the copy's elements, for marker attributes. */
    List<Finding> markerFindings() {
        return copyFindings;
    }

    private Finding toOriginal(Finding finding) {
        List<EObject> elements = finding.elements().stream().map(this::original).toList();
        Map<String, Object> hints = new LinkedHashMap<>();
        finding.hints().forEach((key, value) -> hints.put(key, value instanceof EObject object ? original(object) : value));
        return new Finding(finding.rule(), finding.severity(), finding.message(), elements, hints);
    }

    private EObject original(EObject object) {
        return originals.getOrDefault(object, object);
    }
}
