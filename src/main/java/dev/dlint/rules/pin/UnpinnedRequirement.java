package dev.dlint.rules.pin;

import dev.dlint.model.requirements.Requirement;
import dev.dlint.model.requirements.Specifier;
import dev.dlint.rules.RequirementsContext;
import dev.dlint.rules.RequirementsRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PN204: a requirements or constraints entry that does not name one release: a bare name, a range,
 * a wildcard, or a VCS URL without a full commit. Files included with {@code -r}/{@code -c} are
 * followed; an entry pinned with {@code ==} by a constraints file of the same resolution counts as
 * pinned. Local paths, archives and entries built from {@code ${VARS}} are left alone. Points at
 * the entry.
 */
public final class UnpinnedRequirement implements RequirementsRule {
    public static final RuleMeta META = RuleMeta.of("PN204", "unpinned-requirement")
            .summary("A requirements/constraints entry not pinned with `==`")
            .severity(Severity.WARNING)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RequirementsContext context) {
        RequirementsClosure closure = RequirementsClosure.of(context);
        for (RequirementsClosure.Member m : closure.members()) {
            for (Requirement r : m.file().requirements()) {
                String problem = problem(r, closure);
                if (problem == null) {
                    continue;
                }
                context.report(m.file().source(), r.span(), problem, null, List.of());
            }
        }
    }

    private static String problem(Requirement r, RequirementsClosure closure) {
        if (!r.envVars().isEmpty() || r.isPinned()) {
            return null;
        }
        String cost = ": each build may resolve a different release, so the image is not reproducible";
        if (r.url().isPresent()) {
            if (!r.isVcs()) {
                return null;
            }
            String ref = r.vcsRef().orElse(null);
            String what = r.name().isEmpty() ? "VCS requirement" : "`" + r.name() + "`";
            return what + (ref == null ? " follows the repository's default branch"
                    : " follows the ref `" + ref + "`, which can move")
                    + cost + "; pin it to a full commit hash (`@<40-hex sha>`)";
        }
        if (r.name().isEmpty() || closure.pinnedByConstraint(r)) {
            return null;
        }
        if (r.specifiers().isEmpty()) {
            return "`" + r.name() + "` has no version" + cost + "; pin it (`" + r.name()
                    + "==<version>`), e.g. with pip-compile or `pip freeze`";
        }
        String spec = r.specifiers().stream().map(Specifier::toString).collect(Collectors.joining(","));
        return "`" + r.name() + spec + "` allows more than one release" + cost + "; pin it with `=="
                + "` (keep the range in a .in file and compile the pins, e.g. with pip-compile)";
    }
}
