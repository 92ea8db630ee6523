package io.cellwright.report.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.NumberSettingValue;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.report.ReportContext;

/** The example designs, and the first one broken in ways a designer would break it. */
final class Designs {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final String EXAMPLE_1 = "001-example-1-multiplus-compact-mppt";
    /** Reports carry the date they are given; tests fix it. */
    static final LocalDate DATE = LocalDate.of(2026, 5, 4);

    private Designs() {
    }

    static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".cwdesign")).sorted().toList();
        }
    }

    static SystemDesign load(String name) throws Exception {
        return DesignFiles.load(EXAMPLES.resolve(name + ".cwdesign"), CatalogRegistry.getDefault());
    }

    static ReportContext context(String file) {
        return ReportContext.of(DATE, "0.1.0.test", file);
    }

    /**
     * Example 1 with an error and a warning: the M8 chain left open (CW-BANK-002, error) and the battery
     * charge limit at 14.4 V instead of the manual's 14.2 V (CW-SET-002, warning).
     */
    static SystemDesign withFindings() throws Exception {
        SystemDesign design = load(EXAMPLE_1);
        BatteryBank bank = design.getBatteryBanks().get(0);
        bank.getBmsCableChain().remove(bank.getBmsCableChain().size() - 1);
        design.getComponents().stream().filter(c -> c.getId().equals("bms")).findFirst().orElseThrow().getSettings().stream()
                .filter(NumberSettingValue.class::isInstance).map(NumberSettingValue.class::cast).findFirst().orElseThrow().setValue(14.4);
        return design;
    }
}
