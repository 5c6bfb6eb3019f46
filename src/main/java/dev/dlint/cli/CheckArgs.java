package dev.dlint.cli;

import dev.dlint.report.Format;
import dev.dlint.rules.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code dlint check}'s command line asked for, however it was parsed: by picocli from
 * {@link CheckOptions#spec()}, or by {@link QuickCheckArgs} for the plain invocations a hook runs.
 * Lists are never null; an option not given is null (or false, or {@link Format#TEXT}).
 *
 * @param maxFileSize {@code --max-file-size}, or null for the default
 */
record CheckArgs(List<String> paths, String stdinFilename, Format format, Path output, List<ReportTarget> reports,
                 Severity failOn, List<String> select, List<String> extendSelect, List<String> ignore,
                 boolean fix, boolean unsafeFixes, boolean diff, boolean showFixes, Path context, Path config,
                 Integer jobs, Long maxFileSize, boolean noColor, boolean quiet, boolean noProgress,
                 boolean statistics, boolean verbose) {
}
