package io.cellwright.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about its own making: the date it carries (ISO, given by the caller so a report can be
 * reproduced and tested), the Cellwright version, the design file's name, and the wiring diagram when there is one.
 */
public record ReportContext(LocalDate date, String cellwrightVersion, String designFile, Optional<WiringDiagram> diagram) {

    public ReportContext {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cellwrightVersion, "cellwrightVersion");
        Objects.requireNonNull(designFile, "designFile");
        Objects.requireNonNull(diagram, "diagram");
    }

    /** A report without a wiring diagram. */
    public static ReportContext of(LocalDate date, String cellwrightVersion, String designFile) {
        return new ReportContext(date, cellwrightVersion, designFile, Optional.empty());
    }

    /** The same report with the wiring diagram section. */
    public ReportContext withDiagram(WiringDiagram wiringDiagram) {
        return new ReportContext(date, cellwrightVersion, designFile, Optional.of(wiringDiagram));
    }
}
