package io.cellwright.design;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.DesignPackage;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.model.design.util.DesignResourceFactoryImpl;
import io.cellwright.model.notation.NotationPackage;

/**
 * Reads and writes design files ({@code .cwdesign}, XMI). Reading checks the format version and that
 * every catalog reference resolves; writing is atomic, so a failure leaves the previous file intact.
 * The {@link SystemDesign} is the file's first root; a file may hold the wiring diagram's notation
 * (package {@code io.cellwright.model.notation}) as a second root, which is read and written with it and
 * which nothing else here looks at.
 */
public final class DesignFiles {

    public static final String EXTENSION = "cwdesign";
    /** The format this version writes; it reads every 1.x format. */
    public static final String FORMAT_VERSION = "1.0";
    private static final int FORMAT_MAJOR = 1;

    private DesignFiles() {
    }

    /** A resource set in which design files load and catalog references resolve. */
    public static ResourceSet newResourceSet(CatalogRegistry catalogs) {
        ResourceSet resourceSet = catalogs.newResourceSet();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new DesignResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(DesignPackage.eNS_URI, DesignPackage.eINSTANCE);
        // The diagram's notation, a second root of the file (absent in files never opened as a diagram).
        resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        return resourceSet;
    }

    /** Loads the design in {@code file}, with its catalog references resolved against {@code catalogs}. */
    public static SystemDesign load(Path file, CatalogRegistry catalogs) throws DesignFileException {
        return load(file, newResourceSet(catalogs));
    }

    public static SystemDesign load(Path file, ResourceSet resourceSet) throws DesignFileException {
        if (!Files.isRegularFile(file)) {
            throw new DesignFileException(file, "no such design file. Check the path.");
        }
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.toDesignFileException(file, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof SystemDesign design)) {
            throw new DesignFileException(file, "this is not a Cellwright design (no SystemDesign of " + DesignPackage.eNS_URI + " at the top).");
        }
        checkFormatVersion(file, design);
        checkReferences(file, design);
        return design;
    }

    private static void checkFormatVersion(Path file, SystemDesign design) throws DesignFileException {
        String version = design.getFormatVersion();
        if (version == null || version.isBlank()) {
            throw new DesignFileException(file, 2, "the design has no formatVersion; it was not written by Cellwright. Add formatVersion=\""
                    + FORMAT_VERSION + "\" to the SystemDesign element if it follows this format.", null);
        }
        int major;
        try {
            major = Integer.parseInt(version.split("\\.")[0].trim());
        } catch (NumberFormatException e) {
            throw new DesignFileException(file, 2, "formatVersion '" + version + "' is not a version number like " + FORMAT_VERSION + ".", e);
        }
        if (major > FORMAT_MAJOR) {
            throw new DesignFileException(file, 2, "the design is in format " + version + ", written by a newer Cellwright; this one reads format "
                    + FORMAT_MAJOR + ".x. Update Cellwright to open it. The file was not changed.", null);
        }
    }

    /** Every reference into a catalog must resolve; a design with a dangling product is not usable. */
    private static void checkReferences(Path file, SystemDesign design) throws DesignFileException {
        EcoreUtil.resolveAll(design);
        for (TreeIterator<EObject> it = design.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)) {
                    continue;
                }
                for (Object target : reference.isMany() ? (List<?>) object.eGet(reference) : List.of(object.eGet(reference))) {
                    if (target instanceof EObject eTarget && eTarget.eIsProxy()) {
                        throw unresolved(file, object, reference, EcoreUtil.getURI(eTarget));
                    }
                }
            }
        }
    }

    private static DesignFileException unresolved(Path file, EObject owner, EReference reference, URI target) {
        String element = describe(owner);
        String where = target.trimFragment().toString();
        String catalogId = where.startsWith(CatalogRegistry.SCHEME + ":/catalog/") ? where.substring((CatalogRegistry.SCHEME + ":/catalog/").length()) : where;
        int line = LoadErrors.lineContaining(file, target.fragment());
        return new DesignFileException(file, line, element + ": its " + reference.getName() + " '" + target.fragment()
                + "' is not in the installed catalog '" + catalogId + "'. Pick an existing product (cellwright catalog lists them) or install the catalog that has it.", null);
    }

    /** "component 'bms' (Smart BMS)" and the like, for messages. */
    public static String describe(EObject object) {
        String kind = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
                .replace("component instance", "component").replace("terminal instance", "terminal");
        if (object instanceof DesignElement element) {
            String id = element.getId() == null ? "" : " '" + element.getId() + "'";
            String name = element.getName() == null ? "" : " (" + element.getName() + ")";
            return kind + id + name;
        }
        EObject container = object.eContainer();
        return container == null ? kind : kind + " of " + describe(container);
    }

    /** "bms.load-disconnect": a terminal as component id and terminal id, as designers write it. */
    public static String terminalName(io.cellwright.model.design.TerminalInstance terminal) {
        if (terminal == null) {
            return "?";
        }
        String component = terminal.getComponent() == null ? "?" : terminal.getComponent().getId();
        String definition = terminal.getDefinition() == null ? "?" : terminal.getDefinition().getId();
        return component + "." + definition;
    }

    /**
     * Writes {@code design} to {@code file} atomically: the XMI is produced in memory, written to a
     * temporary file beside the target, flushed to disk and moved over the target. Any failure leaves
     * the previous file as it was.
     */
    public static void save(SystemDesign design, Path file) throws DesignFileException {
        if (design.getFormatVersion() == null) {
            design.setFormatVersion(FORMAT_VERSION);
        }
        byte[] bytes = serialize(design, file);
        Path target = file.toAbsolutePath();
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new DesignFileException(file, 0, "could not be saved (" + e.getMessage() + "); the previous file is unchanged.", e);
        }
        Resource resource = design.eResource();
        if (resource != null) {
            resource.setURI(URI.createFileURI(target.toString()));
            resource.setModified(false);
        }
    }

    private static byte[] serialize(SystemDesign design, Path file) throws DesignFileException {
        Resource resource = design.eResource();
        if (resource == null) {
            ResourceSet resourceSet = newResourceSet(CatalogRegistry.getDefault());
            resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(design);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name(),
                    XMLResource.OPTION_LINE_WIDTH, 120));
        } catch (IOException | RuntimeException e) {
            throw new DesignFileException(file, 0, "could not be written: " + e.getMessage() + "; the previous file is unchanged.", e);
        }
        return out.toByteArray();
    }
}
