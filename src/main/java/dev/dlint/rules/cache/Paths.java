package dev.dlint.rules.cache;

import java.util.ArrayDeque;
import java.util.Deque;

/** Absolute image paths: cleaning, resolving, containment. */
final class Paths {
    private Paths() {
    }

    /** {@code child} against {@code parent} when relative, cleaned ({@code .}/{@code ..}/{@code //}/trailing {@code /}). */
    static String resolve(String parent, String child) {
        String p = child.startsWith("/") ? child : (parent.endsWith("/") ? parent : parent + "/") + child;
        Deque<String> parts = new ArrayDeque<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    static String clean(String path) {
        return resolve("/", path);
    }

    /** Whether {@code path} is {@code dir} or below it (both absolute and clean). */
    static boolean isUnder(String path, String dir) {
        return path.equals(dir) || dir.equals("/") || path.startsWith(dir + "/");
    }
}
