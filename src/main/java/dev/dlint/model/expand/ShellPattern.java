package dev.dlint.model.expand;

import dev.dlint.source.CodePoints;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The shell patterns of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}: only {@code *},
 * {@code ?} and backslash escapes ({@code [...]} is literal in BuildKit), translated to a regex.
 */
final class ShellPattern {

    private ShellPattern() {
    }

    static final class BadPattern extends Exception {
        BadPattern(String message) {
            super(message);
        }
    }

    static Pattern toRegex(String pattern, boolean greedy, boolean anchored) throws BadPattern {
        int[] cps = CodePoints.of(pattern);
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        if (anchored) {
            out.append('^');
        }
        String star = greedy ? ".*" : ".*?";
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            switch (cp) {
                case '*' -> out.append(star);
                case '?' -> out.append('.');
                case '\\' -> {
                    int next = i + 1 < cps.length ? cps[i + 1] : -1;
                    // `}` and `/` are escaped only to get them past the ${...} scanner.
                    if (next == '}' || next == '/') {
                        continue;
                    }
                    if (next != '*' && next != '?' && next != '\\') {
                        throw new BadPattern("invalid escape '\\" + (next < 0 ? "" : Character.toString(next)) + "'");
                    }
                    out.append('\\').appendCodePoint(next);
                    i++;
                }
                default -> {
                    if ("[]{}.+()|^$".indexOf(cp) >= 0) {
                        out.append('\\');
                    }
                    out.appendCodePoint(cp);
                }
            }
        }
        try {
            return Pattern.compile(out.toString());
        } catch (PatternSyntaxException e) {
            throw new BadPattern(e.getDescription());
        }
    }

    /** Removes the shortest (or longest) prefix of {@code value} matching {@code pattern}. */
    static String trimPrefix(String pattern, String value, boolean greedy) throws BadPattern {
        Matcher m = toRegex(pattern, greedy, true).matcher(value);
        return m.find() ? value.substring(m.end()) : value;
    }

    /**
     * Removes the shortest (or longest) suffix. A regex finds the leftmost match, not the
     * rightmost shortest one, so both the value and the pattern are reversed (keeping each escape
     * in front of the character it escapes).
     */
    static String trimSuffix(String pattern, String value, boolean greedy) throws BadPattern {
        String trimmed = trimPrefix(reversePattern(pattern), reverse(value), greedy);
        return reverse(trimmed);
    }

    /** Replaces the first (or every) match; literal replacement, Go's rule on empty matches. */
    static String replace(String pattern, String value, String replacement, boolean all) throws BadPattern {
        Matcher m = toRegex(pattern, true, false).matcher(value);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int lastMatchEnd = -1;
        while (m.find()) {
            // Go skips an empty match that abuts the previous match.
            if (m.start() == m.end() && m.start() == lastMatchEnd) {
                continue;
            }
            out.append(value, copied, m.start()).append(replacement);
            copied = m.end();
            lastMatchEnd = m.end();
            if (!all) {
                break;
            }
        }
        return out.append(value, copied, value.length()).toString();
    }

    static String reversePattern(String pattern) {
        int[] cps = CodePoints.of(pattern);
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        for (int i = 0; i <= last; ) {
            if (cps[i] == '\\' && i != last) {
                out[last - i - 1] = '\\';
                out[last - i] = cps[i + 1];
                i += 2;
            } else {
                out[last - i] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    private static String reverse(String s) {
        int[] cps = CodePoints.of(s);
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            int t = cps[i];
            cps[i] = cps[j];
            cps[j] = t;
        }
        return new String(cps, 0, cps.length);
    }
}
