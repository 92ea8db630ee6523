package io.cellwright.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EMF ecore, xmi, change and edit do in the OSGi runtime what the model, editor and undo will need. */
class EmfRuntimeTest {

    private EPackage pkg;
    private EClass battery;
    private EAttribute name;
    private EAttribute voltage;

    @BeforeEach
    void createMetamodel() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        pkg = f.createEPackage();
        pkg.setName("probe");
        pkg.setNsPrefix("probe");
        pkg.setNsURI("urn:cellwright:probe");
        battery = f.createEClass();
        battery.setName("Battery");
        name = f.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        name.setLowerBound(1);
        voltage = f.createEAttribute();
        voltage.setName("voltage");
        voltage.setEType(EcorePackage.Literals.EDOUBLE);
        battery.getEStructuralFeatures().add(name);
        battery.getEStructuralFeatures().add(voltage);
        pkg.getEClassifiers().add(battery);
    }

    private EObject battery(String n, double v) {
        EObject b = EcoreUtil.create(battery);
        if (n != null) {
            b.eSet(name, n);
        }
        b.eSet(voltage, v);
        return b;
    }

    private ResourceSet resourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(pkg.getNsURI(), pkg);
        return rs;
    }

    @Test
    void xmiSaveAndLoadRoundTrips(@TempDir Path dir) throws IOException {
        URI uri = URI.createFileURI(dir.resolve("bank.xmi").toString());
        Resource out = resourceSet().createResource(uri);
        out.getContents().add(battery("LFP 12.8 V 200 Ah", 12.8));
        out.save(null);
        assertTrue(Files.readString(dir.resolve("bank.xmi")).contains("LFP 12.8 V 200 Ah"));

        Resource in = resourceSet().getResource(uri, true);
        EObject loaded = in.getContents().get(0);
        assertEquals("LFP 12.8 V 200 Ah", loaded.eGet(loaded.eClass().getEStructuralFeature("name")));
        assertEquals(12.8, (Double) loaded.eGet(loaded.eClass().getEStructuralFeature("voltage")), 1e-9);
    }

    @Test
    void diagnosticianReportsAMissingRequiredValue() {
        Diagnostic ok = Diagnostician.INSTANCE.validate(battery("B1", 12.8));
        assertEquals(Diagnostic.OK, ok.getSeverity());
        Diagnostic missing = Diagnostician.INSTANCE.validate(battery(null, 12.8));
        assertEquals(Diagnostic.ERROR, missing.getSeverity());
        assertTrue(missing.getChildren().get(0).getMessage().contains("name"), missing.getChildren().get(0).getMessage());
    }

    @Test
    void changeRecorderRevertsAChange() {
        EObject b = battery("B1", 12.8);
        ChangeRecorder recorder = new ChangeRecorder(b);
        b.eSet(voltage, 25.6);
        ChangeDescription change = recorder.endRecording();
        change.apply();
        assertEquals(12.8, (Double) b.eGet(voltage), 1e-9);
    }

    @Test
    void editingDomainUndoesAndRedoesACommand() {
        EObject b = battery("B1", 12.8);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack());
        domain.getCommandStack().execute(SetCommand.create(domain, b, voltage, 25.6));
        assertEquals(25.6, (Double) b.eGet(voltage), 1e-9);
        domain.getCommandStack().undo();
        assertEquals(12.8, (Double) b.eGet(voltage), 1e-9);
        domain.getCommandStack().redo();
        assertEquals(25.6, (Double) b.eGet(voltage), 1e-9);
    }
}
