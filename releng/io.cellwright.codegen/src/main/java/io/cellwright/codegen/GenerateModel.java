package io.cellwright.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of {@code io.cellwright.model/model/cellwright.genmodel} with the
 * EMF generator, headless. Every build runs it in {@code check} mode: the code is generated into a
 * scratch folder and compared with what is committed, and the build fails on any difference. In
 * {@code write} mode ({@code releng/scripts/generate-model.sh}) the committed files are replaced.
 *
 * <p>Arguments: {@code check|write BUNDLES_DIR WORK_DIR}.
 */
public final class GenerateModel {

    static final String MODEL = "io.cellwright.model";
    static final String EDIT = "io.cellwright.model.edit";
    /** What the generator owns in each project; everything else there is written by hand. */
    static final List<String> GENERATED = List.of("src-gen", "plugin.xml", "plugin.properties", "icons");

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !Set.of("check", "write").contains(args[0])) {
            System.err.println("usage: GenerateModel check|write BUNDLES_DIR WORK_DIR");
            System.exit(2);
        }
        boolean write = args[0].equals("write");
        Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
        Path work = Path.of(args[2]).toAbsolutePath().normalize();
        deleteTree(work);
        Files.createDirectories(work);

        generate(bundles.resolve(MODEL).resolve("model/cellwright.genmodel"), work);

        List<String> differences = new ArrayList<>();
        for (String project : List.of(MODEL, EDIT)) {
            for (String owned : GENERATED) {
                Path fresh = work.resolve(project).resolve(owned);
                Path committed = bundles.resolve(project).resolve(owned);
                if (write) {
                    replace(fresh, committed);
                } else {
                    compare(fresh, committed, bundles, differences);
                }
            }
        }
        if (write) {
            System.out.println("Generated code written to " + bundles.resolve(MODEL) + " and " + bundles.resolve(EDIT));
            return;
        }
        if (!differences.isEmpty()) {
            System.err.println("The committed generated code does not match model/cellwright.genmodel and its .ecore files:");
            differences.stream().limit(30).forEach(d -> System.err.println("  " + d));
            if (differences.size() > 30) {
                System.err.println("  ... and " + (differences.size() - 30) + " more");
            }
            System.err.println("Regenerate it with releng/scripts/generate-model.sh and commit the result.");
            System.exit(1);
        }
        System.out.println("Generated model code is up to date with the genmodel.");
    }

    /** Runs the EMF generator for the model and edit projects into {@code work/<project>/}. */
    static void generate(Path genModelFile, Path work) {
        EcorePlugin.getPlatformResourceMap().put(MODEL, URI.createFileURI(work.resolve(MODEL) + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT, URI.createFileURI(work.resolve(EDIT) + "/"));
        // The genmodel uses Ecore's own GenPackage (platform:/plugin/org.eclipse.emf.ecore/...):
        // outside Eclipse that plug-in is the ecore jar on the class path.
        String ecoreJar = EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toString();
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"),
                URI.createURI("jar:" + ecoreJar + "!/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        Resource resource = resources.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic diagnosis = genModel.diagnose();
        if (diagnosis.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel " + genModelFile + " is not valid: " + describe(diagnosis));
        }
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generation (" + projectType + ") failed: " + describe(result));
            }
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static void compare(Path fresh, Path committed, Path bundles, List<String> differences) throws IOException {
        Set<String> names = new TreeSet<>();
        names.addAll(relativeFiles(fresh));
        names.addAll(relativeFiles(committed));
        for (String name : names) {
            Path a = name.isEmpty() ? fresh : fresh.resolve(name);
            Path b = name.isEmpty() ? committed : committed.resolve(name);
            String shown = bundles.relativize(b).toString();
            if (!Files.exists(b)) {
                differences.add("missing: " + shown);
            } else if (!Files.exists(a)) {
                differences.add("not generated any more: " + shown);
            } else if (Files.mismatch(a, b) != -1) {
                differences.add("differs: " + shown);
            }
        }
    }

    /** Files under {@code root} relative to it; a single file is "" and nothing is an empty set. */
    private static Set<String> relativeFiles(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        if (Files.isRegularFile(root)) {
            files.add("");
        } else if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString()));
            }
        }
        return files;
    }

    private static void replace(Path fresh, Path committed) throws IOException {
        deleteTree(committed);
        if (!Files.exists(fresh)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(fresh)) {
            walk.forEach(source -> {
                Path target = committed.resolve(fresh.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
