package dev.dlint.source;

import java.nio.file.Path;

/**
 * A decoded text file. {@code text} excludes a leading byte-order mark ({@code bom} records it),
 * so offsets and columns start at the first real character; writing back restores the mark.
 *
 * @param path        where the file was read from, or null for stdin and in-memory sources
 * @param displayPath how the file is named in output (relative to the working directory when below it)
 */
public record SourceFile(Path path, String displayPath, String text, boolean bom, LineIndex lines) {

    public static SourceFile of(String displayPath, String text) {
        return new SourceFile(null, displayPath, text, false, LineIndex.of(text));
    }

    public static SourceFile of(Path path, String displayPath, String text, boolean bom) {
        return new SourceFile(path, displayPath, text, bom, LineIndex.of(text));
    }

    public Position positionOf(int offset) {
        return lines.positionOf(offset);
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.substring(lines.lineStart(line), lines.lineEnd(line, text));
    }

    /** The dominant line terminator, for edits that insert new lines. */
    public String lineSeparator() {
        int lf = text.indexOf('\n');
        return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }
}
