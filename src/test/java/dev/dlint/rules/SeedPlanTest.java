package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Linter;
import dev.dlint.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed plan's own recommended Dockerfile (testdata/seed, its context rebuilt from the plan):
 * dlint must report what is still wrong with it.
 */
class SeedPlanTest {

    @Test
    void reportsWhatIsStillWrongWithTheRecommendedPattern() throws Exception {
        Path dockerfile = Path.of("testdata", "seed", "Dockerfile").toAbsolutePath();
        SourceFile source = SourceFile.of(dockerfile, "testdata/seed/Dockerfile", Files.readString(dockerfile), false);
        List<String> found = new Linter().lint(source, FileKind.DOCKERFILE).diagnostics().stream()
                .map(d -> d.file().path().getFileName() + ":" + d.start().line() + " " + d.code()
                        + (d.code().equals("PN203") ? " " + d.file().slice(d.span()) : ""))
                .toList();
        System.out.println("seed plan findings: " + found);
        assertThat(found).contains(
                // the COPY from outside the context
                "Dockerfile:15 DF602", "Dockerfile:28 DF602",
                // the model weights copied before the expensive install step
                "Dockerfile:25 CA104",
                // the unpinned pip/wheel/setuptools upgrade
                "Dockerfile:20 PN203 pip", "Dockerfile:20 PN203 wheel", "Dockerfile:20 PN203 setuptools",
                // the missing syntax directive for --mount
                "Dockerfile:19 DF601",
                // the install script's inline pip installs
                "install_vllm.sh:4 SH505", "install_vllm.sh:5 SH505");
    }
}
