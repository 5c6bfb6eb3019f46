package dev.dlint.rules.cache;

import dev.dlint.model.commands.CommandFact.PackageInstall;
import dev.dlint.model.commands.ParsedArgs;
import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What turns a package manager's cache off. */
final class Defeats {
    private static final Set<String> FALSE = Set.of("0", "false", "no", "off", "n", "f", "");

    private Defeats() {
    }

    /** The words of {@code --no-cache-dir} (pip), {@code --no-cache} (uv, poetry, apk) on a command, each a word of its own. */
    static List<Word> noCacheFlags(PackageInstall p) {
        String canonical = switch (p.manager()) {
            case PIP -> "no-cache-dir";
            case UV, POETRY, APK -> "no-cache";
            default -> null;
        };
        List<Word> out = new ArrayList<>();
        if (canonical == null) {
            return out;
        }
        for (ParsedArgs.Option o : p.args().all(canonical)) {
            if (o.value() == null && o.flag().literal().map(t -> t.startsWith("--") || t.length() == 2).orElse(false)) {
                out.add(o.flag());
            }
        }
        return out;
    }

    /** The variable that turns the command's cache off ({@code PIP_NO_CACHE_DIR}, {@code UV_NO_CACHE}), if one is set. */
    static Optional<String> noCacheByEnv(RunCommands.Located c) {
        if (!(c.fact() instanceof PackageInstall p)) {
            return Optional.empty();
        }
        return switch (p.manager()) {
            // pip turns the cache off for any value, even "false" (kept for compatibility)
            case PIP -> c.isSet("PIP_NO_CACHE_DIR") ? Optional.of("PIP_NO_CACHE_DIR") : Optional.empty();
            case UV -> c.isSet("UV_NO_CACHE") && !c.value("UV_NO_CACHE").map(v -> FALSE.contains(v.toLowerCase()))
                    .orElse(false) ? Optional.of("UV_NO_CACHE") : Optional.empty();
            default -> Optional.empty();
        };
    }
}
