package dev.dlint.rules.wheel;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * WH401: a stage that ends up in the image installs a build toolchain and pip-installs
 * requirements without a wheelhouse; with {@code always: true}, any {@code pip install -r} without
 * one. Points at the pip command.
 */
public final class NoWheelhouse implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("WH401", "no-wheelhouse")
            .summary("Requirements compiled in the runtime image, next to the toolchain, without a wheelhouse")
            .severity(Severity.INFO)
            .fix(FixAvailability.NONE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        boolean always = context.options().bool("always", false);
        for (Instruction.Run run : analysis.runs()) {
            Optional<Stage> stage = model.stageOf(run);
            if (stage.isEmpty() || !Instruction.isIn(run, stage.get().instructions())) {
                continue;
            }
            for (CommandFact f : analysis.commands(run)) {
                if (!Wheelhouses.isPipInstall(f)) {
                    continue;
                }
                CommandFact.PackageInstall pip = (CommandFact.PackageInstall) f;
                if (pip.requirementFiles().isEmpty() || Wheelhouses.usesWheelhouse(pip)
                        || model.stateBefore(run).value("PIP_FIND_LINKS").isPresent()
                        || model.stateBefore(run).value("PIP_NO_INDEX").isPresent()) {
                    continue;
                }
                String req = context.source().slice(pip.requirementFiles().get(0).span());
                String build = "Build wheels once in a builder stage (`pip wheel --wheel-dir=/wheels -r " + req
                        + "`) and install them with `pip install --no-index --find-links=/wheels -r " + req + "`";
                PackageArg tool = model.isReferenced(stage.get()) ? toolchainBefore(analysis, stage.get(), run, f) : null;
                if (tool != null) {
                    context.report(f.span(), "`-r " + req + "` is installed without a wheelhouse in a stage that ends up"
                                    + " in the image and installs the build toolchain (`" + tool.name() + "`): the compilers"
                                    + " ship in the runtime image and every rebuild of this layer recompiles the sdists. "
                                    + build + ", in a runtime stage without the toolchain",
                            null, List.of(new Related(context.source(), tool.span(), "build toolchain installed here")));
                } else if (always) {
                    context.report(f.span(), "`-r " + req + "` is installed straight from the index, without a wheelhouse:"
                            + " every change to the requirements re-downloads and rebuilds everything. " + build);
                }
            }
        }
    }

    /**
     * The first toolchain package installed in the stage (or its ancestors) before the pip command and
     * not removed again in the RUN that installed it; null when none.
     */
    private static PackageArg toolchainBefore(DockerfileAnalysis analysis, Stage stage, Instruction.Run pipRun,
                                              CommandFact pip) {
        List<Stage> lineage = new ArrayList<>(stage.lineage());
        Collections.reverse(lineage);
        for (Stage s : lineage) {
            for (Instruction i : s.instructions()) {
                if (!(i instanceof Instruction.Run run)) {
                    continue;
                }
                List<CommandFact> facts = analysis.commands(run);
                for (int k = 0; k < facts.size(); k++) {
                    CommandFact f = facts.get(k);
                    if (f == pip) {
                        return null;
                    }
                    List<PackageArg> tools = Wheelhouses.toolchain(f);
                    if (tools.isEmpty()) {
                        continue;
                    }
                    boolean removed = facts.subList(k + 1, facts.size()).stream().anyMatch(Wheelhouses::isOsRemove);
                    if (!removed) {
                        return tools.get(0);
                    }
                }
                if (run == pipRun) {
                    return null;
                }
            }
        }
        return null;
    }
}
