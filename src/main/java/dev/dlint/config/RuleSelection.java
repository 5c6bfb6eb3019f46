package dev.dlint.config;

import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which rules run, ruff-style: the default set (or {@code select} when given), plus
 * {@code extend-select}, minus {@code ignore}. A selector is a code ({@code CA101}), a name
 * ({@code copy-before-install}), an alias ({@code DL3008}), a code prefix ({@code CA}, {@code CA10})
 * or {@code ALL}. E001 always runs: a file that does not parse cannot be silently passed.
 */
public final class RuleSelection {
    private RuleSelection() {
    }

    public static List<Rule> select(Config config) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : RuleRegistry.all()) {
            RuleMeta m = r.meta();
            boolean on = config.select().isEmpty() ? m.enabledByDefault() : matchesAny(m, config.select());
            if (matchesAny(m, config.extendSelect())) {
                on = true;
            }
            if (matchesAny(m, config.ignore()) && !m.code().equals("E001")) {
                on = false;
            }
            if (on) {
                out.add(r);
            }
        }
        return out;
    }

    public static boolean matchesAny(RuleMeta m, List<String> selectors) {
        for (String s : selectors) {
            if (matches(m, s)) {
                return true;
            }
        }
        return false;
    }

    public static boolean matches(RuleMeta m, String selector) {
        String s = selector.trim();
        if (s.equalsIgnoreCase("ALL")) {
            return true;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        return m.code().startsWith(upper) && !upper.isEmpty() && Character.isLetter(upper.charAt(0))
                || m.name().equals(s)
                || m.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s));
    }

    public static boolean isValidSelector(String s) {
        return RuleRegistry.all().stream().anyMatch(r -> matches(r.meta(), s));
    }
}
