package dev.dlint.model.context;

import java.util.ArrayDeque;
import java.util.Deque;

/** Slash-separated path helpers with the results of Go's {@code path/filepath} on Unix. */
final class GoPath {

    private GoPath() {
    }

    /** Lexical clean-up: repeated slashes, {@code .} and {@code ..} elements, trailing slash. */
    static String clean(String path) {
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

    /** Everything but the last element, cleaned; {@code .} when there is no directory part. */
    static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : clean(path.substring(0, slash + 1));
    }
}
