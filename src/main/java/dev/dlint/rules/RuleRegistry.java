package dev.dlint.rules;

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
import dev.dlint.rules.syntax.DockerfileSyntaxRule;
import dev.dlint.rules.syntax.ShellSyntaxRule;
import java.util.List;
import java.util.Optional;

/**
 * Every rule dlint has, listed by hand: no classpath scanning at start-up, and one place to see
 * the whole catalogue.
 */
public final class RuleRegistry {
    private static final List<Rule> ALL = List.of(
            new DockerfileSyntaxRule(),
            new ShellSyntaxRule(),
            new MissingSyntaxDirective(),
            // PN: pinning; DF602/DF603: context sources
            new UnpinnedBaseImage(),
            new BaseImageWithoutDigest(),
            new UnpinnedPackage(),
            new UnpinnedRequirement(),
            new RequirementWithoutHash(),
            new UnpinnedSource(),
            new UnpinnedOsPackage(),
            new NpmInstallWithLockfile(),
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
