package dev.dlint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format. */
public interface Formatter {
    void write(Report report, Writer out) throws IOException;

    /** Whether {@code --statistics} changes this format's output. */
    static boolean hasStatistics(Format format) {
        return format == Format.TEXT || format == Format.JSON;
    }

    /**
     * The formatter for a format. Each is created on demand so that, say, Jackson is loaded only
     * when JSON is asked for.
     *
     * @param color   ANSI colors (text only)
     * @param concise one line per finding, no source snippets (text only)
     * @param root    the directory SARIF URIs are relative to
     */
    static Formatter of(Format format, boolean color, boolean concise, java.nio.file.Path root) {
        return of(format, color, concise, false, root);
    }

    /**
     * @param statistics the count per rule: instead of the findings (text), or added to them (json);
     *                   the other formats have no place for it
     */
    static Formatter of(Format format, boolean color, boolean concise, boolean statistics, java.nio.file.Path root) {
        switch (format) {
            case JSON:
                return new JsonFormatter(statistics);
            case SARIF:
                return new SarifFormatter(root);
            case GITHUB:
                return new GithubFormatter();
            case CHECKSTYLE:
                return new CheckstyleFormatter();
            case GITLAB:
                return new GitlabFormatter();
            case JUNIT:
                return new JunitFormatter();
            case TEXT:
            default:
                return new TextFormatter(color, concise, statistics);
        }
    }
}
