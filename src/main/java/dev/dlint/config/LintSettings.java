package dev.dlint.config;

import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings one lint run uses, resolved from the config and the command line: enabled rules,
 * severity overrides, rule options, per-file ignores, and the build context ({@code --context};
 * null: each Dockerfile's own directory).
 */
public record LintSettings(List<Rule> rules, Map<String, Severity> severity, Map<String, RuleOptions> options,
                           List<PerFileIgnore> perFileIgnores, Path contextRoot) {

    /** Files matching {@code glob} (relative to {@code base}) ignore {@code selectors}. */
    public record PerFileIgnore(Path base, String glob, PathMatcher matcher, List<String> selectors) {
        boolean matches(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            if (abs.startsWith(base) && matcher.matches(base.relativize(abs))) {
                return true;
            }
            return !glob.contains("/") && file.getFileName() != null && matcher.matches(file.getFileName());
        }
    }

    public LintSettings {
        rules = List.copyOf(rules);
        severity = Map.copyOf(severity);
        options = Map.copyOf(options);
        perFileIgnores = List.copyOf(perFileIgnores);
    }

    public static LintSettings defaults() {
        return from(Config.EMPTY, Path.of("").toAbsolutePath());
    }

    /** @param cwd where relative per-file-ignore globs are anchored when the config has no file */
    public static LintSettings from(Config config, Path cwd) {
        Path base = config.source() != null ? config.source().toAbsolutePath().getParent() : cwd.toAbsolutePath();
        List<PerFileIgnore> pfi = new ArrayList<>();
        // A loop, not forEach with a lambda: linking a lambda's call site costs start-up even for an empty map.
        for (Map.Entry<String, List<String>> e : config.perFileIgnores().entrySet()) {
            pfi.add(new PerFileIgnore(base.normalize(), e.getKey(),
                    FileSystems.getDefault().getPathMatcher("glob:" + e.getKey()), e.getValue()));
        }
        return new LintSettings(RuleSelection.select(config), config.severity(), config.ruleOptions(), pfi, null);
    }

    /** The same settings with every Dockerfile built from {@code root} ({@code --context DIR}). */
    public LintSettings withContextRoot(Path root) {
        return new LintSettings(rules, severity, options, perFileIgnores, root == null ? null : root.toAbsolutePath().normalize());
    }

    public Severity severityOf(RuleMeta rule) {
        return severity.getOrDefault(rule.code(), rule.severity());
    }

    public RuleOptions optionsOf(RuleMeta rule) {
        return options.getOrDefault(rule.code(), RuleOptions.NONE);
    }

    /** Whether the per-file ignores switch this rule off for this file. */
    public boolean ignoredFor(RuleMeta rule, Path file) {
        if (file == null || rule.code().equals("E001")) {
            return false;
        }
        for (PerFileIgnore p : perFileIgnores) {
            if (p.matches(file) && RuleSelection.matchesAny(rule, p.selectors())) {
                return true;
            }
        }
        return false;
    }
}
