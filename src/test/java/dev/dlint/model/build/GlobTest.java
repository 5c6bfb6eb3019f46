package dev.dlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    /** Cases from Go's filepath.Match tests (the ones that apply to a single segment). */
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "abc|abc|true",
            "*|abc|true",
            "*c|abc|true",
            "a*|a|true",
            "a*|abc|true",
            "a*|ab/c|true",
            "a*b*c*d*e*|axbxcxdxe|true",
            "ab[c]|abc|true",
            "ab[b-d]|abc|true",
            "ab[e-g]|abc|false",
            "ab[^c]|abc|false",
            "ab[^b-d]|abc|false",
            "ab[^e-g]|abc|true",
            "a\\*b|a*b|true",
            "a\\*b|ab|false",
            "a?b|a☺b|true",
            "a[^a]b|a☺b|true",
            "a???b|a☺b|false",
            "[a-ζ]*|α|true",
            "*[a-ζ]|A|false",
            "[\\-]|-|true",
            "[x\\-]|z|false",
            "a[|a|false",
            "*x|xxx|true",
            "requirements*.txt|requirements-dev.txt|true",
            "requirements*.txt|requirements|false",
            "*|.hidden|true",
    })
    void matchesLikeGo(String pattern, String name, boolean expected) {
        assertThat(Glob.matches(pattern, name)).isEqualTo(expected);
    }
}
