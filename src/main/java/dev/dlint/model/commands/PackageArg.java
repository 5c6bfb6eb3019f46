package dev.dlint.model.commands;

import dev.dlint.source.Span;
import dev.dlint.syntax.shell.Word;
import java.util.regex.Pattern;

/**
 * A package named on a command line.
 *
 * @param word        the word it was written in
 * @param name        the package name ({@code numpy}, {@code @types/node}, {@code curl}); for URLs,
 *                    VCS references and paths the text as written; for words with run-time expansions
 *                    the raw text
 * @param versionSpec what follows the name: {@code ==1.26.4}, {@code >=1}, {@code =7.88.1-10}, {@code @1.2},
 *                    {@code @v1.2} for a VCS ref; empty when unpinned
 * @param span        where the package token is (the word's span)
 * @param kind        what sort of reference it is
 * @param extras      pip extras ({@code [security,socks]} without brackets), empty when none
 */
public record PackageArg(Word word, String name, String versionSpec, Span span, Kind kind, String extras) {
    private static final Pattern EXACT_AT_VERSION = Pattern.compile("@v?\\d+(\\.\\d+)*([-+.][0-9A-Za-z.-]+)?");


    public enum Kind {
        /** a name from an index or repository, maybe with a version */
        NAME,
        /** a VCS reference ({@code git+https://…@ref}, {@code github:user/repo}) */
        VCS,
        /** an archive or wheel URL */
        URL,
        /** a local path: a directory, wheel, sdist, {@code .} */
        PATH,
        /** something expanded at run time ({@code $PKGS}, {@code "torch==${V}"}) */
        DYNAMIC
    }

    public boolean pinned() {
        return !versionSpec.isEmpty();
    }

    /** Whether the version is exact: pip {@code ==}/{@code ===} without wildcard, apt/apk {@code =}, npm {@code @1.2.3}. */
    public boolean exactPin() {
        String v = versionSpec;
        if (v.startsWith("===")) {
            return v.length() > 3;
        }
        if (v.startsWith("==")) {
            return v.length() > 2 && !v.contains("*") && !v.contains(",");
        }
        if (v.startsWith("=")) {
            return v.length() > 1 && !v.contains("*");
        }
        if (v.startsWith("@")) {
            return EXACT_AT_VERSION.matcher(v).matches();
        }
        return false;
    }
}
