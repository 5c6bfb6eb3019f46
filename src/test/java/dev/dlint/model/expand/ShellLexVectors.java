package dev.dlint.model.expand;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds BuildKit's shell-lex vector files in the shared corpus (read in place, never copied).
 * The corpus is {@code $DLINT_SHARED/corpus} (surefire sets it) or {@code ../shared/corpus}.
 * Missing corpus skips the test, unless {@code DLINT_REQUIRE_CORPUS=1} demands it.
 */
final class ShellLexVectors {

    private ShellLexVectors() {
    }

    static List<String> lines(String fileName) {
        Path file = directory().resolve(fileName);
        boolean present = Files.isRegularFile(file);
        if (!present && "1".equals(System.getenv("DLINT_REQUIRE_CORPUS"))) {
            throw new AssertionError("DLINT_REQUIRE_CORPUS=1 but " + file + " is missing");
        }
        assumeTrue(present, () -> "shared corpus not found at " + file
                + " (set DLINT_SHARED to the shared folder); skipping BuildKit shell-lex vectors");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        String shared = System.getenv("DLINT_SHARED");
        Path root = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared");
        return root.resolve("corpus").resolve("buildkit-shell-lex");
    }
}
