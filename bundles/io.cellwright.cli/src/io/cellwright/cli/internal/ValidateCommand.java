package io.cellwright.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import io.cellwright.model.design.DesignElement;
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
            "Exit 0: no error (warnings allowed); 2: a design has errors; 1: a design could not be read." })
public class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    /** The outcome for one file: its findings, or why it could not be read. */
    record Result(Path file, Findings findings, String unreadable) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", arity = "1..*", description = "Design files (.cwdesign).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result to FILE instead of the console.")
    Path output;

    @Override
    public Integer call() {
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, spec.commandLine().getErr());
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(new Result(file, Rules.validate(DesignFiles.load(file, catalogs)), null));
            } catch (DesignFileException e) {
                results.add(new Result(file, null, e.getMessage()));
            }
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == Format.json) {
            printJson(results, out);
        } else {
            printText(results, out);
        }
        out.flush();
        write(text.toString());
        if (results.stream().anyMatch(r -> r.unreadable() != null)) {
            results.stream().filter(r -> r.unreadable() != null).forEach(r -> spec.commandLine().getErr().println("cellwright validate: " + r.unreadable()));
            return ExitCode.INPUT;
        }
        return results.stream().anyMatch(r -> r.findings().hasErrors()) ? ExitCode.FINDINGS : ExitCode.OK;
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
