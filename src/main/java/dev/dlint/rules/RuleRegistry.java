package dev.dlint.rules;

import dev.dlint.rules.cache.AptUpdateAlone;
import dev.dlint.rules.cache.BuildWithoutCacheExport;
import dev.dlint.rules.cache.CacheMountDefeated;
import dev.dlint.rules.cache.CopyBeforeInstall;
import dev.dlint.rules.cache.CopyTooEarly;
import dev.dlint.rules.cache.MissingCacheMount;
import dev.dlint.rules.cache.MissingDockerignore;
import dev.dlint.rules.cache.RemoteAdd;
import dev.dlint.rules.cache.VolatileArgBeforeRun;
import dev.dlint.rules.dockerfile.CopyOutsideContext;
import dev.dlint.rules.dockerfile.CopySourceMissing;
import dev.dlint.rules.dockerfile.MissingSyntaxDirective;
import dev.dlint.rules.pin.BaseImageWithoutDigest;
import dev.dlint.rules.pin.NpmInstallWithLockfile;
import dev.dlint.rules.pin.RequirementWithoutHash;
import dev.dlint.rules.pin.UnpinnedBaseImage;
import dev.dlint.rules.pin.UnpinnedOsPackage;
import dev.dlint.rules.pin.UnpinnedPackage;
import dev.dlint.rules.pin.UnpinnedRequirement;
import dev.dlint.rules.pin.UnpinnedSource;
import dev.dlint.rules.shell.CdInsteadOfWorkdir;
import dev.dlint.rules.shell.CurlPipeShell;
import dev.dlint.rules.shell.InlinePipInScript;
import dev.dlint.rules.shell.PipeWithoutPipefail;
import dev.dlint.rules.shell.ScriptWithoutErrexit;
import dev.dlint.rules.syntax.DockerfileSyntaxRule;
import dev.dlint.rules.syntax.ShellSyntaxRule;
import dev.dlint.rules.venv.NondeterministicVenvPath;
import dev.dlint.rules.venv.VenvActivationLost;
import dev.dlint.rules.venv.VenvStageMismatch;
import dev.dlint.rules.wheel.FindLinksWithoutNoIndex;
import dev.dlint.rules.wheel.NoWheelhouse;
import dev.dlint.rules.wheel.WheelhouseInImage;
import java.util.List;
import java.util.Optional;

/**
 * Every rule dlint has, listed by hand in catalogue order: no classpath scanning at start-up, and
 * one place to see the whole catalogue.
 */
public final class RuleRegistry {
    private static final List<Rule> ALL = List.of(
            // syntax (E)
            new DockerfileSyntaxRule(),
            new ShellSyntaxRule(),
            // build cache (CA)
            new CopyBeforeInstall(),
            new MissingCacheMount(),
            new CacheMountDefeated(),
            new CopyTooEarly(),
            new VolatileArgBeforeRun(),
            new MissingDockerignore(),
            new AptUpdateAlone(),
            new RemoteAdd(),
            new BuildWithoutCacheExport(),
            // pinning (PN)
            new UnpinnedBaseImage(),
            new BaseImageWithoutDigest(),
            new UnpinnedPackage(),
            new UnpinnedRequirement(),
            new RequirementWithoutHash(),
            new UnpinnedSource(),
            new UnpinnedOsPackage(),
            new NpmInstallWithLockfile(),
            // virtualenvs (VE)
            new NondeterministicVenvPath(),
            new VenvActivationLost(),
            new VenvStageMismatch(),
            // wheelhouse (WH)
            new NoWheelhouse(),
            new FindLinksWithoutNoIndex(),
            new WheelhouseInImage(),
            // shell (SH)
            new PipeWithoutPipefail(),
            new CurlPipeShell(),
            new ScriptWithoutErrexit(),
            new CdInsteadOfWorkdir(),
            new InlinePipInScript(),
            // Dockerfile (DF)
            new MissingSyntaxDirective(),
            new CopyOutsideContext(),
            new CopySourceMissing());

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** A rule by code, name or alias (case-insensitive for codes). */
    public static Optional<Rule> find(String codeOrName) {
        for (Rule r : ALL) {
            RuleMeta m = r.meta();
            if (m.code().equalsIgnoreCase(codeOrName) || m.name().equals(codeOrName)
                    || m.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(codeOrName))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
