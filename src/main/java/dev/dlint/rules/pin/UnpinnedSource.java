package dev.dlint.rules.pin;

import dev.dlint.model.commands.CommandFact;
import dev.dlint.model.commands.Manager;
import dev.dlint.model.commands.PackageArg;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.ScriptContext;
import dev.dlint.rules.ScriptRule;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PN206: source fetched from a moving reference: {@code git clone} of a branch (or the default
 * branch) with no later checkout of a tag or commit in the same RUN/script; {@code pip install git+…}
 * without a tag or commit; curl/wget of a "latest" or branch URL with no checksum check later in the
 * same RUN/script. Points at the URL or ref.
 */
public final class UnpinnedSource implements DockerfileRule, ScriptRule, CommandScopes.Check {
    public static final RuleMeta META = RuleMeta.of("PN206", "unpinned-source")
            .summary("git clone, pip install git+… or a download of a moving reference (branch, latest)")
            .severity(Severity.INFO)
            .build();

    /**
     * A tag-like ref ({@code v1.2.3}, {@code 2.0}, {@code release-1.4}) or a commit hash. Compiled at
     * the first ref checked, not when the rule registry loads (so is {@link MovingUrl}).
     */
    private static final class FixedRef {
        static final Pattern PATTERN = Pattern.compile(
                "(?i)(tags/)?([0-9a-f]{7,64}|[A-Za-z_.-]*v?\\d+(\\.\\d+)+([-+._][0-9A-Za-z.+-]*)?|v\\d+)");
    }

    /**
     * A URL whose content moves: a "latest" release or directory, or a branch of a repository host
     * (GitHub raw/archive/blob URLs, GitLab raw URLs, {@code refs/heads/}). A bare {@code /main/} path
     * elsewhere is not a branch (Debian's {@code pool/main/}).
     */
    private static final class MovingUrl {
        static final Pattern PATTERN = Pattern.compile("(?i).*("
                + "/latest(/|$)|releases/latest"
                + "|raw\\.githubusercontent\\.com/[^/]+/[^/]+/(main|master|develop|dev|trunk|HEAD)/"
                + "|github\\.com/[^/]+/[^/]+/(raw|blob|tree|archive)/(refs/heads/)?(main|master|develop|dev|trunk|HEAD)([/.]|$)"
                + "|/-/(raw|archive)/(main|master|develop)/"
                + "|refs/heads/"
                + ").*");
    }

    private static final Set<String> CHECKSUM_TOOLS = Set.of("sha256sum", "sha512sum", "sha1sum", "md5sum",
            "shasum", "sha384sum", "b2sum", "cksum");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        CommandScopes.forDockerfile(context, this);
    }

    @Override
    public void check(ScriptContext context) {
        CommandScopes.forScript(context, this);
    }

    /** What the rule checks in each scope (the rule itself, not a method reference: no call-site linkage on a JVM's first lint). */
    @Override
    public void check(CommandScopes.Scope scope) {
        List<CommandFact> facts = scope.commands();
        for (int i = 0; i < facts.size(); i++) {
            CommandFact f = facts.get(i);
            if (f instanceof CommandFact.GitClone clone && clone.url() != null) {
                if (clone.ref() != null && fixed(clone.ref())) {
                    continue;
                }
                if (laterFixedCheckout(facts, i)) {
                    continue;
                }
                Word at = clone.ref() != null ? clone.ref() : clone.url();
                String what = clone.ref() != null ? "the branch `" + clone.ref().text() + "`" : "the default branch";
                scope.reporter().report(at.span(), "`git clone` of " + clone.url().text() + " takes " + what
                        + ", which moves: rebuilds get different source; clone a tag (`--branch v1.2.3`) or "
                        + "`git checkout <commit>` after cloning");
            } else if (f instanceof CommandFact.PackageInstall pi && (pi.manager() == Manager.PIP
                    || pi.manager() == Manager.UV || pi.manager() == Manager.PIPX)) {
                for (PackageArg p : pi.packages()) {
                    if (p.kind() == PackageArg.Kind.VCS) {
                        String ref = p.versionSpec().startsWith("@") ? p.versionSpec().substring(1) : "";
                        ref = ref.split("[;#\\s]", 2)[0];
                        if (!ref.isEmpty() && FixedRef.PATTERN.matcher(ref).matches()) {
                            continue;
                        }
                        scope.reporter().report(p.span(), "`" + p.word().text() + "` installs "
                                + (ref.isEmpty() ? "the default branch" : "the branch `" + ref + "`")
                                + ", which moves: rebuilds get different code; add `@<commit>` or `@<tag>` to the URL");
                    } else if (p.kind() == PackageArg.Kind.URL && MovingUrl.PATTERN.matcher(p.name()).matches()) {
                        scope.reporter().report(p.span(), "`" + p.word().text() + "` is a moving URL (a branch or "
                                + "latest archive): rebuilds get different code; use a tag or commit archive URL");
                    }
                }
            } else if (f instanceof CommandFact.Download d) {
                for (Word url : d.urls()) {
                    if (!MovingUrl.PATTERN.matcher(url.text()).matches() || laterChecksum(facts, i)) {
                        continue;
                    }
                    scope.reporter().report(url.span(), "`" + d.tool() + "` downloads " + url.text()
                            + ", a \"latest\" or branch URL whose content changes between builds, and nothing checks it; "
                            + "download a versioned URL, or verify it (`sha256sum -c`) so a change fails the build");
                }
            }
        }
    }

    private static boolean fixed(Word ref) {
        if (ref.hasExpansion()) {
            return true; // chosen at build time (an ARG/ENV): assume a pinned value
        }
        String r = ref.literal().orElse("");
        return r.contains("{") || FixedRef.PATTERN.matcher(r).matches(); // {placeholder}: a template, not a ref
    }

    private static boolean laterFixedCheckout(List<CommandFact> facts, int from) {
        for (int k = from + 1; k < facts.size(); k++) {
            if (facts.get(k) instanceof CommandFact.GitCheckout c && c.ref() != null && fixed(c.ref())) {
                return true;
            }
            if (facts.get(k) instanceof CommandFact.GitClone) {
                return false;
            }
        }
        return false;
    }

    private static boolean laterChecksum(List<CommandFact> facts, int from) {
        for (int k = from; k < facts.size(); k++) {
            CommandFact f = facts.get(k);
            String program = f.invocation().program().toLowerCase(Locale.ROOT);
            List<String> args = f.invocation().args().stream().map(Word::text).toList();
            if (k == from) {
                if (args.stream().anyMatch(a -> a.startsWith("--checksum"))) {
                    return true;
                }
                continue;
            }
            if (CHECKSUM_TOOLS.contains(program)
                    && args.stream().anyMatch(a -> a.equals("-c") || a.equals("--check") || a.matches("-[a-z]*c[a-z]*"))) {
                return true;
            }
            if (program.equals("gpg") && args.stream().anyMatch(a -> a.equals("--verify"))) {
                return true;
            }
            if (args.stream().anyMatch(a -> a.startsWith("--checksum"))) {
                return true;
            }
        }
        return false;
    }
}
