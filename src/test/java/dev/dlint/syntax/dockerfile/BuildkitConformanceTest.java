package dev.dlint.syntax.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.testutil.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser test files: our AST, dumped BuildKit's way, must match byte for byte. */
class BuildkitConformanceTest {

    static Dockerfile parse(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        return DockerfileSyntax.parse(SourceFile.of(p, p.toString(), bom ? text.substring(1) : text, bom));
    }

    private static List<Path> cases(String dir) throws IOException {
        try (Stream<Path> s = Files.list(Corpus.root().resolve(dir))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> positiveCasesDumpIdentically() throws IOException {
        List<Path> cases = cases("buildkit-parser");
        assertThat(cases).hasSize(33);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Dockerfile file = parse(dir.resolve("Dockerfile"));
            String expected = Files.readString(dir.resolve("result")).replace("\r\n", "\n");
            assertThat(BuildkitDump.dump(file)).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesAreRejected() throws IOException {
        List<Path> cases = cases("buildkit-parser-negative");
        assertThat(cases).hasSize(4);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Dockerfile file = parse(dir.resolve("Dockerfile"));
            assertThat(file.errors()).as("E001 errors").isNotEmpty();
        }));
    }

    @Test
    void lineNumbersOfTheLineCase() throws IOException {
        Dockerfile file = parse(Corpus.root().resolve("buildkit-parser-line/Dockerfile"));
        assertThat(file.errors()).isEmpty();
        List<int[]> lines = file.instructions().stream().map(i -> new int[] {
            file.source().positionOf(i.span().start()).line(),
            file.source().positionOf(i.span().end()).line()}).toList();
        assertThat(lines).containsExactly(new int[] {5, 5}, new int[] {11, 12}, new int[] {17, 31});
    }
}
