package io.cellwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

import io.cellwright.ui.DesignPerspective;
import io.cellwright.tests.support.Ui;

/** Starts the real Cellwright application (UI harness) and checks what a user sees first. */
class WorkbenchTest {

    private final IWorkbenchWindow window = Ui.window();

    @Test
    void theDesignPerspectiveShowsItsViews() {
        Ui.run(() -> {
            IWorkbenchPage page = window.getActivePage();
            assertEquals(DesignPerspective.ID, page.getPerspective().getId());
            assertEquals("Design", page.getPerspective().getLabel());
            for (String id : List.of(DesignPerspective.PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
                    IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE)) {
                assertNotNull(page.findViewReference(id), "view " + id + " is in the Design perspective");
            }
            assertTrue(page.isEditorAreaVisible());
            IViewPart explorer = page.findView(DesignPerspective.PROJECT_EXPLORER);
            assertInstanceOf(CommonNavigator.class, explorer, "the Project Explorer is created, not a placeholder");
        });
    }

    @Test
    void theWindowIsBrandedAndHasTheFourMenus() {
        Ui.run(() -> {
            assertEquals("Cellwright", window.getShell().getText());
            assertTrue(window.getShell().getImages().length >= 4, "window icons are set");
            List<String> menus = Arrays.stream(window.getShell().getMenuBar().getItems())
                    .map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
            assertEquals(List.of("File", "Edit", "Window", "Help"), menus);
        });
    }

    @Test
    void theProductCarriesNameAndAboutText() {
        IProduct product = Platform.getProduct();
        assertEquals("io.cellwright.app.product", product.getId());
        assertEquals("Cellwright", product.getName());
        assertTrue(product.getProperty("aboutText").contains("Victron BMS units"), product.getProperty("aboutText"));
        assertNotNull(product.getDefiningBundle().getEntry("icons/about.png"));
    }

    @Test
    void theCellwrightPreferencePageStoresWhatTheUserTypes() {
        String stored = Ui.call(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
                    "io.cellwright.ui.preferences.general", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                PreferencePage page = (PreferencePage) dialog.getSelectedPage();
                assertEquals("Cellwright", page.getTitle());
                Text company = textAfterLabel(page.getControl(), "Report company:");
                type(company, "Harbour Marine Electrics");
                assertTrue(page.performOk());
            } finally {
                dialog.close();
            }
            return InstanceScope.INSTANCE.getNode("io.cellwright.ui").get("reportCompany", null);
        });
        assertEquals("Harbour Marine Electrics", stored);
    }

    @Test
    void anInvalidSimulationStepIsRefusedWithItsReason() {
        Ui.run(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
                    "io.cellwright.ui.preferences.general", null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                PreferencePage page = (PreferencePage) dialog.getSelectedPage();
                type(textAfterLabel(page.getControl(), "Simulation time step (seconds):"), "0");
                assertTrue(!page.isValid(), "a 0 s step is not valid");
                assertEquals("The simulation time step must be a whole number of seconds from 1 to 3600.", page.getErrorMessage());
            } finally {
                dialog.close();
            }
        });
    }

    /** Replaces the text as a user would: the field editors validate on key release. */
    private static void type(Text field, String text) {
        field.setText(text);
        Event keyUp = new Event();
        keyUp.character = text.isEmpty() ? '\b' : text.charAt(text.length() - 1);
        field.notifyListeners(SWT.KeyUp, keyUp);
    }

    /** The text field that follows the label with {@code label} among the page's widgets. */
    private static Text textAfterLabel(Control root, String label) {
        List<Control> all = new ArrayList<>();
        collect(root, all);
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i) instanceof Label l && label.equals(l.getText()) && all.get(i + 1) instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no text field after the label '" + label + "'");
    }

    private static void collect(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, into);
            }
        }
    }
}
