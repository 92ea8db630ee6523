package io.cellwright.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.AtomicFiles;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.export.DiagramDrawing;
import io.cellwright.diagram.export.DiagramMarker;
import io.cellwright.model.design.DesignElement;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.report.CustomerReport;
import io.cellwright.report.ReportContext;
import io.cellwright.report.WiringDiagram;
import io.cellwright.validation.Finding;
import io.cellwright.validation.Findings;
import io.cellwright.validation.Rules;
import io.cellwright.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright validate DESIGN...}: checks designs against the rules. Exit 0 when no design has an
 * error (warnings alone exit 0), 2 when one has, 1 when a design could not be read at all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check designs against every installed rule (cellwright rules lists them).",
            "With --format html or pdf, write the customer report of each design: system summary, bill of materials, settings to enter in "
                + "VictronConnect, fuses to install, derived figures and the findings.",
            "Exit 0: no error (warnings allowed); 2: a design has errors; 1: a design could not be read." },
        footerHeading = "%nReports:%n",
        footer = { "  cellwright validate camper.cwdesign --format pdf --output camper.pdf",
            "  cellwright validate a.cwdesign b.cwdesign --format html --output reports/",
            "A PDF needs --output. With several designs and --format html or pdf, --output must be an existing directory: each report "
                + "is written into it, named after its design file (a.cwdesign -> a.html). With one design, a directory works the same way." })
public class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, html, pdf }

    /** The outcome for one file: the design and its findings, or why it could not be read. */
    record Result(Path file, SystemDesign design, Findings findings, String unreadable) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", arity = "1..*", description = "Design files (.cwdesign).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json, html or pdf (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE (or, for reports, into a directory) instead of the console.")
    Path output;

    @Option(names = "--date", paramLabel = "DATE", description = "Date printed on html and pdf reports, ISO (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        ReportTargets targets = format == Format.html || format == Format.pdf ? ReportTargets.of(files, output, format.name()) : null;
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, spec.commandLine().getErr());
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            try {
                SystemDesign design = DesignFiles.load(file, catalogs);
                results.add(new Result(file, design, Rules.validate(design), null));
            } catch (DesignFileException e) {
                results.add(new Result(file, null, null, e.getMessage()));
            }
        }
        if (targets != null) {
            writeReports(results, targets);
        } else {
            writeFindings(results);
        }
        if (results.stream().anyMatch(r -> r.unreadable() != null)) {
            results.stream().filter(r -> r.unreadable() != null).forEach(r -> spec.commandLine().getErr().println("cellwright validate: " + r.unreadable()));
            return ExitCode.INPUT;
        }
        return results.stream().anyMatch(r -> r.findings().hasErrors()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void writeReports(List<Result> results, ReportTargets targets) {
        LocalDate reportDate = date == null ? LocalDate.now() : date;
        List<Result> readable = results.stream().filter(r -> r.unreadable() == null).toList();
        for (int i = 0; i < readable.size(); i++) {
            Result result = readable.get(i);
            ReportContext context = withDiagram(ReportContext.of(reportDate, VersionProvider.cellwrightVersion(), result.file().getFileName().toString()), result);
            CustomerReport report = CustomerReport.of(result.design(), result.findings(), context);
            Path target = targets.target(result.file());
            if (readable.size() > 1) {
                spec.commandLine().getErr().printf("cellwright validate: writing report %d of %d: %s%n", i + 1, readable.size(), target);
                spec.commandLine().getErr().flush();
            }
            try {
                byte[] bytes = format == Format.pdf ? report.toPdf() : report.toHtml().getBytes(StandardCharsets.UTF_8);
                if (target == null) {
                    spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
                } else {
                    AtomicFiles.write(target, bytes);
                }
            } catch (IOException e) {
                throw new CliException(ExitCode.INPUT, "cannot write " + target + ": " + e.getMessage() + ". Check the folder exists and is writable.", e);
            }
        }
    }

    /**
     * The report's wiring diagram, drawn as the diagram editor lays the design out, with a badge on each element a
     * finding names. When the drawing fails the report is still written, without the diagram, and says so on stderr.
     */
    private ReportContext withDiagram(ReportContext context, Result result) {
        try {
            DiagramDrawing drawing = DiagramDrawing.of(result.design(), DiagramMarker.of(result.findings()));
            String caption = "The wiring diagram of " + result.file().getFileName() + " as the diagram editor lays it out"
                    + (result.findings().all().isEmpty() ? "." : "; a badge marks each element a finding above names.");
            return context.withDiagram(new WiringDiagram(caption, drawing.toSvgElement(1), new WiringDiagram.Vector(drawing.width(), drawing.height(), drawing::paint)));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("cellwright validate: the wiring diagram of " + result.file() + " could not be drawn (" + e
                    + "); the report leaves it out. Please report this defect.");
            return context;
        }
    }

    private void writeFindings(List<Result> results) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == Format.json) {
            printJson(results, out);
        } else {
            printText(results, out);
        }
        out.flush();
        write(text.toString());
    }

    private void write(String text) {
        if (output == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        try {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "cannot write " + output + ": " + e.getMessage() + ". Check the folder exists and is writable.", e);
        }
    }

    private static void printText(List<Result> results, PrintWriter out) {
        for (Result result : results) {
            if (result.unreadable() != null) {
                out.printf("%s: not validated: %s%n", result.file(), result.unreadable());
                continue;
            }
            Findings findings = result.findings();
            out.printf("%s: %d error(s), %d warning(s)%n", result.file(), findings.count(Severity.ERROR), findings.count(Severity.WARNING));
            for (Finding finding : findings.all()) {
                out.printf("  %-7s %-12s %s%n", finding.severity(), finding.ruleId(), finding.message());
            }
        }
    }

    private static void printJson(List<Result> results, PrintWriter out) {
        out.println("{\"designs\": [");
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            out.print("  {\"file\": " + Json.quote(result.file().toString()));
            if (result.unreadable() != null) {
                out.print(", \"unreadable\": " + Json.quote(result.unreadable()) + "}");
            } else {
                Findings f = result.findings();
                out.print(", \"errors\": " + f.count(Severity.ERROR) + ", \"warnings\": " + f.count(Severity.WARNING) + ", \"findings\": [");
                out.print(f.all().stream().map(ValidateCommand::json).collect(Collectors.joining(", ")));
                out.print("]}");
            }
            out.println(i + 1 < results.size() ? "," : "");
        }
        out.println("]}");
    }

    private static String json(Finding finding) {
        String elements = finding.elements().stream().map(ValidateCommand::elementId).map(Json::quote).collect(Collectors.joining(", "));
        return "{\"rule\": " + Json.quote(finding.ruleId()) + ", \"severity\": " + Json.quote(finding.severity().name()) + ", \"message\": "
                + Json.quote(finding.message()) + ", \"source\": " + Json.quote(finding.source()) + ", \"elements\": [" + elements + "]}";
    }

    private static String elementId(EObject element) {
        return element instanceof DesignElement e && e.getId() != null ? e.getId() : DesignFiles.describe(element);
    }
}
