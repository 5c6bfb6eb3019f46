package dev.dlint.rules.venv;

import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.build.State;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.Optional;

/**
 * VE303: a venv copied from another stage to a different path (its scripts hard-code the path it
 * was created at), or onto a base image with another Python {@code major.minor}. Points at the
 * {@code COPY --from}.
 */
public final class VenvStageMismatch implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("VE303", "venv-stage-mismatch")
            .summary("A venv copied between stages to a different path, or onto a base with a different Python")
            .severity(Severity.ERROR)
            .fix(FixAvailability.NONE)
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
            Optional<Stage> target = model.stageOf(copy);
            if (from.isEmpty() || from.get().value() == null || target.isEmpty()) {
                continue;
            }
            Optional<Stage> source = model.stageNamed(from.get().value());
            State state = model.stateBefore(copy);
            String dest = expanded(model, copy.destination(), copy);
            if (dest == null) {
                continue;
            }
            String destAbs = VenvPaths.absolute(state.workdir(), dest);
            for (Word src : copy.sources()) {
                String s = expanded(model, src, copy);
                if (s == null || s.contains("*") || s.contains("?") || s.contains("[")) {
                    continue;
                }
                String srcAbs = VenvPaths.absolute("/", s);
                Venv venv = venvAt(context, source.orElse(null), srcAbs);
                if (venv == null) {
                    continue;
                }
                String stageName = "`" + from.get().value() + "`";
                if (!venv.relocatable() && !destAbs.equals(srcAbs) && copy.sources().size() == 1) {
                    String moved = venv.path().equals(srcAbs) ? destAbs
                            : VenvPaths.absolute(destAbs, venv.path().substring(srcAbs.length() + 1));
                    context.report(copy.span(), "This copies the venv " + venv.path() + " from stage " + stageName
                            + " to " + moved + ", but a venv's scripts (pip, console entry points, bin/activate) hard-code"
                            + " the absolute path it was created at, so they break here. Copy it to the same path ("
                            + srcAbs + "), or create the venv at its final path in the builder");
                    break;
                }
                if (source.isPresent()) {
                    Optional<String> built = VenvPaths.pythonVersionOfImage(VenvPaths.rootImage(source.get()));
                    Optional<String> runtime = VenvPaths.pythonVersionOfImage(VenvPaths.rootImage(target.get()));
                    if (built.isPresent() && runtime.isPresent() && !built.get().equals(runtime.get())) {
                        context.report(copy.span(), "The venv " + venv.path() + " was built in stage " + stageName
                                + " on Python " + built.get() + " but is copied onto a Python " + runtime.get()
                                + " base: its interpreter link and compiled extensions do not match. Use the same"
                                + " python:" + built.get() + " base in both stages");
                        break;
                    }
                }
            }
        }
    }

    private record Venv(String path, boolean relocatable) {
    }

    /** The venv a copy source holds (the source itself or a venv below it), or null. */
    private static Venv venvAt(DockerfileContext context, Stage source, String srcAbs) {
        if (source != null) {
            for (VenvPaths.CreatedVenv c : VenvPaths.createdIn(source, context.analysis())) {
                if (c.path() != null && VenvPaths.isUnder(c.path(), srcAbs)) {
                    return new Venv(c.path(), c.fact().args().has("relocatable"));
                }
            }
            State end = context.model().stateAtEnd(source);
            for (String var : new String[] {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT"}) {
                Optional<String> v = end == null ? Optional.empty() : end.value(var);
                if (v.isPresent() && v.get().startsWith("/") && VenvPaths.absolute("/", v.get()).equals(srcAbs)) {
                    return new Venv(srcAbs, false);
                }
            }
        }
        String name = srcAbs.substring(srcAbs.lastIndexOf('/') + 1);
        if (name.equals("venv") || name.equals(".venv") || name.equals("virtualenv") || name.equals(".virtualenv")) {
            return new Venv(srcAbs, false);
        }
        return null;
    }

    private static String expanded(BuildModel model, Word w, Instruction at) {
        ExpandResult r = model.expand(w, at);
        if (r.isError() || !r.unresolved().isEmpty() || r.value().isEmpty()) {
            return null;
        }
        return r.value();
    }
}
