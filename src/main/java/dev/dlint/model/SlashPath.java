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

    /** {@code child} if absolute, else {@code parent/child}; cleaned. */
    public static String resolve(String parent, String child) {
        return child.startsWith("/") ? clean(child) : clean(parent + "/" + child);
    }
}
