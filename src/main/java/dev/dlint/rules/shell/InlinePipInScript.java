package dev.dlint.rules.shell;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.Related;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SH505: an install script a RUN executes pip-installs (or {@code uv pip install}s) named packages.
 * They belong in a requirements file the Dockerfile copies and installs before the script, so that
 * editing the script does not re-install them. Installs of only pip/setuptools/wheel (tooling, see
 * PN203), of requirement files, of local paths, wheels and URLs are not reported. Points at the pip
 * command in the script; the RUN is a related location.
 */
public final class InlinePipInScript implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("SH505", "inline-pip-in-script")
            .summary("An install script run by the Dockerfile pip-installs named packages")
            .severity(Severity.INFO)
            .fix(FixAvailability.NONE)
            .build();

    private static final Set<String> TOOLING = Set.of("pip", "setuptools", "wheel", "pipx", "uv", "poetry", "virtualenv", "pip-tools");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (ShellFacts.ReachedScript r : ShellFacts.reachedScripts(context.analysis())) {
            for (CommandFact f : r.script().commands()) {
                if (!(f instanceof CommandFact.PackageInstall pi) || !(pi.manager() == Manager.PIP || pi.manager() == Manager.UV)
                        || !(pi.action().equals("install") || pi.action().equals("pip install"))) {
                    continue;
                }
                List<String> named = pi.packages().stream()
                        .filter(p -> p.kind() == PackageArg.Kind.NAME)
                        .map(PackageArg::name)
                        .filter(n -> !TOOLING.contains(n.toLowerCase(Locale.ROOT)))
                        .toList();
                if (named.isEmpty()) {
                    continue;
                }
                String what = named.size() <= 3 ? String.join(", ", named) : String.join(", ", named.subList(0, 3)) + ", …";
                context.report(r.script().source(), pi.span(), "this script, run by the Dockerfile, installs " + what
                        + " by name: every edit to the script re-installs them; list them in a requirements file "
                        + "that the Dockerfile copies and installs in its own RUN before the script, so Docker caches them",
                        null, List.of(new Related(context.source(), r.fact().span(), "the script is run here")));
            }
        }
    }
}
