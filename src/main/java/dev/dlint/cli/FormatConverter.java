package dev.dlint.cli;

import dev.dlint.report.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format text|json|sarif|github|checkstyle|gitlab|junit}, case-insensitive. */
final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        Format format = Format.byName(value);
        if (format == null) {
            throw new TypeConversionException("unknown format '" + value + "' (expected text, json, sarif, github, checkstyle, gitlab or junit)");
        }
        return format;
    }
}
