package dev.dlint.model.requirements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What pip reads out of a requirement URL or path: scheme, VCS revision, {@code #egg=}, hash fragment. */
final class RequirementUrls {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern VCS = Pattern.compile("^(?i:git|hg|svn|bzr)\\+");
    private static final Pattern EGG = Pattern.compile("[#&]egg=([^&]+)");
    private static final Pattern HASH = Pattern.compile("[#&](?:sha1|sha224|sha256|sha384|sha512|md5)=[0-9a-fA-F]+");
    private static final Pattern ARCHIVE = Pattern.compile(
            "(?i).*\\.(?:whl|zip|tar\\.gz|tgz|tar\\.bz2|tbz|tar\\.xz|txz|tar)$");

    private RequirementUrls() {
    }

    /** {@code https://…}, {@code git+ssh://…}, {@code file:…}; a Windows drive letter is not a scheme. */
    static boolean hasScheme(String text) {
        Matcher m = SCHEME.matcher(text);
        return m.find() && m.end() > 2;
    }

    static boolean isVcs(String url) {
        return VCS.matcher(url).find();
    }

    static boolean isLocal(String url) {
        return !hasScheme(url) || url.regionMatches(true, 0, "file:", 0, 5);
    }

    static boolean isArchive(String path) {
        return ARCHIVE.matcher(stripFragment(path)).matches();
    }

    static boolean hasHashFragment(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 && HASH.matcher(url.substring(hash)).find();
    }

    static Optional<String> egg(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        Matcher m = EGG.matcher(url.substring(hash));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The {@code @rev} after the repository path (an {@code @} in the host part is a user name). */
    static Optional<String> vcsRef(String url) {
        String base = stripFragment(url);
        int query = base.indexOf('?');
        if (query >= 0) {
            base = base.substring(0, query);
        }
        int scheme = base.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        int pathStart = base.indexOf('/', scheme + 3);
        if (pathStart < 0) {
            return Optional.empty();
        }
        int at = base.lastIndexOf('@');
        if (at < pathStart || at == base.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(base.substring(at + 1));
    }

    /** Package name from a wheel file name ({@code name-version-…whl}); pip reads it the same way. */
    static Optional<String> wheelName(String path) {
        String file = stripFragment(path);
        file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        if (!file.toLowerCase().endsWith(".whl")) {
            return Optional.empty();
        }
        int dash = file.indexOf('-');
        return dash > 0 ? Optional.of(file.substring(0, dash)) : Optional.empty();
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
