package dev.dlint.discover;

import dev.dlint.rules.FileKind;
import java.nio.file.Path;

/**
 * A file to lint.
 *
 * @param path        where to read it (absolute, normalized, symbolic links not resolved)
 * @param displayPath how output names it: relative to the working directory with forward slashes
 *                    when below it, else absolute
 * @param kind        what it is, which decides the parser and rules
 */
public record DiscoveredFile(Path path, String displayPath, FileKind kind) {
}
