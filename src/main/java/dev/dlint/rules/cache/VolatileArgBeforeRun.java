package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CA105: an ARG whose value changes every build (BUILD_DATE, GIT_COMMIT, VERSION, CACHEBUST …)
 * declared before expensive RUN steps that do not use it. Points at the ARG.
 * Options: {@code names} (exact names) and {@code suffixes}, both matched case-insensitively.
 */
public final class VolatileArgBeforeRun implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA105", "volatile-arg-before-run")
            .summary("A build argument that changes every build is declared before expensive RUN steps that do not use it")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    static final List<String> DEFAULT_NAMES = List.of("BUILD_DATE", "BUILD_TIME", "BUILD_TIMESTAMP", "BUILDTIME",
            "GIT_COMMIT", "GIT_SHA", "GIT_HASH", "GIT_REV", "COMMIT", "COMMIT_SHA", "COMMIT_HASH", "SOURCE_COMMIT",
            "VCS_REF", "REVISION", "VERSION", "BUILD_VERSION", "BUILD_NUMBER", "BUILD_ID", "CACHEBUST", "CACHE_BUST",
            "CACHEBUSTER", "CACHE_BUSTER", "TIMESTAMP", "DATE", "GITHUB_SHA", "CI_COMMIT_SHA");
    static final List<String> DEFAULT_SUFFIXES = List.of("_COMMIT", "_GIT_SHA", "_COMMIT_SHA", "_DATE", "_TIMESTAMP", "_REVISION",
            "_BUILD_NUMBER", "_BUILD_ID", "_CACHEBUST");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        List<String> names = upperCase(context.options().strings("names", DEFAULT_NAMES));
        List<String> suffixes = upperCase(context.options().strings("suffixes", DEFAULT_SUFFIXES));
        BuildModel model = context.model();
        for (Stage stage : model.stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                if (!(body.get(k) instanceof Instruction.Arg arg)) {
                    continue;
                }
                for (Instruction.ArgDeclaration d : arg.declarations()) {
                    if (d == null || d.name() == null) {
                        continue;
                    }
                    String name = d.name().text();
                    String upper = name.toUpperCase(Locale.ROOT);
                    // With a default value it is a pin (DEEPEP_COMMIT=abc…, VERSION=2.6.1), not a per-build value;
                    // cache-bust arguments are the exception (ARG CACHEBUST=1 is overridden per build).
                    boolean pinned = d.defaultValue() != null && !upper.contains("CACHE");
                    if (!pinned && (names.contains(upper) || endsWithAny(upper, suffixes))) {
                        checkArg(context, body, k, arg, name);
                    }
                }
            }
        }
    }

    // Loops, not streams: every file runs this rule, and a stream's lambdas cost a linkage each on
    // the first lint of a JVM (issue #7).
    private static List<String> upperCase(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(v.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean endsWithAny(String s, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private void checkArg(DockerfileContext context, List<Instruction> body, int k, Instruction.Arg arg, String name) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        Set<String> tracked = new LinkedHashSet<>(List.of(name));
        boolean derivedEnv = false;
        Instruction firstUse = null;
        List<Instruction.Run> wasted = new ArrayList<>();
        for (int j = k + 1; j < body.size(); j++) {
            Instruction i = body.get(j);
            if (i instanceof Instruction.Arg a && a.declarations().stream()
                    .anyMatch(d -> d != null && d.name() != null && tracked.contains(d.name().text()))) {
                break; // redeclared: a later ARG takes over
            }
            if (i instanceof Instruction.Env env) {
                boolean derived = false;
                for (Instruction.KeyValue kv : env.pairs()) {
                    if (kv != null && kv.key() != null && kv.value() != null
                            && references(model, kv.value(), i, tracked)) {
                        tracked.add(kv.key().text());
                        derived = true;
                    }
                }
                derivedEnv |= derived;
                continue;
            }
            if (i instanceof Instruction.Run run) {
                if (uses(analysis, model, run, tracked)) {
                    firstUse = run;
                    break;
                }
                if (CacheSupport.isExpensive(analysis, run)) {
                    wasted.add(run);
                }
                continue;
            }
            if (mentions(model, i, tracked)) {
                firstUse = i;
                break;
            }
        }
        if (wasted.isEmpty()) {
            return;
        }
        SourceFile src = context.source();
        Instruction.Run first = wasted.get(0);
        int line = src.positionOf(first.span().start()).line();
        String via = derivedEnv ? " (and the ENV set from it)" : "";
        String where = firstUse == null ? "it is not used by any RUN of this stage"
                : "it is first used on line " + src.positionOf(firstUse.span().start()).line();
        String message = "`" + name + "` changes on every build, and every RUN after this ARG" + via
                + " is rebuilt when it does: " + wasted.size() + " expensive RUN step" + (wasted.size() == 1 ? "" : "s")
                + " (from line " + line + ", `" + CacheSupport.expensiveWhat(analysis, first) + "`) never use"
                + (wasted.size() == 1 ? "s" : "") + " it, but " + where + ". Declare it just before its first use.";
        Fix fix = null;
        if (firstUse != null && !derivedEnv && arg.declarations().size() == 1
                && context.model().isTopLevel(arg)) {
            fix = Fix.unsafe("Move `" + src.slice(arg.span()).strip() + "` to just before line "
                            + src.positionOf(firstUse.span().start()).line())
                    .insert(CacheSupport.lineStart(src, firstUse.span().start()), CacheSupport.linesText(src, arg.span()))
                    .delete(CacheSupport.wholeLines(src, arg.span()))
                    .build();
        }
        context.report(arg.span(), message, fix);
    }

    private static boolean references(BuildModel model, Word word, Instruction at, Set<String> names) {
        Set<String> refs = model.expand(word, at).referenced();
        return refs.stream().anyMatch(names::contains);
    }

    /** Whether a non-RUN instruction's arguments expand one of the names. */
    private static boolean mentions(BuildModel model, Instruction i, Set<String> names) {
        List<Word> words = new ArrayList<>();
        if (i instanceof Instruction.Copy c) {
            words.addAll(c.sources());
            words.add(c.destination());
        } else if (i instanceof Instruction.Add a) {
            words.addAll(a.sources());
            words.add(a.destination());
        } else if (i instanceof Instruction.Label l) {
            l.pairs().forEach(kv -> {
                words.add(kv.key());
                words.add(kv.value());
            });
        } else if (i instanceof Instruction.Workdir w) {
            words.add(w.path());
        } else if (i instanceof Instruction.User u) {
            words.add(u.user());
        } else if (i instanceof Instruction.Arg a) {
            a.declarations().forEach(d -> words.add(d == null ? null : d.defaultValue()));
        } else {
            return false;
        }
        for (Flag f : i.flags()) {
            if (f.value() != null && model.expand(f.value(), i).referenced().stream().anyMatch(names::contains)) {
                return true;
            }
        }
        for (Word w : words) {
            if (w != null && references(model, w, i, names)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a RUN (its shell, its mounts, the scripts it runs) uses one of the names; true when it cannot tell. */
    private static boolean uses(DockerfileAnalysis analysis, BuildModel model, Instruction.Run run, Set<String> names) {
        for (Flag f : run.flags()) {
            if (f.value() != null && model.expand(f.value(), run).referenced().stream().anyMatch(names::contains)) {
                return true;
            }
        }
        List<CommandFact> facts = analysis.commands(run);
        if (facts.isEmpty() || !run.heredocs().isEmpty()
                || facts.stream().anyMatch(f -> f instanceof CommandFact.ScriptRun s && s.readsStdin())) {
            return true; // a heredoc or a script read from stdin may use it: cannot tell
        }
        if (CacheSupport.expandsAny(facts, names)) {
            return true;
        }
        String cwd = model.stateBefore(run).workdir();
        for (CommandFact f : facts) {
            if (f instanceof CommandFact.ScriptRun s && s.script() != null) {
                Optional<String> lit = s.script().literal();
                if (lit.isEmpty()) {
                    return true;
                }
                Optional<ScriptAnalysis> script = analysis.scriptAt(CacheSupport.resolve(cwd, lit.get()), run);
                if (script.isEmpty() || CacheSupport.expandsAny(script.get().commands(), names)) {
                    return true;
                }
            }
        }
        return false;
    }
}
