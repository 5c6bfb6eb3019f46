package dev.dlint.fix;

/**
 * A file a fix creates beside the linted one (a .dockerignore, a requirements file).
 * {@code relativePath} is resolved against the directory of the file the diagnostic is in.
 */
public record NewFile(String relativePath, String content) {
}
