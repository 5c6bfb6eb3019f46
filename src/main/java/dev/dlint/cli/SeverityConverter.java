package dev.dlint.cli;

import dev.dlint.rules.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on error|warning|info}, case-insensitive. */
final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown severity '" + value + "' (expected error, warning or info)");
        }
    }
}
