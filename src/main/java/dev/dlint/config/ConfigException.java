package dev.dlint.config;

import java.nio.file.Path;

/** A configuration problem; the message names the file, line and key, fit for one line on stderr. */
public final class ConfigException extends Exception {
    public ConfigException(Path file, int line, String key, String message) {
        super(file + (line > 0 ? ":" + line : "") + (key == null ? "" : ": " + key) + ": " + message);
    }

    public ConfigException(String message) {
        super(message);
    }
}
