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
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CA104: a COPY/ADD whose files the expensive RUN steps after it do not read: changing those files
 * re-runs them. Only when the files are known and each RUN provably does not mention them.
 * Points at the COPY/ADD.
 */
public final class CopyTooEarly implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA104", "copy-too-early")
            .summary("A COPY/ADD comes before expensive RUN steps that do not read its files")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    /** Commands that read no file they do not name. */
    private static final Set<String> NAMING_ONLY = Set.of("echo", "printf", "mkdir", "ln", "chmod", "chown",
            "useradd", "groupadd", "adduser", "addgroup", "usermod", "groupmod", "true", "ldconfig", "locale-gen",
            "update-locale", "dpkg-reconfigure", "gpg", "apt-key", "cp", "mv", "tar", "unzip", "gzip", "touch",
            "sed", "cat", "ls", "id", "chgrp", "localedef", "sleep", "xz", "bunzip2", "dpkg");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildModel model = context.model();
        for (Stage stage : model.stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                Instruction copy = body.get(k);
                if ((copy instanceof Instruction.Copy || copy instanceof Instruction.Add)
                        && copy.flag("from").isEmpty()) {
                    checkCopy(context, body, k, copy);
                }
            }
        }
    }

    private void checkCopy(DockerfileContext context, List<Instruction> body, int k, Instruction copy) {
        BuildModel model = context.model();
        DockerfileAnalysis analysis = context.analysis();
        Optional<CopyResolution> res = model.resolution(copy);
        if (res.isEmpty() || res.get().files().isEmpty() || !res.get().unresolved().isEmpty()
                || res.get().destination() == null || res.get().destination().equals("/")) {
            return;
        }
        List<CopiedFile> files = res.get().files();
        String dest = res.get().destination();
        for (CopiedFile f : files) {
            if (f.imagePath() == null || f.unpacked() || isConfiguration(f.imagePath())) {
                return;
            }
        }
        boolean copyUsesVariables = context.source().slice(copy.span()).contains("$");
        int lastExpensive = -1;
        int expensive = 0;
        for (int j = k + 1; j < body.size(); j++) {
            Instruction i = body.get(j);
            if (i instanceof Instruction.Run run) {
                if (reads(analysis, model, run, files, dest)) {
                    break;
                }
                if (CacheSupport.isExpensive(analysis, run)) {
                    lastExpensive = j;
                    expensive++;
                }
            } else if ((i instanceof Instruction.Copy || i instanceof Instruction.Add) && independent(model, i, dest)) {
                // Another COPY that cannot overwrite ours: moving ours past it changes nothing.
                continue;
            } else if ((i instanceof Instruction.Label || i instanceof Instruction.Expose)
                    || ((i instanceof Instruction.Env || i instanceof Instruction.Arg) && !copyUsesVariables)) {
                continue;
            } else {
                break;
            }
        }
        if (expensive == 0) {
            return;
        }
        SourceFile src = context.source();
        Instruction.Run last = (Instruction.Run) body.get(lastExpensive);
        Instruction.Run first = null;
        for (int j = k + 1; j <= lastExpensive; j++) {
            if (body.get(j) instanceof Instruction.Run r && CacheSupport.isExpensive(analysis, r)) {
                first = r;
                break;
            }
        }
        String what = files.size() == 1 ? files.get(0).contextPath() : files.size() + " files";
        String message = "`" + firstLine(src, copy.span()) + "` brings in " + what + " that the "
                + (expensive == 1 ? "expensive RUN" : expensive + " expensive RUN steps") + " after it (from line "
                + src.positionOf(first.span().start()).line() + ", `" + CacheSupport.expensiveWhat(analysis, first)
                + "`) " + (expensive == 1 ? "never reads" : "never read") + ", yet any change to them re-runs "
                + (expensive == 1 ? "it" : "them") + ": move this COPY below line "
                + src.positionOf(last.span().start()).line() + ".";
        Fix fix = null;
        if (copy.heredocs().isEmpty() && Instruction.isIn(copy, context.dockerfile().instructions())) {
            Span lastLines = CacheSupport.wholeLines(src, last.span());
            String moved = CacheSupport.linesText(src, copy.span());
            String insertion = src.text().substring(lastLines.start(), lastLines.end()).endsWith("\n")
                    || src.text().substring(lastLines.start(), lastLines.end()).endsWith("\r") ? moved
                    : src.lineSeparator() + moved.stripTrailing();
            fix = Fix.unsafe("Move the COPY below the RUN on line " + src.positionOf(last.span().start()).line())
                    .delete(CacheSupport.wholeLines(src, copy.span()))
                    .insert(lastLines.end(), insertion)
                    .build();
        }
        context.report(copy.span(), message, fix);
    }

    private static String firstLine(SourceFile src, Span span) {
        String s = src.slice(span);
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.strip().replaceAll("\\s*\\\\$", "");
    }

    /** Files tools read without being told: configuration, certificates, dotfiles. */
    private static boolean isConfiguration(String imagePath) {
        String base = CacheSupport.baseName(imagePath);
        return imagePath.startsWith("/etc/") || imagePath.startsWith("/usr/local/share/ca-certificates")
                || imagePath.startsWith("/root/.") || imagePath.contains("/.") || base.startsWith(".")
                || base.endsWith(".conf") || base.endsWith(".cfg") || base.endsWith(".ini") || base.endsWith(".pem")
                || base.endsWith(".crt") || base.endsWith(".repo") || base.endsWith(".list")
                || base.equals("pip.conf") || base.endsWith(".pth");
    }

    /** Whether the RUN may read the copied files; true whenever it cannot tell. */
    private static boolean reads(DockerfileAnalysis analysis, BuildModel model, Instruction.Run run,
                                 List<CopiedFile> files, String dest) {
        if (!model.contextMounts(run).isEmpty()) {
            return true;
        }
        List<CommandFact> facts = analysis.commands(run);
        if (facts.isEmpty()) {
            return true;
        }
        String cwd = model.stateBefore(run).workdir();
        Set<String> needles = needles(files, dest, cwd);
        return readsAny(analysis, run, facts, needles, dest, cwd, 0);
    }

    /**
     * Whether the commands may read the copied files (under {@code dest}). A command that names
     * them reads them; an unknown command (or a local package path) may read what lies under its
     * working directory, so it counts only when that directory and {@code dest} overlap: after
     * {@code cd /app/vllm_source}, a build there cannot see {@code /app/model_weights}.
     */
    private static boolean readsAny(DockerfileAnalysis analysis, Instruction.Run run, List<CommandFact> facts,
                                    Set<String> needles, String dest, String cwd, int depth) {
        String here = cwd;
        for (CommandFact f : facts) {
            for (Word w : CacheSupport.words(f)) {
                if (mentions(w.text(), needles)) {
                    return true;
                }
            }
            if (f instanceof CommandFact.ChangeDir c) {
                Optional<String> target = c.path() == null ? Optional.empty() : c.path().literal();
                here = target.isPresent() && !target.get().equals("-") ? CacheSupport.resolve(here, target.get()) : null;
            } else if (f instanceof CommandFact.PackageInstall p) {
                String dir = here;
                if (EnumSet.of(Manager.GO, Manager.CARGO, Manager.MAVEN, Manager.GRADLE).contains(p.manager())
                        && overlaps(dir, dest)
                        || !p.requirementFiles().isEmpty() || !p.constraintFiles().isEmpty() || !p.editables().isEmpty()
                        || (p.packages().isEmpty() && !p.manager().isOs())
                        || p.packages().stream().anyMatch(a -> a.kind() == PackageArg.Kind.DYNAMIC
                        || a.kind() == PackageArg.Kind.PATH && readsPath(a.word(), dir, dest))) {
                    return true;
                }
            } else if (f instanceof CommandFact.ScriptRun s) {
                if (s.inlineScript() != null || s.script() == null) {
                    if (!s.readsStdin()) {
                        return true;
                    }
                    continue;
                }
                if (depth > 0) {
                    // Not followed further: it may read what lies around it or under its working directory.
                    if (readsPath(s.script(), here, dest) || overlaps(here, dest)) {
                        return true;
                    }
                    continue;
                }
                Optional<String> lit = s.script().literal();
                if (lit.isEmpty() || here == null) {
                    return true;
                }
                Optional<ScriptAnalysis> script = analysis.scriptAt(CacheSupport.resolve(here, lit.get()), run);
                if (script.isEmpty() || readsAny(analysis, run, script.get().commands(), needles, dest, here, depth + 1)) {
                    return true;
                }
            } else if (f instanceof CommandFact.Other o) {
                if (!NAMING_ONLY.contains(o.invocation().program())
                        && (overlaps(here, dest) || CacheSupport.words(f).stream().anyMatch(w -> w.text().contains("..")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A COPY/ADD whose destination neither holds nor lies under {@code dest}. */
    private static boolean independent(BuildModel model, Instruction copy, String dest) {
        Optional<CopyResolution> r = model.resolution(copy);
        String d = r.map(CopyResolution::destination).orElse(null);
        return d != null && !CacheSupport.isUnder(d, dest) && !CacheSupport.isUnder(dest, d);
    }

    /** Whether a command working in {@code dir} may reach {@code dest}: one holds the other. Unknown → yes. */
    private static boolean overlaps(String dir, String dest) {
        return dir == null || CacheSupport.isUnder(dir, dest) || CacheSupport.isUnder(dest, dir);
    }

    private static boolean readsPath(Word path, String here, String dest) {
        Optional<String> lit = path.literal();
        return lit.isEmpty() || here == null || lit.get().contains("..") || overlaps(CacheSupport.resolve(here, lit.get()), dest);
    }

    /** What a command would write to name the copied files: image paths, their directories, relative forms, base names. */
    private static Set<String> needles(List<CopiedFile> files, String dest, String cwd) {
        Set<String> out = new LinkedHashSet<>();
        out.add(dest);
        String relDest = CacheSupport.relativize(dest, cwd);
        if (relDest != null) {
            out.add(relDest.equals(".") ? "." : relDest);
        }
        for (CopiedFile f : files) {
            String p = f.imagePath();
            out.add(p);
            out.add("~" + CacheSupport.baseName(p));
            String rel = CacheSupport.relativize(p, cwd);
            if (rel != null) {
                out.add(rel);
            }
            for (String dir = CacheSupport.parent(p); dir.length() > dest.length() && CacheSupport.isUnder(dir, dest);
                 dir = CacheSupport.parent(dir)) {
                out.add(dir);
                String relDir = CacheSupport.relativize(dir, cwd);
                if (relDir != null) {
                    out.add(relDir);
                }
            }
        }
        return out;
    }

    private static boolean mentions(String word, Set<String> needles) {
        String w = word.replace("\"", "").replace("'", "");
        for (String n : needles) {
            if (n.startsWith("~")) {
                String base = n.substring(1);
                if (w.equals(base) || w.endsWith("/" + base)) {
                    return true;
                }
            } else if (n.equals(".")) {
                if (w.equals(".") || w.startsWith("./") || w.equals("*")) {
                    return true;
                }
            } else if (n.startsWith("/")) {
                if (w.contains(n)) {
                    return true;
                }
            } else if (w.equals(n) || w.startsWith(n + "/") || w.startsWith("./" + n) || w.endsWith("=" + n)) {
                return true;
            }
        }
        return false;
    }
}
