package dev.dlint.syntax.dockerfile;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;

/**
 * A BuildKit heredoc opened on an instruction's line ({@code <<EOF}, {@code <<-'EOF'}, {@code 3<<EOF}).
 *
 * @param name       the delimiter with quotes removed
 * @param chomp      {@code <<-}: leading tabs are stripped from body lines and the terminator
 * @param expand     false when the delimiter was quoted: variables in the body are not expanded
 * @param fd         the file descriptor prefix, or -1
 * @param opener     the span of the opener word
 * @param body       the span of the body lines (each with its newline)
 * @param terminator the span of the terminator line, or null when the heredoc is unterminated
 * @param content    the body text as written (tabs not yet stripped)
 */
public record Heredoc(String name, boolean chomp, boolean expand, int fd, Span opener, Span body,
                      Span terminator, String content) {

    /** Maps offsets in {@link #content()} to the file. */
    public OffsetMap contentMap() {
        return OffsetMap.shifted(body.start());
    }

    public boolean terminated() {
        return terminator != null;
    }
}
