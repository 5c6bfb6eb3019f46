package dev.dlint.rules;

import dev.dlint.rules.cache.CopyBeforeInstall;
import dev.dlint.rules.cache.CopyTooEarly;
import dev.dlint.rules.cache.MissingDockerignore;
import dev.dlint.rules.cache.VolatileArgBeforeRun;
import dev.dlint.rules.dockerfile.MissingSyntaxDirective;
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
            // cache (CA101-CA106 by rules-ca1)
            new CopyBeforeInstall(),
            new CopyTooEarly(),
            new VolatileArgBeforeRun(),
            new MissingDockerignore());

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
