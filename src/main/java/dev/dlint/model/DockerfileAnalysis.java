package dev.dlint.model;

import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.run.RunScript;
import dev.dlint.model.run.RunScripts;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules learn about one Dockerfile, computed once and on demand: the build model,
 * the shell each RUN executes. One instance per linted file, used by one thread.
 */
public final class DockerfileAnalysis {
    private final Dockerfile dockerfile;
    private final BuildContext context;
    private BuildModel model;
    private final Map<Instruction.Run, Optional<RunScript>> scripts = new IdentityHashMap<>();

    public DockerfileAnalysis(Dockerfile dockerfile, BuildContext context) {
        this.dockerfile = dockerfile;
        this.context = context;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public SourceFile source() {
        return dockerfile.source();
    }

    public BuildContext context() {
        return context;
    }

    public BuildModel model() {
        if (model == null) {
            model = BuildModel.of(dockerfile, context);
        }
        return model;
    }

    /** Every RUN, including ONBUILD triggers, in file order. */
    public List<Instruction.Run> runs() {
        List<Instruction.Run> out = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            if (i instanceof Instruction.Run r) {
                out.add(r);
            } else if (i instanceof Instruction.Onbuild o && o.trigger() instanceof Instruction.Run r) {
                out.add(r);
            }
        }
        return out;
    }

    /** The shell script a RUN executes, under the SHELL in effect there. */
    public Optional<RunScript> script(Instruction.Run run) {
        return scripts.computeIfAbsent(run, r -> RunScripts.of(r, shellAt(r)));
    }

    private List<String> shellAt(Instruction.Run run) {
        Instruction at = run;
        for (Instruction i : dockerfile.instructions()) {
            if (i instanceof Instruction.Onbuild o && o.trigger() == run) {
                at = i;
            }
        }
        List<String> shell = model().stateBefore(at).shell();
        boolean defaultShell = shell.equals(List.of("/bin/sh", "-c"));
        if (defaultShell && model().stageOf(at).map(st -> st.windowsBase()).orElse(false)) {
            return WINDOWS_SHELL;
        }
        return shell;
    }

    private static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");
}
