package dev.dlint.syntax.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellErrorsTest {

    static ShellSyntaxError error(String text) {
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
        assertThat(p.error()).as("error for %s", text.length() > 80 ? text.substring(0, 80) + "…" : text).isPresent();
        assertThat(p.script()).isNotNull();
        return p.error().get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "echo a; fi                 => 8  => unexpected 'fi'",
        "if true; then echo         => 18 => unexpected end of input: 'if' is not closed",
        "echo 'abc                  => 5  => unterminated single-quoted string",
        "a && || b                  => 5  => unexpected '||'",
        "echo \"$(ls\"            => 5  => unexpected '\"'",
        "for x in a; echo; done     => 12 => unexpected 'echo'",
        "case x in a) b;; c         => 18 => unexpected end of input: 'case' is not closed",
        "echo ${a                   => 5  => unexpected '${'",
        "( a ; b                    => 7  => unexpected end of input: '(' is not closed",
        "| a                        => 0  => unexpected '|'",
        "a ;; b                     => 2  => unexpected ';;'",
        "{ a;                       => 4  => unexpected end of input: '{' is not closed",
        "f() echo x                 => 4  => unexpected 'echo'",
        "echo a )                   => 7  => unexpected ')'",
        "while a; do b; don         => 18 => unexpected end of input: 'while' is not closed",
    })
    void errorPoints(String text, int offset, String message) {
        ShellSyntaxError e = error(text.strip());
        assertThat(e.message()).startsWith(message);
        assertThat(e.span().start()).isEqualTo(offset);
    }

    @Test
    void errorSpanCoversTheToken() {
        assertThat(error("echo a; fi").span()).isEqualTo(Span.of(8, 10));
    }

    @Test
    void errorIsTheFirstOne() {
        ShellSyntaxError e = error("a; then\nb; fi\n");
        assertThat(e.span().start()).isEqualTo(3);
    }

    @Test
    void unterminatedHeredoc() {
        ShellSyntaxError e = error("cat <<EOF\nline\n");
        assertThat(e.message()).contains("here-document").contains("EOF");
        assertThat(e.span()).isEqualTo(Span.of(4, 6));
    }

    @Test
    void partialScriptOnError() {
        ParsedScript p = ShellScriptParser.parse("echo a\necho b\nfi\n", OffsetMap.shifted(0));
        assertThat(p.error()).isPresent();
        assertThat(p.script().simpleCommands()).isNotEmpty();
    }

    @Test
    void errorOffsetsAreMapped() {
        ShellSyntaxError e = ShellScriptParser.parse("echo a; fi", OffsetMap.shifted(100)).error().orElseThrow();
        assertThat(e.span()).isEqualTo(Span.of(108, 110));
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        for (String open : new String[] {"$(", "(", "{ ", "\"$(", "${x:-", "$((", "if a; then ", "while a; do ", "A=("}) {
            String text = "echo " + open.repeat(100_000);
            ShellSyntaxError e = error(text);
            assertThat(e.message()).as(open).contains("nesting too deep");
        }
        assertThat(error("(".repeat(100_000) + ")".repeat(100_000)).message()).contains("nesting too deep");
    }

    @Test
    void aTextOfTooManyTokensIsRefusedWhileLexing() {
        ShellSyntaxError e = error("echo" + " a".repeat(ShellScriptParser.MAX_TOKENS));
        assertThat(e.message()).contains("too large to analyse");
        assertThat(e.span().start()).as("located at the token over the limit").isGreaterThan(ShellScriptParser.MAX_TOKENS);
        ParsedScript p = ShellScriptParser.parse("echo" + " a".repeat(ShellScriptParser.MAX_TOKENS / 3), OffsetMap.shifted(0));
        assertThat(p.error()).isEmpty();
        assertThat(p.script().simpleCommands().get(0).command().args()).hasSize(ShellScriptParser.MAX_TOKENS / 3);
    }

    @Test
    void nestingWithinTheLimitParses() {
        int depth = 120;
        String text = "echo " + "$(echo ".repeat(depth) + "x" + ")".repeat(depth);
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
        assertThat(p.error()).isEmpty();
        assertThat(p.script().simpleCommands()).hasSize(depth + 1);
        String groups = "{ ".repeat(depth) + "x" + "; }".repeat(depth);
        assertThat(ShellScriptParser.parse(groups, OffsetMap.shifted(0)).error()).isEmpty();
    }

    @Test
    void nestingJustBelowTheLimitNeverThrows() {
        int depth = ShellScriptParser.MAX_NESTING - 1;
        for (String[] pair : new String[][] {{"$(", ")"}, {"(", ")"}, {"{ ", "; }"}, {"\"$(", ")\""}}) {
            String text = "echo " + pair[0].repeat(depth) + "x" + pair[1].repeat(depth);
            ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
            assertThat(p.script()).isNotNull();
            ParsedScript unclosed = ShellScriptParser.parse(pair[0].repeat(depth) + "x",
                    OffsetMap.shifted(0));
            assertThat(unclosed.error()).as(pair[0]).isPresent();
        }
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(42);
        String alphabet = "ab $(){}[]<>|&;'\"`\\#=\n\t!*?-0123456789ifthenfidodonecaseesac<<EOF\r";
        for (int i = 0; i < 3000; i++) {
            int n = random.nextInt(60);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
            assertThat(p.script()).as(text).isNotNull();
            p.error().ifPresent(e -> assertThat(e.span().end()).as(text).isLessThanOrEqualTo(text.length()));
            p.script().simpleCommands(); // the walk works on partial trees too
        }
    }

    @Test
    void neverThrowsOnOddCharacters() {
        for (String text : new String[] {"\\", "'", "\"", "`", "$", "${", "$((", "<<", "<<-", "cat <<", "\u0000",
            "\uD800", "\uDBFF\uDC00x", "((", "))", "}", "]]", "[[", "a=(", "f()", "function", "case", "for",
            "<(", "$'\\", "cat <<'E\n", "echo $((1+(2)"}) {
            ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
            assertThat(p.script()).as(text).isNotNull();
        }
    }
}
