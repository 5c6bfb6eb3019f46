package dev.dlint.model.context;

/**
 * Why a path is excluded: the last pattern that decided it.
 *
 * @param pattern   the deciding line
 * @param matchedAs the path or parent directory the pattern matched (a parent when the path lies
 *                  inside an excluded directory)
 */
public record Match(IgnorePattern pattern, String matchedAs) {

    public boolean viaParentDirectory(String path) {
        return !matchedAs.equals(path);
    }
}
