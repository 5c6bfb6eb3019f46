package dev.dlint.rules.cache;

import dev.dlint.fix.Fix;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.Stage;
import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.Manager;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Command;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CA107: a package index refresh ({@code apt-get update}, {@code apk update}, {@code yum makecache})
 * in a RUN that installs nothing with that manager. Points at the RUN.
 */
public final class AptUpdateAlone implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA107", "apt-update-alone")
            .summary("`apt-get update` in a RUN without the install that needs it")
            .severity(Severity.WARNING)
            .fix(FixAvailability.UNSAFE)
            .build();

    private static final Set<String> APT_INSTALLS = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "build-dep", "reinstall", "download", "source", "satisfy");
    private static final Set<String> APK_INSTALLS = Set.of("add", "upgrade", "fix");
    private static final Set<String> RPM_INSTALLS = Set.of("install", "reinstall", "update", "upgrade", "downgrade",
            "groupinstall", "localinstall", "builddep", "distro-sync", "group install", "module install");
    /** Programs that may install OS packages when they appear as an argument ({@code xargs apt-get install}). */
    private static final Set<String> INDIRECT = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "install",
            "add", "aptitude", "apt-fast", "nala");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** A manager family: apt, apk or rpm (dnf/yum/microdnf share a cache of metadata). */
    private static String family(Manager m) {
        return switch (m) {
            case APT -> "apt";
            case APK -> "apk";
            case DNF, YUM, MICRODNF -> "rpm";
            default -> null;
        };
    }

    private static boolean isRefresh(PackageInstall p) {
        return switch (p.manager()) {
            case APT, APK -> p.action().equals("update");
            case DNF, YUM, MICRODNF -> p.action().equals("makecache");
            default -> false;
        };
    }

    private static boolean isInstall(PackageInstall p) {
        return switch (p.manager()) {
            case APT -> APT_INSTALLS.contains(p.action());
            case APK -> APK_INSTALLS.contains(p.action());
            case DNF, YUM, MICRODNF -> RPM_INSTALLS.contains(p.action());
            default -> false;
        };
    }

    @Override
    public void check(DockerfileContext context) {
        DockerfileAnalysis analysis = context.analysis();
        for (Instruction.Run run : analysis.runs()) {
            RunCommands commands = RunCommands.of(analysis, run);
            PackageInstall refresh = null;
            boolean installs = false;
            for (RunCommands.Located c : commands.commands()) {
                CommandFact f = c.fact();
                if (f instanceof PackageInstall p && family(p.manager()) != null) {
                    if (isRefresh(p) && c.inRun() && refresh == null) {
                        refresh = p;
                    } else if (isInstall(p)) {
                        installs = true;
                    }
                } else if (mayInstall(f)) {
                    installs = true;
                }
            }
            if (refresh == null || installs || commands.unresolvedScript()) {
                continue;
            }
            String cmd = MissingCacheMount.commandName(refresh);
            String message = "`" + cmd + "` runs in a RUN of its own: its layer is cached, so a later change to the "
                    + "install RUN reuses a stale package index (and fails or installs old versions); run it in the "
                    + "same RUN as the install (`" + cmd + " && … install …`)";
            context.report(run.span(), message, fix(context, run, family(refresh.manager())));
        }
    }

    /** Another command that may install OS packages, hidden from recognition (xargs, a helper). */
    private static boolean mayInstall(CommandFact f) {
        if (f instanceof PackageInstall) {
            return false;
        }
        if (f.invocation().program().endsWith(".sh")) {
            return true; // an install script on the image's PATH: its commands are unknown
        }
        for (Word w : f.command().words()) {
            String t = w.literal().orElse("");
            int slash = t.lastIndexOf('/');
            if (INDIRECT.contains(slash < 0 ? t : t.substring(slash + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Fix fix(DockerfileContext context, Instruction.Run run, String family) {
        DockerfileAnalysis analysis = context.analysis();
        Optional<Stage> stage = analysis.model().stageOf(run);
        if (stage.isEmpty() || !simple(run)) {
            return null;
        }
        List<Instruction> list = stage.get().instructions();
        int at = Instruction.indexIn(run, list);
        if (at < 0) {
            return null;
        }
        Instruction.Run next = null;
        for (int k = at + 1; k < list.size(); k++) {
            Instruction i = list.get(k);
            if (i instanceof Instruction.User || i instanceof Instruction.Shell) {
                return null;
            }
            if (i instanceof Instruction.Run r) {
                next = r;
                break;
            }
        }
        if (next == null || !(next.command() instanceof Command.ShellForm body) || !next.heredocs().isEmpty()) {
            return null;
        }
        boolean installs = false;
        boolean refreshes = false;
        for (CommandFact f : analysis.commands(next)) {
            if (f instanceof PackageInstall p && family.equals(family(p.manager()))) {
                installs |= isInstall(p);
                refreshes |= isRefresh(p);
            }
        }
        if (!installs) {
            return null;
        }
        String text = context.source().text();
        Span whole = Span.of(run.span().start(), lineEnd(text, run.span().end()));
        Fix.Builder b = Fix.unsafe(refreshes ? "Remove this RUN: the next RUN already refreshes the index"
                : "Merge into the next RUN, which installs");
        b.delete(whole);
        if (!refreshes) {
            String update = ((Command.ShellForm) run.command()).script().trim();
            b.insert(body.span().start(), update + " && ");
        }
        return b.build();
    }

    /** A shell-form RUN without flags or heredocs, whose text can move into another RUN as is. */
    private static boolean simple(Instruction.Run run) {
        return run.command() instanceof Command.ShellForm && run.flags().isEmpty() && run.heredocs().isEmpty();
    }

    /** The offset after the line break ending the line that holds {@code offset - 1}. */
    private static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() ? i + 1 : i;
    }
}
