package dev.dlint.syntax.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReader;
import dev.dlint.testutil.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** Every real-world Dockerfile parses without an error, and its tokens give back the file. */
class RealWorldParseTest {

    @Test
    void everyRealWorldDockerfileParsesWithoutSyntaxErrorsAndRoundTrips() throws Exception {
        List<Path> files = Corpus.filesOfKind("dockerfile");
        assertThat(files).hasSizeGreaterThan(700);
        List<String> problems = new ArrayList<>();
        int instructions = 0;
        for (Path p : files) {
            SourceFile source = new SourceReader().read(p, p.toString());
            Dockerfile file = DockerfileSyntax.parse(source);
            instructions += file.instructions().size();
            for (SyntaxError e : file.errors()) {
                problems.add(p + ":" + source.positionOf(e.span().start()).line() + ": " + e.message());
            }
            StringBuilder back = new StringBuilder();
            for (Token t : DockerfileSyntax.tokens(source)) {
                if (t.getType() != Token.EOF) {
                    back.append(t.getText());
                }
            }
            if (!back.toString().equals(source.text())) {
                problems.add(p + ": tokens do not reproduce the file");
            }
        }
        System.out.printf("real-world Dockerfiles: %d files, %d instructions, %d problems%n",
                files.size(), instructions, problems.size());
        assertThat(problems).isEmpty();
    }
}
