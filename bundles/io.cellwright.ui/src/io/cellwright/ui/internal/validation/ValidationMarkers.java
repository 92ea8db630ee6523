package io.cellwright.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.ui.internal.emf.DesignLabels;
import io.cellwright.validation.Finding;

/**
 * The Problems view markers of design validation (marker type {@link #TYPE}, declared in plugin.xml):
 * message "[CW-XXX-NNN] message", the rule id, its source, the design elements by id (and by EMF URI
 * fragment, for elements without an id) and the labels of the quick fixes the finding offers. Each
 * validation run replaces all markers of this type on the file.
 */
public final class ValidationMarkers {

    public static final String TYPE = "io.cellwright.ui.validationProblem";
    public static final String RULE_ID = "ruleId";
    public static final String RULE_SOURCE = "ruleSource";
    /** Design element ids, one a line. */
    public static final String ELEMENT_IDS = "elementIds";
    /** EMF URI fragments of the same elements, one a line: the fallback when an id is missing. */
    public static final String ELEMENT_FRAGMENTS = "elementFragments";
    /** Labels of the quick fixes, one a line (see {@link QuickFixes}). */
    public static final String QUICK_FIXES = "quickFixes";

    private ValidationMarkers() {
    }

    /** Deletes the old markers of {@code file} and creates one per finding, as one workspace operation. */
    static void replace(IFile file, List<Finding> findings, IProgressMonitor monitor) throws CoreException {
        List<Map<String, Object>> markers = findings.stream().map(ValidationMarkers::attributes).toList();
        IWorkspaceRunnable update = progress -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (Map<String, Object> attributes : markers) {
                file.createMarker(TYPE, attributes);
            }
        };
        ResourcesPlugin.getWorkspace().run(update, file, 0, monitor);
    }

    static Map<String, Object> attributes(Finding finding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, message(finding));
        attributes.put(IMarker.SEVERITY, switch (finding.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        attributes.put(IMarker.LOCATION, location(finding));
        attributes.put(RULE_ID, finding.ruleId());
        attributes.put(RULE_SOURCE, finding.source());
        attributes.put(ELEMENT_IDS, finding.elements().stream().map(ValidationMarkers::id).collect(Collectors.joining("\n")));
        attributes.put(ELEMENT_FRAGMENTS, finding.elements().stream().map(ValidationMarkers::fragment).collect(Collectors.joining("\n")));
        String fixes = QuickFixes.of(finding).stream().map(QuickFix::label).collect(Collectors.joining("\n"));
        if (!fixes.isEmpty()) {
            attributes.put(QUICK_FIXES, fixes);
        }
        return attributes;
    }

    /** "[CW-ALT-001] message", as the command line prints it. */
    public static String message(Finding finding) {
        return "[" + finding.ruleId() + "] " + finding.message();
    }

    /** What a designer reads in the Location column: the first element as the tree names it. */
    static String location(Finding finding) {
        if (finding.elements().isEmpty()) {
            return "design";
        }
        String first = DesignLabels.text(finding.elements().get(0));
        return first == null ? id(finding.elements().get(0)) : first;
    }

    private static String id(EObject element) {
        return element instanceof DesignElement designElement && designElement.getId() != null ? designElement.getId() : "";
    }

    private static String fragment(EObject element) {
        Resource resource = element.eResource();
        if (resource != null) {
            return resource.getURIFragment(element);
        }
        // A snapshot copy has no resource: its fragment is the path from the root, as in the file.
        return "//" + EcoreUtil.getRelativeURIFragmentPath(EcoreUtil.getRootContainer(element), element);
    }

    /** The elements a marker names, found in {@code design} by id, else by URI fragment. */
    public static List<EObject> elements(IMarker marker, SystemDesign design) {
        String[] ids = marker.getAttribute(ELEMENT_IDS, "").split("\n", -1);
        String[] fragments = marker.getAttribute(ELEMENT_FRAGMENTS, "").split("\n", -1);
        List<EObject> elements = new ArrayList<>();
        Resource resource = design.eResource();
        for (int i = 0; i < Math.max(ids.length, fragments.length); i++) {
            EObject element = i < ids.length && !ids[i].isEmpty() ? byId(design, ids[i]) : null;
            if (element == null && i < fragments.length && !fragments[i].isEmpty() && resource != null) {
                element = resource.getEObject(fragments[i]);
            }
            if (element != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    static EObject byId(SystemDesign design, String id) {
        if (id.equals(design.getId())) {
            return design;
        }
        for (var contents = design.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof DesignElement element && id.equals(element.getId())) {
                return next;
            }
        }
        return null;
    }

    /** The ids of the elements of {@code finding}, in order. */
    public static List<String> ids(Finding finding) {
        return finding.elements().stream().map(ValidationMarkers::id).toList();
    }

    public static List<String> ids(IMarker marker) {
        return List.of(marker.getAttribute(ELEMENT_IDS, "").split("\n", -1));
    }
}
