package dev.dlint.rules.venv;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.build.State;
import dev.dlint.model.build.Variable;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import dev.dlint.syntax.shell.WordPart;
import java.util.List;
import java.util.Optional;

/**
 * VE301: a venv ({@code python -m venv}, {@code virtualenv}, {@code uv venv}) created at a path that
 * depends on the WORKDIR (relative), on the user ({@code $HOME}, {@code ~}), on the shell's current
 * directory ({@code $PWD}) or in a temporary directory ({@code /tmp}, {@code $(mktemp -d)}).
 * Points at the path word, or at the command for {@code uv venv} without a path.
 */
public final class NondeterministicVenvPath implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("VE301", "nondeterministic-venv-path")
            .summary("A virtualenv created at a relative path, under $HOME/~, /tmp, $PWD or mktemp")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    static final String TARGET = "/opt/venv";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        for (Instruction.Run run : analysis.runs()) {
            if (model.stageOf(run).isEmpty()) {
                continue;
            }
            for (CommandFact f : analysis.commands(run)) {
                if (f instanceof CommandFact.VenvCreate c && VenvPaths.isVenvTool(c)) {
                    checkOne(context, run, c);
                }
            }
        }
    }

    private void checkOne(DockerfileContext context, Instruction.Run run, CommandFact.VenvCreate c) {
        BuildModel model = context.model();
        State state = model.stateBefore(run);
        Word w = c.path();
        String problem;
        if (w == null) {
            if (state.variable("UV_PROJECT_ENVIRONMENT").isPresent()) {
                return;
            }
            problem = "`uv venv` without a path creates `.venv` in the working directory (" + join(state.workdir(), ".venv")
                    + "), so where the venv lands depends on the WORKDIR";
        } else {
            problem = classify(w, run, model, state);
            if (problem == null) {
                return;
            }
        }
        String message = Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ": a WORKDIR/USER change or a later stage moves or loses it, and paths baked into its"
                + " scripts break. Create it at an absolute path such as `" + TARGET + "` and put it on PATH with"
                + " `ENV VIRTUAL_ENV=" + TARGET + "` and `ENV PATH=\"" + TARGET + "/bin:$PATH\"`";
        Span at = w == null ? c.span() : w.span();
        context.report(at, message, fix(context, run, c));
    }

    /** Why the path is not deterministic, or null when it is. */
    private static String classify(Word w, Instruction.Run run, BuildModel model, State state) {
        String text = w.text();
        WordPart first = w.parts().isEmpty() ? null : w.parts().get(0);
        if (first instanceof WordPart.DoubleQuoted d && !d.parts().isEmpty()) {
            first = d.parts().get(0);
        }
        Optional<Variable> home = state.variable("HOME");
        boolean homeFromEnv = home.isPresent() && home.get().isEnv() && home.get().value() != null;
        if (first instanceof WordPart.Literal l && l.text().startsWith("~")) {
            return "the venv path `" + text + "` is under `~`, the home of whichever USER runs the RUN (now "
                    + state.home() + ")";
        }
        if (first instanceof WordPart.ParamExpansion p) {
            if (p.name().equals("HOME") && !homeFromEnv) {
                return "the venv path `" + text + "` is under `$HOME`, which depends on the USER (now " + state.home() + ")";
            }
            if (p.name().equals("PWD")) {
                return "the venv path `" + text + "` is under `$PWD`, so where it lands depends on the WORKDIR and any `cd`";
            }
        }
        if (first instanceof WordPart.CommandSubstitution s) {
            if (s.text().contains("mktemp")) {
                return "the venv path `" + text + "` is a fresh temporary directory: no later instruction can know it";
            }
            if (s.text().matches("(?s)[$`(]*\\s*pwd\\b.*")) {
                return "the venv path `" + text + "` is under `$(pwd)`, so where it lands depends on the WORKDIR and any `cd`";
            }
            return null;
        }
        Optional<String> value = VenvPaths.value(w, run, model);
        if (value.isEmpty() || value.get().isEmpty() || value.get().contains("$")) {
            return null;
        }
        String v = value.get();
        if (v.startsWith("~")) {
            return "the venv path `" + text + "` is under `~`, the home of whichever USER runs the RUN";
        }
        if (!v.startsWith("/")) {
            return "the venv path `" + text + "` is relative, so where the venv lands depends on the WORKDIR (now "
                    + join(state.workdir(), v) + ")";
        }
        String abs = VenvPaths.absolute("/", v);
        if (VenvPaths.isUnder(abs, "/tmp") || VenvPaths.isUnder(abs, "/var/tmp") || VenvPaths.isUnder(abs, "/dev/shm")) {
            return "the venv path `" + text + "` is under " + abs.substring(0, abs.indexOf('/', 1) < 0 ? abs.length()
                    : abs.indexOf('/', 1)) + ", which is often a fresh tmpfs or cleaned at run time";
        }
        return null;
    }

    private static String join(String workdir, String rel) {
        return VenvPaths.absolute(workdir, rel);
    }

    /**
     * Rewrite the path to /opt/venv and put it on PATH, when the path is literal and nothing else in
     * the RUN or the rest of the stage names it.
     */
    private static Fix fix(DockerfileContext context, Instruction.Run run, CommandFact.VenvCreate c) {
        BuildModel model = context.model();
        State state = model.stateBefore(run);
        if (!state.isRoot()) {
            return null;
        }
        Word w = c.path();
        Optional<String> literal = w == null ? Optional.of(".venv") : w.literal();
        if (literal.isEmpty() || literal.get().isEmpty()) {
            return null;
        }
        String old = literal.get().replaceAll("/+$", "");
        if (old.isEmpty()) {
            return null;
        }
        // other mentions of the old path in the same RUN
        for (CommandFact f : context.analysis().commands(run)) {
            if (f == c) {
                continue;
            }
            if (f instanceof CommandFact.PackageInstall p && p.manager() == Manager.UV && !p.action().startsWith("pip")) {
                return null; // uv sync/add use the project's .venv
            }
            for (Word other : f.command().words()) {
                if (w != null && other.span().equals(w.span())) {
                    continue;
                }
                Optional<String> lit = other.literal();
                String t = lit.orElse(other.text());
                if (mentions(t, old)) {
                    return null;
                }
            }
        }
        Stage stage = model.stageOf(run).orElseThrow();
        String source = context.source().text();
        List<Instruction> list = stage.instructions();
        int k = Instruction.indexIn(run, list);
        for (int j = k + 1; j < list.size(); j++) {
            String t = source.substring(list.get(j).span().start(), list.get(j).span().end());
            if (t.contains(old + "/") || t.contains(TARGET) || t.contains("uv sync") || t.contains("uv run")) {
                return null;
            }
        }
        for (Stage s : model.stages()) {
            if (s.index() > stage.index() && s.lineage().contains(stage)) {
                return null; // a child stage may rely on the old path
            }
        }
        String sep = context.source().lineSeparator();
        String env = VenvPaths.keyword("ENV", run);
        Fix.Builder b = Fix.unsafe("Create the venv at " + TARGET + " and put it on PATH");
        if (w != null) {
            b.replace(w.span(), TARGET);
        } else {
            Word venvWord = c.invocation().argv().stream().filter(x -> x.literal().map("venv"::equals).orElse(false))
                    .findFirst().orElse(null);
            if (venvWord == null) {
                return null;
            }
            b.insert(venvWord.span().end(), " " + TARGET);
        }
        b.insert(run.span().end(), sep + env + " VIRTUAL_ENV=" + TARGET + sep + env + " PATH=\"" + TARGET + "/bin:$PATH\"");
        return b.build();
    }

    private static boolean mentions(String text, String path) {
        return text.equals(path) || text.startsWith(path + "/") || text.contains("/" + path + "/")
                || text.contains("=" + path + "/") || text.contains("=" + path);
    }
}
