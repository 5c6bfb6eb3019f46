package dev.dlint.syntax.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ShellParserPropertiesTest {

    @Property(tries = 500)
    void neverThrowsAndSpansStayInTheText(
            @ForAll @StringLength(max = 80) @Chars({' ', '\n', '\t', '\\', '\'', '"', '`', '$', '(', ')', '{', '}',
                '[', ']', '<', '>', '|', '&', ';', '#', '=', '*', '!', '-'}) @CharRange(from = 'a', to = 'f')
            String text) {
        int shift = 7;
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(shift));
        Span file = Span.of(shift, shift + text.length());
        p.error().ifPresent(e -> assertThat(file.contains(e.span())).as("error span").isTrue());
        for (CommandSite site : p.script().simpleCommands()) {
            assertThat(file.contains(site.command().span())).isTrue();
            for (Word w : site.command().words()) {
                assertThat(file.contains(w.span())).isTrue();
                assertThat(w.text().length()).isEqualTo(w.span().length());
            }
        }
    }

    @Property(tries = 300)
    void validWordListsRoundTrip(@ForAll @StringLength(min = 1, max = 12) @CharRange(from = 'a', to = 'z') String a,
                                 @ForAll @StringLength(min = 1, max = 12) @CharRange(from = '0', to = '9') String b) {
        String text = "cmd " + a + " '" + b + " x' \"$" + a + "\"" + b;
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
        assertThat(p.error()).isEmpty();
        SimpleCommand c = p.script().simpleCommands().get(0).command();
        assertThat(c.words()).hasSize(4);
        assertThat(c.words().get(1).literal()).contains(a);
        assertThat(c.words().get(2).literal()).contains(b + " x");
        assertThat(c.words().get(3).text()).isEqualTo("\"$" + a + "\"" + b);
    }
}
