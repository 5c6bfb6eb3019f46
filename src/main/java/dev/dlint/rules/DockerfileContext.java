package dev.dlint.rules;

import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Dockerfile;
import java.util.List;

/** What a Dockerfile rule sees: the parsed file, and where to report. */
public final class DockerfileContext extends FindingSink {
    private final Dockerfile dockerfile;

    public DockerfileContext(RuleMeta rule, Dockerfile dockerfile, List<Diagnostic> out) {
        super(rule, dockerfile.source(), out);
        this.dockerfile = dockerfile;
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    public SourceFile source() {
        return dockerfile.source();
    }
}
