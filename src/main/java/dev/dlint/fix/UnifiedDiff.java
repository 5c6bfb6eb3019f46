package dev.dlint.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff (3 lines of context) between two versions of a file, as {@code diff -u} prints it. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        // LCS table over lines; Dockerfiles and scripts are small enough for the quadratic table.
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        record Op(char kind, String line, int ai, int bi) {
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i), i++, j++));
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add(new Op('+', b.get(j), i, j++));
            } else {
                ops.add(new Op('-', a.get(i), i++, j));
            }
        }
        boolean absolute = path.startsWith("/");
        StringBuilder out = new StringBuilder("--- " + (absolute ? "" : "a/") + path + "\n+++ " + (absolute ? "" : "b/") + path + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).kind() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size()) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int aStart = ops.get(start).ai();
            int bStart = ops.get(start).bi();
            int aCount = 0;
            int bCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int x = start; x < end; x++) {
                Op op = ops.get(x);
                hunk.append(op.kind()).append(op.line()).append('\n');
                if (op.kind() != '+') {
                    aCount++;
                }
                if (op.kind() != '-') {
                    bCount++;
                }
            }
            out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
            out.append(hunk);
            k = end;
        }
        return out.toString();
    }

    /** The diff that creates a file. */
    public static String newFile(String path, String content) {
        String d = of(path, "", content);
        return "--- /dev/null" + d.substring(d.indexOf('\n'));
    }

    private static String range(int start, int count) {
        return count == 0 ? start + ",0" : (start + 1) + "," + count;
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            if (nl < 0) {
                out.add(s.substring(from) + "\n\\ No newline at end of file");
                break;
            }
            out.add(s.substring(from, nl));
            from = nl + 1;
        }
        return out;
    }
}
