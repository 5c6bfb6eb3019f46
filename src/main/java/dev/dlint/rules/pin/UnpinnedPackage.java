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
 * PN203: pip/uv/pipx/conda installs a named package without an exact version ({@code ==}/{@code ===};
 * conda {@code =x.y.z}). Requirement files, local paths, wheels, URLs and VCS references are left to
 * PN204/PN206. In RUNs, in install scripts a RUN executes (reported in the script) and in standalone
 * scripts. Points at the package token.
 */
public final class UnpinnedPackage implements DockerfileRule, ScriptRule, CommandScopes.Check {
    public static final RuleMeta META = RuleMeta.of("PN203", "unpinned-package")
            .summary("pip/uv/pipx/conda install of a named package without an exact version")
            .severity(Severity.WARNING)
            .aliases("DL3013")
            .build();

    private static final Set<String> INSTALL_ACTIONS = Set.of("install", "pip install", "tool install");

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
            if (!(f instanceof CommandFact.PackageInstall pi) || !INSTALL_ACTIONS.contains(pi.action())) {
                continue;
            }
            Manager m = pi.manager();
            if (!(m == Manager.PIP || m == Manager.UV || m == Manager.PIPX || m.isConda())) {
                continue;
            }
            if (!pi.constraintFiles().isEmpty()) {
                continue; // a -c constraints file may pin them; PN204 checks that file
            }
            String tool = m.name().toLowerCase(java.util.Locale.ROOT);
            for (PackageArg p : pi.packages()) {
                if (p.kind() != PackageArg.Kind.NAME || exact(m, p) || !looksLikeName(p.name())) {
                    continue;
                }
                String why = p.versionSpec().isEmpty() ? "has no version" : "is not pinned exactly (`" + p.versionSpec() + "`)";
                String pin = m.isConda() ? p.name() + "=<x.y.z>" : p.name() + "==<version>";
                scope.reporter().report(p.span(), "`" + tool + " " + pi.action() + "` of `" + p.name() + "` " + why
                        + ": each rebuild may install a different release and break the image; pin it (`" + pin
                        + "`) or install it from a pinned requirements/constraints file");
            }
        }
    }

    /** A local path with extras ({@code .[dev]}) or a glob is not an index package. */
    private static boolean looksLikeName(String name) {
        return !name.isEmpty() && Character.isLetterOrDigit(name.charAt(0)) && !name.contains("/")
                && name.indexOf('*') < 0 && name.indexOf('?') < 0;
    }

    private static boolean exact(Manager m, PackageArg p) {
        String v = p.versionSpec();
        if (!m.isConda()) {
            return (v.startsWith("===") && v.length() > 3)
                    || (v.startsWith("==") && !v.startsWith("===") && p.exactPin());
        }
        if (v.startsWith("==")) {
            return !v.contains("*") && v.length() > 2;
        }
        if (!v.startsWith("=") || v.contains("*") || v.contains(",") || v.contains("|")) {
            return false;
        }
        String rest = v.substring(1);
        int build = rest.indexOf('=');
        String version = build < 0 ? rest : rest.substring(0, build);
        return build >= 0 || version.indexOf('.') != version.lastIndexOf('.');
    }
}
