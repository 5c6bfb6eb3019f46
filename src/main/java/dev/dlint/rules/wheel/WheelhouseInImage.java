package dev.dlint.rules.wheel;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.rules.venv.VenvPaths;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WH403: wheels {@code COPY --from}'d into a stage that ends up in the image: they stay in that
 * layer whatever a later RUN deletes. Points at the {@code COPY --from}.
 */
public final class WheelhouseInImage implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("WH403", "wheelhouse-in-image")
            .summary("Wheels COPY'd into the image and left there (a later rm does not shrink the image)")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildModel model = context.model();
        for (Instruction i : context.dockerfile().instructions()) {
            if (!(i instanceof Instruction.Copy copy) || copy.destination() == null) {
                continue;
            }
            Optional<Flag> from = copy.flag("from");
            Optional<Stage> stage = model.stageOf(copy);
            if (from.isEmpty() || from.get().value() == null || stage.isEmpty() || !model.isReferenced(stage.get())) {
                continue;
            }
            if ("scratch".equals(VenvPaths.rootImage(stage.get()))) {
                continue; // an export stage (FROM scratch): the wheels are its product
            }
            Optional<Stage> source = model.stageNamed(from.get().value());
            for (Word src : copy.sources()) {
                String s = expanded(model, src, copy);
                if (s == null || !isWheels(context, source.orElse(null), VenvPaths.absolute("/", s))) {
                    continue;
                }
                String dest = expanded(model, copy.destination(), copy);
                String destAbs = dest == null ? copy.destination().text()
                        : VenvPaths.absolute(model.stateBefore(copy).workdir(), dest);
                Instruction rm = laterRemoval(context, stage.get(), copy, destAbs);
                String removed = rm == null ? "" : " (the `rm` at line " + context.source().positionOf(rm.span().start()).line()
                        + " only hides them in a later layer)";
                context.report(copy.span(), "The wheels `" + s + "` copied from `" + from.get().value() + "` stay in this"
                        + " layer of the image" + removed + ", though they are only needed to install. Bind-mount them"
                        + " where they are installed instead: `RUN --mount=type=bind,from=" + from.get().value() + ",source="
                        + s + ",target=" + destAbs + " pip install --no-index --find-links=" + destAbs + " …`",
                        fix(context, stage.get(), copy, from.get().value(), src, s, destAbs));
                break;
            }
        }
    }

    private static final Pattern WHEEL_DIR = Pattern.compile("\\.?(wheels?|wheelhouse|wheelhouses)");

    /** Whether the source path holds wheels: a wheel-dir of a {@code pip wheel} in the source stage, or named so. */
    private static boolean isWheels(DockerfileContext context, Stage source, String srcAbs) {
        String name = srcAbs.substring(srcAbs.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".whl") || WHEEL_DIR.matcher(name).matches()) {
            return true;
        }
        if (source == null) {
            return false;
        }
        DockerfileAnalysis analysis = context.analysis();
        for (Stage s : source.lineage()) {
            for (Instruction i : s.instructions()) {
                if (!(i instanceof Instruction.Run run)) {
                    continue;
                }
                for (CommandFact f : analysis.commands(run)) {
                    if (f instanceof CommandFact.PackageInstall p && p.action().equals("wheel")) {
                        Optional<String> dir = p.wheelDir().flatMap(w -> VenvPaths.value(w, run, context.model()));
                        if (dir.isPresent() && !dir.get().isEmpty()) {
                            String abs = VenvPaths.absolute(context.model().stateBefore(run).workdir(), dir.get());
                            if (abs.equals(srcAbs)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A later RUN of the stage that removes the wheels, or null. */
    private static Instruction laterRemoval(DockerfileContext context, Stage stage, Instruction copy, String destAbs) {
        List<Instruction> list = stage.instructions();
        for (Instruction i : list.subList(Instruction.indexIn(copy, list) + 1, list.size())) {
            if (i instanceof Instruction.Run run) {
                for (CommandFact f : context.analysis().commands(run)) {
                    if (f instanceof CommandFact.Remove r && r.paths().stream().anyMatch(p -> p.literal()
                            .map(t -> VenvPaths.isUnder(VenvPaths.absolute(context.model().stateBefore(run).workdir(), t),
                                    destAbs)).orElse(false))) {
                        return run;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Deletes the COPY and bind-mounts the wheels into the RUNs that read them, when that is clear-cut:
     * one literal directory source, an absolute literal destination, only pip installs of this stage
     * read it, and no later stage builds on this one.
     */
    private static Fix fix(DockerfileContext context, Stage stage, Instruction.Copy copy, String from, Word srcWord,
                           String src, String destAbs) {
        BuildModel model = context.model();
        if (copy.sources().size() != 1 || copy.flags().size() != 1 || !srcWord.text().equals(src)
                || !copy.destination().text().replaceAll("/+$", "").equals(destAbs) || src.contains("*")
                || src.endsWith(".whl") || destAbs.equals("/")) {
            return null;
        }
        for (Stage s : model.stages()) {
            if (s.index() > stage.index() && s.lineage().contains(stage)) {
                return null;
            }
        }
        String text = context.source().text();
        List<Instruction.Run> users = new ArrayList<>();
        List<Instruction> list = stage.instructions();
        for (Instruction i : list.subList(Instruction.indexIn(copy, list) + 1, list.size())) {
            String body = text.substring(i.span().start(), i.span().end());
            if (!body.contains(destAbs)) {
                continue;
            }
            if (!(i instanceof Instruction.Run run) || context.analysis().script(run).map(r -> r.opaque()).orElse(true)) {
                return null;
            }
            for (CommandFact f : context.analysis().commands(run)) {
                boolean mentions = f.command().words().stream().anyMatch(w -> w.text().contains(destAbs));
                if (mentions && !Wheelhouses.isPipInstall(f)) {
                    return null;
                }
            }
            users.add(run);
        }
        if (users.isEmpty()) {
            return null;
        }
        Fix.Builder b = Fix.unsafe("Bind-mount the wheels from `" + from + "` instead of copying them into the image");
        int end = copy.span().end();
        String sep = context.source().lineSeparator();
        if (text.startsWith(sep, end)) {
            end += sep.length();
        }
        b.delete(new Span(copy.span().start(), end));
        String mount = " --mount=type=bind,from=" + from + ",source=" + src + ",target=" + destAbs;
        for (Instruction.Run run : users) {
            b.insert(run.keyword().span().end(), mount);
        }
        return b.build();
    }

    private static String expanded(BuildModel model, Word w, Instruction at) {
        ExpandResult r = model.expand(w, at);
        if (r.isError() || !r.unresolved().isEmpty() || r.value().isEmpty()) {
            return null;
        }
        return r.value();
    }
}
