package dev.dlint.rules.dockerfile;

import dev.dlint.model.build.BuildContext;
import dev.dlint.model.build.UnresolvedSource;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a Dockerfile is probably built with a parent directory as its context
 * ({@code docker build -f docker/Dockerfile .}): a source missing from the Dockerfile's directory
 * exists relative to an ancestor directory. The linter takes the Dockerfile's directory as the
 * context, so in that case "missing" says nothing.
 */
final class ParentContext {
    private static final int MAX_LEVELS = 4;

    private ParentContext() {
    }

    static boolean likely(BuildContext context, List<UnresolvedSource> missing) {
        Path root = context.root().orElse(null);
        if (root == null || missing.isEmpty()) {
            return false;
        }
        Path dir = root.toAbsolutePath().normalize().getParent();
        for (int level = 0; dir != null && level < MAX_LEVELS; level++, dir = dir.getParent()) {
            for (UnresolvedSource u : missing) {
                String probe = literalPrefix(u.expanded());
                if (probe.isEmpty()) {
                    continue;
                }
                try {
                    if (Files.exists(dir.resolve(probe))) {
                        return true;
                    }
                } catch (InvalidPathException e) {
                    // not a path on this platform
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                break; // the repository root: no context lies above it
            }
        }
        return false;
    }

    /** The path up to the first glob character, cut at a directory boundary. */
    private static String literalPrefix(String source) {
        String s = source;
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        int glob = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '*' || c == '?' || c == '[' || c == '\\') {
                glob = k;
                break;
            }
        }
        if (glob >= 0) {
            int slash = s.lastIndexOf('/', glob);
            s = slash < 0 ? "" : s.substring(0, slash);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(".") ? "" : s;
    }
}
