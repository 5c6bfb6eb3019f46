package dev.dlint.rules;

import dev.dlint.fix.Fix;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Collects one rule's findings on one file, stamping them with the rule and its severity. */
public class FindingSink {
    private final RuleMeta rule;
    private final SourceFile file;
    private final List<Diagnostic> out;

    public FindingSink(RuleMeta rule, SourceFile file, List<Diagnostic> out) {
        this.rule = rule;
        this.file = file;
        this.out = out;
    }

    public void report(Span span, String message) {
        report(span, message, null, List.of());
    }

    public void report(Span span, String message, Fix fix) {
        report(span, message, fix, List.of());
    }

    public void report(Span span, String message, Fix fix, List<Related> related) {
        report(file, span, message, fix, related);
    }

    /** A finding in another file this one reaches (a script a RUN executes, a requirements file). */
    public void report(SourceFile in, Span span, String message, Fix fix, List<Related> related) {
        out.add(new Diagnostic(in, span, rule, rule.severity(), message, fix, new ArrayList<>(related)));
    }

    public SourceFile file() {
        return file;
    }
}
