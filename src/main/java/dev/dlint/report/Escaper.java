package dev.dlint.report;

/**
 * Makes text taken from linted files safe to print: control characters (ESC, CR, BEL, DEL, the
 * C1 range with its single-byte CSI) and invisible bidirectional/format characters (Trojan
 * Source) are shown as escapes, so a crafted file can neither drive the terminal nor disguise
 * what is printed.
 */
public final class Escaper {
    private Escaper() {
    }

    /** True for a code point that must never reach a terminal or log as itself. */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
                || cp == 0x061c
                || (cp >= 0x200b && cp <= 0x200f)
                || (cp >= 0x2028 && cp <= 0x202e)
                || (cp >= 0x2060 && cp <= 0x2069)
                || cp == 0xfeff
                || (cp >= 0xd800 && cp <= 0xdfff); // only unpaired surrogates reach here as code points
    }

    /** The escape shown for an unsafe code point: {@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}. */
    public static String escapeCodePoint(int cp) {
        switch (cp) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return cp < 0x80 ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp);
        }
    }

    /** Escapes every unsafe character (including newlines and tabs): for one-line contexts such as messages and paths. */
    /** Escapes each line of a multi-line text (a diff), keeping its line breaks. */
    public static String escapeKeepingNewlines(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (from <= s.length()) {
            int nl = s.indexOf('\n', from);
            if (nl < 0) {
                sb.append(escape(s.substring(from)));
                break;
            }
            sb.append(escape(s.substring(from, nl))).append('\n');
            from = nl + 1;
        }
        return sb.toString();
    }

    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isUnsafe(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isUnsafe(cp)) {
                sb.append(escapeCodePoint(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
