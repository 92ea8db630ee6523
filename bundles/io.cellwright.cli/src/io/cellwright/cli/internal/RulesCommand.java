package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.cellwright.cli.ExitCode;
import io.cellwright.validation.Rule;
import io.cellwright.validation.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cellwright rules}: every installed validation rule with id, severity, family and source. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the installed validation rules: id, severity, family, what they check and the source they enforce.")
public class RulesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Rule> rules = Rules.installed();
        if (format == Format.json) {
            out.println("[" + rules.stream().map(r -> "{\"id\":" + Json.quote(r.id()) + ",\"severity\":" + Json.quote(r.severity().name())
                    + ",\"family\":" + Json.quote(r.family()) + ",\"title\":" + Json.quote(r.title()) + ",\"source\":" + Json.quote(r.source()) + "}")
                    .collect(Collectors.joining(",\n ")) + "]");
        } else {
            for (Rule rule : rules) {
                out.printf("%-12s %-8s %-26s %s%n%48s source: %s%n", rule.id(), rule.severity(), rule.family(), rule.title(), "", rule.source());
            }
        }
        return ExitCode.OK;
    }
}
