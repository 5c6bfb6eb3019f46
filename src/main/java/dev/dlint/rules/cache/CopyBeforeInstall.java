package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.ScriptAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.CopiedFile;
import dev.dlint.model.build.CopyResolution;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.model.requirements.GlobalOption;
import dev.dlint.model.requirements.Include;
import dev.dlint.model.requirements.Requirement;
import dev.dlint.model.requirements.RequirementsFile;
import dev.dlint.model.requirements.RequirementsResolver;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CA101: a dependency install whose manifest arrives through a COPY/ADD that brings other files too
 * ({@code COPY . .} before {@code pip install -r requirements.txt}): any edit re-runs the install.
 * Points at the RUN's first line, with the causing COPY as a related location.
 */
public final class CopyBeforeInstall implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA101", "copy-before-install")
            .summary("A dependency install gets its manifest from a COPY that also brings in other files")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** What an install reads: the files it needs, the companions it may read, whether a fix is possible. */
    private record Install(CommandFact.PackageInstall command, String script, List<String> required,
                           List<String> optional, boolean pipRequirements, boolean projectInstall) {
        /** Worded only for a finding: most installs are judged fine. */
        String what() {
            if (script != null) {
                return "the install script " + script;
            }
            List<Word> argv = command.invocation().argv();
            StringBuilder shown = new StringBuilder("`");
            for (int i = 0; i < Math.min(6, argv.size()); i++) {
                shown.append(i > 0 ? " " : "").append(argv.get(i).text());
            }
            return shown.append(argv.size() > 6 ? " …" : "").append('`').toString();
        }
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        BuildModel model = context.model();
        for (Instruction.Run run : analysis.runs()) {
            if (model.stageOf(run).isEmpty() || isOnbuildTrigger(context, run)) {
                continue;
            }
            String cwd = model.stateBefore(run).workdir();
            boolean cwdKnown = true;
            for (CommandFact fact : analysis.commands(run)) {
                if (fact instanceof CommandFact.ChangeDir cd) {
                    Optional<String> lit = cd.path() == null ? Optional.empty() : cd.path().literal();
                    if (lit.isPresent() && !lit.get().startsWith("~") && !lit.get().equals("-")) {
                        cwd = CacheSupport.resolve(cwd, lit.get());
                    } else {
                        cwdKnown = false;
                    }
                    continue;
                }
                if (!cwdKnown) {
                    continue;
                }
                Install install = installOf(analysis, run, fact, cwd);
                if (install != null && evaluate(context, run, fact, install, cwd)) {
                    break;
                }
            }
        }
    }

    private static boolean isOnbuildTrigger(DockerfileContext context, Instruction.Run run) {
        return !context.model().isTopLevel(run);
    }

    // ------------------------------------------------------------------ what an install reads

    private static Install installOf(DockerfileAnalysis analysis, Instruction.Run run, CommandFact fact, String cwd) {
        if (fact instanceof CommandFact.PackageInstall p) {
            return packageInstall(p, cwd);
        }
        if (fact instanceof CommandFact.ScriptRun s && s.script() != null && s.inlineScript() == null) {
            Optional<String> lit = s.script().literal();
            if (lit.isEmpty()) {
                return null;
            }
            String scriptPath = CacheSupport.resolve(cwd, lit.get());
            Optional<ScriptAnalysis> script = analysis.scriptAt(scriptPath, run);
            if (script.isEmpty()) {
                return null;
            }
            List<String> required = new ArrayList<>();
            required.add(scriptPath);
            boolean installs = false;
            for (CommandFact inner : script.get().commands()) {
                if (inner instanceof CommandFact.PackageInstall p && CacheSupport.isExpensive(p)
                        && !p.manager().isOs()) {
                    installs = true;
                    for (Word w : concat(p.requirementFiles(), p.constraintFiles())) {
                        w.literal().ifPresent(l -> required.add(CacheSupport.resolve(cwd, l)));
                    }
                }
            }
            return installs ? new Install(null, lit.get(), required, List.of(), false, false) : null;
        }
        return null;
    }

    private static List<Word> concat(List<Word> a, List<Word> b) {
        List<Word> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Install packageInstall(CommandFact.PackageInstall p, String cwd) {
        String action = p.action();
        Manager m = p.manager();
        boolean noPackages = p.packages().isEmpty();
        switch (m) {
            case PIP, UV -> {
                if (m == Manager.UV && action.equals("sync")) {
                    return files(p, cwd, List.of("pyproject.toml"), List.of("uv.lock"), true);
                }
                if (!action.equals("install") && !action.equals("wheel") && !action.equals("download")
                        && !action.equals("sync")) {
                    return null;
                }
                List<String> required = new ArrayList<>();
                for (Word w : concat(p.requirementFiles(), p.constraintFiles())) {
                    Optional<String> lit = w.literal();
                    if (lit.isEmpty() || lit.get().contains("://")) {
                        return null;
                    }
                    required.add(CacheSupport.resolve(cwd, lit.get()));
                }
                List<PackageArg> projectDirs = new ArrayList<>();
                for (PackageArg a : p.packages()) {
                    if (a.kind() == PackageArg.Kind.PATH && isProjectDir(a.name())) {
                        projectDirs.add(a);
                    }
                }
                if (!p.editables().isEmpty() || !projectDirs.isEmpty()) {
                    List<String> dirs = new ArrayList<>();
                    for (Word e : p.editables()) {
                        Optional<String> l = e.literal();
                        if (l.isPresent() && isProjectDir(l.get())) {
                            dirs.add(CacheSupport.resolve(cwd, l.get()));
                        }
                    }
                    for (PackageArg a : projectDirs) {
                        dirs.add(CacheSupport.resolve(cwd, stripExtras(a.name())));
                    }
                    if (dirs.isEmpty()) {
                        return null;
                    }
                    for (String d : dirs) {
                        required.add(CacheSupport.resolve(d, "pyproject.toml") + "|" + CacheSupport.resolve(d, "setup.py"));
                    }
                    return new Install(p, null, required, List.of(), false, true);
                }
                return required.isEmpty() ? null : new Install(p, null, required, List.of(), true, false);
            }
            case POETRY -> {
                return (action.equals("install") || action.equals("sync"))
                        ? files(p, cwd, List.of("pyproject.toml"), List.of("poetry.lock"), true) : null;
            }
            case PIPENV -> {
                return (action.equals("install") || action.equals("sync")) && noPackages
                        ? files(p, cwd, List.of("Pipfile"), List.of("Pipfile.lock"), false) : null;
            }
            case CONDA, MAMBA, MICROMAMBA -> {
                List<String> required = new ArrayList<>();
                for (Word w : p.requirementFiles()) {
                    Optional<String> lit = w.literal();
                    if (lit.isEmpty() || lit.get().contains("://")) {
                        return null;
                    }
                    required.add(CacheSupport.resolve(cwd, lit.get()));
                }
                return required.isEmpty() ? null : new Install(p, null, required, List.of(), false, false);
            }
            case NPM, YARN, PNPM -> {
                return (action.equals("install") || action.equals("ci")) && noPackages && !p.has("global")
                        ? files(p, cwd, List.of("package.json"),
                        List.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", ".npmrc",
                                ".yarnrc", ".yarnrc.yml"), false) : null;
            }
            case GO -> {
                return action.equals("mod download")
                        ? files(p, cwd, List.of("go.mod"), List.of("go.sum"), false) : null;
            }
            case CARGO -> {
                return action.equals("fetch")
                        ? files(p, cwd, List.of("Cargo.toml"), List.of("Cargo.lock"), false) : null;
            }
            case MAVEN -> {
                return action.contains("dependency:go-offline") || action.contains("dependency:resolve")
                        ? files(p, cwd, List.of("pom.xml"), List.of(), false) : null;
            }
            case GRADLE -> {
                return action.equals("dependencies")
                        ? files(p, cwd, List.of("build.gradle|build.gradle.kts"),
                        List.of("settings.gradle", "settings.gradle.kts", "gradle.properties"), false) : null;
            }
            case BUNDLE -> {
                return action.equals("install")
                        ? files(p, cwd, List.of("Gemfile"), List.of("Gemfile.lock"), false) : null;
            }
            case COMPOSER -> {
                return action.equals("install") && noPackages
                        ? files(p, cwd, List.of("composer.json"), List.of("composer.lock"), false) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isProjectDir(String name) {
        String n = stripExtras(name);
        return n.equals(".") || n.equals("./") || ((n.startsWith("./") || n.startsWith("/") || !n.contains("."))
                && !n.endsWith(".whl") && !n.endsWith(".tar.gz") && !n.endsWith(".zip"));
    }

    private static String stripExtras(String name) {
        int b = name.indexOf('[');
        return b < 0 ? name : name.substring(0, b);
    }

    private static Install files(CommandFact.PackageInstall p, String cwd, List<String> required, List<String> optional,
                                 boolean projectInstall) {
        List<String> req = required.stream().map(r -> alternatives(cwd, r)).toList();
        List<String> opt = optional.stream().map(o -> CacheSupport.resolve(cwd, o)).toList();
        return new Install(p, null, req, opt, false, projectInstall);
    }

    private static String alternatives(String cwd, String names) {
        List<String> out = new ArrayList<>();
        for (String n : names.split("\\|")) {
            out.add(CacheSupport.resolve(cwd, n));
        }
        return String.join("|", out);
    }

    // ------------------------------------------------------------------ judging the COPY that brings them

    private boolean evaluate(DockerfileContext context, Instruction.Run run, CommandFact fact, Install install,
                             String cwd) {
        BuildModel model = context.model();
        // Every file the install reads, as context paths (requirement closures followed).
        Set<String> own = new LinkedHashSet<>();
        Map<String, String> requiredAt = new LinkedHashMap<>();
        boolean anyUnknown = false;
        for (String alternatives : install.required()) {
            String found = null;
            String foundPath = null;
            for (String path : alternatives.split("\\|")) {
                Optional<String> ctx = model.contextFileAt(path, run);
                if (ctx.isPresent()) {
                    found = ctx.get();
                    foundPath = path;
                    break;
                }
            }
            if (found == null) {
                anyUnknown = true;
            } else {
                own.add(found);
                requiredAt.put(foundPath, found);
            }
        }
        for (String path : install.optional()) {
            model.contextFileAt(path, run).ifPresent(own::add);
        }
        boolean closureKnown = true;
        if (install.pipRequirements() || install.script() != null) {
            closureKnown = addRequirementClosure(context.analysis(), requiredAt.values(), own)
                    && !(fact instanceof CommandFact.PackageInstall p && readsLocalPaths(p));
        }
        // The COPY that brought each found input, when it was broad.
        for (Map.Entry<String, String> e : requiredAt.entrySet()) {
            Instruction copy = lastCopy(model, e.getValue(), e.getKey(), run);
            if (copy == null) {
                continue;
            }
            List<CopiedFile> files = model.copiedFiles(copy);
            CopiedFile manifest = files.stream()
                    .filter(f -> f.contextPath().equals(e.getValue()) && e.getKey().equals(f.imagePath()))
                    .findFirst().orElse(null);
            if (manifest == null || !viaDirectoryOrGlob(model, manifest)) {
                continue;
            }
            long others = files.stream().filter(f -> !own.contains(f.contextPath())).count();
            if (others == 0) {
                continue;
            }
            Fix fix = null;
            if (!anyUnknown && install.pipRequirements() && closureKnown) {
                fix = narrowCopyFix(context, run, fact, copy, own, "requirement files");
            } else if (!anyUnknown && !install.pipRequirements() && fact instanceof CommandFact.PackageInstall p
                    && SelfContainedManifests.selfContained(context.analysis(), p, own)) {
                fix = narrowCopyFix(context, run, fact, copy, own, "manifest files");
            }
            report(context, run, copy, install, e.getValue(), others, fix);
            return true;
        }
        if (anyUnknown) {
            // The manifest is not among the known context files: a whole-context COPY that filled the
            // directory the install reads from still brings it (context unknown, or built from elsewhere).
            for (String alternatives : install.required()) {
                String path = alternatives.split("\\|")[0];
                if (requiredAt.containsKey(path)) {
                    continue;
                }
                Instruction copy = wholeContextCopyFilling(model, path, run);
                if (copy != null) {
                    report(context, run, copy, install, CacheSupport.baseName(path), -1, null);
                    return true;
                }
            }
        }
        return false;
    }

    private static void report(DockerfileContext context, Instruction.Run run, Instruction copy, Install install,
                               String manifest, long others, Fix fix) {
        SourceFile src = context.source();
        int copyLine = src.positionOf(copy.span().start()).line();
        String copyText = firstLine(src, copy.span());
        String why = others > 0
                ? "`" + copyText + "` (line " + copyLine + ") brings in " + manifest + " together with " + others
                + " other file" + (others == 1 ? "" : "s")
                : "`" + copyText + "` (line " + copyLine + ") brings in " + manifest + " together with the rest of the context";
        String advice = install.projectInstall()
                ? "copy only the project metadata (" + manifest + ", lock file) first, install the dependencies without the project, then copy the rest"
                : "copy only " + manifest + (install.required().size() + install.optional().size() > 1 || install.pipRequirements()
                ? " (and the files it reads)" : "") + " first, install, then copy the rest";
        String what = install.what();
        String message = Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + " re-runs whenever any copied file changes, because " + why + ": " + advice + ".";
        Related related = new Related(src, copy.span(), "this COPY brings in " + manifest + " with other files");
        context.report(firstLineSpan(src, run.span()), message, fix, List.of(related));
    }

    private static String firstLine(SourceFile src, Span span) {
        String s = src.slice(span);
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.strip().replaceAll("\\s*\\\\$", "");
    }

    private static Span firstLineSpan(SourceFile src, Span span) {
        String text = src.text();
        int end = span.start();
        while (end < span.end() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return Span.of(span.start(), end);
    }

    /** Adds the -r/-c closure of the requirement files; false when it could not be followed completely. */
    private static boolean addRequirementClosure(DockerfileAnalysis analysis, java.util.Collection<String> roots,
                                                 Set<String> own) {
        boolean complete = true;
        for (String root : roots) {
            if (!(root.endsWith(".txt") || root.endsWith(".in"))) {
                continue;
            }
            Map<SourceFile, String> names = new IdentityHashMap<>();
            RequirementsResolver resolver = new RequirementsResolver(path -> {
                String rel = path.toString().replace('\\', '/');
                Optional<SourceFile> f = analysis.contextFile(rel);
                f.ifPresent(sf -> names.put(sf, CacheSupport.clean(rel)));
                return f;
            });
            RequirementsResolver.Resolution res = resolver.resolve(Path.of(root));
            if (!res.problems().isEmpty()) {
                complete = false;
            }
            for (RequirementsFile rf : res.files()) {
                String name = names.get(rf.source());
                if (name != null) {
                    own.add(name);
                }
                for (Include inc : rf.includes()) {
                    if (inc.isUrl() || !inc.envVars().isEmpty()) {
                        complete = false;
                    }
                }
                for (Requirement r : rf.requirements()) {
                    if (r.isLocal()) {
                        complete = false;
                    }
                }
                // `--find-links packages/` in a requirements file reads a directory the narrow COPY would not bring.
                for (GlobalOption o : rf.globalOptions()) {
                    if (o.name().equals("--find-links") && o.value().filter(v -> !v.contains("://")).isPresent()) {
                        complete = false;
                    }
                }
            }
        }
        return complete;
    }

    /**
     * Whether a pip command line reads local paths besides its requirement files ({@code --find-links ./wheels},
     * {@code ./vendor/pkg.whl}): a narrow COPY of the requirement files alone would leave them behind.
     */
    private static boolean readsLocalPaths(CommandFact.PackageInstall p) {
        for (PackageArg a : p.packages()) {
            if (a.kind() == PackageArg.Kind.PATH) {
                return true;
            }
        }
        List<Word> argv = p.invocation().argv();
        for (int i = 0; i < argv.size(); i++) {
            String w = argv.get(i).text();
            String value = null;
            if ((w.equals("-f") || w.equals("--find-links")) && i + 1 < argv.size()) {
                value = argv.get(i + 1).text();
            } else if (w.startsWith("--find-links=")) {
                value = w.substring("--find-links=".length());
            } else if (w.startsWith("-f") && w.length() > 2 && !w.startsWith("--")) {
                value = w.substring(2);
            }
            if (value != null && !value.contains("://")) {
                return true;
            }
        }
        return false;
    }

    /** The last COPY/ADD before {@code run} (its stage and ancestors) that put the context file at the image path. */
    private static Instruction lastCopy(BuildModel model, String contextFile, String imagePath, Instruction.Run run) {
        List<Instruction> copies = model.copiesBringing(contextFile, run);
        for (int i = copies.size() - 1; i >= 0; i--) {
            Instruction c = copies.get(i);
            if (model.copiedFiles(c).stream().anyMatch(f -> f.contextPath().equals(contextFile)
                    && imagePath.equals(f.imagePath()))) {
                return c;
            }
        }
        return null;
    }

    /** Whether the file was matched by a directory or glob source rather than named exactly. */
    private static boolean viaDirectoryOrGlob(BuildModel model, CopiedFile f) {
        String source = model.expand(f.source().text(), f.instruction()).value();
        if (source == null) {
            return true;
        }
        String cleaned = CacheSupport.clean(source.startsWith("/") ? source.substring(1) : source);
        return !cleaned.equals(f.contextPath());
    }

    /** The last {@code COPY . <dir>} before the run whose destination directory holds the path. */
    private static Instruction wholeContextCopyFilling(BuildModel model, String path, Instruction.Run run) {
        Stage stage = model.stageOf(run).orElse(null);
        if (stage == null) {
            return null;
        }
        List<Instruction> body = stage.instructions();
        int at = Instruction.indexIn(run, body);
        for (int k = (at < 0 ? body.size() : at) - 1; k >= 0; k--) {
            Instruction i = body.get(k);
            if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add) || i.flag("from").isPresent()) {
                continue;
            }
            Optional<CopyResolution> res = model.resolution(i);
            if (res.isEmpty() || res.get().destination() == null) {
                continue;
            }
            List<dev.dlint.syntax.dockerfile.Word> sources = i instanceof Instruction.Copy c ? c.sources()
                    : ((Instruction.Add) i).sources();
            String dest = res.get().destination();
            for (dev.dlint.syntax.dockerfile.Word s : sources) {
                if (CacheSupport.baseName(CacheSupport.clean(s.text())).equals(CacheSupport.baseName(path))) {
                    return null; // a narrow copy of a file of that name comes later
                }
            }
            boolean whole = false;
            for (dev.dlint.syntax.dockerfile.Word s : sources) {
                if (CacheSupport.clean(s.text()).equals(".")) {
                    whole = true;
                    break;
                }
            }
            if (whole && CacheSupport.relativize(path, dest) != null && !path.equals(dest)) {
                return i;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the fix

    /** {@code poetry config …}, {@code npm config set …}, {@code bundle config …} of the install's own manager. */
    private static boolean isConfig(CommandFact f, CommandFact install) {
        if (!(install instanceof CommandFact.PackageInstall i)) {
            return false;
        }
        if (f instanceof CommandFact.PackageInstall p) {
            return p.manager() == i.manager() && (p.action().equals("config") || p.action().startsWith("config "));
        }
        List<Word> argv = f.invocation().argv();
        return argv.size() > 1 && argv.get(1).literal().map("config"::equals).orElse(false)
                && f.invocation().program().equals(i.invocation().program());
    }

    /**
     * {@code COPY requirements.txt ./} (and its includes), or the manifest and lock files, before the
     * broad COPY, and the RUN moved above it; only when the RUN does nothing but the install (and pip
     * installs of named packages, cache cleaning) and follows the COPY directly.
     */
    private static Fix narrowCopyFix(DockerfileContext context, Instruction.Run run, CommandFact install,
                                     Instruction copy, Set<String> own, String what) {
        BuildModel model = context.model();
        List<Instruction> all = context.dockerfile().instructions();
        int ci = Instruction.indexIn(copy, all);
        if (ci < 0 || ci + 1 >= all.size() || all.get(ci + 1) != run) {
            return null;
        }
        for (CommandFact f : context.analysis().commands(run)) {
            boolean ok = f == install || f instanceof CommandFact.SetOptions || f instanceof CommandFact.CacheClean
                    || isConfig(f, install)
                    || (f instanceof CommandFact.PackageInstall p && CacheSupport.isPythonManager(p.manager())
                    && p.editables().isEmpty()
                    && p.packages().stream().allMatch(a -> a.kind() == PackageArg.Kind.NAME));
            if (!ok) {
                return null;
            }
        }
        String workdir = model.stateBefore(copy).workdir();
        Map<String, List<String>> byDir = new LinkedHashMap<>();
        for (CopiedFile f : model.copiedFiles(copy)) {
            if (!own.contains(f.contextPath()) || f.imagePath() == null) {
                continue;
            }
            if (!CacheSupport.baseName(f.imagePath()).equals(CacheSupport.baseName(f.contextPath()))) {
                return null;
            }
            String dir = CacheSupport.parent(f.imagePath());
            String rel = CacheSupport.relativize(dir, workdir);
            String dest = rel == null ? dir + "/" : rel.equals(".") ? "./" : rel + "/";
            byDir.computeIfAbsent(dest, k -> new ArrayList<>()).add(f.contextPath());
        }
        if (byDir.isEmpty()) {
            return null;
        }
        SourceFile src = context.source();
        String nl = src.lineSeparator();
        StringBuilder flags = new StringBuilder();
        for (Flag fl : copy.flags()) {
            if (fl.name().equals("chown") || fl.name().equals("chmod") || fl.name().equals("link")) {
                flags.append(src.slice(fl.span())).append(' ');
            }
        }
        StringBuilder text = new StringBuilder();
        List<String> shown = new ArrayList<>();
        byDir.forEach((dest, files) -> {
            String line = copy.keyword().text() + " " + flags + String.join(" ", files) + " " + dest;
            shown.add(line);
            text.append(line).append(nl);
        });
        text.append(CacheSupport.linesText(src, run.span()));
        int insertAt = CacheSupport.lineStart(src, copy.span().start());
        return Fix.unsafe("Copy the " + what + " first (`" + String.join("`, `", shown)
                        + "`) and install them before `" + firstLine(src, copy.span()) + "`")
                .insert(insertAt, text.toString())
                .delete(CacheSupport.wholeLines(src, run.span()))
                .build();
    }
}
