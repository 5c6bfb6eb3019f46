package dev.dlint.rules.wheel;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.model.commands.ParsedArgs;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.cache.Edits;
import dev.dlint.rules.cache.PipCacheMount;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import dev.dlint.syntax.shell.CommandSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wheelhouse rewrite of WH401. Single-stage (the seed's pattern): under a pip cache mount,
 * {@code pip wheel --wheel-dir=/wheels -r R && pip install --no-index --find-links=/wheels -r R}.
 * With a build toolchain in the stage: a builder stage {@code FROM <same base> AS wheels} that
 * repeats the stage's instructions up to the install and builds the wheels under a cache mount, and
 * the runtime stage installing them through {@code RUN --mount=type=bind,from=wheels,…} without the
 * compilers. Offered only when everything the rewrite depends on is known; never a heredoc.
 */
final class WheelhouseFix {
    /** Images whose default user is not root (no USER in the Dockerfile does not mean root there). */
    private static final Pattern NON_ROOT_IMAGE = Pattern.compile(
            "(^|/)(jupyter|bitnami)/|^(docker\\.io/)?apache/airflow|^cgr\\.dev/|nonroot|unprivileged|rootless");
    /** Commands that never compile anything. */
    private static final java.util.Set<String> PLAIN_COMMANDS = java.util.Set.of("echo", "printf", "mkdir", "chmod",
            "chown", "chgrp", "ln", "cp", "mv", "rm", "touch", "sed", "true", "useradd", "adduser", "groupadd",
            "addgroup", "usermod", "ldconfig", "id", "cat", "test", "[", "export", "locale-gen", "update-ca-certificates");
    private static final Pattern NUMERIC_FROM = Pattern.compile("(^|,)\\s*from=\\d+\\s*(,|$)");
    private static final String DESCRIPTION = "Build the wheels into " + PipRewrite.WHEEL_DIR
            + " and install them offline with `pip install --no-index --find-links=" + PipRewrite.WHEEL_DIR + "`";

    private WheelhouseFix() {
    }

    /** The single-stage rewrite, or null when it cannot be offered safely. */
    static Fix singleStage(DockerfileContext context, Instruction.Run run, CommandFact.PackageInstall pip) {
        Optional<PipRewrite> rewrite = commonChecks(context, run, pip);
        Optional<PipCacheMount> mount = PipCacheMount.of(context.analysis(), run, pip);
        if (rewrite.isEmpty() || mount.isEmpty()) {
            return null;
        }
        SourceFile src = context.source();
        String text = src.text();
        char esc = context.dockerfile().escape();
        int cmdStart = pip.command().span().start();
        Fix.Builder b = Fix.unsafe(DESCRIPTION + ", under a pip cache mount");
        boolean oneLine = text.substring(run.span().start(), run.span().end()).indexOf('\n') < 0;
        String sep;
        if (oneLine && context.analysis().commands(run).size() == 1) {
            // the seed's layout: the mounts on the RUN line, the two commands on lines of their own
            int flagsEnd = flagsEnd(run);
            String mountText = mount.get().present() ? "" : " " + mount.get().flag();
            b.replace(Span.of(flagsEnd, cmdStart), mountText + " " + esc + "\n    ");
            sep = " " + esc + "\n && ";
        } else {
            if (!mount.get().present()) {
                b.insert(run.keyword().span().end(), " " + mount.get().flag());
            }
            sep = separator(src, cmdStart, pip.command().span().end(), esc);
        }
        b.replace(pip.command().span(), rewrite.get().wheel() + sep + rewrite.get().install());
        if (!mount.get().present()) {
            noCacheDirFlags(context, run, pip).forEach(b::delete);
        }
        return b.build();
    }

    /**
     * The builder/runtime rewrite for a stage that installs a toolchain, or null when it cannot be
     * offered safely.
     */
    static Fix builderStage(DockerfileContext context, Stage stage, Instruction.Run run, CommandFact.PackageInstall pip) {
        Optional<PipRewrite> rewrite = commonChecks(context, run, pip);
        Optional<PipCacheMount> mount = PipCacheMount.of(context.analysis(), run, pip);
        if (rewrite.isEmpty() || mount.isEmpty() || numericStageReference(context.model())
                || !stage.instructions().contains(run) || stage.from().image() == null) {
            return null;
        }
        List<Instruction> prefix = stage.instructions().subList(0, stage.instructions().indexOf(run));
        if (!prefix.stream().allMatch(i -> fitsBuilder(context, i)) || !run.heredocs().isEmpty()
                || !onlyPreparation(context.analysis(), run, pip)) {
            return null;
        }
        CommandSite site = pip.site();
        if (site.andOrIndex() > 0 && !site.andOr().operators().get(site.andOrIndex() - 1).text().equals("&&")) {
            return null;
        }
        SourceFile src = context.source();
        String text = src.text();
        String name = builderName(context.model());
        String nl = "\n";
        StringBuilder builder = new StringBuilder();
        Instruction.From from = stage.from();
        String as = from.keyword().text().equals(from.keyword().text().toLowerCase(Locale.ROOT)) ? " as " : " AS ";
        builder.append(text, from.span().start(), from.image().span().end()).append(as).append(name).append(nl);
        Span fromLines = Edits.wholeLines(src, from.span());
        int runLine = Edits.lineStart(src, run.span().start());
        builder.append(text, fromLines.end(), runLine);
        // the builder's RUN: the install RUN up to the pip command, which becomes pip wheel
        builder.append(text, runLine, run.keyword().span().end());
        if (!mount.get().present()) {
            builder.append(' ').append(mount.get().flag());
        }
        appendWithout(builder, text, run.keyword().span().end(), pip.command().span().start(),
                mount.get().present() ? List.of() : noCacheDirFlags(context, run, pip));
        builder.append(rewrite.get().wheel()).append(nl).append(nl);

        List<String> dropped = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Fix.Builder b = Fix.unsafe("");
        boolean compilesLater = compilesLater(context.analysis(), stage, run, pip);
        for (Instruction i : prefix) {
            if (i instanceof Instruction.Run r && !compilesLater) {
                dropCompilers(context, stage, r, b, dropped, kept);
            }
        }
        if (compilesLater) {
            kept.add("the toolchain (a later step of the stage may compile)");
        }
        for (CommandFact f : context.analysis().commands(run)) {
            Wheelhouses.toolchain(f).forEach(t -> kept.add(t.name()));
        }
        for (Stage ancestor : stage.lineage().subList(1, stage.lineage().size())) {
            for (Instruction i : ancestor.instructions()) {
                if (i instanceof Instruction.Run r && context.analysis().commands(r).stream()
                        .anyMatch(f -> !Wheelhouses.toolchain(f).isEmpty())) {
                    kept.add("the toolchain of stage `" + ancestor.displayName() + "`");
                }
            }
        }
        b.insert(Edits.lineStart(src, from.span().start()), builder.toString());
        b.insert(run.keyword().span().end(), " --mount=type=bind,from=" + name + ",source=" + PipRewrite.WHEEL_DIR
                + ",target=" + PipRewrite.WHEEL_DIR);
        b.replace(pip.command().span(), rewrite.get().install());
        String description = "Build the wheels in a builder stage `" + name + "` (" + from.keyword().text() + " "
                + from.image().text() + ") under a pip cache mount and install them offline from a bind mount"
                + (dropped.isEmpty() ? "" : "; the runtime stage no longer installs " + String.join(", ", dropped.stream().distinct().toList()))
                + (kept.isEmpty() ? "" : "; kept in the runtime stage: " + String.join(", ", kept.stream().distinct().toList()));
        return withDescription(b.build(), description);
    }

    private static Fix withDescription(Fix f, String description) {
        return new Fix(f.applicability(), description, f.edits(), f.newFiles());
    }

    /**
     * What both rewrites need: a splittable pip command, known requirements, root, a plain command
     * site in a shell-form RUN (an exec-form {@code sh -c "…"} string or a heredoc is not rewritten).
     */
    private static Optional<PipRewrite> commonChecks(DockerfileContext context, Instruction.Run run,
                                                     CommandFact.PackageInstall pip) {
        CommandSite site = pip.site();
        boolean plain = site.pipeline().commands().size() == 1 && site.pipeline().bang().isEmpty()
                && site.enclosing().isEmpty() && site.substitutionDepth() == 0;
        if (!plain || !(run.command() instanceof Command.ShellForm) || !run.heredocs().isEmpty()
                || !context.model().stateBefore(run).isRoot() || likelyNonRootBase(context.model(), run) || context.source().text().contains(PipRewrite.WHEEL_DIR)
                || context.analysis().script(run).map(s -> s.opaque()).orElse(true)
                || WheelhouseInputs.problem(context.analysis(), run, pip).isPresent()) {
            return Optional.empty();
        }
        return PipRewrite.of(context.source(), pip);
    }

    /**
     * The {@code --no-cache-dir} words of the RUN's other pip commands: the cache mount the fix
     * adds would be defeated by them (CA103).
     */
    private static List<Span> noCacheDirFlags(DockerfileContext context, Instruction.Run run,
                                              CommandFact.PackageInstall pip) {
        List<Span> out = new ArrayList<>();
        for (CommandFact f : context.analysis().commands(run)) {
            if (f != pip && f instanceof CommandFact.PackageInstall p && p.manager() == pip.manager()) {
                for (ParsedArgs.Option o : p.args().all("no-cache-dir")) {
                    if (o.value() == null && o.flag().text().equals("--no-cache-dir")) {
                        out.add(Edits.wordDeletion(context.source().text(), o.flag().span()));
                    }
                }
            }
        }
        return out;
    }

    /** Appends {@code text[start, end)} without the (sorted, disjoint) spans. */
    private static void appendWithout(StringBuilder out, String text, int start, int end, List<Span> without) {
        int at = start;
        for (Span s : without.stream().sorted().toList()) {
            if (s.start() >= at && s.end() <= end) {
                out.append(text, at, s.start());
                at = s.end();
            }
        }
        out.append(text, at, end);
    }

    /**
     * Whether the RUN most likely runs as a user that cannot create {@code /wheels}: no USER in the
     * stage or its ancestors, on a base image known to default to a non-root user (Jupyter, Airflow,
     * Bitnami, Chainguard, {@code :nonroot} tags).
     */
    private static boolean likelyNonRootBase(BuildModel model, Instruction.Run run) {
        Stage stage = model.stageOf(run).orElse(null);
        if (stage == null) {
            return true;
        }
        for (Stage s : stage.lineage()) {
            int at = s.instructions().indexOf(run);
            if (s.equals(stage) && at < 0) {
                return true;
            }
            List<Instruction> body = s.equals(stage) ? s.instructions().subList(0, at) : s.instructions();
            if (body.stream().anyMatch(i -> i instanceof Instruction.User)) {
                return false;
            }
        }
        Stage root = stage.lineage().get(stage.lineage().size() - 1);
        String image = root.baseImage() != null ? root.baseImage()
                : root.from().image() == null ? "" : root.from().image().text();
        return NON_ROOT_IMAGE.matcher(image.toLowerCase(Locale.ROOT)).find();
    }

    private static int flagsEnd(Instruction.Run run) {
        List<Flag> flags = run.flags();
        return flags.isEmpty() ? run.keyword().span().end() : flags.get(flags.size() - 1).span().end();
    }

    /**
     * How the RUN separates its commands where the pip command is: {@code \ ⏎    && } (operators
     * leading the lines), {@code && \ ⏎    } (operators ending them), or {@code  && } on one line.
     * Read from the line the command starts on, else from the line after it.
     */
    private static String separator(SourceFile src, int cmdStart, int cmdEnd, char esc) {
        String text = src.text();
        String escape = String.valueOf(esc);
        int lineStart = Edits.lineStart(src, cmdStart);
        String before = text.substring(lineStart, cmdStart);
        if (before.strip().equals("&&")) {
            return " " + esc + "\n" + before;
        }
        if (before.isBlank() && lineStart > 0) {
            String previous = text.substring(Edits.lineStart(src, lineStart - 1), lineStart).stripTrailing();
            if (previous.endsWith(escape)) {
                return " && " + esc + "\n" + before;
            }
        }
        int eol = cmdEnd;
        while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
            eol++;
        }
        String after = text.substring(cmdEnd, eol).strip();
        int next = eol < text.length() && text.charAt(eol) == '\r' ? eol + 2 : eol + 1;
        if (next < text.length() && after.endsWith(escape)) {
            int indentEnd = next;
            while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
                indentEnd++;
            }
            String indent = text.substring(next, indentEnd);
            if (after.equals("&& " + escape) || after.equals("&&" + escape)) {
                return " && " + esc + "\n" + indent;
            }
            if (after.equals(escape) && text.startsWith("&&", indentEnd)) {
                return " " + esc + "\n" + indent + "&& ";
            }
        }
        return " && ";
    }

    /**
     * Whether an instruction before the install can be repeated in the builder stage: no heredoc (a
     * fix never adds one) and only exact files from the context (a broad COPY would make the
     * wheelhouse, and so the runtime install, change with every edit; CA101 narrows it first).
     */
    private static boolean fitsBuilder(DockerfileContext context, Instruction i) {
        if (!i.heredocs().isEmpty()) {
            return false;
        }
        if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add) || i.flag("from").isPresent()) {
            return true;
        }
        List<Word> sources = i instanceof Instruction.Copy c ? c.sources() : ((Instruction.Add) i).sources();
        BuildContext build = context.analysis().context();
        for (Word s : sources) {
            String v = context.model().expand(s, i).value();
            if (v == null || v.isEmpty()) {
                return false;
            }
            if (i instanceof Instruction.Add && v.contains("://")) {
                continue;
            }
            String rel = dev.dlint.model.SlashPath.clean(v.startsWith("/") ? v.substring(1) : v);
            if (rel.contains("*") || rel.contains("?") || rel.contains("[") || rel.equals(".")
                    || !build.exists(rel) || build.isDirectory(rel)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the install RUN does nothing before the pip command that the builder could not repeat. */
    private static boolean onlyPreparation(DockerfileAnalysis analysis, Instruction.Run run, CommandFact.PackageInstall pip) {
        for (CommandFact f : analysis.commands(run)) {
            if (f == pip) {
                return true;
            }
            boolean ok = f instanceof CommandFact.SetOptions || f instanceof CommandFact.VenvCreate
                    || f instanceof CommandFact.CacheClean || f instanceof CommandFact.Remove
                    || (f instanceof CommandFact.PackageInstall p && p.requirementFiles().isEmpty()
                    && p.editables().isEmpty() && p.packages().stream().allMatch(a -> a.kind() == PackageArg.Kind.NAME));
            if (!ok) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a step after the pip command (in its RUN or a later RUN of the stage) may still need
     * the compilers: anything but OS package commands, file removal and a few plain file/user
     * commands — another pip install, a script, make, a build.
     */
    private static boolean compilesLater(DockerfileAnalysis analysis, Stage stage, Instruction.Run run,
                                         CommandFact.PackageInstall pip) {
        List<Instruction> body = stage.instructions();
        for (Instruction i : body.subList(body.indexOf(run), body.size())) {
            if (!(i instanceof Instruction.Run r)) {
                continue;
            }
            if (!r.heredocs().isEmpty() || analysis.script(r).map(x -> x.opaque()).orElse(true)) {
                return true;
            }
            List<CommandFact> facts = analysis.commands(r);
            int from = r == run ? facts.indexOf(pip) + 1 : 0;
            for (CommandFact f : facts.subList(from, facts.size())) {
                boolean harmless = (f instanceof CommandFact.PackageInstall p && p.manager().isOs())
                        || f instanceof CommandFact.Remove || f instanceof CommandFact.SetOptions
                        || f instanceof CommandFact.CacheClean || f instanceof CommandFact.ChangeDir || f instanceof CommandFact.Export
                        || (f instanceof CommandFact.Other && PLAIN_COMMANDS.contains(f.invocation().program()));
                if (!harmless) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Drops the compilers and Python headers the RUN installs from the runtime stage: their words,
     * or the whole RUN when it only installs OS packages that are all dropped and no later RUN of
     * the stage installs OS packages (it may rely on this RUN's package lists). An install that
     * would be left with no package keeps them. Other -dev packages stay: the wheels may link
     * against the libraries they bring.
     */
    private static void dropCompilers(DockerfileContext context, Stage stage, Instruction.Run run, Fix.Builder b,
                                      List<String> dropped, List<String> kept) {
        DockerfileAnalysis analysis = context.analysis();
        List<CommandFact> facts = analysis.commands(run);
        List<List<PackageArg>> partial = new ArrayList<>();
        List<PackageArg> emptied = new ArrayList<>();
        boolean otherPackages = false;
        for (CommandFact f : facts) {
            if (f instanceof CommandFact.PackageInstall p && p.manager().isOs() && Wheelhouses.toolchain(f).isEmpty()
                    && !p.packages().isEmpty()) {
                otherPackages = true;
            }
            List<PackageArg> tools = Wheelhouses.toolchain(f);
            if (tools.isEmpty()) {
                continue;
            }
            CommandFact.PackageInstall p = (CommandFact.PackageInstall) f;
            List<PackageArg> mine = p.packages().stream()
                    .filter(a -> a.kind() == PackageArg.Kind.NAME && Wheelhouses.isCompilerOrPythonHeaders(p.manager(), a.name()))
                    .toList();
            tools.stream().filter(t -> !mine.contains(t)).forEach(t -> kept.add(t.name()));
            if (mine.size() == p.packages().size()) {
                emptied.addAll(mine);
            } else {
                otherPackages = true;
                partial.add(mine);
            }
        }
        List<Instruction> body = stage.instructions();
        boolean laterOsInstall = body.subList(body.indexOf(run) + 1, body.size()).stream()
                .anyMatch(i -> i instanceof Instruction.Run r && analysis.commands(r).stream()
                        .anyMatch(f -> f instanceof CommandFact.PackageInstall p && p.manager().isOs()));
        boolean onlyOsPackages = facts.stream().allMatch(f -> (f instanceof CommandFact.PackageInstall p && p.manager().isOs())
                || f instanceof CommandFact.Remove || f instanceof CommandFact.SetOptions || f instanceof CommandFact.CacheClean);
        if (!emptied.isEmpty() && partial.isEmpty() && !otherPackages && onlyOsPackages && !laterOsInstall
                && run.heredocs().isEmpty()) {
            b.delete(Edits.wholeLines(context.source(), run.span()));
            emptied.forEach(c -> dropped.add(c.name()));
            return;
        }
        emptied.forEach(c -> kept.add(c.name()));
        for (List<PackageArg> words : partial) {
            for (PackageArg c : words) {
                b.delete(Edits.wordDeletion(context.source().text(), c.span()));
                dropped.add(c.name());
            }
        }
    }

    /** {@code wheels}, or a variant no stage is named yet. */
    private static String builderName(BuildModel model) {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? "wheels" : "wheels" + n;
            if (model.stages().stream().noneMatch(s -> candidate.equalsIgnoreCase(s.name()))) {
                return candidate;
            }
        }
    }

    /** A stage named by its index: a new stage in front would shift what it means. */
    private static boolean numericStageReference(BuildModel model) {
        for (Stage s : model.stages()) {
            if (s.from().image() != null && s.from().image().text().matches("\\d+")) {
                return true;
            }
            for (Instruction i : s.instructions()) {
                if (i.flag("from").map(f -> f.value() != null && f.value().matches("\\d+")).orElse(false)) {
                    return true;
                }
                for (Flag m : i.flags("mount")) {
                    if (m.value() != null && NUMERIC_FROM.matcher(m.value()).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
