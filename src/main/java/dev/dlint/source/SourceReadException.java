package dev.dlint.source;

import java.nio.file.Path;

/** A file that cannot be linted: the message names the reason in one line, fit for stderr. */
public final class SourceReadException extends Exception {
    private final Path path;

    public SourceReadException(Path path, String reason) {
        super(reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
