package dev.dlint.model.expand;

import dev.dlint.source.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Expands variables in a Dockerfile word the way BuildKit's {@code shell/lex.go} does when the
 * builder dispatches an instruction: quote removal, {@code $name}, {@code ${name}} and the
 * {@code ${name<modifier>word}} forms, nested words, the escape character. One pass yields both
 * the single word (ProcessWord) and the split words (ProcessWords).
 *
 * <p>Stateless and thread-safe; every call scans its input afresh.
 */
public final class VariableExpander {

    private final int escape;

    /** @param escape the Dockerfile's escape character: {@code \} or {@code `} */
    public VariableExpander(char escape) {
        this.escape = escape;
    }

    public static VariableExpander backslash() {
        return new VariableExpander('\\');
    }

    /**
     * @param env looks a variable up; empty means unset (which differs from set-but-empty for
     *            {@code -}, {@code +} and {@code ?} without a colon)
     */
    public ExpandResult expand(String word, Function<String, Optional<String>> env) {
        if (isPlain(word)) { // most words: nothing to substitute, unquote or unescape, only to split
            Words words = new Words();
            words.addString(word);
            return new ExpandResult(word, words.finish(), Set.of(), Set.of(), Optional.empty());
        }
        Scan scan = new Scan(word, escape, env);
        try {
            Piece piece = scan.processStopOn(Scan.EOF, false);
            return new ExpandResult(piece.text(), piece.words(), scan.referenced, scan.unresolved, Optional.empty());
        } catch (SubstitutionError e) {
            return new ExpandResult("", List.of(), scan.referenced, scan.unresolved, Optional.of(e.getMessage()));
        }
    }

    private boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '$' || c == '\'' || c == '"' || c == escape) {
                return false;
            }
        }
        return true;
    }

    private record Piece(String text, List<String> words) {
    }

    /** Signals a word BuildKit rejects; caught in {@link #expand}, never escapes this class. */
    private static final class SubstitutionError extends Exception {
        SubstitutionError(String message) {
            super(message, null, false, false);
        }
    }

    /** One expansion: a cursor over code points (Go iterates runes) plus the names looked up. */
    private static final class Scan {
        static final int EOF = -1;
        static final int MAX_DEPTH = 500;

        private final int[] cps;
        private final int escape;
        private final Function<String, Optional<String>> env;
        private int pos;
        private boolean rawEscapes;
        private int depth;
        final Set<String> referenced = new LinkedHashSet<>();
        final Set<String> unresolved = new LinkedHashSet<>();

        Scan(String word, int escape, Function<String, Optional<String>> env) {
            this.cps = CodePoints.of(word);
            this.escape = escape;
            this.env = env;
        }

        int peek() {
            return pos < cps.length ? cps[pos] : EOF;
        }

        int next() {
            return pos < cps.length ? cps[pos++] : EOF;
        }

        /**
         * Scans up to {@code stop} (consumed) or the end. {@code raw} keeps escape characters in
         * the text, which pattern modifiers need to tell {@code \*} from {@code *}.
         */
        Piece processStopOn(int stop, boolean raw) throws SubstitutionError {
            // Go's growable stacks take any depth; the Java stack does not, so deep nesting is refused.
            if (++depth > MAX_DEPTH) {
                throw new SubstitutionError("substitutions nested too deeply (more than " + MAX_DEPTH + " levels)");
            }
            boolean saved = rawEscapes;
            rawEscapes = raw;
            try {
                StringBuilder result = new StringBuilder();
                Words words = new Words();
                while (peek() != EOF) {
                    int ch = peek();
                    if (stop != EOF && ch == stop) {
                        next();
                        return new Piece(result.toString(), words.finish());
                    }
                    if (ch == '$') {
                        String value = processDollar();
                        result.append(value);
                        words.addString(value);
                    } else if (ch == '\'') {
                        String value = processSingleQuote();
                        result.append(value);
                        words.addRawString(value);
                    } else if (ch == '"') {
                        String value = processDoubleQuote();
                        result.append(value);
                        words.addRawString(value);
                    } else {
                        ch = next();
                        if (ch == escape) {
                            if (rawEscapes) {
                                words.addRawChar(ch);
                                result.appendCodePoint(ch);
                            }
                            ch = next();
                            if (ch == EOF) {
                                // An escape at the very end escapes nothing and vanishes.
                                break;
                            }
                            words.addRawChar(ch);
                        } else {
                            words.addChar(ch);
                        }
                        result.appendCodePoint(ch);
                    }
                }
                if (stop != EOF) {
                    throw new SubstitutionError("unexpected end of statement while looking for matching "
                            + Character.toString(stop));
                }
                return new Piece(result.toString(), words.finish());
            } finally {
                rawEscapes = saved;
                depth--;
            }
        }

        private String processSingleQuote() throws SubstitutionError {
            next();
            StringBuilder result = new StringBuilder();
            while (true) {
                int ch = next();
                if (ch == EOF) {
                    throw new SubstitutionError("unexpected end of statement while looking for matching single-quote");
                }
                if (ch == '\'') {
                    return result.toString();
                }
                result.appendCodePoint(ch);
            }
        }

        private String processDoubleQuote() throws SubstitutionError {
            next();
            StringBuilder result = new StringBuilder();
            while (true) {
                int ch = peek();
                if (ch == EOF) {
                    throw new SubstitutionError("unexpected end of statement while looking for matching double-quote");
                }
                if (ch == '"') {
                    next();
                    return result.toString();
                }
                if (ch == '$') {
                    result.append(processDollar());
                    continue;
                }
                ch = next();
                if (ch == escape) {
                    if (rawEscapes) {
                        result.appendCodePoint(ch);
                    }
                    int following = peek();
                    if (following == EOF) {
                        continue;
                    }
                    // Inside double quotes the escape only escapes ", $ and itself.
                    if (following == '"' || following == '$' || following == escape) {
                        ch = next();
                    }
                }
                result.appendCodePoint(ch);
            }
        }

        private String processDollar() throws SubstitutionError {
            next();
            if (peek() != '{') {
                String name = processName();
                if (name.isEmpty()) {
                    return "$";
                }
                return lookup(name).orElse("");
            }
            next();
            int first = peek();
            if (first == EOF) {
                throw new SubstitutionError("syntax error: missing '}'");
            }
            if (first == '{' || first == '}' || first == ':') {
                throw new SubstitutionError("syntax error: bad substitution");
            }
            String name = processName();
            int ch = next();
            String modifier = ch == EOF ? "" : Character.toString(ch);
            switch (ch) {
                case '}':
                    return lookup(name).orElse("");
                case ':':
                case '+':
                case '-':
                case '?':
                case '#':
                case '%':
                    return modifierForm(name, ch, modifier);
                case '/':
                    return replaceForm(name);
                case EOF:
                    throw new SubstitutionError("syntax error: missing '}'");
                default:
                    throw new SubstitutionError("unsupported modifier (" + modifier + ") in substitution");
            }
        }

        /** {@code ${name[:](-|+|?)word}}, {@code ${name#pat}}, {@code ${name%pat}} and doubles. */
        private String modifierForm(String name, int ch, String modifier) throws SubstitutionError {
            boolean nullIsUnset = false;
            if (ch == ':') {
                nullIsUnset = true;
                ch = next();
                if (ch != EOF) {
                    modifier += Character.toString(ch);
                }
            }
            boolean pattern = ch == '#' || ch == '%';
            if (nullIsUnset && pattern) {
                throw new SubstitutionError("unsupported modifier (" + modifier + ") in substitution");
            }
            String word;
            try {
                word = processStopOn('}', pattern).text();
            } catch (SubstitutionError e) {
                if (peek() == EOF) {
                    throw new SubstitutionError("syntax error: missing '}'");
                }
                throw e;
            }
            Optional<String> found = lookup(name);
            boolean unset = found.isEmpty() || (nullIsUnset && found.get().isEmpty());
            String value = found.orElse("");
            switch (ch) {
                case '-':
                    return unset ? word : value;
                case '+':
                    return unset ? "" : word;
                case '?':
                    if (found.isEmpty()) {
                        throw new SubstitutionError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                    }
                    if (unset) {
                        throw new SubstitutionError(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                    }
                    return value;
                case '#':
                case '%':
                    boolean greedy = !word.isEmpty() && word.codePointAt(0) == ch;
                    String pat = greedy ? word.substring(1) : word;
                    try {
                        return ch == '%'
                                ? ShellPattern.trimSuffix(pat, value, greedy)
                                : ShellPattern.trimPrefix(pat, value, greedy);
                    } catch (ShellPattern.BadPattern e) {
                        throw new SubstitutionError("invalid pattern (" + pat + ") in substitution: " + e.getMessage());
                    }
                default:
                    throw new SubstitutionError("unsupported modifier (" + modifier + ") in substitution");
            }
        }

        /** {@code ${name/pat/rep}} and {@code ${name//pat/rep}}. */
        private String replaceForm(String name) throws SubstitutionError {
            boolean all = peek() == '/';
            if (all) {
                next();
            }
            String pattern;
            try {
                pattern = processStopOn('/', true).text();
            } catch (SubstitutionError e) {
                if (peek() == EOF) {
                    throw new SubstitutionError("syntax error: missing '/' in ${}");
                }
                throw e;
            }
            String replacement;
            try {
                replacement = processStopOn('}', true).text();
            } catch (SubstitutionError e) {
                if (peek() == EOF) {
                    throw new SubstitutionError("syntax error: missing '}'");
                }
                throw e;
            }
            String value = lookup(name).orElse("");
            try {
                return ShellPattern.replace(pattern, value, replacement, all);
            } catch (ShellPattern.BadPattern e) {
                throw new SubstitutionError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
            }
        }

        /**
         * A name: letters, digits and underscores; or a run of digits (positional); or one
         * special-parameter character. Empty when none starts here.
         */
        private String processName() {
            StringBuilder name = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (name.length() == 0 && Character.isDigit(ch)) {
                    while (peek() != EOF && Character.isDigit(peek())) {
                        name.appendCodePoint(next());
                    }
                    return name.toString();
                }
                if (name.length() == 0 && isSpecialParam(ch)) {
                    return Character.toString(next());
                }
                if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                    break;
                }
                name.appendCodePoint(next());
            }
            return name.toString();
        }

        private static boolean isSpecialParam(int ch) {
            return "@*#?-$!0".indexOf(ch) >= 0;
        }

        /**
         * Positional and special parameters never exist while building, so they are unset without
         * asking the environment and are not reported as references.
         */
        private Optional<String> lookup(String name) {
            if (name.isEmpty() || !isVariableName(name)) {
                return Optional.empty();
            }
            referenced.add(name);
            Optional<String> value = env.apply(name);
            if (value.isEmpty()) {
                unresolved.add(name);
            }
            return value;
        }

        private static boolean isVariableName(String name) {
            int first = name.codePointAt(0);
            return !Character.isDigit(first) && !isSpecialParam(first);
        }
    }

    /** Word splitting as BuildKit does it: unquoted blanks from expansions and text split words. */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;

        void addChar(int ch) {
            if (isSpace(ch)) {
                if (inWord && word.length() != 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                addRawChar(ch);
            }
        }

        void addRawChar(int ch) {
            word.appendCodePoint(ch);
            inWord = true;
        }

        void addString(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                addChar(cp);
                i += Character.charCount(cp);
            }
        }

        void addRawString(String s) {
            word.append(s);
            inWord = true;
        }

        List<String> finish() {
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
            return List.copyOf(words);
        }

        /** Go's unicode.IsSpace (Java's isWhitespace also counts U+001C..U+001F, Go does not). */
        private static boolean isSpace(int ch) {
            if (ch <= 0xFF) {
                return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == 0x85 || ch == 0xA0;
            }
            return Character.isSpaceChar(ch);
        }
    }
}
