package dev.dlint.rules.dockerfile;

import dev.dlint.fix.Fix;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.source.Span;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Heredoc;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.InstructionKind;
import java.util.Map;
import java.util.Set;

/**
 * DF601: BuildKit-only syntax (RUN --mount, heredocs, COPY --link/--parents/--exclude/--chmod, ...)
 * in a file without a {@code # syntax=} directive. Points at the first such flag or heredoc.
 */
public final class MissingSyntaxDirective implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("DF601", "missing-syntax-directive")
            .summary("BuildKit-only syntax without a `# syntax=docker/dockerfile:1` directive")
            .severity(Severity.WARNING)
            .fix(FixAvailability.SAFE)
            .build();

    static final String DIRECTIVE = "# syntax=docker/dockerfile:1";

    /** Flags the classic builder does not know, by instruction. */
    private static final Map<InstructionKind, Set<String>> BUILDKIT_FLAGS = Map.of(
            InstructionKind.RUN, Set.of("mount", "network", "security", "device"),
            InstructionKind.COPY, Set.of("link", "parents", "exclude", "chmod"),
            InstructionKind.ADD, Set.of("link", "exclude", "chmod", "checksum", "keep-git-dir", "unpack"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        if (context.dockerfile().directive("syntax").isPresent()) {
            return;
        }
        for (Instruction i : context.dockerfile().instructions()) {
            Instruction target = i instanceof Instruction.Onbuild o && o.trigger() != null ? o.trigger() : i;
            Feature f = firstFeature(target);
            if (f != null) {
                Fix fix = Fix.safe("Add `" + DIRECTIVE + "` as the first line")
                        .insert(0, DIRECTIVE + context.source().lineSeparator())
                        .build();
                context.report(f.span(), f.what() + " needs BuildKit's Dockerfile frontend, but the file has no `"
                        + DIRECTIVE + "` directive: builders with an older built-in frontend fail on it",
                        fix);
                return;
            }
        }
    }

    private record Feature(Span span, String what) {
    }

    private static Feature firstFeature(Instruction i) {
        Feature first = null;
        Set<String> flags = BUILDKIT_FLAGS.getOrDefault(i.kind(), Set.of());
        for (Flag f : i.flags()) {
            if (flags.contains(f.name())) {
                first = earlier(first, new Feature(f.span(), "`" + i.kind().name() + " --" + f.name() + "`"));
            }
        }
        for (Heredoc h : i.heredocs()) {
            first = earlier(first, new Feature(h.opener(), "A heredoc (`" + "<<" + h.name() + "`)"));
        }
        return first;
    }

    private static Feature earlier(Feature a, Feature b) {
        return a == null || b.span().start() < a.span().start() ? b : a;
    }
}
