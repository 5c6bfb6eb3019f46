package dev.dlint.testutil;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the shared corpora are: {@code $DLINT_SHARED/corpus} (surefire sets it to
 * {@code ../shared}) or {@code ../shared/corpus}. On a user's machine without them the calling
 * test is skipped, saying so; CI sets {@code DLINT_REQUIRE_CORPUS=1}, which turns that skip into
 * a failure.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String env = System.getenv("DLINT_SHARED");
        Path shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared");
        Path corpus = shared.resolve("corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            String why = "corpus not found at " + corpus + " (set DLINT_SHARED to the folder holding corpus/)";
            if ("1".equals(System.getenv("DLINT_REQUIRE_CORPUS"))) {
                fail(why + "; DLINT_REQUIRE_CORPUS=1 requires it");
            }
            assumeTrue(false, why + "; skipping");
        }
        return corpus;
    }

    public static Path realworld() {
        return root().resolve("realworld");
    }

    /** Files of one kind (dockerfile, script, requirements, dockerignore) listed in realworld/MANIFEST.tsv. */
    public static List<Path> filesOfKind(String kind) {
        return CorpusManifest.filesOfKind(realworld(), kind);
    }
}
