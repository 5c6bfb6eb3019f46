package dev.dlint.config;

import dev.dlint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code .dlint.yaml} (or the command line) says: which rules run, with what severity and
 * options, which files ignore which rules, and the exit-code threshold.
 *
 * @param source          the file it came from, or null
 * @param select          when non-empty, only these (codes, names, family prefixes or ALL)
 * @param perFileIgnores  glob (relative to the config's directory, or the working directory) → codes
 * @param failOn          null when not set
 */
public record Config(Path source, List<String> select, List<String> ignore, List<String> extendSelect,
                     Map<String, Severity> severity, Map<String, List<String>> perFileIgnores,
                     Severity failOn, Map<String, RuleOptions> ruleOptions) {

    public static final Config EMPTY = new Config(null, List.of(), List.of(), List.of(), Map.of(), Map.of(), null, Map.of());

    public Config {
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        extendSelect = List.copyOf(extendSelect);
        severity = Map.copyOf(severity);
        perFileIgnores = Map.copyOf(perFileIgnores);
        ruleOptions = Map.copyOf(ruleOptions);
    }

    /** Command-line selections win over the file's for select; lists of ignores add up. */
    public Config overriddenBy(List<String> cliSelect, List<String> cliIgnore, List<String> cliExtendSelect, Severity cliFailOn) {
        return new Config(source,
                cliSelect.isEmpty() ? select : cliSelect,
                concat(ignore, cliIgnore),
                concat(extendSelect, cliExtendSelect),
                severity, perFileIgnores,
                cliFailOn != null ? cliFailOn : failOn,
                ruleOptions);
    }

    // A loop, not Stream.concat: every check reaches this, and the first stream pipeline in a JVM
    // costs milliseconds of set-up (issue #7).
    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
