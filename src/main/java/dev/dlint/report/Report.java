package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import java.util.List;

/**
 * Everything a formatter prints for one run.
 *
 * @param version     dlint's version
 * @param diagnostics the findings, sorted by {@link Diagnostic#ORDER}
 * @param files       the number of files that were read and linted
 * @param errors      the number of paths that could not be checked (unreadable, missing, internal errors)
 * @param fixed       the number of findings fixed by --fix (0 without it)
 */
public record Report(String version, List<Diagnostic> diagnostics, int files, int errors, int fixed) {
    public Report {
        diagnostics = List.copyOf(diagnostics);
    }
}
