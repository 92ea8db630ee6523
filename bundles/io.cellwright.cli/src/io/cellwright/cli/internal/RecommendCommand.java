package io.cellwright.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.catalog.FactFormatter;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.model.catalog.BmsModel;
import io.cellwright.model.design.BatteryBank;
import io.cellwright.model.design.ComponentInstance;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.selector.BmsSelector;
import io.cellwright.validation.selector.Recommendation;
import io.cellwright.validation.selector.SystemNeeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright recommend [DESIGN...] [needs]}: the BMS selector's answer, every BMS model of the
 * installed catalogs ranked RECOMMENDED / POSSIBLE / UNSUITABLE with its reasons and their sources.
 * Without a design the needs come from the options alone; with designs they come from each design, and
 * the options add to them (--voltage, --batteries, --system-current replace the design's figure).
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Recommend BMS models for a system (002 \"System design recommendations\" and comparison table), with reasons.",
            "Give designs, or describe the system with the options, e.g. --voltage 12 --alternator --inverter --dc-loads.",
            "Exit 0: done; 1: a design could not be read or its system voltage cannot be told; 64: neither a design nor --voltage." })
public class RecommendCommand implements Callable<Integer> {

    enum Format { text, json }

    /** The answer for one system: where its needs came from, its BMS components, the ranking; or why there is none. */
    record Answer(String origin, SystemNeeds needs, List<ComponentInstance> bms, List<Recommendation> ranking, String problem) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", arity = "0..*", description = "Design files (.cwdesign) whose needs to derive.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--voltage", paramLabel = "V", description = "System voltage: 12, 24 or 48 (required without a design).")
    Integer voltage;

    @Option(names = "--alternator", description = "An alternator charges the lithium battery.")
    boolean alternator;

    @Option(names = "--inverter", description = "The system has an inverter.")
    boolean inverter;

    @Option(names = "--inverter-charger", description = "The system has an inverter/charger (MultiPlus, Quattro).")
    boolean inverterCharger;

    @Option(names = "--gx", description = "The system has a GX device (digital integration).")
    boolean gx;

    @Option(names = "--dvcc", description = "The GX device should control the chargers via DVCC (implies --gx).")
    boolean dvcc;

    @Option(names = "--dc-loads", description = "The system has DC loads.")
    boolean dcLoads;

    @Option(names = "--safety-relay", description = "The BMS itself must disconnect DC loads and/or inverters (safety relay, system connection).")
    boolean safetyRelay;

    @Option(names = "--batteries", paramLabel = "N", description = "Number of batteries the BMS manages.")
    Integer batteries;

    @Option(names = "--system-current", paramLabel = "A", description = "Current through the BMS's system connection, in A.")
    Double systemCurrent;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        checkOptions();
        CatalogRegistry catalogs = CatalogRegistry.getDefault();
        CatalogCommand.reportProblems(catalogs, spec.commandLine().getErr());
        List<Answer> answers = new ArrayList<>();
        if (files.isEmpty()) {
            SystemNeeds needs = build(SystemNeeds.builder());
            answers.add(new Answer("needs", needs, List.of(), BmsSelector.recommend(needs, catalogs), null));
        }
        for (Path file : files) {
            answers.add(answer(file, catalogs));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            printJson(answers, out);
        } else {
            answers.forEach(a -> printText(a, out));
        }
        out.flush();
        List<Answer> failed = answers.stream().filter(a -> a.problem() != null).toList();
        failed.forEach(a -> spec.commandLine().getErr().println("cellwright recommend: " + a.problem()));
        return failed.isEmpty() ? ExitCode.OK : ExitCode.INPUT;
    }

    private void checkOptions() {
        if (files.isEmpty() && voltage == null) {
            throw new ParameterException(spec.commandLine(),
                    "give a design, or describe the system with --voltage 12|24|48 and what it has (see cellwright recommend --help)");
        }
        if (voltage != null && !SystemNeeds.SYSTEM_VOLTAGES.contains(voltage)) {
            throw new ParameterException(spec.commandLine(), "--voltage must be 12, 24 or 48 (the system voltages of 002), not " + voltage);
        }
        if (batteries != null && batteries < 1) {
            throw new ParameterException(spec.commandLine(), "--batteries must be 1 or more, not " + batteries);
        }
        if (systemCurrent != null && !(systemCurrent >= 0)) {
            throw new ParameterException(spec.commandLine(), "--system-current must be 0 A or more, not " + systemCurrent);
        }
    }

    private Answer answer(Path file, CatalogRegistry catalogs) {
        SystemDesign design;
        try {
            design = DesignFiles.load(file, catalogs);
        } catch (DesignFileException e) {
            return new Answer(file.toString(), null, List.of(), List.of(), e.getMessage());
        }
        List<ComponentInstance> bms = design.getBatteryBanks().stream().map(BatteryBank::getBms)
                .filter(c -> c != null && c.getType() instanceof BmsModel).distinct().toList();
        try {
            SystemNeeds needs = build(SystemNeeds.from(design));
            return new Answer(file.toString(), needs, bms, BmsSelector.recommend(needs, catalogs), null);
        } catch (IllegalArgumentException e) {
            return new Answer(file.toString(), null, bms, List.of(), file + ": cannot recommend a BMS: " + e.getMessage()
                    + ". Give the system voltage with --voltage.");
        }
    }

    /** The options on top of {@code needs}: flags add, figures replace. */
    private SystemNeeds build(SystemNeeds.Builder needs) {
        if (voltage != null) {
            needs.systemVoltage(voltage);
        }
        SystemNeeds base = needs.build();
        needs.alternator(base.alternator() || alternator).inverter(base.inverter() || inverter)
                .inverterCharger(base.inverterCharger() || inverterCharger).gxDevice(base.gxDevice() || gx).dcLoads(base.dcLoads() || dcLoads)
                .safetyRelay(base.safetyRelay() || safetyRelay).dvcc(base.dvcc() || dvcc);
        if (batteries != null) {
            needs.batteries(batteries);
        }
        if (systemCurrent != null) {
            needs.systemCurrent(systemCurrent);
        }
        return needs.build();
    }

    private static void printText(Answer answer, PrintWriter out) {
        if (answer.problem() != null) {
            out.printf("%s: no recommendation: %s%n%n", answer.origin(), answer.problem());
            return;
        }
        out.printf("%s: %s%n", answer.origin().equals("needs") ? "Needs" : answer.origin(), answer.needs().describe());
        for (ComponentInstance bms : answer.bms()) {
            Recommendation own = answer.ranking().stream().filter(r -> BmsSelector.sameProduct(r.model(), bms.getType())).findFirst().orElse(null);
            out.printf("  The design's BMS '%s' (%s): %s%n", bms.getId(), bms.getType().getName(), own == null ? "not in the installed catalogs" : own.fit());
        }
        if (answer.ranking().stream().noneMatch(Recommendation::isRecommended)) {
            out.println("  002 recommends no model for exactly this system; the possible ones follow.");
        }
        for (Recommendation r : answer.ranking()) {
            out.printf("  %-11s  %s (%s)%n", r.fit(), r.model().getName(), r.model().getId());
            r.reasons().forEach(reason -> out.printf("      - %s%n", reason));
        }
        out.println();
    }

    private static void printJson(List<Answer> answers, PrintWriter out) {
        out.println("{\"systems\": [");
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            out.print("  {\"origin\": " + Json.quote(a.origin()));
            if (a.problem() != null) {
                out.print(", \"problem\": " + Json.quote(a.problem()) + "}");
            } else {
                out.print(", \"needs\": " + json(a.needs()) + ", \"designBms\": ["
                        + a.bms().stream().map(b -> Json.quote(b.getType().getId())).collect(Collectors.joining(", ")) + "], \"models\": [");
                out.print(a.ranking().stream().map(RecommendCommand::json).collect(Collectors.joining(", ")));
                out.print("]}");
            }
            out.println(i + 1 < answers.size() ? "," : "");
        }
        out.println("]}");
    }

    private static String json(SystemNeeds n) {
        return "{\"description\": " + Json.quote(n.describe()) + ", \"systemVoltage\": " + n.systemVoltage() + ", \"alternator\": " + n.alternator()
                + ", \"inverter\": " + n.inverter() + ", \"inverterCharger\": " + n.inverterCharger() + ", \"gxDevice\": " + n.gxDevice()
                + ", \"dvcc\": " + n.dvcc() + ", \"safetyRelay\": " + n.safetyRelay() + ", \"dcLoads\": " + n.dcLoads() + ", \"batteries\": "
                + (n.batteries().isPresent() ? String.valueOf(n.batteries().getAsInt()) : "null") + ", \"systemCurrent\": "
                + (n.systemCurrent().isPresent() ? FactFormatter.number(n.systemCurrent().getAsDouble(), -1) : "null") + "}";
    }

    private static String json(Recommendation r) {
        return "{\"id\": " + Json.quote(r.model().getId()) + ", \"name\": " + Json.quote(r.model().getName()) + ", \"fit\": "
                + Json.quote(r.fit().name()) + ", \"reasons\": [" + r.reasons().stream().map(Json::quote).collect(Collectors.joining(", ")) + "]}";
    }
}
