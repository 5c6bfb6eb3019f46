package dev.dlint.model.build;

import dev.dlint.model.context.DockerIgnore;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.model.expand.VariableExpander;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a Dockerfile's build means, instruction by instruction: its stages, the builder state
 * (WORKDIR, USER, HOME, SHELL, visible ARG/ENV variables) before each instruction, and which
 * context files each COPY/ADD brings in and where they land.
 *
 * <p>Stages and states are computed by {@link #of}; COPY/ADD resolution, which reads the context,
 * is computed on first use and cached. Nothing here throws for a parsed Dockerfile, however
 * malformed its instructions (their null fields are skipped). Thread-safe.
 */
public final class BuildModel {

    private final Dockerfile dockerfile;
    private final BuildContext context;
    private final VariableExpander expander;
    private final List<Stage> stages = new ArrayList<>();
    private final Map<String, Variable> globals = new LinkedHashMap<>();
    private final Map<Instruction, Stage> stageOf = new IdentityHashMap<>();
    private final Map<Instruction, State> before = new IdentityHashMap<>();
    private final Map<Instruction, Integer> position = new IdentityHashMap<>();
    private final Map<Instruction, Instruction> onbuildOf = new IdentityHashMap<>();
    private final Map<Integer, State> endStates = new LinkedHashMap<>();
    private final Map<Instruction, CopyResolution> resolutions = new IdentityHashMap<>();
    // Rules ask for the same script path at the same RUN many times, and each answer walks the earlier
    // COPY/ADDs of the stage's lineage: without these memos a Dockerfile of many COPY+RUN pairs costs
    // a quadratic number of variable expansions (issue #7).
    private final Map<Instruction, Map<String, Optional<String>>> contextFilesAt = new IdentityHashMap<>();
    private final Map<Instruction, List<String>> nonContextWrites = new IdentityHashMap<>();
    private Set<Integer> inImage;
    private Set<Integer> built;

    private BuildModel(Dockerfile dockerfile, BuildContext context) {
        this.dockerfile = dockerfile;
        this.context = context == null ? BuildContext.unknown() : context;
        this.expander = new VariableExpander(dockerfile.escape());
    }

    /** Builds the model; never throws for a Dockerfile {@code DockerfileSyntax.parse} returned. */
    public static BuildModel of(Dockerfile dockerfile, BuildContext context) {
        BuildModel model = new BuildModel(dockerfile, context);
        model.build();
        return model;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public BuildContext context() {
        return context;
    }

    // ------------------------------------------------------------------------------------------
    // Stages

    public List<Stage> stages() {
        return Collections.unmodifiableList(stages);
    }

    /** The stage an instruction belongs to (a FROM belongs to the stage it starts); empty before the first FROM. */
    public Optional<Stage> stageOf(Instruction instruction) {
        return Optional.ofNullable(stageOf.get(instruction));
    }

    /**
     * Whether the instruction is one of the Dockerfile's own (not an ONBUILD trigger), by identity:
     * a list {@code contains} would compare records deeply, once per instruction.
     */
    public boolean isTopLevel(Instruction instruction) {
        return position.containsKey(instruction);
    }

    /** The last stage, which {@code docker build} builds without {@code --target}; empty without FROM. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** A stage by {@code AS} name (case-insensitive) or by index, as {@code --from=} names it. */
    public Optional<Stage> stageNamed(String nameOrIndex) {
        if (nameOrIndex == null || nameOrIndex.isEmpty()) {
            return Optional.empty();
        }
        String lower = nameOrIndex.toLowerCase(Locale.ROOT);
        for (Stage s : stages) {
            if (lower.equals(s.name())) {
                return Optional.of(s);
            }
        }
        if (allDigits(lower) && lower.length() < 6) {
            int index = Integer.parseInt(lower);
            if (index < stages.size()) {
                return Optional.of(stages.get(index));
            }
        }
        return Optional.empty();
    }

    /** The global ARGs (declared before the first FROM) with their default values. */
    public Map<String, Variable> globalArgs() {
        return Collections.unmodifiableMap(globals);
    }

    /**
     * Whether the stage's filesystem ends up in the final image: the final stage and the stages
     * it is built FROM, transitively. Other stages only contribute through {@code COPY --from=}
     * or {@code RUN --mount=from=} (see {@link #isBuilt}).
     */
    public synchronized boolean isReferenced(Stage stage) {
        if (inImage == null) {
            Set<Integer> set = new LinkedHashSet<>();
            Optional<Stage> last = finalStage();
            if (last.isPresent()) {
                for (Stage s : last.get().lineage()) {
                    set.add(s.index());
                }
            }
            inImage = set;
        }
        return inImage.contains(stage.index());
    }

    /** The stages whose filesystem ends up in the final image ({@link #isReferenced}), in file order. */
    public List<Stage> imageStages() {
        return stages.stream().filter(this::isReferenced).toList();
    }

    /**
     * Whether building the final stage builds this stage at all: it ends up in the image
     * ({@link #isReferenced}), or is reached from such a stage through {@code COPY --from=},
     * {@code RUN --mount=from=} or FROM, transitively. BuildKit skips the other stages.
     */
    public synchronized boolean isBuilt(Stage stage) {
        if (built == null) {
            Set<Integer> seen = new LinkedHashSet<>();
            Deque<Stage> work = new ArrayDeque<>();
            finalStage().ifPresent(work::add);
            while (!work.isEmpty()) {
                Stage s = work.pop();
                if (!seen.add(s.index())) {
                    continue;
                }
                s.parent().ifPresent(work::add);
                for (Instruction i : s.instructions()) {
                    for (String from : stageReferences(i)) {
                        stageNamed(from).filter(t -> t.index() != s.index()).ifPresent(work::add);
                    }
                }
            }
            built = seen;
        }
        return built.contains(stage.index());
    }

    /** The {@code --from=} of a COPY/ADD and the {@code from=} of RUN mounts. */
    private static List<String> stageReferences(Instruction i) {
        List<String> out = new ArrayList<>();
        if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
            i.flag("from").map(Flag::value).ifPresent(out::add);
        } else if (i instanceof Instruction.Run) {
            for (Flag mount : i.flags("mount")) {
                String from = mount.fields().get("from");
                if (from != null) {
                    out.add(from);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // State

    /**
     * The state in which the instruction runs (after every earlier instruction of its stage). For
     * a FROM and for instructions before the first FROM: the global scope (only global ARGs).
     * An ONBUILD trigger gets the state of its ONBUILD.
     *
     * @throws IllegalArgumentException for an instruction that is not from this Dockerfile
     */
    public State stateBefore(Instruction instruction) {
        State s = before.get(instruction);
        if (s == null) {
            throw new IllegalArgumentException("instruction is not part of this Dockerfile: " + instruction.kind());
        }
        return s;
    }

    /** The state after the stage's last instruction (what stages built FROM it start with). */
    public State stateAtEnd(Stage stage) {
        return endStates.get(stage.index());
    }

    /**
     * Expands a word as the builder would when dispatching {@code at}: with the variables visible
     * before it (global ARGs for FROM) and the file's escape character. Variables without a known
     * value count as unset.
     */
    public ExpandResult expand(Word word, Instruction at) {
        return expand(word.text(), stateBefore(at).variables());
    }

    /** {@link #expand(Word, Instruction)} for text. */
    public ExpandResult expand(String text, Instruction at) {
        return expand(text, stateBefore(at).variables());
    }

    private ExpandResult expand(String text, Map<String, Variable> vars) {
        return expander.expand(text, new Lookup(vars));
    }

    /** A class, not a lambda: a lambda's call site costs a linkage on the first lint of a JVM. */
    private record Lookup(Map<String, Variable> vars) implements Function<String, Optional<String>> {
        @Override
        public Optional<String> apply(String name) {
            Variable v = vars.get(name);
            return v == null ? Optional.empty() : Optional.ofNullable(v.value());
        }
    }

    /** The mutable builder state while walking a stage. */
    private static final class Scope {
        String workdir = "/";
        boolean workdirSet;
        String user = "root";
        List<String> shell = State.DEFAULT_SHELL;
        final Map<String, Variable> args = new LinkedHashMap<>();
        final Map<String, Variable> envs = new LinkedHashMap<>();

        Scope copy() {
            Scope c = new Scope();
            c.workdir = workdir;
            c.workdirSet = workdirSet;
            c.user = user;
            c.shell = shell;
            c.args.putAll(args);
            c.envs.putAll(envs);
            return c;
        }

        Map<String, Variable> visible() {
            Map<String, Variable> vars = new LinkedHashMap<>(args);
            vars.putAll(envs);
            return vars;
        }

        State toState() {
            Map<String, Variable> vars = visible();
            Variable homeVar = envs.get("HOME");
            String home;
            if (homeVar != null && homeVar.value() != null) {
                home = homeVar.value();
            } else {
                int colon = user.indexOf(':');
                String name = colon < 0 ? user : user.substring(0, colon);
                home = name.equals("root") || name.equals("0") || name.isEmpty() ? "/root" : "/home/" + name;
            }
            return new State(workdir, user, home, shell, vars, workdirSet);
        }
    }

    private void build() {
        List<Instruction> all = dockerfile.instructions();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i), i);
            if (all.get(i) instanceof Instruction.Onbuild o && o.trigger() != null) {
                onbuildOf.put(o.trigger(), o);
            }
        }
        int i = 0;
        // States are shared by the instructions between two that change them: a copy of every
        // variable per instruction made files with many ARGs quadratic (issue #7).
        State global = null;
        while (i < all.size() && !(all.get(i) instanceof Instruction.From)) {
            Instruction ins = all.get(i);
            if (global == null) {
                global = globalState();
            }
            before.put(ins, global);
            if (ins instanceof Instruction.Onbuild onbuild && onbuild.trigger() != null) {
                before.put(onbuild.trigger(), global);
            }
            if (ins instanceof Instruction.Arg arg) {
                Map<String, Variable> updates = new LinkedHashMap<>();
                for (Instruction.ArgDeclaration d : arg.declarations()) {
                    if (d == null || d.name() == null) {
                        continue;
                    }
                    String value = d.defaultValue() == null ? null : expandedOrNull(d.defaultValue().text(), globals);
                    updates.put(d.name().text(), new Variable(d.name().text(), value, Variable.Kind.ARG, ins));
                }
                globals.putAll(updates);
                global = null;
            }
            i++;
        }
        State atFrom = globalState();
        while (i < all.size()) {
            Instruction.From from = (Instruction.From) all.get(i);
            int end = i + 1;
            while (end < all.size() && !(all.get(end) instanceof Instruction.From)) {
                end++;
            }
            List<Instruction> body = all.subList(i + 1, end);
            buildStage(from, body, atFrom);
            i = end;
        }
    }

    private State globalState() {
        return new State("/", "root", "/root", State.DEFAULT_SHELL, globals, false);
    }

    /**
     * The expanded text, or null when the expansion fails or uses a declared variable whose value
     * is unknown (an ARG without a default). Undeclared variables (base-image ENV, unset) expand
     * to empty, as BuildKit expands them when the base image does not define them.
     */
    String expandedOrNull(String text, Map<String, Variable> vars) {
        try {
            ExpandResult r = expand(text, vars);
            if (r.isError()) {
                return null;
            }
            for (String name : r.unresolved()) {
                if (vars.containsKey(name)) {
                    return null;
                }
            }
            return r.value();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // Loops and plain Optional checks in this class, not streams and lambdas: the model is built
    // for every Dockerfile, and in a fresh JVM each lambda costs its linkage on the first lint (#7).
    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void buildStage(Instruction.From from, List<Instruction> body, State globalState) {
        int index = stages.size();
        String name = from.stageName() == null || from.stageName().text().isEmpty() ? null
                : from.stageName().text().toLowerCase(Locale.ROOT);
        String base = from.image() == null ? null : expandedOrNull(from.image().text(), globals);
        Optional<Stage> parent = Optional.empty();
        if (base != null && !base.isEmpty()) {
            String lower = base.toLowerCase(Locale.ROOT);
            for (Stage s : stages) {
                if (lower.equals(s.name())) {
                    parent = Optional.of(s);
                    break;
                }
            }
            if (parent.isEmpty() && allDigits(lower) && lower.length() < 6
                    && Integer.parseInt(lower) < index) {
                parent = Optional.of(stages.get(Integer.parseInt(lower)));
            }
        }
        Stage stage = new Stage(index, name, from, base, parent, body);
        stages.add(stage);
        stageOf.put(from, stage);
        before.put(from, globalState);
        Scope scope = parent.isPresent() ? toScope(endStates.get(parent.get().index())) : new Scope();
        State state = null;
        for (Instruction ins : body) {
            stageOf.put(ins, stage);
            if (state == null) {
                state = scope.toState();
            }
            before.put(ins, state);
            if (ins instanceof Instruction.Onbuild onbuild && onbuild.trigger() != null) {
                stageOf.put(onbuild.trigger(), stage);
                before.put(onbuild.trigger(), state);
            }
            try {
                apply(ins, scope, state.variables());
            } catch (RuntimeException e) {
                // A malformed instruction leaves the state as it was.
            }
            if (changesScope(ins)) {
                state = null;
            }
        }
        endStates.put(index, state != null ? state : scope.toState());
    }

    /** The instructions {@link #apply} may change the scope for. */
    private static boolean changesScope(Instruction ins) {
        return ins instanceof Instruction.Arg || ins instanceof Instruction.Env || ins instanceof Instruction.Workdir
                || ins instanceof Instruction.User || ins instanceof Instruction.Shell;
    }

    private static Scope toScope(State state) {
        Scope s = new Scope();
        s.workdir = state.workdir();
        s.workdirSet = state.workdirSet();
        s.user = state.user();
        s.shell = state.shell();
        for (Variable v : state.variables().values()) {
            (v.isEnv() ? s.envs : s.args).put(v.name(), v);
        }
        return s;
    }

    /** Applies {@code ins} to the scope; {@code vars} are the variables visible before it. */
    private void apply(Instruction ins, Scope scope, Map<String, Variable> vars) {
        if (ins instanceof Instruction.Arg arg) {
            Map<String, Variable> updates = new LinkedHashMap<>();
            for (Instruction.ArgDeclaration d : arg.declarations()) {
                if (d == null || d.name() == null) {
                    continue;
                }
                String key = d.name().text();
                String value;
                if (d.defaultValue() != null) {
                    value = expandedOrNull(d.defaultValue().text(), vars);
                } else if (globals.containsKey(key)) {
                    value = globals.get(key).value();
                } else if (scope.args.containsKey(key)) {
                    value = scope.args.get(key).value();
                } else {
                    value = null;
                }
                updates.put(key, new Variable(key, value, Variable.Kind.ARG, ins));
            }
            scope.args.putAll(updates);
        } else if (ins instanceof Instruction.Env env) {
            Map<String, Variable> updates = new LinkedHashMap<>();
            for (Instruction.KeyValue kv : env.pairs()) {
                if (kv == null || kv.key() == null || kv.key().text().isEmpty()) {
                    continue;
                }
                String key = kv.key().text();
                String value = kv.value() == null ? "" : expandedOrNull(kv.value().text(), vars);
                updates.put(key, new Variable(key, value, Variable.Kind.ENV, ins));
            }
            scope.envs.putAll(updates);
        } else if (ins instanceof Instruction.Workdir w) {
            if (w.path() != null) {
                String path = expandedOrNull(w.path().text(), vars);
                if (path != null && !path.isEmpty()) {
                    scope.workdir = ImagePaths.resolve(scope.workdir, path);
                    scope.workdirSet = true;
                }
            }
        } else if (ins instanceof Instruction.User u) {
            if (u.user() != null) {
                String user = expandedOrNull(u.user().text(), vars);
                if (user == null) {
                    user = u.user().text();
                }
                user = user.strip();
                if (!user.isEmpty()) {
                    scope.user = user;
                }
            }
        } else if (ins instanceof Instruction.Shell sh) {
            if (sh.arguments() != null && !sh.arguments().isEmpty()) {
                scope.shell = sh.arguments().stream().map(Word::text).toList();
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // COPY / ADD

    /**
     * What a COPY/ADD brings in from the context; empty for other instructions, for
     * {@code COPY --from=}, and for instructions before the first FROM or inside ONBUILD.
     * Heredoc and URL sources are skipped (they are not context files).
     */
    public Optional<CopyResolution> resolution(Instruction instruction) {
        if (!(instruction instanceof Instruction.Copy || instruction instanceof Instruction.Add)
                || instruction.flag("from").isPresent() || !position.containsKey(instruction)
                || !stageOf.containsKey(instruction)) {
            return Optional.empty();
        }
        synchronized (resolutions) {
            CopyResolution r = resolutions.get(instruction);
            if (r == null) {
                try {
                    r = new CopyResolver(this, instruction).resolve();
                } catch (RuntimeException e) {
                    r = new CopyResolution(instruction, null, false, List.of(), List.of());
                }
                resolutions.put(instruction, r);
            }
            return Optional.of(r);
        }
    }

    /** The context files a COPY/ADD brings in, with their image paths (empty when not applicable). */
    public List<CopiedFile> copiedFiles(Instruction instruction) {
        Optional<CopyResolution> r = resolution(instruction);
        return r.isPresent() ? r.get().files() : List.of();
    }

    /** The COPY/ADD sources that bring nothing in from the context. */
    public List<UnresolvedSource> unresolvedSources(Instruction instruction) {
        Optional<CopyResolution> r = resolution(instruction);
        return r.isPresent() ? r.get().unresolved() : List.of();
    }

    /** Every COPY/ADD resolution in file order. */
    public List<CopyResolution> resolutions() {
        List<CopyResolution> out = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            resolution(i).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The context bind mounts of a RUN ({@code --mount=type=bind} without {@code from=}; bind is
     * the default type), values expanded with the variables visible at the RUN.
     */
    public List<ContextMount> contextMounts(Instruction run) {
        if (!(run instanceof Instruction.Run) || !before.containsKey(run)) {
            return List.of();
        }
        State state = stateBefore(run);
        List<ContextMount> out = new ArrayList<>();
        for (Flag mount : run.flags("mount")) {
            if (mount.value() == null) {
                continue;
            }
            Map<String, String> fields = mount.fields();
            String type = fields.getOrDefault("type", "bind");
            if (!type.equals("bind") || fields.containsKey("from")) {
                continue;
            }
            String target = firstOf(fields, "target", "dst", "destination");
            String source = firstOf(fields, "source", "src");
            String targetText = target == null ? null : expandedOrNull(target, state.variables());
            if (targetText == null || targetText.isEmpty()) {
                continue;
            }
            String sourceText = source == null ? "." : expandedOrNull(source, state.variables());
            String rel = sourceText == null ? null : ImagePaths.contextRelative(sourceText);
            out.add(new ContextMount(run, mount, rel, ImagePaths.resolve(state.workdir(), targetText)));
        }
        return out;
    }

    private static String firstOf(Map<String, String> fields, String... keys) {
        for (String k : keys) {
            if (fields.containsKey(k)) {
                return fields.get(k);
            }
        }
        return null;
    }

    /**
     * The context file at an image path just before {@code at}: the last COPY/ADD of {@code at}'s
     * stage or of its ancestor stages that put something there. A relative path resolves against
     * the WORKDIR in force at {@code at}. Empty when no context file is known to be there, or
     * when a later heredoc or {@code COPY --from} wrote that exact path. When {@code at} is a RUN
     * with a context bind mount over the path, the mounted context file (if it is sent to the
     * builder) is what the RUN sees.
     */
    public Optional<String> contextFileAt(String imagePath, Instruction at) {
        if (imagePath == null) {
            return Optional.empty();
        }
        synchronized (contextFilesAt) {
            Map<String, Optional<String>> known = contextFilesAt.get(at);
            Optional<String> file = known == null ? null : known.get(imagePath);
            if (file != null) {
                return file;
            }
        }
        // Computed outside the lock (it takes the resolutions' lock); a race computes the same answer twice.
        Optional<String> file = findContextFileAt(imagePath, at);
        synchronized (contextFilesAt) {
            Map<String, Optional<String>> known = contextFilesAt.get(at);
            if (known == null) {
                known = new HashMap<>();
                contextFilesAt.put(at, known);
            }
            known.put(imagePath, file);
        }
        return file;
    }

    private Optional<String> findContextFileAt(String imagePath, Instruction at) {
        Stage stage = stageOf.get(at);
        if (stage == null || at instanceof Instruction.From) {
            return Optional.empty();
        }
        String path = ImagePaths.resolve(stateBefore(at).workdir(), imagePath);
        List<ContextMount> mounts = new ArrayList<>(contextMounts(at));
        Collections.reverse(mounts);
        for (ContextMount mount : mounts) {
            if (ImagePaths.isUnder(path, mount.target())) {
                if (mount.source() == null || !context.isKnown()) {
                    return Optional.empty();
                }
                String file = ImagePaths.join(mount.source(), ImagePaths.relativize(path, mount.target()));
                boolean sent = java.util.Collections.binarySearch(context.listFiles(), file) >= 0
                        && !context.isExcluded(file);
                return sent ? Optional.of(file) : Optional.empty();
            }
        }
        for (Stage s : stage.lineage()) {
            List<Instruction> list = s.index() == stage.index() ? instructionsBefore(s, at) : s.instructions();
            for (int k = list.size() - 1; k >= 0; k--) {
                Instruction i = list.get(k);
                if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add)) {
                    continue;
                }
                Optional<CopyResolution> res = resolution(i);
                if (res.isPresent()) {
                    List<CopiedFile> files = res.get().files();
                    for (int f = files.size() - 1; f >= 0; f--) {
                        if (files.get(f).imagePath().equals(path) && !files.get(f).unpacked()) {
                            return Optional.of(files.get(f).contextPath());
                        }
                    }
                }
                if (writesNonContextFile(i, path)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The COPY/ADDs of {@code before}'s stage and its ancestor stages, before {@code before}, that
     * bring the context file in; in build order (ancestors first).
     */
    public List<Instruction> copiesBringing(String contextFile, Instruction before) {
        Stage stage = stageOf.get(before);
        String rel = contextFile == null ? null : ImagePaths.contextRelative(contextFile);
        if (stage == null || rel == null) {
            return List.of();
        }
        List<Stage> lineage = new ArrayList<>(stage.lineage());
        Collections.reverse(lineage);
        List<Instruction> out = new ArrayList<>();
        for (Stage s : lineage) {
            List<Instruction> list = s.index() == stage.index() ? instructionsBefore(s, before) : s.instructions();
            for (Instruction i : list) {
                if (copiedFiles(i).stream().anyMatch(f -> f.contextPath().equals(rel))) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private List<Instruction> instructionsBefore(Stage stage, Instruction at) {
        List<Instruction> list = stage.instructions();
        // Found through the positions, not a scan: callers ask once per RUN (no quadratic time).
        Instruction own = onbuildOf.getOrDefault(at, at);
        Integer p = position.get(own);
        Integer from = position.get(stage.from());
        if (p != null && from != null) {
            int k = p - from - 1;
            if (k >= 0 && k < list.size() && list.get(k) == own) {
                return list.subList(0, k);
            }
        }
        return at instanceof Instruction.From ? List.of() : list;
    }

    /** Whether a COPY --from or a heredoc source of {@code i} writes exactly {@code path}. */
    private boolean writesNonContextFile(Instruction i, String path) {
        List<String> written;
        synchronized (nonContextWrites) {
            written = nonContextWrites.get(i);
        }
        if (written == null) {
            written = nonContextTargets(i);
            synchronized (nonContextWrites) {
                nonContextWrites.put(i, written);
            }
        }
        return written.contains(path);
    }

    /**
     * The exact image paths a COPY/ADD writes with something that is not a context file: the
     * destination of a {@code COPY --from} that names one file, and the targets of heredoc sources.
     */
    private List<String> nonContextTargets(Instruction i) {
        Word dest = i instanceof Instruction.Copy c ? c.destination() : ((Instruction.Add) i).destination();
        List<Word> sources = i instanceof Instruction.Copy c ? c.sources() : ((Instruction.Add) i).sources();
        if (dest == null) {
            return List.of();
        }
        State state = stateBefore(i);
        String destText = expandedOrNull(dest.text(), state.variables());
        if (destText == null || destText.isEmpty()) {
            return List.of();
        }
        boolean into = CopyResolver.endsAsDirectory(destText) || sources.size() > 1;
        String destPath = ImagePaths.resolve(state.workdir(), destText);
        if (state.workdirSet() && destPath.equals(state.workdir())) {
            into = true;
        }
        if (i.flag("from").isPresent()) {
            return into ? List.of() : List.of(destPath);
        }
        List<String> out = new ArrayList<>();
        for (Word src : sources) {
            Optional<Heredoc> h = CopyResolver.heredocSource(i, src);
            if (h.isPresent()) {
                out.add(into ? ImagePaths.join(destPath, h.get().name()) : destPath);
            }
        }
        return out;
    }

    ExpandResult expandWith(String text, Map<String, Variable> vars) {
        return expand(text, vars);
    }

    static DockerIgnore excludesOf(Instruction i) {
        List<Flag> flags = i.flags("exclude");
        if (flags.isEmpty()) {
            return DockerIgnore.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Flag f : flags) {
            if (f.value() != null) {
                sb.append(f.value()).append('\n');
            }
        }
        return DockerIgnore.parse(sb.toString());
    }
}
