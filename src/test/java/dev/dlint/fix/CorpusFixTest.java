package dev.dlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixes at scale over every real-world Dockerfile (see {@link FixAtScale}, which {@code
 * .ci/fix-at-scale} runs as a command): nothing broken, dropped, unconverged or non-idempotent.
 */
class CorpusFixTest {
    @TempDir
    Path work;

    @Test
    void everyRealWorldDockerfileFixesCleanlyAndIdempotently() throws Exception {
        FixAtScale.Report report = new FixAtScale().run(Corpus.realworld(), work.resolve("realworld"));
        System.out.print(report.summary());
        assertThat(report.files()).as("Dockerfiles in the corpus").isGreaterThan(500);
        assertThat(report.changed()).as("files some fix changed").isPositive();
        assertThat(report.broken()).isEmpty();
        assertThat(report.nonIdempotent()).isEmpty();
        assertThat(report.notConverged()).isEmpty();
    }
}
