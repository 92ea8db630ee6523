package io.cellwright.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;

import io.cellwright.model.design.SystemDesign;

/** What the design editor offers the pages contributed to it. */
public interface DesignPageHost {

    /** The loaded design (never null: pages are created only for designs that loaded). */
    SystemDesign design();

    /** The editor's one editing domain: run every change on its command stack, on the display thread. */
    EditingDomain editingDomain();

    /** The design file on disk. */
    Path file();

    /** The editor the page belongs to. */
    IEditorPart editor();

    /**
     * The user selected {@code elements} on {@code page}: the workbench selection (Properties view,
     * outline) follows. Call on the display thread.
     */
    void pageSelectionChanged(DesignPage page, List<EObject> elements);
}
