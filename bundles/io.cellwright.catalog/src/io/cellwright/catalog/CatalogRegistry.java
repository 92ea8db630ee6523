package io.cellwright.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.CatalogPackage;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.ProductType;
import io.cellwright.model.catalog.util.CatalogResourceFactoryImpl;

/**
 * All product catalogs Cellwright knows: the contributions to the extension point
 * {@value #EXTENSION_POINT} (the built-in Victron catalog is one of them), loaded once. A contribution
 * that cannot be used is left out and reported in {@link #problems()} with its bundle, file and line,
 * so one bad third-party catalog never takes the others down.
 */
public final class CatalogRegistry {

    public static final String EXTENSION_POINT = "io.cellwright.catalog.catalogs";
    /** Designs and catalogs refer to a catalog as {@code cellwright:/catalog/ID}. */
    public static final String SCHEME = "cellwright";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static volatile CatalogRegistry shared;

    private final Map<String, CatalogContribution> contributions = new LinkedHashMap<>();
    private final List<Catalog> catalogs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final ResourceSet resources = new ResourceSetImpl();

    private CatalogRegistry() {
    }

    /** The catalogs contributed to this installation, loaded on first use. */
    public static CatalogRegistry getDefault() {
        CatalogRegistry registry = shared;
        if (registry == null) {
            synchronized (CatalogRegistry.class) {
                registry = shared;
                if (registry == null) {
                    registry = load(contributionsFromExtensions());
                    shared = registry;
                }
            }
        }
        return registry;
    }

    /** The logical URI of a catalog: {@code cellwright:/catalog/ID}. */
    public static URI catalogUri(String id) {
        return URI.createHierarchicalURI(SCHEME, null, null, new String[] { "catalog", id }, null, null);
    }

    /** Reads the extension point; a malformed contribution becomes a problem when loaded. */
    public static List<CatalogContribution> contributionsFromExtensions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<CatalogContribution> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"catalog".equals(element.getName())) {
                continue;
            }
            String bundle = element.getContributor().getName();
            String file = element.getAttribute("file");
            URI location = file == null ? null : URI.createPlatformPluginURI(bundle + "/" + file, true);
            result.add(new CatalogContribution(element.getAttribute("id"), bundle, file, location));
        }
        return result;
    }

    /** Loads the given contributions, in order; what cannot be loaded is reported, not thrown. */
    public static CatalogRegistry load(List<CatalogContribution> contributions) {
        CatalogRegistry registry = new CatalogRegistry();
        for (CatalogContribution contribution : contributions) {
            registry.accept(contribution);
        }
        registry.configure(registry.resources);
        for (CatalogContribution contribution : registry.contributions.values()) {
            registry.loadCatalog(contribution);
        }
        registry.checkRequirements();
        return registry;
    }

    private void accept(CatalogContribution contribution) {
        if (contribution.id() == null || !ID.matcher(contribution.id()).matches()) {
            problems.add(contribution + ": the id must be lower-case letters, digits, '-' or '.'; the catalog is ignored.");
        } else if (contribution.location() == null) {
            problems.add(contribution + ": no file attribute; the catalog is ignored.");
        } else if (contributions.containsKey(contribution.id())) {
            problems.add(contribution + ": the id is already used by " + contributions.get(contribution.id())
                    + "; this one is ignored. Give each catalog its own id.");
        } else {
            contributions.put(contribution.id(), contribution);
        }
    }

    private void loadCatalog(CatalogContribution contribution) {
        Resource resource;
        try {
            resource = resources.getResource(catalogUri(contribution.id()), true);
        } catch (RuntimeException e) {
            problems.add(contribution + ": " + LoadFailure.of(e).describe() + " The catalog is ignored.");
            Resource broken = resources.getResource(catalogUri(contribution.id()), false);
            if (broken != null) {
                resources.getResources().remove(broken);
            }
            return;
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Catalog catalog)) {
            problems.add(contribution + ": the file does not hold a Catalog of " + CatalogPackage.eNS_URI + "; the catalog is ignored.");
            return;
        }
        if (!contribution.id().equals(catalog.getId())) {
            problems.add(contribution + ": the file's Catalog has id '" + catalog.getId()
                    + "', but it is contributed as '" + contribution.id() + "'; the catalog is ignored. Make the two equal.");
            return;
        }
        catalogs.add(catalog);
    }

    private void checkRequirements() {
        for (Catalog catalog : catalogs) {
            for (String required : catalog.getRequires()) {
                if (catalog(required).isEmpty()) {
                    problems.add(contributions.get(catalog.getId()) + " requires catalog '" + required
                            + "', which is not installed; references into it will not resolve.");
                }
            }
        }
    }

    /**
     * Makes catalog URIs resolve in {@code resourceSet} (a design's, for example): each
     * {@code cellwright:/catalog/ID} is the catalog this registry already read (catalogs are read-only, so
     * every design shares them instead of reading its own copy: about a tenth of a second of parsing per
     * design opened on this machine); a catalog it could not read maps to the contributed file (and fails there again).
     */
    public void configure(ResourceSet resourceSet) {
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put(SCHEME, new CatalogResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(CatalogPackage.eNS_URI, CatalogPackage.eINSTANCE);
        for (CatalogContribution contribution : contributions.values()) {
            resourceSet.getURIConverter().getURIMap().put(catalogUri(contribution.id()), contribution.location());
        }
        if (resourceSet != resources && resourceSet instanceof ResourceSetImpl withMap) {
            Map<URI, Resource> loaded = withMap.getURIResourceMap() == null ? new HashMap<>() : withMap.getURIResourceMap();
            for (Catalog catalog : catalogs) {
                loaded.put(catalogUri(catalog.getId()), catalog.eResource());
            }
            withMap.setURIResourceMap(loaded);
        }
    }

    /** A new resource set in which catalog URIs resolve. */
    public ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        configure(resourceSet);
        return resourceSet;
    }

    public List<Catalog> catalogs() {
        return Collections.unmodifiableList(catalogs);
    }

    public Optional<Catalog> catalog(String id) {
        return catalogs.stream().filter(c -> c.getId().equals(id)).findFirst();
    }

    /** What could not be loaded, one sentence each naming the catalog, its bundle and file. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Every product of every catalog, in catalog order. */
    public List<ProductType> products() {
        List<ProductType> all = new ArrayList<>();
        catalogs.forEach(c -> all.addAll(c.getProductTypes()));
        return all;
    }

    /** The product with this id, searched in catalog order. */
    public Optional<ProductType> product(String id) {
        return products().stream().filter(p -> id.equals(p.getId())).findFirst();
    }

    /** The comparison table with this id, searched in catalog order. */
    public Optional<ComparisonTable> comparisonTable(String id) {
        return catalogs.stream().flatMap(c -> c.getComparisonTables().stream()).filter(t -> id.equals(t.getId())).findFirst();
    }

    /** The catalog that holds {@code product}. */
    public static Catalog catalogOf(ProductType product) {
        EObject container = product.eContainer();
        return container instanceof Catalog catalog ? catalog : null;
    }
}
