import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cellwright.catalog.CatalogContribution;
import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.DiagramNotation;
import io.cellwright.diagram.WiringLayout;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;

/**
 * Layout benchmark of the wiring diagram, headless, run by releng/scripts/diagram-benchmark.sh with the
 * built product's bundles on the class path (plain Java, no OSGi):
 * {@code java -cp 'PRODUCT/plugins/*' DiagramLayoutBenchmark.java CATALOG_JAR TEMPLATE COMPONENTS}.
 * Copies the template's components and wires until the design has COMPONENTS components (ids prefixed
 * per copy, as benchmark-validate does), then times WiringLayout.layout: 3 warm-up runs, 10 measured.
 */
public class DiagramLayoutBenchmark {

    public static void main(String[] args) throws Exception {
        Path catalogJar = Path.of(args[0]).toAbsolutePath();
        Path template = Path.of(args[1]);
        int components = Integer.parseInt(args[2]);
        URI catalog = URI.createURI("jar:" + catalogJar.toUri() + "!/catalog/victron.cwcatalog");
        CatalogRegistry registry = CatalogRegistry.load(List.of(new CatalogContribution("victron", "io.cellwright.catalog.victron",
                "catalog/victron.cwcatalog", catalog)));
        if (!Files.isRegularFile(template)) {
            throw new IllegalArgumentException(template + ": no such design file");
        }
        SystemDesign design = generate(DesignFiles.load(template, registry), components);
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 13; run++) {
            DiagramNotation notation = new DiagramNotation();
            long start = System.nanoTime();
            WiringLayout.layout(design, notation);
            if (run >= 3) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        millis.sort(null);
        System.out.printf(Locale.ROOT, "layout of %d components, %d wires: median %.0f ms, slowest %.0f ms (10 runs after 3 warm-up)%n",
                design.getComponents().size(), design.getWires().size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private static SystemDesign generate(SystemDesign template, int components) {
        SystemDesign big = EcoreUtil.copy(template);
        big.getComponents().clear();
        big.getWires().clear();
        big.getBatteryBanks().clear();
        for (int i = 0; big.getComponents().size() < components; i++) {
            SystemDesign copy = EcoreUtil.copy(template);
            for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
                if (it.next() instanceof DesignElement element && element.getId() != null) {
                    element.setId("c" + i + "-" + element.getId());
                }
            }
            big.getComponents().addAll(copy.getComponents());
            big.getWires().addAll(copy.getWires());
        }
        return big;
    }
}
