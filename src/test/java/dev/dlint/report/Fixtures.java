package dev.dlint.report;

import dev.dlint.fix.Fix;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.List;

/** Diagnostics built by hand, for formatter tests that must not depend on rules. */
final class Fixtures {
    private Fixtures() {
    }

    static Diagnostic diag(SourceFile file, String needle, int occurrence, String code, String name,
                           Severity severity, String message, Fix fix) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = file.text().indexOf(needle, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(needle);
        }
        return diag(file, Span.of(at, at + needle.length()), code, name, severity, message, fix);
    }

    static Diagnostic diag(SourceFile file, Span span, String code, String name, Severity severity,
                           String message, Fix fix) {
        RuleMeta rule = RuleMeta.of(code, name).severity(severity).build();
        return new Diagnostic(file, span, rule, severity, message, fix, List.of());
    }
}
