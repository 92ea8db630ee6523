package io.cellwright.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.cellwright.catalog.CatalogRegistry;
import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;
import io.cellwright.design.AtomicFiles;
import io.cellwright.design.DesignFileException;
import io.cellwright.design.DesignFiles;
import io.cellwright.diagram.export.DiagramDrawing;
import io.cellwright.diagram.export.DiagramMarker;
import io.cellwright.model.design.SystemDesign;
import io.cellwright.validation.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cellwright diagram DESIGN --format svg|png --output FILE}: the design's wiring diagram drawn by Java (no
 * browser) from the layout the editor shows. Exit 0 when written, 1 when the design cannot be read or the file
 * cannot be written, 64 for a wrong command line.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = { "Export the wiring diagram of a design as SVG or PNG, drawn from the same layout as the diagram editor: components with "
                + "name and article number, terminals coloured by kind, wires with cross-section and length.",
            "With --markers the design is validated and each element a finding names gets an error or warning badge.",
            "Exit 0: written (also when markers show errors; cellwright validate checks a design); 1: the design cannot be read or the "
                + "file cannot be written; 64: wrong command line." },
        footerHeading = "%nExamples:%n",
        footer = { "  cellwright diagram camper.cwdesign --format svg --output camper.svg",
            "  cellwright diagram camper.cwdesign --format png --scale 2 --markers --output camper.png" })
public class DiagramCommand implements Callable<Integer> {

    enum Format { svg, png }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", description = "The design file (.cwdesign).")
    Path file;

    @Option(names = "--format", paramLabel = "svg|png", description = "svg or png (default: from the extension of --output).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The file to write; replaced atomically when it exists.")
    Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "Size factor, above 0 and at most 8: PNG pixels per diagram unit, "
            + "or the SVG's nominal size (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--markers", description = "Validate the design and draw an error or warning badge on each element a finding names.")
    boolean markers;

    @Override
    public Integer call() {
        checkOptions();
        Format chosen = format != null ? format : formatOf(output);
        SystemDesign design = load();
        List<DiagramMarker> badges = markers ? DiagramMarker.of(Rules.validate(design)) : List.of();
        DiagramDrawing drawing = DiagramDrawing.of(design, badges);
        byte[] bytes;
        try {
            bytes = chosen == Format.svg ? drawing.toSvg(scale).getBytes(StandardCharsets.UTF_8) : drawing.toPng(scale);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "cannot draw the PNG: " + e.getMessage(), e);
        }
        try {
            AtomicFiles.write(output, bytes);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "cannot write " + output + ": " + e.getMessage() + ". Check the folder exists and is writable.", e);
        }
        return ExitCode.OK;
    }

    private void checkOptions() {
        if (!(scale > 0 && scale <= DiagramDrawing.MAX_SCALE)) {
            throw new CliException(ExitCode.USAGE, "--scale must be above 0 and at most " + (int) DiagramDrawing.MAX_SCALE + "; got " + scale + ".");
        }
        if (Files.isDirectory(output)) {
            throw new CliException(ExitCode.USAGE, "--output " + output + " is a directory; give the file to write, e.g. " + output.resolve("diagram.svg") + ".");
        }
    }

    private SystemDesign load() {
        try {
            return DesignFiles.load(file, CatalogRegistry.getDefault());
        } catch (DesignFileException e) {
            throw new CliException(ExitCode.INPUT, e.getMessage(), e);
        }
    }

    private static Format formatOf(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Format.svg;
        }
        if (name.endsWith(".png")) {
            return Format.png;
        }
        throw new CliException(ExitCode.USAGE, "give --format svg or --format png: the file name " + output + " does not end in .svg or .png.");
    }
}
