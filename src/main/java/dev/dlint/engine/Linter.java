package dev.dlint.engine;

import dev.dlint.config.LintSettings;
import dev.dlint.config.RuleOptions;
import dev.dlint.config.Suppressions;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.RequirementsContext;
import dev.dlint.rules.RequirementsRule;
import dev.dlint.model.requirements.RequirementsFile;
import dev.dlint.rules.ScriptRule;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.build.BuildContext;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lints one file at a time: parse, run the enabled rules, then apply severities, per-file ignores
 * and inline suppressions. Instances are immutable and safe to share between threads. A rule
 * that throws on a file becomes an internal-error finding naming the rule; the other rules still run.
 */
public final class Linter implements BatchLinter.FileLinter {
    /** Findings that report dlint's own failures, not the user's. */
    public static final RuleMeta INTERNAL_ERROR = RuleMeta.of("E900", "internal-error")
            .summary("dlint failed while checking this file (a bug in dlint)")
            .severity(Severity.ERROR)
            .build();

    private final LintSettings settings;

    public Linter() {
        this(LintSettings.defaults());
    }

    public Linter(LintSettings settings) {
        this.settings = settings;
    }

    /** Only these rules, with default severities and options (for tests and docs). */
    public Linter(List<Rule> rules) {
        this(new LintSettings(rules, Map.of(), Map.of(), List.of(), null));
    }

    @Override
    public FileResult lint(SourceFile file, FileKind kind) {
        List<Diagnostic> raw = new ArrayList<>();
        // By identity: a SourceFile is made once per file read, and hashing the record would hash its
        // whole text (and, on the first call in a JVM, spin the record's hashCode method handles).
        Map<SourceFile, Suppressions> suppressions = new IdentityHashMap<>();
        if (kind == FileKind.DOCKERFILE) {
            Dockerfile dockerfile = DockerfileSyntax.parse(file);
            suppressions.put(file, Suppressions.of(dockerfile));
            BuildContext context = settings.contextRoot() != null ? BuildContext.of(settings.contextRoot(), file.path())
                    : file.path() == null ? BuildContext.unknown() : BuildContext.forDockerfile(file.path());
            lintDockerfile(new DockerfileAnalysis(dockerfile, context), raw);
        } else if (kind == FileKind.SHELL_SCRIPT) {
            lintScript(new ScriptAnalysis(file), raw);
        } else if (kind == FileKind.REQUIREMENTS) {
            lintRequirements(RequirementsContext.parse(file), raw);
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : raw) {
            if (settings.ignoredFor(d.rule(), d.file().path())) {
                continue;
            }
            Suppressions s = suppressions.get(d.file());
            if (s == null) {
                s = Suppressions.ofLines(d.file());
                suppressions.put(d.file(), s);
            }
            if (s.suppresses(d)) {
                continue;
            }
            Severity severity = settings.severityOf(d.rule());
            out.add(severity == d.severity() ? d : d.withSeverity(severity));
        }
        out.sort(Diagnostic.ORDER);
        return new FileResult(file, out);
    }

    private void lintDockerfile(DockerfileAnalysis analysis, List<Diagnostic> out) {
        for (Rule rule : settings.rules()) {
            if (rule instanceof DockerfileRule r) {
                isolated(r.meta(), analysis.source(), out, new DockerfileCheck(r, analysis, settings.optionsOf(r.meta())));
            }
        }
    }

    private void lintScript(ScriptAnalysis analysis, List<Diagnostic> out) {
        for (Rule rule : settings.rules()) {
            if (rule instanceof ScriptRule r) {
                isolated(r.meta(), analysis.source(), out, new ScriptCheck(r, analysis, settings.optionsOf(r.meta())));
            }
        }
    }

    private void lintRequirements(RequirementsFile requirements, List<Diagnostic> out) {
        for (Rule rule : settings.rules()) {
            if (rule instanceof RequirementsRule r) {
                isolated(r.meta(), requirements.source(), out,
                        found -> r.check(new RequirementsContext(r.meta(), requirements, settings.optionsOf(r.meta()), found)));
            }
        }
    }

    // Classes, not lambdas: each lambda's call site costs a linkage on the first lint of a JVM (issue #7).
    private record DockerfileCheck(DockerfileRule rule, DockerfileAnalysis analysis, RuleOptions options)
            implements Consumer<List<Diagnostic>> {
        @Override
        public void accept(List<Diagnostic> found) {
            rule.check(new DockerfileContext(rule.meta(), analysis, options, found));
        }
    }

    private record ScriptCheck(ScriptRule rule, ScriptAnalysis analysis, RuleOptions options)
            implements Consumer<List<Diagnostic>> {
        @Override
        public void accept(List<Diagnostic> found) {
            rule.check(new ScriptContext(rule.meta(), analysis, options, found));
        }
    }

    /** Runs one rule; what it found counts only if it finished, and a crash becomes an internal error. */
    private static void isolated(RuleMeta rule, SourceFile file, List<Diagnostic> out,
                                 Consumer<List<Diagnostic>> check) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            check.accept(found);
            out.addAll(found);
        } catch (RuntimeException | StackOverflowError e) {
            out.add(internalError(file, rule, e));
        }
    }

    static Diagnostic internalError(SourceFile file, RuleMeta rule, Throwable e) {
        return new Diagnostic(file, Span.empty(0), INTERNAL_ERROR, Severity.ERROR,
                "internal error in rule " + rule.code() + " (" + rule.name() + "): " + e
                        + " (please report this with the file)", null, List.of());
    }
}
