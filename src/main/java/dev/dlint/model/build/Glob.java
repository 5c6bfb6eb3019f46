package dev.dlint.model.build;

import dev.dlint.source.CodePoints;

/**
 * One path segment matched the way Go's {@code filepath.Match} matches it: {@code *} any run of
 * characters, {@code ?} one character, {@code [...]} a class ({@code ^} negates, ranges),
 * {@code \} escapes. A malformed pattern matches nothing.
 */
final class Glob {

    private Glob() {
    }

    /** Whether the text has an unescaped {@code *}, {@code ?} or {@code [}. */
    static boolean hasMeta(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String pattern, String name) {
        try {
            return match(CodePoints.of(pattern), 0, CodePoints.of(name), 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean match(int[] p, int pi, int[] s, int si) {
        while (pi < p.length) {
            int c = p[pi];
            if (c == '*') {
                while (pi < p.length && p[pi] == '*') {
                    pi++;
                }
                if (pi == p.length) {
                    return true;
                }
                for (int k = si; k <= s.length; k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length) {
                return false;
            }
            if (c == '?') {
                pi++;
                si++;
            } else if (c == '[') {
                int end = classEnd(p, pi);
                if (!classMatches(p, pi + 1, end, s[si])) {
                    return false;
                }
                pi = end + 1;
                si++;
            } else {
                if (c == '\\') {
                    pi++;
                    if (pi >= p.length) {
                        throw new IllegalArgumentException("trailing escape");
                    }
                    c = p[pi];
                }
                if (c != s[si]) {
                    return false;
                }
                pi++;
                si++;
            }
        }
        return si == s.length;
    }

    /** The index of the {@code ]} closing the class opened at {@code open}. */
    private static int classEnd(int[] p, int open) {
        int i = open + 1;
        if (i < p.length && p[i] == '^') {
            i++;
        }
        boolean first = true;
        while (i < p.length) {
            if (p[i] == ']' && !first) {
                return i;
            }
            if (p[i] == '\\') {
                i++;
            }
            i++;
            first = false;
        }
        throw new IllegalArgumentException("unterminated class");
    }

    private static boolean classMatches(int[] p, int from, int end, int ch) {
        int i = from;
        boolean negate = false;
        if (i < end && p[i] == '^') {
            negate = true;
            i++;
        }
        boolean matched = false;
        while (i < end) {
            int lo = p[i] == '\\' ? p[++i] : p[i];
            i++;
            int hi = lo;
            if (i < end && p[i] == '-') {
                i++;
                if (i >= end) {
                    throw new IllegalArgumentException("bad range");
                }
                hi = p[i] == '\\' ? p[++i] : p[i];
                i++;
            }
            if (lo <= ch && ch <= hi) {
                matched = true;
            }
        }
        return matched != negate;
    }
}
