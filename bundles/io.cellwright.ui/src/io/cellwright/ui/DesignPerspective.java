package io.cellwright.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Design perspective: projects on the left, the design editor in the middle, its outline on the
 * right, and properties and problems below it, where a designer reads them while drawing.
 */
public class DesignPerspective implements IPerspectiveFactory {

    public static final String ID = "io.cellwright.ui.perspective.design";
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    public static final String CATALOG = "io.cellwright.ui.views.catalog";
    public static final String BMS_SELECTOR = "io.cellwright.ui.wizards.bmsSelector";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.20f, editors);
        left.addView(PROJECT_EXPLORER);
        left.addView(CATALOG);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editors);
        right.addView(IPageLayout.ID_OUTLINE);

        for (String view : new String[] { PROJECT_EXPLORER, CATALOG, IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_OUTLINE }) {
            layout.addShowViewShortcut(view);
        }
        layout.addNewWizardShortcut(BMS_SELECTOR);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addPerspectiveShortcut(ID);
    }
}
