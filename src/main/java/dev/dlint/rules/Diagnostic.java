package dev.dlint.rules;

import dev.dlint.fix.Fix;
import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.Comparator;
import java.util.List;

/**
 * One finding: a rule, the file and span it points at, and an optional fix. Positions are derived
 * from the span through the file, so every formatter reports the same line and column.
 */
public record Diagnostic(SourceFile file, Span span, RuleMeta rule, Severity severity, String message,
                         Fix fix, List<Related> related) {

    /** Output order: file, then position, then code; stable across runs and --jobs. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().displayPath())
            .thenComparingInt(d -> d.span().start())
            .thenComparingInt(d -> d.span().end())
            .thenComparing(d -> d.rule().code())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        related = List.copyOf(related);
    }

    public String code() {
        return rule.code();
    }

    public Position start() {
        return file.positionOf(span.start());
    }

    /** Exclusive end position (the column just after the last character). */
    public Position end() {
        return file.positionOf(span.end());
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(file, span, rule, s, message, fix, related);
    }

    public Diagnostic withFix(Fix f) {
        return new Diagnostic(file, span, rule, severity, message, f, related);
    }
}
