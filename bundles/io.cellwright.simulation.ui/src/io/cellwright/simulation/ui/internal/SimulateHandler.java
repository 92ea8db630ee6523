package io.cellwright.simulation.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.SystemDesign;

/**
 * "Simulate Design…": opens the Simulation view on the design of the active design editor (as edited,
 * saved or not) or on the .cwdesign file selected in the Project Explorer.
 */
public final class SimulateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        SystemDesign design = null;
        String label = null;
        try {
            if (part instanceof IEditorPart editor && editor.getAdapter(EditingDomain.class) != null) {
                design = designOf(editor.getAdapter(EditingDomain.class));
                label = editor.getTitle();
            }
            if (design == null) {
                IFile file = selectedDesignFile(HandlerUtil.getCurrentSelection(event));
                if (file != null && file.getLocation() != null) {
                    design = DesignFiles.load(Path.of(file.getLocation().toOSString()), CatalogRegistry.getDefault());
                    label = file.getName();
                }
            }
        } catch (DesignFileException e) {
            MessageDialog.openError(window.getShell(), "Simulate Design", e.getMessage());
            return null;
        }
        if (design == null) {
            MessageDialog.openInformation(window.getShell(), "Simulate Design",
                    "Open a design in the design editor, or select a ." + DesignFiles.EXTENSION + " file in the Project Explorer, then choose Simulate Design… again.");
            return null;
        }
        try {
            SimulationView view = (SimulationView) window.getActivePage().showView(SimulationView.ID);
            view.setDesign(design, label);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Simulation view", e);
        }
        return null;
    }

    static SystemDesign designOf(EditingDomain domain) {
        for (Resource resource : domain.getResourceSet().getResources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof SystemDesign design) {
                    return design;
                }
            }
        }
        return null;
    }

    private static IFile selectedDesignFile(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && DesignFiles.EXTENSION.equals(file.getFileExtension())) {
                return file;
            }
        }
        return null;
    }
}
