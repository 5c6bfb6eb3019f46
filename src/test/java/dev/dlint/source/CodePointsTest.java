package dev.dlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void splitsSurrogatePairsAndKeepsUnpairedSurrogates() {
        String s = "a\uD83D\uDE00b\uD800c\uDC00";
        assertThat(CodePoints.of(s)).containsExactly('a', 0x1F600, 'b', 0xD800, 'c', 0xDC00);
        assertThat(CodePoints.of("")).isEmpty();
    }

    @Property(tries = 1000)
    void sameAsTheStreamOfCodePoints(@ForAll @StringLength(max = 40) @Chars({'a', '\\', '*', 'é'})
                                     @CharRange(from = '\uD7F0', to = '\uE010') String s) {
        assertThat(CodePoints.of(s)).containsExactly(s.codePoints().toArray());
    }
}
