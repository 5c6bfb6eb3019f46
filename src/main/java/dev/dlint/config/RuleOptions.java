package dev.dlint.config;

import java.util.List;
import java.util.Map;

/** The options one rule was given in the config ({@code rules: {CA102: {managers: [pip, apt]}}}). */
public record RuleOptions(Map<String, Object> values) {
    public static final RuleOptions NONE = new RuleOptions(Map.of());

    public RuleOptions {
        values = Map.copyOf(values);
    }

    public boolean bool(String key, boolean defaultValue) {
        Object v = values.get(key);
        return v instanceof Boolean b ? b : defaultValue;
    }

    public List<String> strings(String key, List<String> defaultValue) {
        Object v = values.get(key);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        return defaultValue;
    }
}
