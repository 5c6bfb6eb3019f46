package dev.dlint.rules.cache;

import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.AndOr;
import dev.dlint.syntax.shell.CommandSite;
import dev.dlint.syntax.shell.Pipeline;
import java.util.Optional;

/** Spans to delete so that a word or a command leaves the file tidy, and the whole lines of an instruction. */
public final class Edits {
    private Edits() {
    }

    /**
     * The span that removes one word of a command with the blanks that go with it: a word alone on
     * a continued line takes its line, a word followed by more takes its trailing blanks, a last
     * word takes its leading blanks.
     */
    public static Span wordDeletion(String text, Span word) {
        int s = word.start();
        int e = word.end();
        int after = e;
        while (after < text.length() && isBlank(text.charAt(after))) {
            after++;
        }
        int before = s;
        while (before > 0 && isBlank(text.charAt(before - 1))) {
            before--;
        }
        boolean lineStart = before == 0 || text.charAt(before - 1) == '\n';
        int eol = eolAt(text, after + 1);
        boolean continued = after < text.length() && text.charAt(after) == '\\' && eol >= 0;
        if (lineStart && continued) {
            return Span.of(before, eol);
        }
        boolean moreOnLine = after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r'
                && !continued;
        if (moreOnLine && after > e) {
            return Span.of(s, after);
        }
        return Span.of(before, e);
    }

    /** The end offset of the line break at {@code i} (after {@code \n} or {@code \r\n}), or -1. */
    private static int eolAt(String text, int i) {
        if (i < text.length() && text.charAt(i) == '\n') {
            return i + 1;
        }
        if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * The span that removes a command that is one step of an {@code &&} chain ({@code a && b && c}),
     * with its {@code &&}; empty when the command is not such a step.
     */
    static Optional<Span> andStepDeletion(CommandSite site) {
        Pipeline p = site.pipeline();
        AndOr list = site.andOr();
        if (p.commands().size() != 1 || p.bang().isPresent() || list.pipelines().size() < 2) {
            return Optional.empty();
        }
        int i = site.andOrIndex();
        if (i < list.operators().size() && !list.operators().get(i).text().equals("&&")) {
            return Optional.empty();
        }
        if (i > 0) {
            if (!list.operators().get(i - 1).text().equals("&&")) {
                return Optional.empty();
            }
            return Optional.of(Span.of(list.pipelines().get(i - 1).span().end(), p.span().end()));
        }
        if (!list.operators().get(0).text().equals("&&")) {
            return Optional.empty();
        }
        return Optional.of(Span.of(p.span().start(), list.pipelines().get(1).span().start()));
    }

    /** The offset of the start of the line holding {@code offset}. */
    public static int lineStart(SourceFile source, int offset) {
        String text = source.text();
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** From the start of the instruction's first line to just after its last line's line break. */
    public static Span wholeLines(SourceFile source, Span span) {
        String text = source.text();
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return Span.of(lineStart(source, span.start()), end);
    }

    /** The text of the instruction's whole lines, ending with a line separator. */
    public static String linesText(SourceFile source, Span span) {
        String s = source.slice(wholeLines(source, span));
        return s.endsWith("\n") || s.endsWith("\r") ? s : s + source.lineSeparator();
    }
}
