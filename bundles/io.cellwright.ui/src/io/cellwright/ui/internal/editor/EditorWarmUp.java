package io.cellwright.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.notation.NotationPackage;
import io.cellwright.ui.internal.emf.CellwrightAdapterFactory;

/**
 * The Java side of opening a design editor, done once off the display thread after start-up so the first
 * editor does not load and link those classes while the window waits: the design is written and read
 * back as a file (XMI, catalog references, the reference check), and the label, icon and properties of
 * each of its objects and of one object of every other model class are asked of the item providers. No widget is made and no user file is touched.
 */
public final class EditorWarmUp {

    private EditorWarmUp() {
    }

    /** Round-trips {@code sample} through a temporary file and labels it; returns the design read back. */
    public static SystemDesign run(SystemDesign sample) throws IOException, DesignFileException {
        Path folder = Files.createTempDirectory("cellwright-warm-up");
        Path file = folder.resolve("warm-up." + DesignFiles.EXTENSION);
        ComposedAdapterFactory adapters = CellwrightAdapterFactory.create();
        try {
            DesignFiles.save(sample, file);
            SystemDesign design = DesignFiles.load(file, DesignFiles.newResourceSet(CatalogRegistry.getDefault()));
            label(adapters, design);
            for (Iterator<EObject> all = design.eAllContents(); all.hasNext();) {
                label(adapters, all.next());
            }
            // One object of every other kind too (wires, banks, settings, facts...), which the sample lacks.
            for (EPackage model : List.of(DesignPackage.eINSTANCE, CatalogPackage.eINSTANCE, NotationPackage.eINSTANCE)) {
                for (EClassifier classifier : model.getEClassifiers()) {
                    if (classifier instanceof EClass kind && !kind.isAbstract() && !kind.isInterface()) {
                        try {
                            label(adapters, model.getEFactoryInstance().create(kind));
                        } catch (RuntimeException e) {
                            // a label that needs more than a blank object: its classes are loaded all the same
                        }
                    }
                }
            }
            return design;
        } finally {
            adapters.dispose();
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void label(ComposedAdapterFactory adapters, EObject object) {
        if (adapters.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
            labels.getText(object);
            labels.getImage(object);
        }
        if (adapters.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource properties) {
            properties.getPropertyDescriptors(object);
        }
    }
}
