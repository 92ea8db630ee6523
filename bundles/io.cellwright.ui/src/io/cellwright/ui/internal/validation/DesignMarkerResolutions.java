package io.cellwright.ui.internal.validation;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.cellwright.ui.internal.editor.DesignEditor;

/**
 * Quick fixes for design problem markers (Problems view: Quick Fix, Ctrl+1). The marker carries the
 * labels of the fixes its finding offered; running one opens the design, finds the same finding again
 * (rule id and element ids) and executes its command on the editor's editing domain, so the fix is one
 * step of Undo; then the design is validated again.
 */
public class DesignMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !marker.getAttribute(ValidationMarkers.QUICK_FIXES, "").isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String labels = marker.getAttribute(ValidationMarkers.QUICK_FIXES, "");
        if (labels.isEmpty()) {
            return new IMarkerResolution[0];
        }
        return Arrays.stream(labels.split("\n")).map(label -> new Resolution(label, marker.getAttribute(ValidationMarkers.RULE_ID, "")))
                .toArray(IMarkerResolution[]::new);
    }

    private record Resolution(String label, String ruleId) implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return label + ". Fixes the finding of rule " + ruleId + "; Edit → Undo takes it back.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            if (!(marker.getResource() instanceof IFile file) || page == null) {
                return;
            }
            IEditorPart part;
            try {
                part = IDE.openEditor(page, file, DesignEditor.ID, true);
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Quick fix", file.getFullPath() + " could not be opened: " + e.getMessage());
                return;
            }
            if (part instanceof DesignEditor editor && !editor.applyQuickFix(marker.getAttribute(ValidationMarkers.RULE_ID, ""),
                    ValidationMarkers.ids(marker), label)) {
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Quick fix",
                        "This problem has changed since the design was last validated, so \"" + label
                                + "\" was not applied. The design has been validated again; try the quick fix on the new problem.");
            }
        }
    }
}
