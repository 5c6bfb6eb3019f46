package dev.dlint.testutil;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the shared corpus ({@code $DLINT_SHARED/corpus}, else {@code ../shared/corpus}). When it
 * is missing the calling test is skipped, unless {@code DLINT_REQUIRE_CORPUS=1}, which makes it fail.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus directory ({@code …/shared/corpus}); skips or fails the test when absent. */
    public static Path root() {
        String shared = System.getenv("DLINT_SHARED");
        Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("..", "shared");
        Path root = base.resolve("corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            String message = "corpus not found at " + root + " (set DLINT_SHARED to the shared directory)";
            if ("1".equals(System.getenv("DLINT_REQUIRE_CORPUS"))) {
                fail(message + "; DLINT_REQUIRE_CORPUS=1 requires it");
            }
            assumeTrue(false, message + "; skipping");
        }
        return root;
    }

    /** The files of the real-world corpus whose MANIFEST.tsv kind is {@code kind}, in manifest order. */
    public static List<Path> filesOfKind(String kind) {
        Path realworld = root().resolve("realworld");
        Path manifest = realworld.resolve("MANIFEST.tsv");
        List<Path> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) { // line 0 is the header
                String[] cols = lines.get(i).split("\t");
                if (cols.length >= 4 && cols[3].equals(kind)) {
                    out.add(realworld.resolve(cols[0].replace("/", "__")).resolve(cols[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        return out;
    }
}
