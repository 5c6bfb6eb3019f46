package dev.dlint.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.DockerfileAnalysis;
import dev.dlint.model.build.BuildContext;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReader;
import dev.dlint.syntax.dockerfile.DockerfileSyntax;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every RUN body and RUN heredoc of the real-world Dockerfiles goes through the shell parser. */
class RunScriptsCorpusTest {

    @Test
    void realWorldRunBodiesParse() throws Exception {
        int runs = 0;
        int parsed = 0;
        int opaque = 0;
        int heredocRuns = 0;
        List<String> failures = new ArrayList<>();
        for (Path p : Corpus.filesOfKind("dockerfile")) {
            SourceFile source = new SourceReader().read(p, p.toString());
            DockerfileAnalysis a = new DockerfileAnalysis(DockerfileSyntax.parse(source), BuildContext.unknown());
            for (Instruction.Run run : a.runs()) {
                Optional<RunScript> s = a.script(run);
                if (s.isEmpty()) {
                    continue;
                }
                runs++;
                if (!run.heredocs().isEmpty()) {
                    heredocRuns++;
                }
                if (s.get().opaque()) {
                    opaque++;
                } else if (s.get().parsed().ok()) {
                    parsed++;
                } else {
                    var e = s.get().parsed().error().get();
                    failures.add(p + ":" + source.positionOf(e.span().start()).line() + ": " + e.message());
                }
            }
        }
        double share = 100.0 * (parsed + opaque) / runs;
        System.out.printf("RUN bodies: %d (%d with heredocs), %d parsed, %d opaque, %d with E002 (%.2f%% clean)%n",
                runs, heredocRuns, parsed, opaque, failures.size(), share);
        failures.forEach(f -> System.out.println("  E002 " + f));
        assertThat(share).isGreaterThanOrEqualTo(99.0);
    }
}
