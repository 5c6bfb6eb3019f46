package dev.dlint.rules.shell;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.run.RunScript;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SH503: an install script, or a multi-command {@code RUN <<EOF} heredoc, that runs without
 * errexit ({@code set -e}, {@code set -euo pipefail}, {@code set -o errexit}, a {@code -e} on the
 * shebang or in the SHELL): a failed step does not stop it, and the layer is cached as a success.
 *
 * <p>Which scripts count as install scripts: a script linted on its own when it installs or builds
 * something (a package install, a download, a git clone, a venv, another shell script run) and is
 * not an entrypoint (named {@code *entrypoint*}, or ending in {@code exec …}); a script a RUN runs,
 * always (reported by the Dockerfile side only when the script side would not report it, so a
 * script is reported once when both are linted). Scripts and heredocs of a single statement are
 * never reported: there is no later step to run after a failure.
 */
public final class ScriptWithoutErrexit implements DockerfileRule, ScriptRule {
    public static final RuleMeta META = RuleMeta.of("SH503", "script-without-errexit")
            .summary("An install script or multi-command RUN heredoc without `set -e`")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    private static final Set<String> SHELL_INTERPRETERS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh",
            "busybox", "direct");

    @Override
    public RuleMeta meta() {
        return META;
    }

    // ------------------------------------------------------------------ scripts on their own

    @Override
    public void check(ScriptContext context) {
        ScriptAnalysis script = context.analysis();
        if (reportedOnItsOwn(script)) {
            SourceFile file = script.source();
            context.report(firstLine(file), "this install script goes on after a failed command (no `set -e`): "
                    + "a broken install is cached as a good layer; add `" + setLine(script) + "` at its top",
                    scriptFix(script));
        }
    }

    /** Whether the ScriptRule side reports the script (install-like, not an entrypoint, no errexit). */
    static boolean reportedOnItsOwn(ScriptAnalysis script) {
        return lacksErrexit(script) && installLike(script.commands()) && !entrypointLike(script);
    }

    private static boolean lacksErrexit(ScriptAnalysis script) {
        if (script.parsed().error().isPresent() || !isShellScript(script.source())) {
            return false;
        }
        if (script.parsed().script().statements().size() < 2) {
            return false;
        }
        if (ShellFacts.shebang(script.source()).map(ShellFacts.Shebang::setsErrexit).orElse(false)) {
            return false;
        }
        return !ShellFacts.errexitAnywhere(script.commands());
    }

    private static boolean isShellScript(SourceFile file) {
        return ShellFacts.shebang(file).map(s -> SHELL_INTERPRETERS.contains(s.interpreter())).orElse(true);
    }

    /**
     * Whether the script's own top level (not only function bodies: a library of functions is sourced
     * by other scripts) installs or builds something.
     */
    static boolean installLike(List<CommandFact> facts) {
        for (CommandFact f : facts) {
            if (f.site().inFunction() || f.site().substitutionDepth() > 0) {
                continue;
            }
            if (f instanceof CommandFact.PackageInstall || f instanceof CommandFact.Download
                    || f instanceof CommandFact.GitClone || f instanceof CommandFact.VenvCreate) {
                return true;
            }
            if (f instanceof CommandFact.ScriptRun r && !r.interpreter().equals("source") && r.script() != null
                    && (!r.interpreter().equals("direct") || r.script().text().endsWith(".sh"))
                    && SHELL_INTERPRETERS.contains(r.interpreter())) {
                return true;
            }
        }
        return false;
    }

    /** An entrypoint/run script: named so, or handing over to a server with {@code exec}. */
    static boolean entrypointLike(ScriptAnalysis script) {
        String name = script.source().displayPath().toLowerCase(Locale.ROOT);
        int slash = name.lastIndexOf('/');
        name = name.substring(slash + 1);
        if (name.contains("entrypoint") || name.startsWith("start") || name.startsWith("run_server")
                || name.startsWith("serve") || name.contains("health") || name.startsWith("test")
                || name.contains("check") || name.contains("lint")) {
            return true;
        }
        for (CommandFact f : script.commands()) {
            if (f.invocation().wrappers().stream().anyMatch(w -> w.literal().orElse("").equals("exec"))) {
                return true;
            }
        }
        return false;
    }

    private static String setLine(ScriptAnalysis script) {
        boolean bash = ShellFacts.shebang(script.source()).map(ShellFacts.Shebang::isBashLike)
                .orElse(script.source().displayPath().endsWith(".bash"));
        return bash ? "set -euo pipefail" : "set -eu";
    }

    private static Span firstLine(SourceFile file) {
        String t = file.text();
        int nl = t.indexOf('\n');
        int end = nl < 0 ? t.length() : nl;
        if (end > 0 && t.charAt(end - 1) == '\r') {
            end--;
        }
        return Span.of(0, end);
    }

    private static Fix scriptFix(ScriptAnalysis script) {
        SourceFile file = script.source();
        String line = setLine(script);
        String sep = file.lineSeparator();
        Optional<ShellFacts.Shebang> shebang = ShellFacts.shebang(file);
        int at = 0;
        String text = line + sep;
        if (shebang.isPresent()) {
            int nl = file.text().indexOf('\n');
            if (nl < 0) {
                at = file.text().length();
                text = sep + line + sep;
            } else {
                at = nl + 1;
            }
        }
        return Fix.unsafe("Insert `" + line + "` at the top of the script").insert(at, text).build();
    }

    // ------------------------------------------------------------------ Dockerfiles: heredocs and scripts RUNs run

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        for (Instruction.Run run : analysis.runs()) {
            checkHeredoc(context, run);
        }
        for (ShellFacts.ReachedScript r : ShellFacts.reachedScripts(analysis)) {
            ScriptAnalysis script = r.script();
            if (reportedOnItsOwn(script) || !lacksErrexit(script) || runWithErrexit(r)) {
                continue;
            }
            context.report(script.source(), firstLine(script.source()), "this script, run by a RUN, goes on after a "
                    + "failed command (no `set -e`): a broken step is cached as a good layer; add `" + setLine(script)
                    + "` at its top", scriptFix(script),
                    List.of(new Related(context.source(), r.fact().span(), "the script is run here")));
        }
    }

    /** {@code bash -e install.sh}, {@code sh -eux install.sh}. */
    private static boolean runWithErrexit(ShellFacts.ReachedScript r) {
        List<dev.dlint.syntax.shell.Word> argv = r.fact().invocation().argv();
        java.util.ArrayList<String> opts = new java.util.ArrayList<>();
        for (int i = 1; i < argv.size() && argv.get(i) != r.fact().script(); i++) {
            opts.add(argv.get(i).literal().orElse(""));
        }
        return ShellFacts.argsSetErrexit(opts);
    }

    private static void checkHeredoc(DockerfileContext context, Instruction.Run run) {
        Optional<RunScript> script = context.analysis().script(run);
        if (script.isEmpty() || script.get().opaque() || script.get().parsed().error().isPresent()) {
            return;
        }
        Optional<Heredoc> heredoc = ShellFacts.bodyHeredoc(run, script.get());
        if (heredoc.isEmpty()) {
            return;
        }
        Heredoc h = heredoc.get();
        List<Statement> statements = script.get().parsed().script().statements();
        if (statements.size() < 2) {
            return;
        }
        Optional<ShellFacts.Shebang> shebang = ShellFacts.shebang(h.content(), h.body().start());
        List<String> shell = context.model().stateBefore(run).shell();
        boolean errexit = shebang.isPresent() ? shebang.get().setsErrexit() : ShellFacts.shellSetsErrexit(shell);
        if (errexit || ShellFacts.errexitAnywhere(context.analysis().commands(run))) {
            return;
        }
        boolean bash = shebang.isPresent() ? shebang.get().isBashLike()
                : !shell.isEmpty() && ShellFacts.PIPEFAIL_SHELLS.contains(ShellFacts.basename(shell.get(0)));
        String line = bash ? "set -euo pipefail" : "set -eu";
        context.report(h.opener(), "this heredoc runs " + statements.size() + " commands without `set -e`: "
                + "only the last one's status decides whether the RUN fails, so a broken step is cached as a good "
                + "layer; add `" + line + "` as its first line", heredocFix(context, run, h, shebang, statements, line));
    }

    private static Fix heredocFix(DockerfileContext context, Instruction.Run run, Heredoc h,
                                  Optional<ShellFacts.Shebang> shebang, List<Statement> statements, String line) {
        if (!(run.command() instanceof Command.ShellForm)) {
            return null;
        }
        SourceFile src = context.source();
        int first = statements.get(0).span().start();
        int lineStart = first - (src.positionOf(first).column() - 1);
        String indent = src.text().substring(lineStart, first);
        if (!indent.isBlank()) {
            indent = "";
        }
        int at = h.body().start();
        if (shebang.isPresent()) {
            at = shebang.get().span().end();
            int nl = src.text().indexOf('\n', at);
            at = nl < 0 ? at : nl + 1;
        }
        return Fix.unsafe("Insert `" + line + "` at the top of the heredoc")
                .insert(at, indent + line + src.lineSeparator())
                .build();
    }
}
