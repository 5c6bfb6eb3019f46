package dev.dlint.model.requirements;

import dev.dlint.source.LineIndex;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses pip requirements files the way pip's {@code req_file.py} reads them: join continuation
 * lines, drop comments, split each line into requirement text and options. Never throws: what it
 * cannot understand becomes an {@link Unparsed} entry.
 */
public final class RequirementsParser {

    private static final Pattern ENV_VAR = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private RequirementsParser() {
    }

    public static RequirementsFile parse(SourceFile source) {
        List<RequirementLine> entries = new ArrayList<>();
        for (LogicalLine line : logicalLines(source)) {
            parseLine(line, entries);
        }
        return new RequirementsFile(source, entries);
    }

    /**
     * A line ending in a backslash continues on the next, unless the line is a comment: pip
     * checks this before removing comments, so {@code foo # note \} still continues.
     */
    static List<LogicalLine> logicalLines(SourceFile source) {
        String text = source.text();
        LineIndex index = source.lines();
        List<LogicalLine> result = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        int[] offsets = new int[16];
        int groupStart = -1;
        for (int line = 1; line <= index.lineCount(); line++) {
            int start = index.lineStart(line);
            int end = index.lineEnd(line, text);
            if (line == index.lineCount() && start == end && groupStart < 0) {
                break;
            }
            if (groupStart < 0) {
                groupStart = start;
            }
            boolean continues = end > start && text.charAt(end - 1) == '\\' && !isCommentLine(text, start, end);
            int contentEnd = end;
            if (continues) {
                while (contentEnd > start && text.charAt(contentEnd - 1) == '\\') {
                    contentEnd--;
                }
            }
            for (int i = start; i < contentEnd; i++) {
                if (joined.length() == offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[joined.length()] = i;
                joined.append(text.charAt(i));
            }
            if (!continues || line == index.lineCount()) {
                result.add(new LogicalLine(joined.toString(), Arrays.copyOf(offsets, joined.length()),
                        Span.of(groupStart, end)));
                joined.setLength(0);
                groupStart = -1;
            }
        }
        return result;
    }

    private static boolean isCommentLine(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && text.charAt(i) == '#';
    }

    private static void parseLine(LogicalLine line, List<RequirementLine> out) {
        String text = line.text();
        int end = commentStart(text);
        int start = 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        List<String> envVars = envVars(text.substring(start, end));
        int optionsStart = optionsStart(text, start, end);
        List<Token> options = Token.split(text, optionsStart, end);
        int argsEnd = optionsStart;
        while (argsEnd > start && Character.isWhitespace(text.charAt(argsEnd - 1))) {
            argsEnd--;
        }
        if (argsEnd > start) {
            out.add(RequirementText.parse(line, start, argsEnd, options, envVars, false));
        } else {
            OptionLine.parse(line, options, envVars, out);
        }
    }

    /** A {@code #} at the start or after whitespace starts a comment; {@code url#egg=x} does not. */
    static int commentStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return i;
            }
        }
        return text.length();
    }

    /** Like pip, options begin at the first space-separated token that starts with {@code -}. */
    private static int optionsStart(String text, int start, int end) {
        int tokenStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ' ') {
                if (tokenStart < i && text.charAt(tokenStart) == '-') {
                    return tokenStart;
                }
                tokenStart = i + 1;
            }
        }
        return end;
    }

    static List<String> envVars(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = ENV_VAR.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** A shell-like word of the options part, with quotes removed and its extent in the joined text. */
    record Token(String value, int start, int end) {

        static List<Token> split(String text, int from, int to) {
            List<Token> tokens = new ArrayList<>();
            int i = from;
            while (i < to) {
                while (i < to && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= to) {
                    break;
                }
                int start = i;
                StringBuilder value = new StringBuilder();
                while (i < to && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i);
                    if (c == '\'' || c == '"') {
                        int close = text.indexOf(c, i + 1);
                        if (close < 0 || close >= to) {
                            close = to;
                        }
                        value.append(text, i + 1, close);
                        i = Math.min(close + 1, to);
                    } else {
                        value.append(c);
                        i++;
                    }
                }
                tokens.add(new Token(value.toString(), start, i));
            }
            return tokens;
        }
    }
}
