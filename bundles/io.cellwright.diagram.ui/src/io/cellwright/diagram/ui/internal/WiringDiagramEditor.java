package io.cellwright.diagram.ui.internal;

import org.eclipse.swt.browser.Browser;

import io.cellwright.ui.internal.editor.DesignEditor;

/**
 * "Open With > Wiring Diagram": the design editor (one model, one command stack, its tree page and the
 * Properties view) opened on its Diagram page. The diagram itself is {@link DiagramPage}, which every
 * design editor shows first; this id stays for Open With, {@code -Dcellwright.openDiagram} and scripts.
 */
public class WiringDiagramEditor extends DesignEditor {

    public static final String ID = "io.cellwright.diagram.ui.editor";

    @Override
    protected void createPages() {
        super.createPages();
        showPage(DiagramPage.TITLE);
    }

    /** The diagram page, or null when the design could not be loaded. */
    public DiagramPage diagramPage() {
        return page(DiagramPage.class);
    }

    /** The browser the diagram client runs in (tests, benchmarks). */
    public Browser browser() {
        DiagramPage page = diagramPage();
        return page == null ? null : page.browser();
    }
}
