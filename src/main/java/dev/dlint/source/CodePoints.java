package dev.dlint.source;

/**
 * A string's code points as an array, the same as {@code s.codePoints().toArray()} (an unpaired
 * surrogate stays one element), but a plain loop: the stream version loads the stream classes and
 * links a method reference inside them, which costs start-up on the first lint of a JVM (issue #7).
 */
public final class CodePoints {
    private CodePoints() {
    }

    public static int[] of(String s) {
        int[] out = new int[s.codePointCount(0, s.length())];
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            int cp = s.codePointAt(i);
            out[n] = cp;
            i += Character.charCount(cp);
        }
        return out;
    }
}
