package dev.dlint.rules.venv;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandRecognizer;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.ParsedScript;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * VE302: {@code source X/bin/activate} in a RUN while no ENV puts {@code X/bin} on PATH, and a later
 * RUN, CMD or ENTRYPOINT runs a bare {@code python}/{@code pip} that therefore is the system one.
 * Points at the activation command.
 */
public final class VenvActivationLost implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("VE302", "venv-activation-lost")
            .summary("`source …/bin/activate` lasts one RUN: later RUN/CMD use the system Python")
            .severity(Severity.WARNING)
            .fix(FixAvailability.SAFE)
            .build();

    private static final Pattern PYTHONISH = Pattern.compile("(python|pip)(\\d+(\\.\\d+)*)?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** A later use of a bare python/pip. */
    private record Use(Instruction at, Span span, String name) {
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        Set<Integer> fixedAt = new HashSet<>();
        for (Instruction.Run run : analysis.runs()) {
            Optional<Stage> stage = model.stageOf(run);
            if (stage.isEmpty() || !model.isTopLevel(run)) {
                continue; // ONBUILD triggers run in another build
            }
            for (CommandFact f : analysis.commands(run)) {
                if (!(f instanceof CommandFact.VenvActivate a)) {
                    continue;
                }
                Optional<String> raw = VenvPaths.value(a.path(), run, model);
                if (raw.isEmpty() || raw.get().isEmpty() || raw.get().contains("$") || raw.get().startsWith("~")) {
                    continue;
                }
                String venv = VenvPaths.absolute(model.stateBefore(run).workdir(), raw.get());
                Use use = firstLostUse(context, stage.get(), run, venv);
                if (use == null) {
                    continue;
                }
                String where = use.at().keyword().text().toUpperCase(java.util.Locale.ROOT) + " at line "
                        + context.source().positionOf(use.span().start()).line();
                String message = "`" + context.source().slice(a.span()) + "` only lasts until the end of this RUN, and no ENV"
                        + " puts " + venv + "/bin on PATH: `" + use.name() + "` in the " + where + " runs the system"
                        + " Python, not the venv's. Add `ENV VIRTUAL_ENV=" + venv + "` and `ENV PATH=\"" + venv
                        + "/bin:$PATH\"` after the venv is created";
                Fix fix = fix(context, stage.get(), run, a, venv, fixedAt);
                context.report(a.span(), message, fix,
                        List.of(new Related(context.source(), use.span(), "`" + use.name() + "` runs outside the venv")));
            }
        }
    }

    /** The first bare python/pip after {@code run} (same stage, or stages built on it) that does not see the venv. */
    private static Use firstLostUse(DockerfileContext context, Stage stage, Instruction.Run run, String venv) {
        BuildModel model = context.model();
        List<Instruction> later = new ArrayList<>();
        List<Instruction> own = stage.instructions();
        later.addAll(own.subList(Instruction.indexIn(run, own) + 1, own.size()));
        for (Stage s : model.stages()) {
            if (s.index() > stage.index() && s.lineage().contains(stage)) {
                later.addAll(s.instructions());
            }
        }
        for (Instruction i : later) {
            if (onPath(model, i, venv)) {
                return null; // from here on an ENV puts it on PATH
            }
            boolean inImage = model.stageOf(i).map(model::isReferenced).orElse(false);
            Use use = null;
            if (i instanceof Instruction.Run r) {
                use = bareUse(i, context.analysis().commands(r));
            } else if (i instanceof Instruction.Cmd c && inImage) {
                use = commandUse(i, c.command());
            } else if (i instanceof Instruction.Entrypoint e && inImage) {
                use = commandUse(i, e.command());
            }
            if (use != null) {
                return use;
            }
        }
        return null;
    }

    /** Whether PATH before {@code i} holds {@code venv/bin}; an unknown PATH counts as holding it. */
    private static boolean onPath(BuildModel model, Instruction i, String venv) {
        var path = model.stateBefore(i).variable("PATH");
        if (path.isEmpty()) {
            return false;
        }
        String value = path.get().value();
        if (value == null) {
            return true;
        }
        for (String entry : value.split(":")) {
            if (!entry.isEmpty() && entry.startsWith("/") && VenvPaths.absolute("/", entry).equals(venv + "/bin")) {
                return true;
            }
        }
        return false;
    }

    /** The first bare python/pip of a command list, before any activation. */
    private static Use bareUse(Instruction at, List<CommandFact> facts) {
        for (CommandFact f : facts) {
            if (f instanceof CommandFact.VenvActivate) {
                return null;
            }
            if (f instanceof CommandFact.VenvCreate) {
                continue;
            }
            Word name = f.invocation().name();
            if (name != null && name.literal().map(n -> PYTHONISH.matcher(n).matches()).orElse(false)) {
                return new Use(at, name.span(), name.literal().get());
            }
        }
        return null;
    }

    private static Use commandUse(Instruction at, Command command) {
        if (command instanceof Command.ShellForm s) {
            ParsedScript parsed = ShellScriptParser.parse(s.script(), s.text());
            return bareUse(at, CommandRecognizer.recognizeAll(parsed.script()));
        }
        if (command instanceof Command.ExecForm e && !e.arguments().isEmpty()) {
            var first = e.arguments().get(0);
            String name = first.text();
            if (PYTHONISH.matcher(name).matches()) {
                return new Use(at, first.span(), name);
            }
            if ((name.endsWith("sh") || name.endsWith("bash")) && e.arguments().size() >= 3
                    && e.arguments().get(1).text().equals("-c")) {
                var script = e.arguments().get(2);
                ParsedScript parsed = ShellScriptParser.parse(script.text(), offset -> script.span().start());
                Use inner = bareUse(at, CommandRecognizer.recognizeAll(parsed.script()));
                return inner == null ? null : new Use(at, script.span(), inner.name());
            }
        }
        return null;
    }

    /** ENV VIRTUAL_ENV + PATH after the RUN that created the venv (or the activating RUN); safe for a literal absolute path. */
    private static Fix fix(DockerfileContext context, Stage stage, Instruction.Run run, CommandFact.VenvActivate a,
                           String venv, Set<Integer> fixedAt) {
        Optional<String> literal = a.path().literal();
        if (literal.isEmpty() || !literal.get().startsWith("/")) {
            return null;
        }
        Instruction after = run;
        for (VenvPaths.CreatedVenv c : VenvPaths.createdIn(stage, context.analysis())) {
            if (venv.equals(c.path()) && c.run().span().start() <= run.span().start()) {
                after = c.run();
                break;
            }
        }
        int offset = after.span().end();
        if (!fixedAt.add(offset)) {
            return null;
        }
        String sep = context.source().lineSeparator();
        String env = VenvPaths.keyword("ENV", after);
        return Fix.safe("Put " + venv + " on PATH with ENV after the instruction that creates it")
                .insert(offset, sep + env + " VIRTUAL_ENV=" + venv + sep + env + " PATH=\"" + venv + "/bin:$PATH\"")
                .build();
    }
}
