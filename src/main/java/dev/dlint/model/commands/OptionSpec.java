package dev.dlint.model.commands;

import dev.dlint.syntax.shell.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one tool (or one of its subcommands) accepts on its command line: which options take a
 * value, the aliases of each option (written with their dashes: {@code "-r"}, {@code "--requirement"})
 * and the canonical name they map to, and how the tool's parser treats short options. Immutable;
 * built with {@link #builder()}. {@link #parse(List)} turns words into {@link ParsedArgs}.
 *
 * <p>Options not in the spec are kept as flags under their written name (without leading dashes);
 * {@code --name=value} always carries its value. A subcommand's spec inherits the options of the
 * specs above it (looked up from the innermost outwards).
 */
public final class OptionSpec {

    /** What an option is. */
    public enum Arity {
        /** a plain flag */
        FLAG,
        /** takes a value: the next word, or attached ({@code --name=value}, {@code -rfile}) */
        VALUE,
        /** takes a value only when attached ({@code --recurse-submodules[=spec]}) */
        OPTIONAL_VALUE
    }

    record Def(String canonical, Arity arity) {
    }

    private final Map<String, Def> aliases;
    private final boolean combineShort;
    private final boolean attachShortValue;
    private final boolean singleDashLong;
    private final boolean stopAtFirstPositional;
    private final Map<String, OptionSpec> subcommands;

    private OptionSpec(Builder b) {
        this.aliases = Map.copyOf(b.aliases);
        this.combineShort = b.combineShort;
        this.attachShortValue = b.attachShortValue;
        this.singleDashLong = b.singleDashLong;
        this.stopAtFirstPositional = b.stopAtFirstPositional;
        this.subcommands = Map.copyOf(b.subcommands);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The definition of an option as written ({@code "-r"}, {@code "--requirement"}), if this spec has it. */
    Optional<Def> lookup(String written) {
        return Optional.ofNullable(aliases.get(written));
    }

    public boolean combineShort() {
        return combineShort;
    }

    public boolean attachShortValue() {
        return attachShortValue;
    }

    public boolean singleDashLong() {
        return singleDashLong;
    }

    public boolean stopAtFirstPositional() {
        return stopAtFirstPositional;
    }

    public Optional<OptionSpec> subcommand(String name) {
        return Optional.ofNullable(subcommands.get(name));
    }

    public boolean hasSubcommands() {
        return !subcommands.isEmpty();
    }

    /** Parses the arguments of a command (the words after its name). */
    public ParsedArgs parse(List<Word> args) {
        return ArgvParser.parse(this, args);
    }

    public static final class Builder {
        private final Map<String, Def> aliases = new HashMap<>();
        private boolean combineShort = true;
        private boolean attachShortValue = true;
        private boolean singleDashLong;
        private boolean stopAtFirstPositional;
        private final Map<String, OptionSpec> subcommands = new LinkedHashMap<>();

        private Builder() {
        }

        /** A plain flag; the canonical name is given without dashes, aliases with them. */
        public Builder flag(String canonical, String... written) {
            return add(canonical, Arity.FLAG, written);
        }

        /** An option taking a value. */
        public Builder value(String canonical, String... written) {
            return add(canonical, Arity.VALUE, written);
        }

        /** An option taking a value only when attached with {@code =}. */
        public Builder optionalValue(String canonical, String... written) {
            return add(canonical, Arity.OPTIONAL_VALUE, written);
        }

        /** Several flags, each its own canonical name (its longest alias without dashes). */
        public Builder flags(String... written) {
            for (String w : written) {
                flag(withoutDashes(w), w);
            }
            return this;
        }

        /** Several value options, each its own canonical name. */
        public Builder values(String... written) {
            for (String w : written) {
                value(withoutDashes(w), w);
            }
            return this;
        }

        /**
         * Not {@code replaceFirst("^-+", "")}: that compiles a regex
         * for each of the hundreds of options in ToolSpecs' tables, on every start.
         */
        private static String withoutDashes(String written) {
            int i = 0;
            while (i < written.length() && written.charAt(i) == '-') {
                i++;
            }
            return written.substring(i);
        }

        private Builder add(String canonical, Arity arity, String... written) {
            Def d = new Def(canonical, arity);
            if (written.length == 0) {
                aliases.put("--" + canonical, d);
            }
            for (String w : written) {
                aliases.put(w, d);
            }
            return this;
        }

        /** Whether short flags combine ({@code -qU}, {@code -euo pipefail}); default true. */
        public Builder combineShort(boolean b) {
            this.combineShort = b;
            return this;
        }

        /** Whether a short option's value may be attached ({@code -rfile}); default true. */
        public Builder attachShortValue(boolean b) {
            this.attachShortValue = b;
            return this;
        }

        /** Whether long options are written with one dash ({@code go build -ldflags x}); default false. */
        public Builder singleDashLong(boolean b) {
            this.singleDashLong = b;
            return this;
        }

        /** Whether options end at the first positional (wrappers: {@code sudo -u x cmd -y}); default false. */
        public Builder stopAtFirstPositional(boolean b) {
            this.stopAtFirstPositional = b;
            return this;
        }

        /** A subcommand recognized as the first positional (after options of this level). */
        public Builder subcommand(String name, OptionSpec spec, String... aliasNames) {
            subcommands.put(name, spec);
            for (String a : aliasNames) {
                subcommands.put(a, spec);
            }
            return this;
        }

        /** Several subcommands sharing one spec. */
        public Builder subcommands(OptionSpec spec, String... names) {
            for (String n : names) {
                subcommands.put(n, spec);
            }
            return this;
        }

        public OptionSpec build() {
            return new OptionSpec(this);
        }
    }

    /** An empty spec that starts subcommands: convenient for {@code docker buildx build}. */
    static OptionSpec withSubcommands(Map<String, OptionSpec> subs) {
        Builder b = builder();
        subs.forEach(b::subcommand);
        return b.build();
    }

    static List<String> names(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.add(Words.text(w));
        }
        return out;
    }
}
