package dev.dlint.rules.pin;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import java.util.Set;

/**
 * PN207 (off by default): apt/apk/dnf/yum installs a package without a version
 * ({@code curl=7.88.1-10+deb12u5}, {@code curl=8.5.0-r0}, {@code curl-7.76.1}). Points at the
 * package token.
 */
public final class UnpinnedOsPackage implements DockerfileRule, ScriptRule, CommandScopes.Check {
    public static final RuleMeta META = RuleMeta.of("PN207", "unpinned-os-package")
            .summary("apt/apk/dnf/yum install of a package without a version")
            .severity(Severity.WARNING)
            .offByDefault()
            .aliases("DL3008", "DL3018", "DL3033", "DL3041")
            .build();

    private static final Set<String> ACTIONS = Set.of("install", "add", "reinstall", "groupinstall");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        CommandScopes.forDockerfile(context, this);
    }

    @Override
    public void check(ScriptContext context) {
        CommandScopes.forScript(context, this);
    }

    /** What the rule checks in each scope (the rule itself, not a method reference: no call-site linkage on a JVM's first lint). */
    @Override
    public void check(CommandScopes.Scope scope) {
        for (CommandFact f : scope.commands()) {
            if (!(f instanceof CommandFact.PackageInstall pi) || !pi.manager().isOs() || !ACTIONS.contains(pi.action())) {
                continue;
            }
            for (PackageArg p : pi.packages()) {
                if (p.kind() != PackageArg.Kind.NAME || p.pinned() || p.name().startsWith("@")
                        || p.name().startsWith("-") || p.name().chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
                    continue;
                }
                String example = switch (pi.manager()) {
                    case APT -> p.name() + "=<version>";
                    case APK -> p.name() + "=<version>-r<n>";
                    default -> p.name() + "-<version>";
                };
                scope.reporter().report(p.span(), "`" + p.name() + "` is installed without a version: a rebuild "
                        + "installs whatever the " + managerName(pi.manager()) + " repository has that day; pin it (`"
                        + example + "`) if the image must be reproducible");
            }
        }
    }

    private static String managerName(Manager m) {
        return switch (m) {
            case APT -> "apt";
            case APK -> "apk";
            case DNF, MICRODNF -> "dnf";
            default -> "yum";
        };
    }
}
