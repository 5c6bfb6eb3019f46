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

    /**
     * Output order: file, then position, then code; stable across runs and --jobs. Written out, not
     * a {@code Comparator.comparing} chain: those are serializable lambdas, which the class-data
     * archive does not keep, so every start spun them.
     */
    public static final Comparator<Diagnostic> ORDER = new Order();

    /** A class, not a lambda: a lambda costs a call-site linkage on the first sort in a JVM. */
    private static final class Order implements Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = a.file().displayPath().compareTo(b.file().displayPath());
            if (c == 0) {
                c = Integer.compare(a.span().start(), b.span().start());
            }
            if (c == 0) {
                c = Integer.compare(a.span().end(), b.span().end());
            }
            if (c == 0) {
                c = a.rule().code().compareTo(b.rule().code());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    }

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
