package dev.dlint.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Slash-separated path arithmetic with the results of Go's {@code path.Clean} (BuildKit's own
 * rules for image and context paths), shared by the build model, .dockerignore matching and rules.
 */
public final class SlashPath {
    private SlashPath() {
    }

    /** Lexical clean-up: repeated slashes, {@code .} and {@code ..} elements, trailing slash. */
    public static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        if (isClean(path)) {
            return path; // the usual case: nothing to split and join again
        }
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                    continue;
                }
                if (rooted) {
                    continue;
                }
            }
            parts.addLast(part);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** No empty, {@code .} or {@code ..} element and no trailing slash ({@code /} alone is clean). */
    private static boolean isClean(String path) {
        int n = path.length();
        if (n > 1 && path.charAt(n - 1) == '/') {
            return false;
        }
        int elementStart = path.charAt(0) == '/' ? 1 : 0;
        for (int i = elementStart; i <= n; i++) {
            if (i == n || path.charAt(i) == '/') {
                int len = i - elementStart;
                if (i < n && len == 0) {
                    return false;
                }
                if (len == 1 && path.charAt(elementStart) == '.'
                        || len == 2 && path.charAt(elementStart) == '.' && path.charAt(elementStart + 1) == '.') {
                    return false;
                }
                elementStart = i + 1;
            }
        }
        return true;
    }

    /** {@code child} if absolute, else {@code parent/child}; cleaned. */
    public static String resolve(String parent, String child) {
        return child.startsWith("/") ? clean(child) : clean(parent + "/" + child);
    }
}
