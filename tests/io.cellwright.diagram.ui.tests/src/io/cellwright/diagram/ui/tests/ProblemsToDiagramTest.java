package io.cellwright.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cellwright.diagram.ui.internal.DiagramPage;
import io.cellwright.diagram.ui.internal.WiringDiagramEditor;
import io.cellwright.ui.internal.validation.ValidationJob;
import io.cellwright.ui.internal.validation.ValidationMarkers;
import io.cellwright.tests.support.Ui;

/** Double-clicking a finding in the Problems view selects and reveals its element in the diagram. */
class ProblemsToDiagramTest {

    private final IWorkbenchPage page = Ui.window().getActivePage();
    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-markers");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Ui.run(() -> page.closeAllEditors(false));
        project.delete(true, true, null);
    }

    @AfterAll
    static void saveWorkspace() throws CoreException {
        ResourcesPlugin.getWorkspace().save(true, null);
    }

    @Test
    void doubleClickingAMarkerSelectsItsComponentInTheDiagram() throws Exception {
        // Example 1 with the BMS's battery charge limit too high: findings on the BMS (CW-SET-001, -002).
        String xml = Files.readString(Diagrams.EXAMPLES.resolve("001-example-1-multiplus-compact-mppt.cwdesign"));
        String original = "<settings xsi:type=\"design:NumberSettingValue\" value=\"14.2\">";
        assertTrue(xml.contains(original));
        IFile file = project.getFile("boat.cwdesign");
        file.create(new ByteArrayInputStream(xml.replace(original, original.replace("14.2", "16.0")).getBytes(StandardCharsets.UTF_8)), true, null);
        WiringDiagramEditor editor = Ui.call(() -> {
            try {
                return (WiringDiagramEditor) IDE.openEditor(page, file, WiringDiagramEditor.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Diagrams.waitUntil("the diagram is shown", () -> Ui.call(() -> editor.diagramPage().isShown()), () -> Diagrams.clientState(editor.browser()));
        Job.getJobManager().join(ValidationJob.FAMILY, null);
        Diagrams.waitUntil("validation marked the file", () -> !errors(file).isEmpty(), () -> "");
        IMarker marker = errors(file).get(0);
        String elementIds = marker.getAttribute(ValidationMarkers.ELEMENT_IDS, "");
        assertEquals("bms", elementIds.split("\n")[0], "the finding is on the BMS: " + marker.getAttribute(IMarker.MESSAGE, ""));
        Browser browser = Ui.call(editor::browser);

        Ui.run(() -> {
            try {
                // What the Problems view does on double-click.
                assertEquals(editor, IDE.openEditor(page, marker));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });

        assertEquals(DiagramPage.TITLE, Ui.call(editor::activePageTitle), "the diagram stays in front");
        Diagrams.waitUntil("the diagram selects the BMS", () -> String.valueOf(Diagrams.js(browser, "return JSON.stringify(cellwright.editor.selectedIds());")).contains("\"bms\""),
                () -> String.valueOf(Diagrams.js(browser, "return JSON.stringify(cellwright.editor.selectedIds());")));
    }

    private static List<IMarker> errors(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_ZERO))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO) != IMarker.SEVERITY_INFO).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }
}
