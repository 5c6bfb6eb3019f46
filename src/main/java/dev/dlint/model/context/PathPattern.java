package dev.dlint.model.context;

import dev.dlint.source.CodePoints;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A compiled .dockerignore pattern, matching the way moby's patternmatcher does: {@code *} and
 * {@code ?} stop at {@code /}, {@code **} crosses directories, {@code \} escapes, bracket
 * expressions as in {@code filepath.Match}. Literal patterns, {@code prefix/**} and
 * {@code **}{@code /suffix} keep moby's string shortcuts, whose results differ slightly from the
 * regex (e.g. {@code **foo} matches {@code xfoo}).
 */
final class PathPattern {

    private enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

    private final String cleaned;
    private final Kind kind;
    private final Pattern regex;

    private PathPattern(String cleaned, Kind kind, Pattern regex) {
        this.cleaned = cleaned;
        this.kind = kind;
        this.regex = regex;
    }

    /** Empty when the pattern is malformed (BuildKit refuses the whole file then). */
    static Optional<PathPattern> compile(String cleaned) {
        int[] cps = CodePoints.of(cleaned);
        StringBuilder re = new StringBuilder("^");
        Kind kind = Kind.EXACT;
        for (int i = 0, step = 0; i < cps.length; i++, step++) {
            int ch = cps[i];
            if (ch == '*') {
                if (i + 1 < cps.length && cps[i + 1] == '*') {
                    i++;
                    if (i + 1 < cps.length && cps[i + 1] == '/') {
                        i++;
                    }
                    if (i + 1 >= cps.length) {
                        // A trailing ** accepts everything below, as in .gitignore.
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            re.append(".*");
                            kind = Kind.REGEX;
                        }
                    } else {
                        re.append("(?:.*/)?");
                        kind = Kind.REGEX;
                    }
                    if (step == 0) {
                        kind = Kind.SUFFIX;
                    }
                } else {
                    re.append("[^/]*");
                    kind = Kind.REGEX;
                }
            } else if (ch == '?') {
                re.append("[^/]");
                kind = Kind.REGEX;
            } else if (ch == '\\') {
                if (i + 1 >= cps.length) {
                    return Optional.empty();
                }
                appendLiteral(re, cps[++i]);
                kind = Kind.REGEX;
            } else if (ch == '[') {
                int end = appendClass(re, cps, i);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end;
                kind = Kind.REGEX;
            } else {
                appendLiteral(re, ch);
            }
        }
        if (kind != Kind.REGEX) {
            return Optional.of(new PathPattern(cleaned, kind, null));
        }
        return Optional.of(new PathPattern(cleaned, kind, Pattern.compile(re.append('$').toString(), Pattern.DOTALL)));
    }

    boolean matches(String path) {
        return switch (kind) {
            case EXACT -> path.equals(cleaned);
            case PREFIX -> path.startsWith(cleaned.substring(0, cleaned.length() - 2));
            case SUFFIX -> {
                String suffix = cleaned.substring(2);
                yield path.endsWith(suffix) || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
            }
            case REGEX -> regex.matcher(path).matches();
        };
    }

    private static void appendLiteral(StringBuilder re, int ch) {
        if (!Character.isLetterOrDigit(ch) && ch < 0x80) {
            re.append('\\');
        }
        re.appendCodePoint(ch);
    }

    /**
     * Translates {@code [...]} starting at {@code open} (negation {@code ^}, ranges, escapes) and
     * returns the index of its {@code ]}, or -1 when it is malformed, as filepath.Match would report.
     */
    private static int appendClass(StringBuilder re, int[] cps, int open) {
        StringBuilder cls = new StringBuilder("[");
        int i = open + 1;
        if (i < cps.length && cps[i] == '^') {
            cls.append('^');
            i++;
        }
        boolean empty = true;
        while (i < cps.length && (cps[i] != ']' || empty)) {
            if (cps[i] == ']' || cps[i] == '-') {
                return -1;
            }
            int lo = cps[i] == '\\' ? (++i < cps.length ? cps[i] : -1) : cps[i];
            if (lo < 0) {
                return -1;
            }
            i++;
            appendLiteral(cls, lo);
            if (i < cps.length && cps[i] == '-') {
                i++;
                if (i >= cps.length || cps[i] == ']') {
                    return -1;
                }
                int hi = cps[i] == '\\' ? (++i < cps.length ? cps[i] : -1) : cps[i];
                if (hi < 0 || hi < lo) {
                    return -1;
                }
                i++;
                cls.append('-');
                appendLiteral(cls, hi);
            }
            empty = false;
        }
        if (i >= cps.length) {
            return -1;
        }
        re.append(cls).append(']');
        return i;
    }
}
