package dev.dlint.rules.cache;

import dev.dlint.model.expand.ExpandResult;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import dev.dlint.syntax.dockerfile.Instruction;
import dev.dlint.syntax.dockerfile.Word;
import java.util.Locale;
import java.util.regex.Pattern;

/** CA108: {@code ADD <url>} without {@code --checksum}. Points at the URL. */
public final class RemoteAdd implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("CA108", "remote-add")
            .summary("`ADD <url>` without `--checksum`")
            .severity(Severity.WARNING)
            .build();

    /** Compiled at the first ADD, not when the rule registry loads: most files have none. */
    private static final class Url {
        static final Pattern PATTERN = Pattern.compile("^(https?|ftp|git|ssh)://.+|^git@[^:]+:.+",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (Instruction i : context.dockerfile().instructions()) {
            Instruction at = i;
            if (i instanceof Instruction.Onbuild o && o.trigger() != null) {
                i = o.trigger();
            }
            if (!(i instanceof Instruction.Add add) || add.flag("checksum").isPresent()) {
                continue;
            }
            for (Word source : add.sources()) {
                String url = expanded(context, source, at);
                if (url != null && Url.PATTERN.matcher(url).matches()) {
                    boolean git = isGit(url);
                    context.report(source.span(), "`ADD " + url + "` downloads " + (git ? "a repository" : "a file")
                            + " without `--checksum`: the layer's cache key does not depend on what the URL serves, "
                            + "so a changed or tampered download goes unnoticed; pin it with `ADD --checksum="
                            + (git ? "<commit>" : "sha256:<hash>") + "`");
                }
            }
        }
    }

    private static boolean isGit(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("git@") || u.startsWith("git://") || u.startsWith("ssh://") || u.contains(".git#")
                || u.endsWith(".git");
    }

    private static String expanded(DockerfileContext context, Word source, Instruction at) {
        if (!source.text().contains("$")) {
            return source.text();
        }
        try {
            ExpandResult r = context.model().expand(source, at);
            return r.isError() ? source.text() : r.value();
        } catch (IllegalArgumentException e) {
            return source.text();
        }
    }
}
