package dev.dlint.model.commands;

import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A command line split by an {@link OptionSpec}.
 *
 * @param options     the options in order, under canonical names (unknown ones under their written name)
 * @param positionals the non-option arguments, in order (subcommand names excluded)
 * @param subcommands the words naming the subcommands recognized ({@code pip}, {@code install} of {@code uv pip install})
 * @param endOfOptions the {@code --} that ended the options, or null
 */
public record ParsedArgs(List<Option> options, List<Word> positionals, List<Word> subcommands, Word endOfOptions) {

    public ParsedArgs {
        options = List.copyOf(options);
        positionals = List.copyOf(positionals);
        subcommands = List.copyOf(subcommands);
    }

    /**
     * One option occurrence.
     *
     * @param name  the canonical name ({@code requirement} for {@code -r})
     * @param flag  the word holding the option (shared by combined flags: {@code -qU})
     * @param value the value word (a part of {@code flag} when attached), or null for flags
     * @param known whether the tool's spec knows this option
     */
    public record Option(String name, Word flag, Word value, boolean known) {
        /** The literal value, when there is one without run-time expansions. */
        public Optional<String> literalValue() {
            return value == null ? Optional.empty() : value.literal();
        }
    }

    // Loops, not streams, in these look-ups: every recognized command calls them, and in a fresh
    // JVM each stream pipeline and lambda costs its set-up on the first lint (issue #7).
    public boolean has(String name) {
        return option(name).isPresent();
    }

    /** Every occurrence of one option. */
    public List<Option> all(String name) {
        List<Option> out = new ArrayList<>();
        for (Option o : options) {
            if (o.name().equals(name)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The first occurrence of an option. */
    public Optional<Option> option(String name) {
        for (Option o : options) {
            if (o.name().equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The value words of every occurrence, in order. */
    public List<Word> values(String name) {
        List<Word> out = new ArrayList<>();
        for (Option o : options) {
            if (o.name().equals(name) && o.value() != null) {
                out.add(o.value());
            }
        }
        return out;
    }

    /** The last value given for an option (later occurrences win, as in most tools). */
    public Optional<Word> value(String name) {
        List<Word> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** The subcommand path as literal text, space-separated ({@code "pip install"}), empty when none. */
    public String subcommandPath() {
        return subcommands.stream().map(Words::text).collect(Collectors.joining(" "));
    }
}
