package dev.dlint.engine;

import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints one file at a time: parse, run the enabled rules. Instances are immutable and safe to
 * share between threads. A rule that throws on a file becomes an internal-error finding naming
 * the rule; the other rules still run.
 */
public final class Linter {
    /** Findings that report dlint's own failures, not the user's. */
    public static final RuleMeta INTERNAL_ERROR = RuleMeta.of("E900", "internal-error")
            .summary("dlint failed while checking this file (a bug in dlint)")
            .severity(Severity.ERROR)
            .build();

    private final List<Rule> rules;

    public Linter() {
        this(RuleRegistry.all().stream().filter(r -> r.meta().enabledByDefault()).toList());
    }

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public FileResult lint(SourceFile file, FileKind kind) {
        List<Diagnostic> out = new ArrayList<>();
        if (kind == FileKind.DOCKERFILE) {
            lintDockerfile(DockerfileSyntax.parse(file), out);
        }
        out.sort(Diagnostic.ORDER);
        return new FileResult(file, out);
    }

    private void lintDockerfile(Dockerfile dockerfile, List<Diagnostic> out) {
        for (Rule rule : rules) {
            if (rule instanceof DockerfileRule r) {
                List<Diagnostic> found = new ArrayList<>();
                try {
                    r.check(new DockerfileContext(r.meta(), dockerfile, found));
                    out.addAll(found);
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(internalError(dockerfile.source(), r.meta(), e));
                }
            }
        }
    }

    static Diagnostic internalError(SourceFile file, RuleMeta rule, Throwable e) {
        return new Diagnostic(file, Span.empty(0), INTERNAL_ERROR, Severity.ERROR,
                "internal error in rule " + rule.code() + " (" + rule.name() + "): " + e
                        + " — please report this with the file", null, List.of());
    }
}
