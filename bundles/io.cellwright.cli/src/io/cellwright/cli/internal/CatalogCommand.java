package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.catalog.ComparisonTablePrinter;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.model.catalog.ArticleNumberFact;
import io.cellwright.model.catalog.Catalog;
import io.cellwright.model.catalog.ComparisonTable;
import io.cellwright.model.catalog.ProductType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cellwright catalog}: the products Cellwright knows, and the BMS comparison table. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the products of the installed catalogs (the built-in Victron catalog and any contributed one).",
        subcommands = { CatalogCommand.Compare.class })
public class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CatalogRegistry registry = CatalogRegistry.getDefault();
        PrintWriter out = spec.commandLine().getOut();
        reportProblems(registry, spec.commandLine().getErr());
        for (Catalog catalog : registry.catalogs()) {
            out.printf("%s (catalog %s, version %s, %d products)%n", catalog.getName(), catalog.getId(),
                    catalog.getVersion(), catalog.getProductTypes().size());
            Map<String, List<ProductType>> byCategory = new TreeMap<>(catalog.getProductTypes().stream()
                    .collect(Collectors.groupingBy(p -> p.getCategory().getLiteral())));
            byCategory.forEach((category, products) -> {
                out.printf("  %s%n", category);
                for (ProductType product : products) {
                    out.printf("    %-34s %-44s %s%n", product.getId(), product.getName(), articleNumbers(product));
                }
            });
        }
        if (registry.catalogs().isEmpty()) {
            throw new CliException(ExitCode.INPUT, "no product catalog is installed or none could be loaded (see the messages above).");
        }
        return ExitCode.OK;
    }

    private static String articleNumbers(ProductType product) {
        return product.getArticleNumbers().stream().map(ArticleNumberFact::getNumber).collect(Collectors.joining(", "));
    }

    static void reportProblems(CatalogRegistry registry, PrintWriter err) {
        registry.problems().forEach(problem -> err.println("cellwright: warning: " + problem));
    }

    /** {@code cellwright catalog compare}: the comparison table, generated from the structured values. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = { "Print the BMS comparison table (features x models), tab separated, generated from the catalog's structured values.",
                "Without --table: the first comparison table of the installed catalogs (the Victron BMS table of the BMS overview, 002)." })
    public static class Compare implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--table", paramLabel = "ID", description = "Id of the comparison table to print.")
        String tableId;

        @Override
        public Integer call() {
            CatalogRegistry registry = CatalogRegistry.getDefault();
            reportProblems(registry, spec.commandLine().getErr());
            ComparisonTable table = tableId == null
                    ? registry.catalogs().stream().flatMap(c -> c.getComparisonTables().stream()).findFirst()
                            .orElseThrow(() -> new CliException(ExitCode.INPUT, "no installed catalog has a comparison table."))
                    : registry.comparisonTable(tableId).orElseThrow(() -> new CliException(ExitCode.INPUT,
                            "no comparison table with id '" + tableId + "'; the installed ones are: " + tableIds(registry)));
            PrintWriter out = spec.commandLine().getOut();
            ComparisonTablePrinter.print(table).forEach(out::println);
            return ExitCode.OK;
        }

        private static String tableIds(CatalogRegistry registry) {
            return registry.catalogs().stream().flatMap(c -> c.getComparisonTables().stream()).map(ComparisonTable::getId)
                    .collect(Collectors.joining(", "));
        }
    }
}
