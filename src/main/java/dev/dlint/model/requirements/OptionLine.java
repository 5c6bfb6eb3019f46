package dev.dlint.model.requirements;

import dev.dlint.model.requirements.RequirementsParser.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A line of options only: includes, editables and file-wide settings, possibly several at once. */
final class OptionLine {

    /** How an option is spelled in a requirements file; short forms map to the long name. */
    record Option(String name, boolean takesValue, boolean perRequirement) {
    }

    private static final Map<String, Option> OPTIONS = Map.ofEntries(
            entry("-i", "--index-url", true), entry("--index-url", "--index-url", true),
            entry("--extra-index-url", "--extra-index-url", true),
            entry("--no-index", "--no-index", false),
            entry("-c", "--constraint", true), entry("--constraint", "--constraint", true),
            entry("-r", "--requirement", true), entry("--requirement", "--requirement", true),
            entry("-e", "--editable", true), entry("--editable", "--editable", true),
            entry("-f", "--find-links", true), entry("--find-links", "--find-links", true),
            entry("--no-binary", "--no-binary", true), entry("--only-binary", "--only-binary", true),
            entry("--prefer-binary", "--prefer-binary", false),
            entry("--require-hashes", "--require-hashes", false),
            entry("--pre", "--pre", false),
            entry("--trusted-host", "--trusted-host", true),
            entry("--use-feature", "--use-feature", true),
            perRequirement("--hash"), perRequirement("--global-option"), perRequirement("--install-option"),
            perRequirement("--config-settings"), Map.entry("-C", new Option("--config-settings", true, true)));

    private OptionLine() {
    }

    private static Map.Entry<String, Option> entry(String spelling, String name, boolean takesValue) {
        return Map.entry(spelling, new Option(name, takesValue, false));
    }

    private static Map.Entry<String, Option> perRequirement(String name) {
        return Map.entry(name, new Option(name, true, true));
    }

    static Optional<Option> lookup(String spelling) {
        return Optional.ofNullable(OPTIONS.get(spelling));
    }

    /** One option occurrence: its definition, its value and where the value is in the joined text. */
    record Parsed(Option option, String value, int start, int end, int valueStart, int valueEnd) {
    }

    /**
     * Reads the option at {@code tokens[i]}: {@code --name=value}, {@code --name value},
     * {@code -xvalue}, {@code -x value} (and, leniently, {@code -x=value}). Returns null with
     * {@code problem[0]} set when the option is unknown or lacks its value.
     */
    static Parsed read(List<Token> tokens, int i, String[] problem) {
        Token token = tokens.get(i);
        String text = token.value();
        String spelling;
        String inline = null;
        if (text.startsWith("--")) {
            int eq = text.indexOf('=');
            spelling = eq < 0 ? text : text.substring(0, eq);
            inline = eq < 0 ? null : text.substring(eq + 1);
        } else if (text.startsWith("-") && text.length() >= 2) {
            spelling = text.substring(0, 2);
            if (text.length() > 2) {
                inline = text.charAt(2) == '=' ? text.substring(3) : text.substring(2);
            }
        } else {
            problem[0] = "unexpected argument '" + text + "'";
            return null;
        }
        Option option = OPTIONS.get(spelling);
        if (option == null) {
            problem[0] = "unknown option " + spelling;
            return null;
        }
        if (!option.takesValue()) {
            if (inline != null) {
                problem[0] = "option " + spelling + " takes no value";
                return null;
            }
            return new Parsed(option, null, token.start(), token.end(), token.end(), token.end());
        }
        if (inline != null) {
            return new Parsed(option, inline, token.start(), token.end(), token.end() - inline.length(), token.end());
        }
        if (i + 1 >= tokens.size()) {
            problem[0] = "option " + spelling + " needs a value";
            return null;
        }
        Token value = tokens.get(i + 1);
        return new Parsed(option, value.value(), token.start(), value.end(), value.start(), value.end());
    }

    static void parse(LogicalLine line, List<Token> tokens, List<String> envVars, List<RequirementLine> out) {
        String[] problem = new String[1];
        for (int i = 0; i < tokens.size(); ) {
            Parsed parsed = read(tokens, i, problem);
            if (parsed == null) {
                Token token = tokens.get(i);
                out.add(new Unparsed(line.text().substring(token.start(), token.end()),
                        line.spanOf(token.start(), token.end()), problem[0]));
                i++;
                continue;
            }
            i += parsed.end() > tokens.get(i).end() ? 2 : 1;
            Option option = parsed.option();
            switch (option.name()) {
                case "--requirement", "--constraint" -> out.add(new Include(
                        option.name().equals("--requirement") ? Include.Kind.REQUIREMENT : Include.Kind.CONSTRAINT,
                        parsed.value(), line.span(), line.spanOf(parsed.valueStart(), parsed.valueEnd()), envVars));
                case "--editable" -> {
                    List<Token> rest = tokens.subList(i, tokens.size());
                    out.add(RequirementText.parse(line, parsed.valueStart(), parsed.valueEnd(), rest, envVars, true));
                    return;
                }
                default -> {
                    if (option.perRequirement()) {
                        out.add(new Unparsed(line.text().substring(parsed.start(), parsed.end()),
                                line.spanOf(parsed.start(), parsed.end()),
                                option.name() + " is only allowed after a requirement"));
                    } else {
                        out.add(new GlobalOption(option.name(), Optional.ofNullable(parsed.value()), line.span(),
                                line.spanOf(parsed.start(), parsed.end()), envVars));
                    }
                }
            }
        }
    }
}
