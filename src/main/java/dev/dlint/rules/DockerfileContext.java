package dev.dlint.rules;

import dev.dlint.config.RuleOptions;
import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildModel;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Dockerfile;
import java.util.List;

/** What a Dockerfile rule sees: the parsed file, what the build means, and where to report. */
public final class DockerfileContext extends FindingSink {
    private final DockerfileAnalysis analysis;

    public DockerfileContext(RuleMeta rule, DockerfileAnalysis analysis, RuleOptions options, List<Diagnostic> out) {
        super(rule, analysis.source(), options, out);
        this.analysis = analysis;
    }

    public Dockerfile dockerfile() {
        return analysis.dockerfile();
    }

    public SourceFile source() {
        return analysis.source();
    }

    public DockerfileAnalysis analysis() {
        return analysis;
    }

    public BuildModel model() {
        return analysis.model();
    }
}
