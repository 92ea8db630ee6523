package io.cellwright.ui.internal.validation;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.cellwright.validation.Finding;

/**
 * The findings of a design that is not in the workspace (opened with File → Open File…), where there is
 * no file resource to carry Problems view markers: a list below the tree with the same message, rule id
 * and location; double-click selects the elements, the context menu offers the quick fixes.
 */
public final class FindingsPanel {

    private final Composite control;
    private final Label summary;
    private final TableViewer table;

    public FindingsPanel(Composite parent, Consumer<List<EObject>> select, Consumer<QuickFix> fix) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.marginWidth = 0;
        control.setLayout(layout);
        summary = new Label(control, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Not validated yet. This file is outside the workspace, so its problems are listed here rather than in the Problems view.");
        table = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Description", 700, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ValidationMarkers.message((Finding) element);
            }

            @Override
            public Image getImage(Object element) {
                String image = switch (((Finding) element).severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        column("Location", 250, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ValidationMarkers.location((Finding) element);
            }
        });
        table.addDoubleClickListener(event -> {
            if (selected() != null) {
                select.accept(selected().elements());
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            Finding finding = selected();
            if (finding == null) {
                return;
            }
            for (QuickFix quickFix : QuickFixes.of(finding)) {
                manager.add(new Action("Quick Fix: " + quickFix.label()) {
                    @Override
                    public void run() {
                        fix.accept(quickFix);
                    }
                });
            }
        });
        table.getTable().setMenu(menu.createContextMenu(table.getTable()));
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private Finding selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Finding finding ? finding : null;
    }

    public void show(List<Finding> findings, String counts) {
        if (control.isDisposed()) {
            return;
        }
        summary.setText(counts + " (this file is outside the workspace, so its problems are listed here, not in the Problems view)");
        table.setInput(findings);
    }

    public Composite getControl() {
        return control;
    }

    public TableViewer getViewer() {
        return table;
    }
}
