package dev.dlint.cli;

import dev.dlint.report.Format;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --report FORMAT=FILE}: the format is everything before the first '=' (format names have
 * none), the file everything after it, so any file name works; {@code -} is standard output.
 */
final class ReportConverter implements ITypeConverter<ReportTarget> {
    @Override
    public ReportTarget convert(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            throw new TypeConversionException("'" + value + "' is not FORMAT=FILE (for example sarif=dlint.sarif,"
                    + " or text=- for standard output)");
        }
        Format format = new FormatConverter().convert(value.substring(0, eq));
        String file = value.substring(eq + 1);
        if (file.isEmpty()) {
            throw new TypeConversionException("'" + value + "' names no file (use " + value + "- for standard output)");
        }
        if (file.equals("-")) {
            return new ReportTarget(format, null, "--report " + value);
        }
        try {
            return new ReportTarget(format, Path.of(file), "--report " + value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + file + "' is not a valid file name");
        }
    }
}
