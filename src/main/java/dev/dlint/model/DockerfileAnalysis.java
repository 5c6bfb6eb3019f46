package dev.dlint.model;

import dev.dlint.model.build.BuildContext;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandRecognizer;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import java.nio.file.Path;
import java.util.HashMap;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
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
import java.util.function.Function;

/**
 * Everything the rules learn about one Dockerfile, computed once and on demand: the build model,
 * the shell each RUN executes. One instance per linted file, used by one thread.
 */
public final class DockerfileAnalysis {
    private final Dockerfile dockerfile;
    private final BuildContext context;
    private BuildModel model;
    private List<Instruction.Run> runs;
    private final Map<Instruction.Run, Optional<RunScript>> scripts = new IdentityHashMap<>();
    private final Map<Instruction.Run, List<CommandFact>> commands = new IdentityHashMap<>();
    private final Map<String, Optional<SourceFile>> contextFiles = new HashMap<>();
    private final Map<String, ScriptAnalysis> contextScripts = new HashMap<>();
    private final Map<Class<?>, Map<Instruction.Run, Object>> perRun = new HashMap<>();

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
        if (runs == null) {
            runs = List.copyOf(collectRuns()); // asked for by most rules
        }
        return runs;
    }

    private List<Instruction.Run> collectRuns() {
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

    // Plain look-ups rather than computeIfAbsent with lambdas: every rule asks for these, and in a
    // fresh JVM each lambda costs its linkage on the first lint (issue #7).

    /** The shell script a RUN executes, under the SHELL in effect there. */
    public Optional<RunScript> script(Instruction.Run run) {
        Optional<RunScript> script = scripts.get(run);
        if (script == null) {
            script = RunScripts.of(run, shellAt(run));
            scripts.put(run, script);
        }
        return script;
    }

    /** What each command of a RUN does, in source order; empty for opaque or exec-form RUNs. */
    public List<CommandFact> commands(Instruction.Run run) {
        List<CommandFact> facts = commands.get(run);
        if (facts == null) {
            Optional<RunScript> script = script(run);
            facts = script.isPresent() && !script.get().opaque()
                    ? CommandRecognizer.recognizeAll(script.get().parsed().script()) : List.of();
            commands.put(run, facts);
        }
        return facts;
    }

    /**
     * A value that rules derive from one RUN (what it executes, scripts followed), computed by the
     * first rule that asks and shared with the others; {@code type} names the value and must be
     * immutable once computed.
     */
    public <T> T perRun(Class<T> type, Instruction.Run run, Function<Instruction.Run, T> compute) {
        Map<Instruction.Run, Object> values = perRun.get(type);
        if (values == null) {
            values = new IdentityHashMap<>();
            perRun.put(type, values);
        }
        Object value = values.get(run);
        if (value == null) {
            value = compute.apply(run); // not computeIfAbsent: compute may ask for other values of this analysis
            values.put(run, value);
        }
        return type.cast(value);
    }

    /** Every RUN's commands, in file order. */
    public List<CommandFact> allCommands() {
        List<CommandFact> out = new ArrayList<>();
        for (Instruction.Run r : runs()) {
            out.addAll(commands(r));
        }
        return out;
    }

    /**
     * A build-context file read as a source, named in output beside the Dockerfile
     * ({@code app/Dockerfile} + {@code scripts/install.sh} → {@code app/scripts/install.sh}).
     */
    public Optional<SourceFile> contextFile(String contextPath) {
        return contextFiles.computeIfAbsent(contextPath, rel -> context.resolve(rel).flatMap(path -> {
            try {
                return Optional.of(new SourceReader().read(path, siblingDisplayPath(rel)));
            } catch (SourceReadException e) {
                return Optional.empty();
            }
        }));
    }

    /**
     * The install script at {@code imagePath} when {@code at} runs, found through the COPY/ADD
     * that put it there, parsed.
     */
    public Optional<ScriptAnalysis> scriptAt(String imagePath, Instruction at) {
        return model().contextFileAt(imagePath, at).flatMap(rel -> contextFile(rel)
                .map(f -> contextScripts.computeIfAbsent(rel, k -> new ScriptAnalysis(f))));
    }

    private String siblingDisplayPath(String contextRelative) {
        String shown = dockerfile.source().displayPath();
        int slash = shown.lastIndexOf('/');
        Path dir = source().path() == null ? null : source().path().toAbsolutePath().getParent();
        boolean dockerfileAtRoot = dir != null && context.root().map(r -> r.toAbsolutePath().normalize().equals(dir.normalize())).orElse(false);
        if (!dockerfileAtRoot) {
            return context.root().map(r -> r.resolve(contextRelative).toString()).orElse(contextRelative);
        }
        return slash < 0 ? contextRelative : shown.substring(0, slash + 1) + contextRelative;
    }

    /** The model gives an ONBUILD trigger the stage and state of its ONBUILD. */
    private List<String> shellAt(Instruction.Run at) {
        List<String> shell = model().stateBefore(at).shell();
        boolean defaultShell = shell.equals(List.of("/bin/sh", "-c"));
        if (defaultShell) {
            Optional<Stage> stage = model().stageOf(at);
            if (stage.isPresent() && stage.get().windowsBase()) {
                return WINDOWS_SHELL;
            }
        }
        return shell;
    }

    private static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");
}
