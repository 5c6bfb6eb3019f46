package dev.dlint.model.commands;

import dev.dlint.model.commands.PackageArg.Kind;
import dev.dlint.syntax.shell.Word;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits package arguments into name and version, per manager syntax. */
final class PackageArgs {
    private PackageArgs() {
    }

    private static final Pattern PY_NAME = Pattern.compile(
            "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern PY_DIRECT = Pattern.compile(
            "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*@\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern VCS = Pattern.compile("^(git|hg|svn|bzr)\\+.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE = Pattern.compile(
            ".*\\.(whl|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|zip|egg|deb|rpm|apk|gem)$", Pattern.CASE_INSENSITIVE);

    /** A pip/uv/pipx/pipenv requirement specifier. */
    static PackageArg pip(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, "==<>!~[");
        }
        String s = lit.get().trim();
        if (VCS.matcher(s).matches()) {
            return new PackageArg(w, s, vcsRef(s), w.span(), Kind.VCS, "");
        }
        Matcher d = PY_DIRECT.matcher(s);
        if (d.matches() && (d.group(3).contains("://") || VCS.matcher(d.group(3)).matches()
                || d.group(3).startsWith("file:"))) {
            String url = d.group(3);
            boolean vcs = VCS.matcher(url).matches();
            return new PackageArg(w, d.group(1), vcs ? vcsRef(url) : "", w.span(), vcs ? Kind.VCS : Kind.URL,
                    nz(d.group(2)));
        }
        if (s.contains("://")) {
            return new PackageArg(w, s, "", w.span(), Kind.URL, "");
        }
        if (isPath(s) || w.hasGlob()) {
            return new PackageArg(w, s, "", w.span(), Kind.PATH, "");
        }
        Matcher m = PY_NAME.matcher(s);
        if (m.matches()) {
            String spec = m.group(3).trim();
            int semi = spec.indexOf(';');
            if (semi >= 0) {
                spec = spec.substring(0, semi).trim();
            }
            return new PackageArg(w, m.group(1), spec.replace(" ", ""), w.span(), Kind.NAME, nz(m.group(2)));
        }
        return new PackageArg(w, s, "", w.span(), Kind.NAME, "");
    }

    /** The {@code @ref} of a VCS URL ({@code git+https://host/x/y.git@v1#egg=y}), or "". */
    static String vcsRef(String url) {
        String u = url;
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int scheme = u.indexOf("://");
        int pathStart = scheme >= 0 ? u.indexOf('/', scheme + 3) : 0;
        if (pathStart < 0) {
            return "";
        }
        int at = u.lastIndexOf('@');
        return at > pathStart ? u.substring(at) : "";
    }

    private static boolean isPath(String s) {
        return s.equals(".") || s.equals("..") || s.startsWith("./") || s.startsWith("../") || s.startsWith("/")
                || s.startsWith("~") || s.startsWith("file:") || s.contains("/") || ARCHIVE.matcher(s).matches();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A word with run-time expansions: the name when it is written literally before them. */
    private static PackageArg dynamic(Word w, String versionStarts) {
        String lead = Words.leadingLiteral(w);
        int cut = -1;
        for (int i = 0; i < lead.length(); i++) {
            if (versionStarts.indexOf(lead.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        if (cut > 0) {
            String name = lead.substring(0, cut).trim();
            String version = Words.dropPrefix(w, cut).text().trim();
            return new PackageArg(w, name, version, w.span(), Kind.DYNAMIC, "");
        }
        return new PackageArg(w, w.text(), "", w.span(), Kind.DYNAMIC, "");
    }

    /** Names with a version after the first of {@code separators} (apt {@code =}, apk {@code =~<>}, conda {@code =<>!}). */
    static PackageArg separated(Word w, String separators) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, separators);
        }
        String s = lit.get();
        if (s.contains("://")) {
            return new PackageArg(w, s, "", w.span(), Kind.URL, "");
        }
        if (s.startsWith("./") || s.startsWith("/") || s.startsWith("../") || ARCHIVE.matcher(s).matches()) {
            return new PackageArg(w, s, "", w.span(), Kind.PATH, "");
        }
        int channel = s.indexOf("::");
        String body = channel >= 0 ? s.substring(channel + 2) : s;
        for (int i = 0; i < body.length(); i++) {
            if (separators.indexOf(body.charAt(i)) >= 0) {
                return new PackageArg(w, stripTag(body.substring(0, i)), body.substring(i).replace(" ", ""),
                        w.span(), Kind.NAME, "");
            }
        }
        return new PackageArg(w, stripTag(body), "", w.span(), Kind.NAME, "");
    }

    /** apt's {@code name/release} and apk's {@code name@repo} name a source, not a version. */
    private static String stripTag(String name) {
        int slash = name.indexOf('/');
        if (slash > 0) {
            return name.substring(0, slash);
        }
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : name;
    }

    static PackageArg apt(Word w) {
        return separated(w, "=");
    }

    static PackageArg apk(Word w) {
        return separated(w, "=~<>");
    }

    static PackageArg conda(Word w) {
        return separated(w, "=<>!~ ");
    }

    // The patterns of one manager's syntax sit in holder classes, compiled at that manager's first
    // package: compiling all of them cost every first lint of a JVM (issue #7).
    private static final class Rpm {
        static final Pattern VERSIONED = Pattern.compile(
                "^(.+?)-((?:\\d+:)?\\d+(?:\\.[0-9A-Za-z_+~^]+)+(?:-[0-9A-Za-z_.+~^]+)?)$");
    }

    private static final class Npm {
        static final Pattern GITHUB_SHORTHAND = Pattern.compile("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(#.*)?$");
    }

    private static final class Gem {
        static final Pattern BARE_VERSION = Pattern.compile("\\d[\\w.]*");
    }

    /** dnf/yum: {@code name-1.2-3.el9}, {@code @group}, paths and URLs. */
    static PackageArg rpm(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, "");
        }
        String s = lit.get();
        if (s.contains("://")) {
            return new PackageArg(w, s, "", w.span(), Kind.URL, "");
        }
        if (s.startsWith("/") || s.startsWith("./") || s.endsWith(".rpm")) {
            return new PackageArg(w, s, "", w.span(), Kind.PATH, "");
        }
        Matcher m = Rpm.VERSIONED.matcher(s);
        if (m.matches()) {
            return new PackageArg(w, m.group(1), "-" + m.group(2), w.span(), Kind.NAME, "");
        }
        return new PackageArg(w, s, "", w.span(), Kind.NAME, "");
    }

    /** npm/yarn/pnpm: {@code name@1.2}, {@code @scope/name@^1}, git and file references. */
    static PackageArg npm(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, "");
        }
        String s = lit.get();
        if (s.startsWith("git+") || s.startsWith("git:") || s.startsWith("github:") || s.startsWith("gitlab:")
                || s.startsWith("bitbucket:") || Npm.GITHUB_SHORTHAND.matcher(s).matches()) {
            int hash = s.indexOf('#');
            return new PackageArg(w, s, hash >= 0 ? "#" + s.substring(hash + 1) : "", w.span(), Kind.VCS, "");
        }
        if (s.contains("://")) {
            return new PackageArg(w, s, "", w.span(), Kind.URL, "");
        }
        if (s.startsWith("file:") || s.startsWith(".") || s.startsWith("/") || s.startsWith("~")
                || s.endsWith(".tgz") || s.endsWith(".tar.gz")) {
            return new PackageArg(w, s, "", w.span(), Kind.PATH, "");
        }
        return at(w, s);
    }

    /** {@code name@version} (go, cargo, poetry, npm): the version after the last {@code @} past the first character. */
    static PackageArg at(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, "@");
        }
        String s = lit.get();
        if (s.equals(".") || s.startsWith("./") || s.startsWith("../") || s.startsWith("/")) {
            return new PackageArg(w, s, "", w.span(), Kind.PATH, "");
        }
        return at(w, s);
    }

    private static PackageArg at(Word w, String s) {
        int at = s.lastIndexOf('@');
        if (at > 0) {
            return new PackageArg(w, s.substring(0, at), s.substring(at), w.span(), Kind.NAME, "");
        }
        return new PackageArg(w, s, "", w.span(), Kind.NAME, "");
    }

    /** poetry add: {@code name@^1.2} or PEP 508 ({@code name==1.2}, {@code name>=1}). */
    static PackageArg poetry(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isPresent() && lit.get().indexOf('@') > 0 && !lit.get().contains("://")) {
            return at(w, lit.get());
        }
        return pip(w);
    }

    /** composer: {@code vendor/name:^1.2} or {@code vendor/name}. */
    static PackageArg composer(Word w) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, ":=");
        }
        String s = lit.get();
        int c = s.indexOf(':');
        if (c < 0) {
            c = s.indexOf('=');
        }
        return c > 0 ? new PackageArg(w, s.substring(0, c), s.substring(c), w.span(), Kind.NAME, "")
                : new PackageArg(w, s, "", w.span(), Kind.NAME, "");
    }

    /** gem: {@code name:1.2}, or a version given by {@code -v} ({@code version} may be null). */
    static PackageArg gem(Word w, Word version) {
        Optional<String> lit = w.literal();
        if (lit.isEmpty()) {
            return dynamic(w, ":");
        }
        String s = lit.get();
        int c = s.indexOf(':');
        if (c > 0) {
            return new PackageArg(w, s.substring(0, c), "=" + s.substring(c + 1), w.span(), Kind.NAME, "");
        }
        if (version != null) {
            String v = Words.text(version).trim();
            return new PackageArg(w, s, Gem.BARE_VERSION.matcher(v).matches() ? "=" + v : v, w.span(), Kind.NAME, "");
        }
        return new PackageArg(w, s, "", w.span(), s.endsWith(".gem") ? Kind.PATH : Kind.NAME, "");
    }
}
