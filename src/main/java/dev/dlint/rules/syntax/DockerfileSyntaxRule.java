package dev.dlint.rules.syntax;

import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.SyntaxError;

/** E001: what BuildKit's parser would reject, at its exact span. The rest of the file is still linted. */
public final class DockerfileSyntaxRule implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("E001", "dockerfile-syntax")
            .summary("Dockerfile syntax error")
            .severity(Severity.ERROR)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (SyntaxError e : context.dockerfile().errors()) {
            context.report(e.span(), e.message());
        }
    }
}
