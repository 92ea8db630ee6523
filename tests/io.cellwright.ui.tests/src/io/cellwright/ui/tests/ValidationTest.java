package io.cellwright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.catalog.ChoiceSettingDefinition;
import io.cellwright.model.catalog.SettingOption;
import io.cellwright.model.catalog.SettingRole;
import io.cellwright.model.design.ChoiceSettingValue;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.TerminalInstance;
import io.cellwright.model.design.Wire;
import io.cellwright.ui.internal.editor.DesignEditor;
import io.cellwright.ui.internal.validation.QuickFix;
import io.cellwright.ui.internal.validation.QuickFixes;
import io.cellwright.ui.internal.validation.ValidateHandler;
import io.cellwright.ui.internal.validation.ValidationJob;
import io.cellwright.ui.internal.validation.ValidationMarkers;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Rule;
import io.cellwright.validation.Rules;
import io.cellwright.tests.support.Ui;

/**
 * Validation in the workbench: markers in the Problems view with the rule id, double-click selecting the
 * element, the Validate Design command, validation on open and save, and the quick fixes, on copies of
 * the example designs.
 */
class ValidationTest {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    private static final String EXAMPLE_1 = "001-example-1-multiplus-compact-mppt";

    @TempDir
    Path dir;

    private final IWorkbenchPage page = Ui.window().getActivePage();
    private IProject project;

    @BeforeEach
    void createProject() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("designs");
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

    /** Saves the workspace as the product does at exit, so the test runtime closes without a warning. */
    @AfterAll
    static void saveWorkspace() throws CoreException {
        ResourcesPlugin.getWorkspace().save(true, null);
    }

    /** The example with its battery charge limit set to {@code chargeLimit} V, as a workspace file. */
    private IFile exampleInWorkspace(String chargeLimit) throws Exception {
        String xml = Files.readString(EXAMPLES.resolve(EXAMPLE_1 + ".cwdesign"));
        String original = "<settings xsi:type=\"design:NumberSettingValue\" value=\"14.2\">";
        assertTrue(xml.contains(original));
        IFile file = project.getFile("boat.cwdesign");
        byte[] bytes = xml.replace(original, original.replace("14.2", chargeLimit)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        file.create(new ByteArrayInputStream(bytes), true, null);
        return file;
    }

    /** Example 1 with {@code edit} applied to its XML, as a workspace file. */
    private IFile brokenExample(java.util.function.UnaryOperator<String> edit) throws Exception {
        String xml = edit.apply(Files.readString(EXAMPLES.resolve(EXAMPLE_1 + ".cwdesign")));
        IFile file = project.getFile("broken.cwdesign");
        file.create(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        return file;
    }

    private static IMarker marker(IFile file, String ruleId) throws CoreException {
        List<String> ids = ruleIds(file);
        return markers(file).stream().filter(m -> ruleId.equals(m.getAttribute(ValidationMarkers.RULE_ID, ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " marker among " + ids));
    }

    /** Runs the quick fix labelled {@code label} of {@code marker} as the Problems view's Quick Fix dialog does. */
    private static void quickFix(IMarker marker, String label) {
        Ui.run(() -> {
            var generator = new io.cellwright.ui.internal.validation.DesignMarkerResolutions();
            assertTrue(generator.hasResolutions(marker));
            var resolutions = List.of(generator.getResolutions(marker));
            assertEquals(List.of(label), resolutions.stream().map(r -> r.getLabel()).toList());
            resolutions.get(0).run(marker);
        });
    }

    private DesignEditor open(IFile file) {
        return Ui.call(() -> {
            try {
                return assertInstanceOf(DesignEditor.class, IDE.openEditor(page, file));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Waits for every validation job and for the findings they hand to the display thread. */
    private static void awaitValidation() {
        for (int i = 0; i < 3; i++) {
            try {
                Job.getJobManager().join(ValidationJob.FAMILY, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Ui.run(() -> {
                while (Ui.display().readAndDispatch()) {
                    // let the findings arrive
                }
            });
        }
    }

    /** The error and warning markers; every example also has the standby-drain figure (CW-DRAIN-001) as information. */
    private static List<IMarker> markers(IFile file) throws CoreException {
        return Arrays.stream(file.findMarkers(ValidationMarkers.TYPE, true, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO) != IMarker.SEVERITY_INFO)
                .sorted((a, b) -> a.getAttribute(IMarker.MESSAGE, "").compareTo(b.getAttribute(IMarker.MESSAGE, ""))).toList();
    }

    private static List<String> ruleIds(IFile file) throws CoreException {
        return markers(file).stream().map(m -> m.getAttribute(ValidationMarkers.RULE_ID, "")).toList();
    }

    private static NumberSettingValue chargeLimit(SystemDesign design) {
        ComponentInstance bms = component(design, "bms");
        return (NumberSettingValue) bms.findSettingValue(SettingRole.BATTERY_CHARGE_LIMIT);
    }

    private static ComponentInstance component(SystemDesign design, String id) {
        return design.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static TerminalInstance terminal(SystemDesign design, String id) {
        String component = id.substring(0, id.indexOf('.'));
        return component(design, component).getTerminals().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static Rule rule(String id) {
        return Rules.installed().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void openingADesignPutsItsFindingsInTheProblemsViewWithTheRuleId() throws Exception {
        IFile file = exampleInWorkspace("16.0");
        open(file);
        awaitValidation();
        List<IMarker> markers = markers(file);
        assertEquals(List.of("CW-SET-001", "CW-SET-002"), ruleIds(file), markers.toString());
        IMarker range = markers.get(0);
        String message = range.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.startsWith("[CW-SET-001] The battery charge limit of the Smart BMS 12-200 'bms' is 16 V, outside 13"), message);
        assertEquals(IMarker.SEVERITY_ERROR, range.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(IMarker.SEVERITY_WARNING, markers.get(1).getAttribute(IMarker.SEVERITY, -1));
        assertEquals("bms", range.getAttribute(ValidationMarkers.ELEMENT_IDS, ""));
        assertEquals("bms: Smart BMS 12-200", range.getAttribute(IMarker.LOCATION, ""));
        assertEquals("001 §3.5.1 (and each setting's own source)", range.getAttribute(ValidationMarkers.RULE_SOURCE, ""));
        assertTrue(range.isSubtypeOf(IMarker.PROBLEM));
        assertTrue(range.getAttribute(IMarker.TRANSIENT, false) == false);
    }

    @Test
    void theValidateCommandRunsOnTheUnsavedDesignAndReplacesTheMarkers() throws Exception {
        IFile file = exampleInWorkspace("16.0");
        DesignEditor editor = open(file);
        awaitValidation();
        assertEquals(2, markers(file).size());
        Ui.run(() -> {
            Command back = SetCommand.create(editor.getEditingDomain(), chargeLimit(editor.getDesign()),
                    DesignPackage.Literals.NUMBER_SETTING_VALUE__VALUE, 14.4);
            editor.getEditingDomain().getCommandStack().execute(back);
            IBindingService bindings = page.getWorkbenchWindow().getService(IBindingService.class);
            String key = bindings.getBestActiveBindingFormattedFor(ValidateHandler.COMMAND_ID);
            assertTrue(List.of("Ctrl+Shift+V", "Shift+Ctrl+V").contains(key), key);
            try {
                page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(ValidateHandler.COMMAND_ID, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        awaitValidation();
        // 14.4 V is in range but not 14.2 V: only the warning is left, and no marker is kept twice.
        assertEquals(List.of("CW-SET-002"), ruleIds(file));
        Ui.run(() -> assertTrue(editor.isDirty(), "validating does not save"));
    }

    @Test
    void savingValidatesAgain() throws Exception {
        IFile file = exampleInWorkspace("16.0");
        DesignEditor editor = open(file);
        awaitValidation();
        Ui.run(() -> {
            editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), chargeLimit(editor.getDesign()),
                    DesignPackage.Literals.NUMBER_SETTING_VALUE__VALUE, 14.2));
            editor.doSave(null);
        });
        awaitValidation();
        assertEquals(List.of(), ruleIds(file));
        Ui.run(() -> assertEquals(List.of("CW-DRAIN-001"), editor.getFindings().stream().map(Finding::ruleId).toList(), "only the standby figure is left"));
    }

    @Test
    void doubleClickingAMarkerSelectsItsElementInTheTree() throws Exception {
        IFile file = exampleInWorkspace("16.0");
        DesignEditor editor = open(file);
        awaitValidation();
        IMarker marker = markers(file).get(0);
        Ui.run(() -> {
            editor.getViewer().setSelection(null);
            try {
                // What the Problems view does on double-click.
                IEditorPart opened = IDE.openEditor(page, marker);
                assertEquals(editor, opened);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
            IStructuredSelection selection = (IStructuredSelection) editor.getViewer().getSelection();
            assertEquals(List.of(component(editor.getDesign(), "bms")), selection.toList());
            assertEquals("bms: Smart BMS 12-200", editor.getViewer().getTree().getSelection()[0].getText());
        });
    }

    @Test
    void aNumberSettingFixSetsTheValueAndUndoesInOneStep() throws Exception {
        IFile file = exampleInWorkspace("16.0");
        DesignEditor editor = open(file);
        awaitValidation();
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            Finding finding = new Finding(rule("CW-SET-001"), rule("CW-SET-001").severity(), "out of range", List.of(component(design, "bms")),
                    Map.of(Finding.HINT_SETTING, chargeLimit(design), Finding.HINT_VALUE, 15.3));
            List<QuickFix> fixes = QuickFixes.of(finding);
            assertEquals(List.of("Set the battery charge limit to 15.3 V"), fixes.stream().map(QuickFix::label).toList());
            assertTrue(editor.apply(fixes.get(0)));
            assertEquals(15.3, chargeLimit(design).getValue(), 1e-9);
            var undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
            assertEquals("Set the battery charge limit to 15.3 V", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
            undo.run();
            assertEquals(16.0, chargeLimit(design).getValue(), 1e-9);
        });
        awaitValidation();
        assertEquals(List.of("CW-SET-001", "CW-SET-002"), ruleIds(file), "the fix validates again; undone, both findings are back");
    }

    @Test
    void aChoiceSettingFixAddsTheSettingWhenTheDesignHasNone() throws Exception {
        IFile file = exampleInWorkspace("14.2");
        DesignEditor editor = open(file);
        Ui.run(() -> {
            ComponentInstance bms = component(editor.getDesign(), "bms");
            ChoiceSettingDefinition fuseType = (ChoiceSettingDefinition) bms.getType().getSettings().stream()
                    .filter(s -> s.getRole() == SettingRole.FUSE_TYPE).findFirst().orElseThrow();
            SettingOption hundred = fuseType.getOptions().stream().filter(o -> o.getKey().equals("100A")).findFirst().orElseThrow();
            assertNull(bms.findSettingValue(SettingRole.FUSE_TYPE));
            Finding finding = new Finding(rule("CW-SET-001"), rule("CW-SET-001").severity(), "fuse type differs", List.of(bms),
                    Map.of(Finding.HINT_SETTING, fuseType, Finding.HINT_OPTION, hundred));
            QuickFix fix = QuickFixes.of(finding).get(0);
            assertEquals("Set the fuse type to 100A", fix.label());
            assertTrue(editor.apply(fix));
            ChoiceSettingValue value = assertInstanceOf(ChoiceSettingValue.class, bms.findSettingValue(SettingRole.FUSE_TYPE));
            assertEquals(hundred, value.getOption());
            // A second fix on the same setting changes the value instead of adding another.
            SettingOption eighty = fuseType.getOptions().stream().filter(o -> o.getKey().equals("80A")).findFirst().orElseThrow();
            assertTrue(editor.apply(QuickFixes.of(new Finding(finding.rule(), finding.severity(), "", List.of(bms),
                    Map.of(Finding.HINT_SETTING, fuseType, Finding.HINT_OPTION, eighty))).get(0)));
            assertEquals(eighty, value.getOption());
            assertEquals(1, bms.getSettings().stream().filter(s -> s.getDefinition() == fuseType).count());
            editor.getEditingDomain().getCommandStack().undo();
            editor.getEditingDomain().getCommandStack().undo();
            assertNull(bms.findSettingValue(SettingRole.FUSE_TYPE));
        });
    }

    @Test
    void aWireFixAddsTheRemoteLoop() throws Exception {
        IFile file = exampleInWorkspace("14.2");
        DesignEditor editor = open(file);
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            Wire loop = design.getWires().stream().filter(w -> w.getId().equals("w-remote-loop")).findFirst().orElseThrow();
            editor.getEditingDomain().getCommandStack().execute(RemoveCommand.create(editor.getEditingDomain(), loop));
            TerminalInstance l = terminal(design, "bms.remote-l");
            TerminalInstance h = terminal(design, "bms.remote-h");
            Finding finding = new Finding(rule("CW-SET-001"), rule("CW-SET-001").severity(), "no loop", List.of(component(design, "bms")),
                    Map.of(Finding.HINT_FROM, l, Finding.HINT_TO, h));
            QuickFix fix = QuickFixes.of(finding).get(0);
            assertEquals("Add the wire loop between L and H of 'bms'", fix.label());
            int wires = design.getWires().size();
            assertTrue(editor.apply(fix));
            Wire added = design.getWires().get(design.getWires().size() - 1);
            assertEquals(wires + 1, design.getWires().size());
            assertEquals(l, added.getFrom());
            assertEquals(h, added.getTo());
            assertEquals("w-bms-remote-l-remote-h", added.getId());
            editor.doSave(null);
        });
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("id=\"w-bms-remote-l-remote-h\"") && saved.contains("from=\"bms.remote-l\" to=\"bms.remote-h\""), saved);
    }

    @Test
    void aCableFixReplacesADirectWireWithTheInterfaceCable() throws Exception {
        IFile file = exampleInWorkspace("14.2");
        DesignEditor editor = open(file);
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            var domain = editor.getEditingDomain();
            // Take the VE.Direct cable out and wire Charge disconnect straight to the MPPT's VE.Direct port.
            ComponentInstance vdcable = component(design, "vdcable");
            for (Wire wire : List.copyOf(design.getWires())) {
                if (vdcable.getTerminals().contains(wire.getFrom()) || vdcable.getTerminals().contains(wire.getTo())) {
                    domain.getCommandStack().execute(RemoveCommand.create(domain, wire));
                }
            }
            domain.getCommandStack().execute(RemoveCommand.create(domain, vdcable));
            TerminalInstance output = terminal(design, "bms.charge-disconnect");
            TerminalInstance port = terminal(design, "mppt.ve-direct");
            Wire direct = io.cellwright.model.design.DesignFactory.eINSTANCE.createWire();
            direct.setId("w-direct");
            direct.setFrom(output);
            direct.setTo(port);
            domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, design, DesignPackage.Literals.SYSTEM_DESIGN__WIRES, direct));
            int components = design.getComponents().size();
            int wires = design.getWires().size();

            var cable = CatalogRegistry.getDefault().product("ve-direct-non-inverting-remote-cable").orElseThrow();
            Finding finding = new Finding(rule("CW-SET-001"), rule("CW-SET-001").severity(), "wrong cable", List.of(component(design, "mppt")),
                    Map.of(Finding.HINT_PRODUCT, cable, Finding.HINT_FROM, output, Finding.HINT_TO, port));
            QuickFix fix = QuickFixes.of(finding).get(0);
            assertEquals("Insert VE.Direct non-inverting remote on-off cable (ASS030550320)", fix.label());
            assertTrue(editor.apply(fix));
            assertFalse(design.getWires().contains(direct), "the direct wire is gone");
            assertEquals(components + 1, design.getComponents().size());
            assertEquals(wires + 1, design.getWires().size(), "one wire out, two in");
            ComponentInstance inserted = component(design, "ve-direct-non-inverting-remote-cable");
            assertEquals(cable, inserted.getType());
            assertTrue(design.getWires().stream().anyMatch(w -> w.getFrom() == output && w.getTo() == inserted.findTerminal("signal-in")));
            assertTrue(design.getWires().stream().anyMatch(w -> w.getFrom() == inserted.findTerminal("ve-direct") && w.getTo() == port));
            assertEquals(fix.label(), domain.getCommandStack().getUndoCommand().getLabel());
            domain.getCommandStack().undo();
            assertTrue(design.getWires().contains(direct), "one undo restores the direct wire");
            assertEquals(components, design.getComponents().size());
            assertEquals(wires, design.getWires().size());
        });
    }

    @Test
    void aCableFixReplacesAWrongCable() throws Exception {
        IFile file = exampleInWorkspace("14.2");
        DesignEditor editor = open(file);
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            TerminalInstance output = terminal(design, "bms.charge-disconnect");
            TerminalInstance port = terminal(design, "mppt.ve-direct");
            var inverting = CatalogRegistry.getDefault().product("inverting-remote-cable").orElseThrow();
            Finding finding = new Finding(rule("CW-SET-001"), rule("CW-SET-001").severity(), "wrong cable", List.of(component(design, "mppt")),
                    Map.of(Finding.HINT_PRODUCT, inverting, Finding.HINT_FROM, output, Finding.HINT_TO, port));
            QuickFix fix = QuickFixes.of(finding).get(0);
            assertEquals("Replace the VE.Direct non-inverting remote on-off cable with the Inverting remote on-off cable (ASS030550100)", fix.label());
            int components = design.getComponents().size();
            assertTrue(editor.apply(fix));
            assertTrue(design.getComponents().stream().noneMatch(c -> "vdcable".equals(c.getId())), "the wrong cable is gone");
            assertEquals(components, design.getComponents().size());
            ComponentInstance inserted = component(design, "inverting-remote-cable");
            assertTrue(design.getWires().stream().anyMatch(w -> w.getFrom() == inserted.findTerminal("signal-out") && w.getTo() == port));
            assertTrue(design.getWires().stream().noneMatch(w -> w.getFrom() == null || w.getTo() == null || w.getFrom().getComponent() == null
                    || w.getTo().getComponent() == null), "no wire is left hanging on the removed cable");
            editor.getEditingDomain().getCommandStack().undo();
            assertNotNull(component(design, "vdcable"));
        });
    }

    @Test
    void cwRem003_theMarkersQuickFixAddsTheLoopAndTheProblemGoes() throws Exception {
        IFile file = brokenExample(xml -> xml.replaceAll("  <wires id=\"w-remote-loop\"[^\\n]*\\n", ""));
        DesignEditor editor = open(file);
        awaitValidation();
        IMarker marker = marker(file, "CW-REM-003");
        assertEquals("bms", marker.getAttribute(ValidationMarkers.ELEMENT_IDS, ""));
        quickFix(marker, "Add the wire loop between L and H of 'bms'");
        awaitValidation();
        assertFalse(ruleIds(file).contains("CW-REM-003"), ruleIds(file).toString());
        Ui.run(() -> {
            assertEquals("Add the wire loop between L and H of 'bms'", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
            editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        });
        awaitValidation();
        assertTrue(ruleIds(file).contains("CW-REM-003"), "undo brings the problem back");
    }

    @Test
    void cwRem002_theMarkersQuickFixInsertsTheInterfaceCable() throws Exception {
        // Charge disconnect wired straight into the MPPT's VE.Direct port, without the VE.Direct non-inverting cable.
        IFile file = brokenExample(xml -> xml.replaceAll("(?s)  <components id=\"vdcable\".*?</components>\\n", "")
                .replaceAll("  <wires id=\"w-cable-mppt\"[^\\n]*\\n", "").replace("to=\"vdcable.signal-in\"", "to=\"mppt.ve-direct\""));
        assertFalse(Files.readString(file.getLocation().toFile().toPath()).contains("vdcable"));
        DesignEditor editor = open(file);
        awaitValidation();
        Ui.run(() -> assertEquals(null, editor.getLoadError()));
        IMarker marker = marker(file, "CW-REM-002");
        quickFix(marker, "Insert VE.Direct non-inverting remote on-off cable (ASS030550320)");
        awaitValidation();
        assertFalse(ruleIds(file).contains("CW-REM-002"), ruleIds(file).toString());
        Ui.run(() -> {
            SystemDesign design = editor.getDesign();
            ComponentInstance cable = component(design, "ve-direct-non-inverting-remote-cable");
            assertTrue(design.getWires().stream().anyMatch(w -> w.getFrom() == cable.findTerminal("ve-direct") && w.getTo() == terminal(design, "mppt.ve-direct")));
        });
    }

    @Test
    void aFileOutsideTheWorkspaceListsItsFindingsInTheEditor() throws Exception {
        Path file = dir.resolve("outside.cwdesign");
        Files.writeString(file, Files.readString(EXAMPLES.resolve(EXAMPLE_1 + ".cwdesign")).replace("value=\"14.2\"", "value=\"16\""));
        DesignEditor editor = Ui.call(() -> {
            try {
                return (DesignEditor) IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        awaitValidation();
        Ui.run(() -> {
            assertNull(editor.workspaceFile());
            assertEquals(List.of("CW-DRAIN-001", "CW-SET-001", "CW-SET-002"), editor.getFindings().stream().map(Finding::ruleId).sorted().toList());
            var table = editor.getFindingsPanel().getViewer().getTable();
            assertEquals(3, table.getItemCount());
            String shown = table.getItem(0).getText(0) + "\n" + table.getItem(1).getText(0) + "\n" + table.getItem(2).getText(0);
            assertTrue(shown.contains("[CW-SET-001] The battery charge limit of the Smart BMS 12-200 'bms' is 16 V"), shown);
            assertEquals("bms: Smart BMS 12-200", table.getItem(0).getText(1));
            List<EObject> elements = editor.getFindings().get(0).elements();
            assertEquals(List.of(component(editor.getDesign(), "bms")), elements, "findings refer to the editor's own objects");
        });
    }
}
