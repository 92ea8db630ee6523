package io.cellwright.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One page of the design editor contributed through the extension point {@code io.cellwright.ui.designPages}
 * (the wiring diagram is one). A page shows the editor's design and changes it only through the editor's
 * one command stack ({@link DesignPageHost#editingDomain()}), so dirty state, save and Undo/Redo are shared
 * with the tree, the Properties view and validation. Every method is called on the display thread.
 */
public interface DesignPage {

    /** The tab's title. */
    String title();

    /** Creates the page's control in {@code parent}; called once, after the design has loaded. */
    Control createControl(Composite parent);

    /**
     * The design changed through the command stack (a command, an undo or a redo) or the notation was
     * replaced: show it as it is now.
     */
    void designChanged();

    /** Selects exactly {@code elements} (design objects) on this page and brings them into view. */
    void select(List<EObject> elements);

    /**
     * The command that deletes {@code selection} while this page is in front, when the page keeps more than
     * the design (the diagram also removes the elements' places); null lets the editor delete as the tree does.
     */
    default Command deleteCommand(Collection<EObject> selection) {
        return null;
    }

    /**
     * The command that gives the components a paste just added their places on this page, when the page
     * keeps more than the design (the diagram draws each copy beside its original), run right after the
     * paste as part of the same step; {@code pastedIds} maps each copied component's id to its copy's.
     * Null when the page has nothing to add.
     */
    default Command placePasted(Map<String, String> pastedIds) {
        return null;
    }

    /** Selects everything the page shows (the workbench's Select All). */
    void selectAll();

    void setFocus();

    void dispose();
}
