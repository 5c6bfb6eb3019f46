package dev.dlint.rules;

import java.util.List;

/**
 * Everything the catalogue says about a rule, declared once in its class as {@code META}.
 * The rule's doc ({@code rules/CODE.md}) repeats it in front matter; a test keeps them equal.
 *
 * @param code             stable identifier, e.g. {@code DF601}
 * @param name             kebab-case name, accepted wherever a code is
 * @param summary          one line for listings and SARIF's shortDescription
 * @param enabledByDefault false for opt-in rules (PN202, PN205, PN207)
 * @param aliases          codes of other tools (hadolint {@code DLxxxx}, BuildKit check names)
 *                         whose suppressions this rule honours
 */
public record RuleMeta(String code, String name, String summary, Severity severity,
                       FixAvailability fix, boolean enabledByDefault, List<String> aliases) {

    public RuleMeta {
        aliases = List.copyOf(aliases);
    }

    public static Builder of(String code, String name) {
        return new Builder(code, name);
    }

    /** The family prefix, {@code DF} for {@code DF601}; {@code E} for the syntax codes. */
    public String family() {
        int i = 0;
        while (i < code.length() && Character.isLetter(code.charAt(i))) {
            i++;
        }
        return code.substring(0, i);
    }

    public static final class Builder {
        private final String code;
        private final String name;
        private String summary = "";
        private Severity severity = Severity.WARNING;
        private FixAvailability fix = FixAvailability.NONE;
        private boolean enabledByDefault = true;
        private List<String> aliases = List.of();

        private Builder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public Builder summary(String s) {
            this.summary = s;
            return this;
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Builder fix(FixAvailability f) {
            this.fix = f;
            return this;
        }

        public Builder offByDefault() {
            this.enabledByDefault = false;
            return this;
        }

        public Builder aliases(String... a) {
            this.aliases = List.of(a);
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(code, name, summary, severity, fix, enabledByDefault, aliases);
        }
    }
}
