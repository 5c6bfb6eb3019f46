package dev.dlint.syntax.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.OffsetMap;
import dev.dlint.testutil.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real-world install scripts of the shared corpus parse. */
class ShellCorpusTest {

    private record Result(Path path, ShellScriptParser.Outcome outcome) {
    }

    private static List<Result> parseAll() throws IOException {
        List<Result> out = new ArrayList<>();
        for (Path p : Corpus.filesOfKind("script")) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            out.add(new Result(p, ShellScriptParser.parseWithStats(text, OffsetMap.shifted(0))));
        }
        return out;
    }

    @Test
    void corpusScriptsParse() throws IOException {
        List<Result> results = parseAll();
        assertThat(results).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (Result r : results) {
            r.outcome().parsed().error().ifPresent(e -> failures.add(r.path().getParent().getFileName() + "/"
                    + r.path().getFileName() + " @" + e.span().start() + ": " + e.message()));
        }
        int ok = results.size() - failures.size();
        System.out.printf("shell corpus: %d scripts, %d parsed without error (%.1f%%)%n", results.size(), ok,
                100.0 * ok / results.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(ok * 100.0 / results.size()).as("share parsed without error").isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void validCorpusScriptsNeverNeedTheLlFallback() throws IOException {
        List<Result> results = parseAll();
        List<Path> fallbacks = new ArrayList<>();
        for (Result r : results) {
            if (r.outcome().sllFailed() && r.outcome().parsed().ok()) {
                fallbacks.add(r.path());
            }
        }
        long total = results.stream().filter(r -> r.outcome().sllFailed()).count();
        System.out.printf("shell corpus: %d SLL failures, %d of them on scripts that LL parses%n", total,
                fallbacks.size());
        assertThat(fallbacks).as("valid scripts that needed the LL fallback").isEmpty();
    }
}
