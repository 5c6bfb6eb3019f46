package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.State;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * CA102: a RUN whose package-manager commands (in the RUN or in an install script it runs)
 * download into a cache directory that no {@code --mount=type=cache} holds. Points at the RUN.
 */
public final class MissingCacheMount implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA102", "missing-cache-mount")
            .summary("Package-manager RUN without a BuildKit cache mount on the manager's cache directory")
            .severity(Severity.WARNING)
            .fix(FixAvailability.SAFE)
            .build();

    static final List<String> DEFAULT_MANAGERS = List.of("pip", "uv", "poetry", "pipenv", "conda", "npm", "yarn",
            "pnpm", "go", "cargo", "maven", "gradle", "bundler");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        // Loops, not streams, in this rule: it runs on every RUN of every Dockerfile, and in a fresh
        // JVM each stream and lambda costs its linkage on the first lint (issue #7).
        Set<String> enabled = new HashSet<>();
        for (String m : context.options().strings("managers", DEFAULT_MANAGERS)) {
            enabled.add(normalize(m));
        }
        DockerfileAnalysis analysis = context.analysis();
        for (Instruction.Run run : analysis.runs()) {
            check(context, run, enabled);
        }
    }

    private void check(DockerfileContext context, Instruction.Run run, Set<String> enabled) {
        DockerfileAnalysis analysis = context.analysis();
        List<CacheMount> mounts = CacheMount.of(analysis.model(), run);
        RunCommands commands = RunCommands.of(analysis, run);
        String baseImage = baseImage(analysis, run);
        // missing dir -> the need, and the first command needing it
        Map<String, CacheDirs.Need> missing = new LinkedHashMap<>();
        RunCommands.Located first = null;
        boolean unknownDir = false;
        for (RunCommands.Located c : commands.commands()) {
            if (!(c.fact() instanceof PackageInstall p) || !enabled.contains(CacheDirs.optionName(p.manager()))
                    || !CacheDirs.downloads(p)) {
                continue;
            }
            for (CacheDirs.Need need : CacheDirs.needs(p, c, baseImage)) {
                // a mount on the directory, a parent, or a part of it (/go/pkg/mod/cache: the downloads)
                if (covered(need, mounts)) {
                    continue;
                }
                if (first == null) {
                    first = c;
                }
                if (need.dir() == null) {
                    unknownDir = true;
                } else {
                    missing.putIfAbsent(need.dir(), need);
                }
            }
        }
        if (first == null) {
            return;
        }
        PackageInstall p = (PackageInstall) first.fact();
        State state = analysis.model().stateBefore(run);
        List<String> dirs = outermost(missing.keySet());
        String where = first.inRun() ? "" : " (in " + first.file().displayPath() + ", which this RUN runs)";
        StringJoiner flags = new StringJoiner(" ");
        boolean writable = true;
        for (String d : dirs) {
            flags.add(mountFlag(d, missing.get(d), state));
            writable &= isPlainFlagValue(d);
        }
        String mountText = flags.toString();
        String message;
        if (dirs.isEmpty()) {
            message = "`" + commandName(p) + "`" + where + " downloads into a cache directory no `--mount=type=cache` "
                    + "of this RUN holds: every rebuild of this layer downloads everything again; add a cache mount "
                    + "on the manager's cache directory";
        } else {
            message = "`" + commandName(p) + "`" + where + withoutMount(first, p, dirs, mountText);
        }
        Fix fix = unknownDir || dirs.isEmpty() || !writable ? null : fix(context, run, commands, missing, dirs, mountText);
        context.report(run.span(), message, fix);
    }

    /**
     * What the command does with its downloads, and what to add. With {@code --no-cache-dir} (or its
     * manager's {@code --no-cache}) or a variable that turns the cache off, it keeps none: saying it
     * "downloads into" the cache directory would be wrong, and the author chose that flag on purpose.
     */
    private static String withoutMount(RunCommands.Located c, PackageInstall p, List<String> dirs, String mountText) {
        String advice = ": every rebuild of this layer downloads everything again; add `" + mountText + "` to the RUN";
        List<Word> flags = Defeats.noCacheFlags(p);
        if (!flags.isEmpty()) {
            String flag = flags.get(0).text();
            return " runs with `" + flag + "`, so it keeps no download cache" + advice
                    + " in place of `" + flag + "` (the downloads stay out of the image either way)";
        }
        Optional<String> variable = Defeats.noCacheByEnv(c);
        if (variable.isPresent()) {
            return " keeps no download cache (" + variable.get() + " is set)" + advice + " and unset " + variable.get();
        }
        return " downloads into " + String.join(" and ", dirs) + ", which no cache mount holds" + advice;
    }

    private static Fix fix(DockerfileContext context, Instruction.Run run, RunCommands commands,
                           Map<String, CacheDirs.Need> missing, List<String> dirs, String mountText) {
        Set<String> managers = new HashSet<>();
        for (CacheDirs.Need need : missing.values()) {
            managers.add(need.manager());
        }
        Fix.Builder b = Fix.safe("Add `" + mountText + "` to the RUN");
        b.insert(run.keyword().span().end(), " " + mountText);
        String text = context.source().text();
        for (RunCommands.Located c : commands.commands()) {
            if (!(c.fact() instanceof PackageInstall p) || !managers.contains(CacheDirs.optionName(p.manager()))) {
                continue;
            }
            if (Defeats.noCacheByEnv(c).isPresent()) {
                return null; // the cache stays off whatever the mount: nothing safe to offer
            }
            if (!c.inRun()) {
                continue;
            }
            for (Word flag : Defeats.noCacheFlags(p)) {
                b.delete(Edits.wordDeletion(text, flag.span()));
            }
        }
        return b.build();
    }

    static String mountFlag(String dir, CacheDirs.Need need, State state) {
        StringBuilder sb = new StringBuilder("--mount=type=cache,target=").append(dir);
        String user = state.userName();
        if (!state.isRoot() && isDigits(user) && need.extra().isEmpty()) {
            sb.append(",uid=").append(user);
        }
        sb.append(need.extra());
        return sb.toString();
    }

    /**
     * True when a directory can stand unquoted in a {@code --mount} flag. A home directory taken
     * from a malformed {@code USER} line can hold spaces, quotes or commas; a flag made from it
     * would not parse as this mount, so the fix would never converge.
     */
    static boolean isPlainFlagValue(String dir) {
        if (dir.isEmpty()) {
            return false;
        }
        for (int i = 0; i < dir.length(); ) {
            int c = dir.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "\"'`$,=\\".indexOf(c) >= 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A mount on the directory, a parent, or a part of it (/go/pkg/mod/cache: the downloads). */
    private static boolean covered(CacheDirs.Need need, List<CacheMount> mounts) {
        for (CacheMount m : mounts) {
            if (need.dir() == null || m.covers(need.dir()) || Paths.isUnder(m.target(), need.dir())
                    || CacheDirs.alsoCoveredBy(need, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Drops directories that another one in the set holds. */
    private static List<String> outermost(Set<String> dirs) {
        List<String> out = new ArrayList<>();
        for (String d : new TreeSet<>(dirs)) {
            boolean held = false;
            for (String o : out) {
                held |= Paths.isUnder(d, o);
            }
            if (!held) {
                out.add(d);
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String d : dirs) {
            if (out.contains(d)) {
                ordered.add(d);
            }
        }
        return ordered;
    }

    /** The command as written up to its action: {@code pip install}, {@code python3 -m pip install}. */
    static String commandName(PackageInstall p) {
        List<Word> argv = p.invocation().argv();
        int end = p.actionWord() == null ? -1 : argv.indexOf(p.actionWord());
        if (end < 0 || end > 4) {
            String prog = p.invocation().program();
            return p.action().isEmpty() ? prog : prog + " " + p.action();
        }
        StringBuilder sb = new StringBuilder(p.invocation().program());
        for (int i = 1; i <= end; i++) {
            sb.append(' ').append(argv.get(i).text());
        }
        return sb.toString();
    }

    private static String baseImage(DockerfileAnalysis analysis, Instruction.Run run) {
        return CacheDirs.baseImage(analysis, run);
    }

    private static String normalize(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "mamba", "micromamba" -> "conda";
            case "mvn" -> "maven";
            case "bundle" -> "bundler";
            case "apt-get" -> "apt";
            case "microdnf" -> "dnf";
            default -> n;
        };
    }
}
