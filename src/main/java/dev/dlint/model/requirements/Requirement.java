package dev.dlint.model.requirements;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A package to install: a PEP 508 requirement ({@code name[extras] specifiers ; marker} or
 * {@code name @ url}), a bare URL, path or wheel, or an {@code -e} editable.
 *
 * @param name      as written; empty when a URL or path names no package (no {@code #egg=})
 * @param url       the direct reference, URL or local path
 * @param vcsRef    the {@code @ref} of a {@code git+}/{@code hg+}/{@code svn+}/{@code bzr+} URL
 * @param hashes    {@code --hash} values such as {@code sha256:ab12…}
 * @param options   other per-requirement options as written ({@code --config-settings=…})
 * @param envVars   {@code ${NAME}} references pip would expand from the environment
 * @param nameSpan  the name token, or the URL/path token when there is no name
 */
public record Requirement(String name, List<String> extras, List<Specifier> specifiers, Optional<String> marker,
                          Optional<String> url, Optional<String> vcsRef, boolean editable, List<String> hashes,
                          List<String> options, List<String> envVars, Span span, Span nameSpan)
        implements RequirementLine {

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");
    private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

    public Requirement {
        extras = List.copyOf(extras);
        specifiers = List.copyOf(specifiers);
        hashes = List.copyOf(hashes);
        options = List.copyOf(options);
        envVars = List.copyOf(envVars);
    }

    /** PEP 503 normalisation, for comparing names: {@code Foo_Bar.baz} → {@code foo-bar-baz}. */
    public static String normalize(String name) {
        return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    public String normalizedName() {
        return normalize(name);
    }

    public boolean isVcs() {
        return url.map(RequirementUrls::isVcs).orElse(false);
    }

    /** A local directory, archive or wheel rather than something fetched over the network. */
    public boolean isLocal() {
        return url.map(RequirementUrls::isLocal).orElse(false);
    }

    /**
     * Whether the same artifact is installed every time: exactly one non-wildcard {@code ==} (or
     * one {@code ===}); a VCS URL at a full commit hash; a remote archive whose content is
     * verified by a URL hash fragment or {@code --hash}. Local paths come from the build context
     * and count as pinned.
     */
    public boolean isPinned() {
        if (url.isPresent()) {
            if (isVcs()) {
                return vcsRef.filter(ref -> FULL_COMMIT.matcher(ref).matches()).isPresent();
            }
            return isLocal() || hasHash();
        }
        long exact = specifiers.stream()
                .filter(s -> s.operator().equals("===") || (s.operator().equals("==") && !s.isWildcard()))
                .count();
        return exact == 1;
    }

    /** A {@code --hash} option or a hash fragment ({@code #sha256=…}) on the URL. */
    public boolean hasHash() {
        return !hashes.isEmpty() || url.map(RequirementUrls::hasHashFragment).orElse(false);
    }
}
