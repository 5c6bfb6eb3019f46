package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything a formatter prints for one run.
 *
 * @param version     dlint's version
 * @param diagnostics the findings, sorted by {@link Diagnostic#ORDER}
 * @param files       the number of files that were read and linted
 * @param errors      the number of paths that could not be checked (unreadable, missing, internal errors)
 * @param fixed       the number of findings fixed by --fix (0 without it)
 * @param paths       the display paths of the linted files, sorted (for formats that list clean files too)
 */
public record Report(String version, List<Diagnostic> diagnostics, int files, int errors, int fixed,
                     List<String> paths) {
    public Report {
        diagnostics = List.copyOf(diagnostics);
        // Sorted and without duplicates, as a sorted distinct stream would give, but without a
        // stream: it would be the first of the run, costing start-up on every report (issue #7).
        paths = List.copyOf(new TreeSet<>(paths));
    }

    /** A report that does not list the linted files. */
    public Report(String version, List<Diagnostic> diagnostics, int files, int errors, int fixed) {
        this(version, diagnostics, files, errors, fixed, List.of());
    }
}
