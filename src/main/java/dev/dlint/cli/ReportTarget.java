package dev.dlint.cli;

import dev.dlint.report.Format;
import java.nio.file.Path;

/**
 * One report of a run: a format and where it goes.
 *
 * @param file    the file to write (atomically), or null for standard output
 * @param option  how it was asked for, for error messages ({@code --report sarif=dlint.sarif})
 */
record ReportTarget(Format format, Path file, String option) {
    boolean toStdout() {
        return file == null;
    }
}
