package dev.dlint.rules.dockerfile;

import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.UnresolvedSource;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * DF602: a COPY/ADD source that is not a build-context path: an absolute host path or one that
 * climbs out with {@code ..}. The builder only sees the context (BuildKit clamps such paths to the
 * context root), so the file the author meant is never copied. {@code --from} copies, URLs and
 * heredocs are not context sources. Points at the source argument.
 */
public final class CopyOutsideContext implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("DF602", "copy-outside-context")
            .summary("A COPY/ADD source that escapes the build context")
            .severity(Severity.ERROR)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        BuildModel model = context.model();
        for (Instruction i : context.dockerfile().instructions()) {
            if (!(i instanceof Instruction.Copy || i instanceof Instruction.Add) || i.flag("from").isPresent()) {
                continue;
            }
            for (Word source : sources(i)) {
                linkOutside(context, i, source);
            }
            for (UnresolvedSource u : model.unresolvedSources(i)) {
                if (u.reason() == UnresolvedSource.Reason.OUTSIDE_CONTEXT) {
                    report(context, i, u.source(), u.expanded());
                } else if (u.reason() == UnresolvedSource.Reason.CONTEXT_UNKNOWN) {
                    ExpandResult r = model.expand(u.source(), i);
                    if (r.isError() || !r.unresolved().isEmpty()) {
                        continue;
                    }
                    if (escapes(r.value())) {
                        report(context, i, u.source(), r.value());
                    }
                }
            }
        }
    }

    private static List<Word> sources(Instruction i) {
        List<Word> sources = i instanceof Instruction.Copy c ? c.sources() : ((Instruction.Add) i).sources();
        return sources == null ? List.of() : sources;
    }

    /** A source that is a symbolic link out of the context: the client sends the link, never the file. */
    private static void linkOutside(DockerfileContext context, Instruction i, Word source) {
        ExpandResult r = context.model().expand(source, i);
        if (r.isError() || !r.unresolved().isEmpty() || escapes(r.value())) {
            return;
        }
        Optional<String> target = context.model().context().linkOutside(r.value());
        if (target.isPresent()) {
            context.report(source.span(), i.kind().name() + " source `" + source.text() + "` is a symbolic link to `"
                    + target.get() + "`, outside the build context: the builder receives the link, not the file, and"
                    + " resolves it inside the context, so the file outside is never copied; copy the file into the context");
        }
    }

    private static void report(DockerfileContext context, Instruction i, Word source, String expanded) {
        String kw = i.kind().name();
        String shown = source.text().equals(expanded) || expanded.isEmpty() ? "`" + source.text() + "`"
                : "`" + source.text() + "` (`" + expanded + "`)";
        String why = expanded.startsWith("/")
                ? " is an absolute host path, but " + kw + " sources are relative to the build context"
                : " leaves the build context with `..`, which the builder cannot see";
        context.report(source.span(), kw + " source " + shown + why
                + ": BuildKit clamps it to the context root, so it copies a context path of that name (or fails when there is none), never the file outside; "
                + "move the file into the context or widen the context (`docker build -f … <parent dir>`)");
    }

    /** Whether a source path is absolute or, cleaned, starts with {@code ..}. */
    static boolean escapes(String path) {
        if (path.isEmpty()) {
            return false;
        }
        if (path.startsWith("/")) {
            return true;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return true;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return false;
    }
}
