package dev.dlint.model.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableExpanderTest {

    private static final Map<String, String> ENV = Map.of(
            "path", "a/b/c.tar.gz", "EMPTY", "", "NAME", "world", "V", "1.2.3");

    private final VariableExpander backslash = VariableExpander.backslash();

    private static Function<String, Optional<String>> env() {
        return name -> Optional.ofNullable(ENV.get(name));
    }

    private String value(String word) {
        ExpandResult result = backslash.expand(word, env());
        assertThat(result.error()).as(word).isEmpty();
        return result.value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "${path#*/}          | b/c.tar.gz",
            "${path##*/}         | c.tar.gz",
            "${path%.*}          | a/b/c.tar",
            "${path%%.*}         | a/b/c",
            "${path%/*}          | a/b",
            "${path#a?}          | b/c.tar.gz",
            "${path#x}           | a/b/c.tar.gz",
            "${path/\\//-}       | a-b/c.tar.gz",
            "${path//\\//-}      | a-b-c.tar.gz",
            "${path/b*/X}        | a/X",
            "${path//[.]/X}      | a/b/c.tar.gz",
            "${V//./_}           | 1_2_3",
            "${V/#/x}            | 1.2.3",
            "${UNSET#x}          | ''",
            "${UNSET/x/y}        | ''",
            "${NAME-d}${EMPTY-d} | world",
            "${EMPTY:-d}         | d",
            "${EMPTY+set}        | set",
            "${EMPTY:+set}       | ''",
            "${UNSET+set}        | ''",
            "${NAME?}            | world",
    })
    void modifiers(String word, String expected) {
        assertThat(value(word)).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        int n = 100_000;
        ExpandResult deep = backslash.expand("${a:-".repeat(n) + "x" + "}".repeat(n), env());
        assertThat(deep.error()).get().asString().contains("nested too deeply");
        assertThat(value("${a:-".repeat(100) + "x" + "}".repeat(100))).isEqualTo("x");
    }

    @Test
    void escapedStarIsLiteralInPatterns() {
        var result = backslash.expand("${S#\\*}", name -> Optional.of("**x"));
        assertThat(result.value()).isEqualTo("*x");
    }

    @Test
    void badEscapeInPatternIsAnError() {
        assertThat(backslash.expand("${path#\\a}", env()).error()).get().asString().contains("invalid pattern");
    }

    @Test
    void colonWithPatternModifiersIsUnsupported() {
        assertThat(backslash.expand("${path:#a}", env()).error()).contains("unsupported modifier (:#) in substitution");
        assertThat(backslash.expand("${path:%a}", env()).error()).contains("unsupported modifier (:%) in substitution");
    }

    @Test
    void errorsAreResultsNotExceptions() {
        assertThat(backslash.expand("${}", env()).error()).contains("syntax error: bad substitution");
        assertThat(backslash.expand("${NAME", env()).error()).isPresent();
        assertThat(backslash.expand("${NAME:-x", env()).error()).contains("syntax error: missing '}'");
        assertThat(backslash.expand("${NAME/x", env()).error()).contains("syntax error: missing '/' in ${}");
        assertThat(backslash.expand("${UNSET?must be set}", env()).error()).contains("UNSET: must be set");
        assertThat(backslash.expand("${EMPTY:?}", env()).error()).contains("EMPTY: is not allowed to be empty");
        assertThat(backslash.expand("${UNSET?}", env()).error()).contains("UNSET: is not allowed to be unset");
        assertThat(backslash.expand("'open", env()).value()).isEmpty();
    }

    @Test
    void referencedAndUnresolvedNamesInOrder() {
        ExpandResult result = backslash.expand("$NAME ${X:-${Y:-$NAME}} ${1} $@ ${Z+z}", env());
        // A nested word is expanded before the outer variable is looked up, as in BuildKit.
        assertThat(result.referenced()).containsExactly("NAME", "Y", "X", "Z");
        assertThat(result.unresolved()).containsExactly("Y", "X", "Z");
        assertThat(result.value()).isEqualTo("world world   ");
    }

    @Test
    void namesSeenBeforeAnErrorAreKept() {
        ExpandResult result = backslash.expand("$NAME ${BAD", env());
        assertThat(result.isError()).isTrue();
        assertThat(result.referenced()).contains("NAME");
    }

    @Test
    void backtickEscape() {
        VariableExpander backtick = new VariableExpander('`');
        assertThat(backtick.expand("C:\\dir`$NAME", env()).value()).isEqualTo("C:\\dir$NAME");
        assertThat(backtick.expand("\"a`\"b\"", env()).value()).isEqualTo("a\"b");
        assertThat(backtick.expand("x\\$NAME", env()).value()).isEqualTo("x\\world");
    }

    @Test
    void doubleQuotesKeepOtherEscapes() {
        assertThat(value("\"a\\nb\"")).isEqualTo("a\\nb");
        assertThat(value("\"a\\\\b\\$NAME\"")).isEqualTo("a\\b$NAME");
    }

    @Test
    void wordsSplitOnlyOnUnquotedBlanks() {
        Function<String, Optional<String>> env = name -> Optional.of(" x  y ");
        ExpandResult result = backslash.expand("a$V'b c'\"$V\"", env);
        assertThat(result.words()).containsExactly("a", "x", "y", "b c x  y ");
        assertThat(backslash.expand("one\\ two  three", env).words()).containsExactly("one two", "three");
        assertThat(backslash.expand("\"\"", env).words()).isEmpty();
    }

    @Test
    void nonAsciiNamesAndValues() {
        assertThat(backslash.expand("$변수!", name -> Optional.of("값")).value()).isEqualTo("값!");
        assertThat(backslash.expand("${v%😀}", name -> Optional.of("a😀")).value()).isEqualTo("a");
    }
}
