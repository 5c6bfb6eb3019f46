package dev.dlint.rules.dockerfile;

import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.UnresolvedSource;
import dev.dlint.model.context.IgnorePattern;
import dev.dlint.model.context.Match;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.Locale;
import java.util.Optional;

/**
 * DF603: a COPY/ADD source that matches nothing in the build context, or only files that
 * .dockerignore (or {@code --exclude}) leaves out. Only for known contexts, and not for sources whose
 * variables have no value. Points at the source argument; an exclusion names the .dockerignore line.
 */
public final class CopySourceMissing implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("DF603", "copy-source-missing")
            .summary("A COPY/ADD source that is missing from the build context or excluded by .dockerignore")
            .severity(Severity.ERROR)
            .aliases("CopyIgnoredFile")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildContext build = context.model().context();
        if (!build.isKnown()) {
            return;
        }
        java.util.List<UnresolvedSource> missing = new java.util.ArrayList<>();
        for (Instruction i : context.dockerfile().instructions()) {
            for (UnresolvedSource u : context.model().unresolvedSources(i)) {
                if (u.reason() == UnresolvedSource.Reason.MISSING) {
                    missing.add(u);
                }
            }
        }
        boolean contextInDoubt = ParentContext.likely(build, missing);
        for (Instruction i : context.dockerfile().instructions()) {
            if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add) || i.flag("from").isPresent()) {
                continue;
            }
            String kw = i.kind().name();
            for (UnresolvedSource u : context.model().unresolvedSources(i)) {
                String shown = u.source().text().equals(u.expanded()) ? "`" + u.source().text() + "`"
                        : "`" + u.source().text() + "` (`" + u.expanded() + "`)";
                if (u.reason() == UnresolvedSource.Reason.MISSING && !contextInDoubt) {
                    context.report(u.source().span(), kw + " source " + shown + " matches nothing in the build "
                            + "context, so the build fails here; fix the path or add the file (paths are relative to "
                            + "the context, not to the Dockerfile)");
                } else if (u.reason() == UnresolvedSource.Reason.EXCLUDED) {
                    context.report(u.source().span(), kw + " source " + shown + " exists but " + exclusion(build, u)
                            + ", so it is never sent to the builder and the build fails here; re-include it with a `!` "
                            + "line or stop copying it");
                }
            }
        }
    }

    private static String exclusion(BuildContext build, UnresolvedSource u) {
        String rel = clean(u.expanded());
        Optional<Match> m = rel == null ? Optional.empty() : build.dockerIgnore().match(rel);
        if (m.isEmpty() && rel != null) {
            for (String f : build.listFiles()) {
                if (rel.equals(".") || f.startsWith(rel + "/")) {
                    m = build.dockerIgnore().match(f);
                    if (m.isPresent()) {
                        break;
                    }
                }
            }
        }
        if (m.isPresent()) {
            IgnorePattern p = m.get().pattern();
            return "is excluded by line " + p.line() + " of .dockerignore (`" + p.text() + "`)";
        }
        return u.detail().isEmpty() ? "is excluded" : "is " + u.detail();
    }

    private static String clean(String path) {
        if (path == null || path.isEmpty() || CopyOutsideContext.escapes(path)) {
            return null;
        }
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "." : p;
    }
}
