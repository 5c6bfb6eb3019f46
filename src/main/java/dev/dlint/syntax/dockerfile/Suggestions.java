package dev.dlint.syntax.dockerfile;

import java.util.Locale;

/** "Did you mean" for a misspelt instruction, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    static String didYouMean(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (InstructionKind k : InstructionKind.values()) {
            if (k == InstructionKind.UNKNOWN) {
                continue;
            }
            int d = distance(w, k.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = k.name();
            }
        }
        int allowed = Math.max(1, w.length() / 3);
        return best != null && bestDistance <= allowed ? " (did you mean " + best + "?)" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
