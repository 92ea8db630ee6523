package io.cellwright.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cellwright.cli.CliException;
import io.cellwright.cli.ExitCode;

/**
 * Where {@code validate --format html|pdf} writes each design's report: the console (HTML of one design only),
 * the file {@code --output} names (one design), or, when {@code --output} is an existing directory, one file per
 * design inside it named after the design file ({@code camper.cwdesign} → {@code camper.pdf}). Every refusal is
 * a usage error (exit 64) before anything is read or written.
 */
final class ReportTargets {

    private final Path file;
    private final Path directory;
    private final String extension;

    private ReportTargets(Path file, Path directory, String extension) {
        this.file = file;
        this.directory = directory;
        this.extension = extension;
    }

    static ReportTargets of(List<Path> designs, Path output, String extension) {
        if (output != null && Files.isDirectory(output)) {
            checkDistinctNames(designs, extension);
            return new ReportTargets(null, output, extension);
        }
        if (designs.size() > 1) {
            throw new CliException(ExitCode.USAGE, "--format " + extension + " with several designs needs --output DIRECTORY, an existing "
                    + "directory: one report per design is written into it, named after the design file"
                    + (output == null ? "." : ". '" + output + "' is not a directory."));
        }
        if (output == null && "pdf".equals(extension)) {
            throw new CliException(ExitCode.USAGE, "--format pdf writes a binary file, not text for the console: give --output FILE.pdf.");
        }
        return new ReportTargets(output, null, extension);
    }

    private static void checkDistinctNames(List<Path> designs, String extension) {
        Map<Path, Path> byTarget = new HashMap<>();
        for (Path design : designs) {
            Path previous = byTarget.put(reportName(design, extension), design);
            if (previous != null) {
                throw new CliException(ExitCode.USAGE, previous + " and " + design + " would both be reported as " + reportName(design, extension)
                        + ": give designs with different file names, or report them one at a time with --output FILE.");
            }
        }
    }

    static Path reportName(Path design, String extension) {
        String name = design.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
    }

    /** The file for {@code design}'s report, or null for the console. */
    Path target(Path design) {
        return directory != null ? directory.resolve(reportName(design, extension)) : file;
    }
}
