package dev.dlint.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files realworld/MANIFEST.tsv lists, by kind; free of JUnit so that command-line tools can use it. */
public final class CorpusManifest {
    private CorpusManifest() {
    }

    /** Files of one kind (dockerfile, script, requirements, dockerignore) that exist under {@code realworld}. */
    public static List<Path> filesOfKind(Path realworld, String kind) {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(realworld.resolve("MANIFEST.tsv"))) {
                String[] cols = line.split("\t");
                if (cols.length < 4 || !cols[3].equals(kind)) {
                    continue;
                }
                Path p = realworld.resolve(cols[0].replace("/", "__")).resolve(cols[2]);
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
