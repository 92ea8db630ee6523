package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright benchmark-validate}: validates a generated design of N components (copies of a
 * template design, each with its own bank and wiring) and reports the time per validation and the heap.
 * The figures in the README come from this command.
 */
@Command(name = "benchmark-validate", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark: validate a generated design of N components (copies of --from) and print time per run and heap.")
public class BenchmarkValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, description = "Template design whose components are copied.")
    Path template;

    @Option(names = "--components", defaultValue = "1000", description = "At least this many components (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--warmup", defaultValue = "5", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "20", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--save", description = "Also save the generated design to this file.")
    Path save;

    @Override
    public Integer call() throws DesignFileException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        SystemDesign design = DesignFiles.load(template, catalogs);
        int perCopy = design.getComponents().size();
        if (perCopy == 0 || components < 1 || iterations < 1) {
            throw new CliException(ExitCode.USAGE, "benchmark-validate needs a template with components, --components >= 1 and --iterations >= 1");
        }
        int copies = (components + perCopy - 1) / perCopy;
        SystemDesign big = generate(design, copies);
        if (save != null) {
            DesignFiles.save(big, save);
        }
        out.printf("design: %d components, %d wires, %d banks (%d copies of %s)%n", big.getComponents().size(), big.getWires().size(),
                big.getBatteryBanks().size(), copies, template.getFileName());
        Findings findings = null;
        for (int i = 0; i < warmup; i++) {
            findings = Rules.validate(big);
        }
        long[] nanos = new long[iterations];
        resetPeaks();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            findings = Rules.validate(big);
            nanos[i] = System.nanoTime() - start;
            err.printf("\rvalidating: %d/%d", i + 1, iterations);
            err.flush();
        }
        err.println();
        Arrays.sort(nanos);
        out.printf("rules: %d, findings per run: %d%n", Rules.installed().size(), findings.all().size());
        out.printf("time per validation: median %.1f ms, min %.1f ms, max %.1f ms (%d runs after %d warm-up)%n", nanos[nanos.length / 2] / 1e6,
                nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, iterations, warmup);
        out.printf("heap: peak %.0f MB during the measured runs, max heap %.0f MB%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return ExitCode.OK;
    }

    /** {@code copies} copies of the template's content in one design, every id prefixed with {@code cN-}. */
    static SystemDesign generate(SystemDesign template, int copies) {
        SystemDesign big = EcoreUtil.copy(template);
        big.getComponents().clear();
        big.getWires().clear();
        big.getBatteryBanks().clear();
        big.setName("Benchmark: " + copies + " copies of " + template.getName());
        for (int i = 0; i < copies; i++) {
            SystemDesign copy = EcoreUtil.copy(template);
            for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
                if (it.next() instanceof DesignElement element && element.getId() != null) {
                    element.setId("c" + i + "-" + element.getId());
                }
            }
            big.getComponents().addAll(copy.getComponents());
            big.getWires().addAll(copy.getWires());
            big.getBatteryBanks().addAll(copy.getBatteryBanks());
        }
        if (template.eResource() != null) {
            // In the template's resource set, so rules find the catalogs (wiring reference) as for a loaded design.
            org.eclipse.emf.ecore.resource.Resource resource = template.eResource().getResourceSet()
                    .createResource(org.eclipse.emf.common.util.URI.createURI("benchmark:/generated.cwdesign"));
            if (resource != null) {
                resource.getContents().add(big);
            }
        }
        return big;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
