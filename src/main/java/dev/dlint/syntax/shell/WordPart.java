package dev.dlint.syntax.shell;

import dev.dlint.source.Span;
import java.util.List;
import java.util.Optional;

/** A piece of a word. {@code text} is the raw text as written (in the parsed text). */
public sealed interface WordPart {

    String text();

    Span span();

    /** The value after quote removal, or empty when the part is expanded at run time. */
    Optional<String> literalValue();

    /** Unquoted characters, with backslash escapes removed in {@code value}. */
    record Literal(String text, String value, Span span) implements WordPart {
        @Override
        public Optional<String> literalValue() {
            return Optional.of(value);
        }
    }

    /** An unquoted glob: {@code *}, {@code ?} or a bracket expression. Its value is the pattern itself. */
    record Glob(String text, Span span) implements WordPart {
        @Override
        public Optional<String> literalValue() {
            return Optional.of(text);
        }
    }

    /** {@code '…'}. */
    record SingleQuoted(String text, String value, Span span) implements WordPart {
        @Override
        public Optional<String> literalValue() {
            return Optional.of(value);
        }
    }

    /** {@code $'…'} with its escapes decoded. */
    record AnsiCQuoted(String text, String value, Span span) implements WordPart {
        @Override
        public Optional<String> literalValue() {
            return Optional.of(value);
        }
    }

    /** {@code "…"} (also {@code $"…"}): literal text and expansions. */
    record DoubleQuoted(String text, List<WordPart> parts, Span span) implements WordPart {
        public DoubleQuoted {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> literalValue() {
            StringBuilder sb = new StringBuilder();
            for (WordPart p : parts) {
                Optional<String> v = p.literalValue();
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                sb.append(v.get());
            }
            return Optional.of(sb.toString());
        }
    }

    /**
     * {@code $name}, {@code $1}, {@code $@} or <code>${…}</code>.
     *
     * @param name  the parameter name ({@code HOME}, {@code 1}, {@code @}), empty when unrecognized
     * @param braced written with braces
     * @param parts the inside of <code>${…}</code> (text and nested expansions), empty for {@code $name}
     */
    record ParamExpansion(String text, String name, boolean braced, List<WordPart> parts, Span span)
            implements WordPart {
        public ParamExpansion {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> literalValue() {
            return Optional.empty();
        }
    }

    /** {@code $(…)}, backquotes, or a process substitution {@code <(…)} / {@code >(…)}. */
    record CommandSubstitution(String text, Kind kind, Script script, Span span) implements WordPart {
        public enum Kind { DOLLAR, BACKQUOTE, PROCESS_IN, PROCESS_OUT }

        @Override
        public Optional<String> literalValue() {
            return Optional.empty();
        }
    }

    /** {@code $((…))}: the expression text and the expansions inside it. */
    record Arithmetic(String text, String expression, List<WordPart> expansions, Span span) implements WordPart {
        public Arithmetic {
            expansions = List.copyOf(expansions);
        }

        @Override
        public Optional<String> literalValue() {
            return Optional.empty();
        }
    }
}
