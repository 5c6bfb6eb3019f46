package dev.dlint.rules.pin;

import dev.dlint.model.requirements.Requirement;
import dev.dlint.rules.RequirementsContext;
import dev.dlint.rules.RequirementsRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import java.util.List;

/**
 * PN205 (off by default): a requirement pinned with {@code ==} but without {@code --hash}: the
 * version is fixed, the artifact is not (a re-uploaded or substituted file installs silently).
 * Constraints files are not checked (pip takes hashes from requirement files only). Points at the
 * entry.
 */
public final class RequirementWithoutHash implements RequirementsRule {
    public static final RuleMeta META = RuleMeta.of("PN205", "requirement-without-hash")
            .summary("A pinned requirement without `--hash`")
            .severity(Severity.WARNING)
            .offByDefault()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RequirementsContext context) {
        RequirementsClosure closure = RequirementsClosure.of(context);
        for (RequirementsClosure.Member m : closure.members()) {
            if (m.constraint() || (m.root() && isConstraintsName(m.file().source().displayPath()))) {
                continue;
            }
            for (Requirement r : m.file().requirements()) {
                if (r.url().isPresent() || r.name().isEmpty() || !r.isPinned() || r.hasHash()) {
                    continue;
                }
                context.report(m.file().source(), r.span(), "`" + r.name() + "` is pinned but has no `--hash`: "
                        + "the version is fixed, the downloaded file is not checked; generate hashes "
                        + "(`pip-compile --generate-hashes`, `uv pip compile --generate-hashes`) and install with "
                        + "`--require-hashes`", null, List.of());
            }
        }
    }

    private static boolean isConstraintsName(String displayPath) {
        String n = displayPath.substring(displayPath.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("constraints");
    }
}
