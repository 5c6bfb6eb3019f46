package dev.dlint.model.build;


/** Slash-separated path arithmetic with the results of Go's {@code path} package (Linux images). */
final class ImagePaths {

    private ImagePaths() {
    }

    /** Go's {@code path.Clean}: repeated slashes, {@code .} and {@code ..} elements, trailing slash. */
    static String clean(String path) {
        return dev.dlint.model.SlashPath.clean(path);
    }

    /** {@code child} if absolute, else {@code parent/child}; cleaned. */
    static String resolve(String parent, String child) {
        if (child.startsWith("/")) {
            return clean(child);
        }
        return clean(parent + "/" + child);
    }

    /** Joins a cleaned directory and a relative path. */
    static String join(String dir, String rel) {
        if (rel.isEmpty() || rel.equals(".")) {
            return clean(dir);
        }
        return clean(dir + "/" + rel);
    }

    static String baseName(String path) {
        String cleaned = clean(path);
        int slash = cleaned.lastIndexOf('/');
        return slash < 0 ? cleaned : cleaned.substring(slash + 1);
    }

    /**
     * A context-relative path with {@code ./} and repeated slashes removed, or null when it is
     * absolute or climbs above the root with {@code ..}.
     */
    static String contextRelative(String path) {
        if (path.startsWith("/")) {
            return null;
        }
        String cleaned = clean(path);
        if (cleaned.equals("..") || cleaned.startsWith("../")) {
            return null;
        }
        return cleaned;
    }

    /** Whether {@code path} is {@code dir} or below it ({@code dir} "." contains everything). */
    static boolean isUnder(String path, String dir) {
        return dir.equals(".") || path.equals(dir) || path.startsWith(dir + "/");
    }

    /** {@code path} relative to {@code dir}, which contains it. */
    static String relativize(String path, String dir) {
        if (dir.equals(".")) {
            return path;
        }
        return path.equals(dir) ? "." : path.substring(dir.length() + 1);
    }
}
