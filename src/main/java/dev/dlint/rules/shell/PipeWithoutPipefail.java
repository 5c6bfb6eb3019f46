package dev.dlint.rules.shell;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.run.RunScript;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FindingSink;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.AndOr;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.IfCommand;
import dev.dlint.syntax.shell.Operator;
import dev.dlint.syntax.shell.Pipeline;
import dev.dlint.syntax.shell.SimpleCommand;
import dev.dlint.syntax.shell.WhileCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SH501: a pipeline whose upstream command can fail while the shell only looks at the last
 * command's status: no {@code -o pipefail} in the SHELL (or the heredoc's shebang), no
 * {@code set -o pipefail} earlier in the same shell. In RUNs, and in bash scripts (on their own, or
 * run with bash by a RUN). Points at the {@code |} after the first command that can fail.
 */
public final class PipeWithoutPipefail implements DockerfileRule, ScriptRule {
    public static final RuleMeta META = RuleMeta.of("SH501", "pipe-without-pipefail")
            .summary("A pipeline whose upstream failure is hidden: the shell has no pipefail")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .aliases("DL4006")
            .build();

    static final String SHELL_ARGS = "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";

    /** Upstream commands that cannot fail in a way worth failing the build for. */
    private static final Set<String> BENIGN = Set.of("echo", "printf", "yes", "true", ":", "uname", "arch", "nproc",
            "pwd", "id", "whoami", "date", "seq", "env", "printenv", "hostname", "getconf");

    /** Text filters: they fail only on bad options when what they read is a literal. */
    private static final Set<String> FILTERS = Set.of("cut", "tr", "sed", "awk", "gawk", "sort", "uniq", "grep",
            "egrep", "fgrep", "wc", "tail", "head", "rev", "xargs", "jq", "base64", "tee");

    /** Base images without bash (name-based): the SHELL fix would break the build there. */
    private static final List<String> NO_BASH_BASES = List.of("alpine", "busybox", "distroless", "scratch");

    @Override
    public RuleMeta meta() {
        return META;
    }

    // ------------------------------------------------------------------ Dockerfile

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        Set<Integer> stagesFixed = new HashSet<>();
        for (Instruction.Run run : analysis.runs()) {
            Optional<RunScript> script = analysis.script(run);
            if (script.isEmpty() || script.get().opaque()) {
                continue;
            }
            Optional<Heredoc> body = ShellFacts.bodyHeredoc(run, script.get());
            Optional<ShellFacts.Shebang> shebang = body.isPresent()
                    ? ShellFacts.shebang(body.get().content(), body.get().body().start()) : Optional.empty();
            List<String> shell = shellOf(analysis, run);
            boolean pipefail = shebang.isPresent() ? shebang.get().setsPipefail() : ShellFacts.shellSetsPipefail(shell);
            if (pipefail) {
                continue;
            }
            List<CommandFact> facts = analysis.commands(run);
            for (Finding f : findings(facts)) {
                Fix fix = null;
                if (shebang.isEmpty() && run.command() instanceof Command.ShellForm) {
                    fix = shellFix(context, run, stagesFixed);
                }
                String how = shebang.isPresent()
                        ? "add `set -o pipefail` at the top of the heredoc"
                        : "add `SHELL " + SHELL_ARGS + "` before this RUN (or start the RUN with `set -o pipefail &&` when its shell is bash)";
                context.report(f.pipe().span(), message(f) + "; " + how, fix);
            }
        }
        for (ShellFacts.ReachedScript r : ShellFacts.reachedScripts(analysis)) {
            // bash scripts by shebang are checked on their own (ScriptRule); here the ones only the RUN makes bash
            boolean bashByShebang = ShellFacts.shebang(r.script().source()).map(ShellFacts.Shebang::isBashLike).orElse(false)
                    || r.script().source().displayPath().endsWith(".bash");
            if (bashByShebang || !ShellFacts.PIPEFAIL_SHELLS.contains(r.interpreter())) {
                continue;
            }
            SourceFile file = r.script().source();
            if (r.script().parsed().error().isPresent() && r.script().commands().isEmpty()) {
                continue;
            }
            for (Finding f : findings(r.script().commands())) {
                context.report(file, f.pipe().span(), message(f) + "; the RUN runs this script with "
                        + r.interpreter() + ": add `set -o pipefail` at its top", null,
                        List.of(new Related(context.source(), r.fact().span(), "the script is run here")));
            }
        }
    }

    private static List<String> shellOf(DockerfileAnalysis analysis, Instruction.Run run) {
        if (run.command() instanceof Command.ExecForm exec) {
            List<String> args = new ArrayList<>();
            exec.arguments().forEach(w -> args.add(w.text()));
            return args.size() >= 3 ? args.subList(0, args.size() - 1) : args;
        }
        return analysis.model().stateBefore(run).shell(); // a trigger has its ONBUILD's state
    }

    /** The SHELL insertion, once per stage, when the stage has no SHELL and its base likely has bash. */
    private static Fix shellFix(DockerfileContext context, Instruction.Run run, Set<Integer> stagesFixed) {
        Optional<Stage> stage = context.model().stageOf(run);
        if (stage.isEmpty() || !context.model().isTopLevel(run)) {
            return null; // ONBUILD triggers and instructions outside a stage
        }
        Stage s = stage.get();
        if (!stagesFixed.add(s.index())) {
            return null;
        }
        if (s.instructions().stream().anyMatch(i -> i instanceof Instruction.Shell)
                || !context.model().stateBefore(run).shell().equals(List.of("/bin/sh", "-c"))) {
            return null;
        }
        List<Stage> lineage = s.lineage();
        String base = lineage.get(lineage.size() - 1).baseImage();
        if (base == null) {
            return null;
        }
        String b = base.toLowerCase(Locale.ROOT);
        if (NO_BASH_BASES.stream().anyMatch(b::contains)) {
            return null;
        }
        SourceFile src = context.source();
        int start = run.span().start();
        int lineStart = start - (src.positionOf(start).column() - 1);
        String indent = src.text().substring(lineStart, start);
        if (!indent.isBlank()) {
            return null;
        }
        String keyword = run.keyword().text().equals(run.keyword().text().toLowerCase(Locale.ROOT)) ? "shell" : "SHELL";
        return Fix.unsafe("Insert `SHELL " + SHELL_ARGS + "` before the stage's first RUN with a pipe (the image needs bash)")
                .insert(lineStart, indent + keyword + " " + SHELL_ARGS + src.lineSeparator())
                .build();
    }

    // ------------------------------------------------------------------ scripts

    @Override
    public void check(ScriptContext context) {
        SourceFile file = context.analysis().source();
        Optional<ShellFacts.Shebang> shebang = ShellFacts.shebang(file);
        boolean bash = shebang.map(ShellFacts.Shebang::isBashLike).orElse(false)
                || (shebang.isEmpty() && file.displayPath().endsWith(".bash"));
        if (!bash || shebang.map(ShellFacts.Shebang::setsPipefail).orElse(false)) {
            return;
        }
        for (Finding f : findings(context.analysis().commands())) {
            report(context, f, message(f) + "; add `set -o pipefail` (or `set -euo pipefail`) at the top of the script");
        }
    }

    private static void report(FindingSink sink, Finding f, String message) {
        sink.report(f.pipe().span(), message);
    }

    // ------------------------------------------------------------------ the pipelines

    /**
     * A pipe whose upstream command can fail unseen; {@code last} is the pipeline's last command,
     * whose status alone the shell keeps (null when it is not a simple command).
     */
    record Finding(Operator pipe, CommandFact upstream, CommandFact last) {
    }

    private static String message(Finding f) {
        String up = name(f.upstream());
        String last = f.last() == null ? "the last command" : "`" + name(f.last()) + "`";
        return "if `" + up + "` fails, the pipeline still succeeds because only " + last
                + "'s status counts without pipefail: the broken result is cached as a good layer";
    }

    private static String name(CommandFact f) {
        String p = f.invocation().program();
        return p.isEmpty() ? "the command" : p;
    }

    /** The first failing-upstream pipe of each pipeline not protected by pipefail. */
    static List<Finding> findings(List<CommandFact> facts) {
        List<Finding> out = new ArrayList<>();
        Map<Pipeline, Boolean> done = new IdentityHashMap<>();
        Map<SimpleCommand, CommandFact> byCommand = new IdentityHashMap<>();
        for (CommandFact f : facts) {
            byCommand.put(f.command(), f);
        }
        for (CommandFact f : facts) {
            CommandSite site = f.site();
            Pipeline p = site.pipeline();
            Optional<Operator> pipe = site.pipeAfter();
            if (pipe.isEmpty() || done.containsKey(p) || site.substitutionDepth() > 0 || benign(f)
                    || (FILTERS.contains(f.invocation().program()) && upstreamBenign(site, byCommand))) {
                continue;
            }
            done.put(p, true);
            if (exempt(site) || ShellFacts.optionOnAt(facts, p.span(), site, true)) {
                continue;
            }
            CommandFact last = p.commands().get(p.commands().size() - 1) instanceof SimpleCommand sc ? byCommand.get(sc) : null;
            out.add(new Finding(pipe.get(), f, last));
        }
        return out;
    }

    /** Whether every command piped into this one is benign (a filter of a literal is benign too). */
    private static boolean upstreamBenign(CommandSite site, Map<SimpleCommand, CommandFact> byCommand) {
        for (int i = 0; i < site.pipelineIndex(); i++) {
            if (!(site.pipeline().commands().get(i) instanceof SimpleCommand sc) || byCommand.get(sc) == null) {
                return false;
            }
            CommandFact f = byCommand.get(sc);
            if (!benign(f) && !FILTERS.contains(f.invocation().program())) {
                return false;
            }
        }
        return site.pipelineIndex() > 0;
    }

    /** Whether the command cannot fail meaningfully (so hiding its status hides nothing). */
    private static boolean benign(CommandFact f) {
        String p = f.invocation().program();
        if (BENIGN.contains(p)) {
            return true;
        }
        if (p.equals("cat")) {
            // cat of a heredoc / here-string, or of its own stdin
            boolean literalInput = f.command().redirects().stream()
                    .anyMatch(r -> r.operator().startsWith("<<"));
            return literalInput || f.invocation().args().isEmpty();
        }
        return p.isEmpty() && f.command().words().isEmpty();
    }

    /** Pipelines whose status is tested, negated, deliberately ignored, or cut short on purpose. */
    private static boolean exempt(CommandSite site) {
        Pipeline p = site.pipeline();
        if (p.bang().isPresent()) {
            return true;
        }
        if (!site.enclosing().isEmpty()) {
            dev.dlint.syntax.shell.Command inner = site.enclosing().get(site.enclosing().size() - 1);
            if (inner instanceof IfCommand i && i.branches().stream().anyMatch(b -> b.condition() == site.list())) {
                return true;
            }
            if (inner instanceof WhileCommand w && w.condition() == site.list()) {
                return true;
            }
        }
        AndOr andOr = site.andOr();
        int k = site.andOrIndex();
        if (k < andOr.operators().size() && andOr.operators().get(k).text().equals("||")) {
            Pipeline next = andOr.pipelines().get(k + 1);
            if (next.commands().size() == 1 && next.commands().get(0) instanceof SimpleCommand sc
                    && sc.literalName().map(n -> n.equals("true") || n.equals(":")).orElse(false)) {
                return true;
            }
        }
        // `… | head` and `… | grep -q` close the pipe early on purpose: with pipefail the upstream's SIGPIPE would fail
        if (p.commands().get(p.commands().size() - 1) instanceof SimpleCommand last) {
            String n = last.literalName().map(ShellFacts::basename).orElse("");
            if (n.equals("head") || n.equals("true") || n.equals(":")) {
                return true;
            }
            if (n.equals("grep") || n.equals("egrep") || n.equals("fgrep")) {
                for (var w : last.args()) {
                    String a = w.literal().orElse("");
                    if (a.equals("--quiet") || a.equals("--silent") || a.startsWith("-m") || a.equals("--max-count")
                            || (a.startsWith("-") && !a.startsWith("--") && a.contains("q"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
