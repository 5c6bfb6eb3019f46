package dev.dlint.model.context;

import dev.dlint.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed .dockerignore with BuildKit's semantics: a path is excluded when the last pattern
 * matching it, or matching one of its parent directories, is not a {@code !} exception.
 */
public final class DockerIgnore {

    /** A line BuildKit would reject (it then fails the build); it is left out of matching. */
    public record Problem(int line, Span span, String message) {
    }

    private record Entry(IgnorePattern pattern, PathPattern matcher) {
    }

    private final List<Entry> entries;
    private final List<Problem> problems;

    private DockerIgnore(List<Entry> entries, List<Problem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static DockerIgnore empty() {
        return new DockerIgnore(List.of(), List.of());
    }

    public static DockerIgnore parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lineStart = 0;
        int lineNo = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            lineNo++;
            int from = lineStart;
            if (lineNo == 1 && from < contentEnd && text.charAt(from) == '\uFEFF') {
                from++;
            }
            parseLine(text, from, contentEnd, lineNo, entries, problems);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return new DockerIgnore(entries, problems);
    }

    /** Comments are recognised only in column 1: {@code " # x"} is a pattern, as in BuildKit. */
    private static void parseLine(String text, int from, int to, int lineNo, List<Entry> entries,
                                  List<Problem> problems) {
        if (from < to && text.charAt(from) == '#') {
            return;
        }
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        String written = text.substring(start, end);
        Span span = Span.of(start, end);
        boolean exception = written.charAt(0) == '!';
        String pattern = exception ? written.substring(1).strip() : written;
        if (pattern.isEmpty()) {
            problems.add(new Problem(lineNo, span, "illegal exclusion pattern: \"!\""));
            return;
        }
        pattern = GoPath.clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
            pattern = pattern.substring(1);
        }
        IgnorePattern ignorePattern = new IgnorePattern(written, pattern, exception, lineNo, span);
        Optional<PathPattern> compiled = PathPattern.compile(pattern);
        if (compiled.isEmpty()) {
            problems.add(new Problem(lineNo, span, "syntax error in pattern: " + written));
            return;
        }
        entries.add(new Entry(ignorePattern, compiled.get()));
    }

    /**
     * The Dockerfile-specific {@code <name>.dockerignore} beside the Dockerfile wins over
     * {@code <context>/.dockerignore}; empty when neither exists.
     */
    public static Optional<Path> locate(Path dockerfile, Path contextDir) {
        Path fileName = dockerfile.getFileName();
        if (fileName != null) {
            Path specific = dockerfile.resolveSibling(fileName + ".dockerignore");
            if (Files.isRegularFile(specific)) {
                return Optional.of(specific);
            }
        }
        Path shared = contextDir.resolve(".dockerignore");
        return Files.isRegularFile(shared) ? Optional.of(shared) : Optional.empty();
    }

    public List<IgnorePattern> patterns() {
        return entries.stream().map(Entry::pattern).toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean isExcluded(String contextRelativePath) {
        return match(contextRelativePath).isPresent();
    }

    /** The pattern that excludes the path, or empty when the path is sent to the builder. */
    public Optional<Match> match(String contextRelativePath) {
        String path = normalise(contextRelativePath);
        if (path.equals(".") || path.isEmpty()) {
            // The context root itself is never excluded.
            return Optional.empty();
        }
        String parent = GoPath.dir(path);
        String[] parentDirs = parent.equals(".") ? new String[0] : parent.split("/");
        Match decided = null;
        for (Entry entry : entries) {
            boolean excluded = decided != null;
            // An exclusion cannot change an excluded path, nor an exception an included one.
            if (entry.pattern().exception() != excluded) {
                continue;
            }
            String matchedAs = matchedAs(entry.matcher(), path, parentDirs);
            if (matchedAs != null) {
                decided = entry.pattern().exception() ? null : new Match(entry.pattern(), matchedAs);
            }
        }
        return Optional.ofNullable(decided);
    }

    private static String matchedAs(PathPattern matcher, String path, String[] parentDirs) {
        if (matcher.matches(path)) {
            return path;
        }
        StringBuilder prefix = new StringBuilder();
        for (String dir : parentDirs) {
            if (prefix.length() > 0) {
                prefix.append('/');
            }
            prefix.append(dir);
            if (matcher.matches(prefix.toString())) {
                return prefix.toString();
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String cleaned = GoPath.clean(path);
        while (cleaned.startsWith("/")) {
            cleaned = cleaned.substring(1);
        }
        return cleaned;
    }
}
