package dev.dlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.syntax.shell.WordPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Span and the two Word records write out equals/hashCode (issue #7: the generated ones cost a
 * bootstrap on a cold JVM). They must keep the record semantics and the very hash values the
 * generated methods gave, so that hash-based collections keyed by them behave as before.
 */
class WrittenOutRecordMethodsTest {
    private record SpanShape(int start, int end) {
    }

    private record DockerWordShape(String text, Span span) {
    }

    private record ShellWordShape(String text, List<WordPart> parts, Span span) {
    }

    @Test
    void spanEqualsByBothOffsetsAndHashesAsTheGeneratedMethod() {
        assertThat(new Span(3, 7)).isEqualTo(new Span(3, 7)).isNotEqualTo(new Span(3, 8)).isNotEqualTo(new Span(2, 7))
                .isNotEqualTo(null).isNotEqualTo("Span[start=3, end=7]");
        for (int[] se : new int[][] {{0, 0}, {3, 7}, {7, 10}, {1_000_000, 2_000_000}}) {
            assertThat(new Span(se[0], se[1]).hashCode()).isEqualTo(new SpanShape(se[0], se[1]).hashCode());
        }
        assertThat(new Span(3, 7)).hasToString("Span[start=3, end=7]");
    }

    @Test
    void dockerfileWordEqualsByTextAndSpanAndHashesAsTheGeneratedMethod() {
        var w = new dev.dlint.syntax.dockerfile.Word("app.py", new Span(5, 11));
        assertThat(w).isEqualTo(new dev.dlint.syntax.dockerfile.Word("app.py", new Span(5, 11)))
                .isNotEqualTo(new dev.dlint.syntax.dockerfile.Word("app.py", new Span(6, 12)))
                .isNotEqualTo(new dev.dlint.syntax.dockerfile.Word("app.pz", new Span(5, 11)));
        assertThat(w.hashCode()).isEqualTo(new DockerWordShape("app.py", new Span(5, 11)).hashCode());
        assertThat(new dev.dlint.syntax.dockerfile.Word(null, null).hashCode())
                .isEqualTo(new DockerWordShape(null, null).hashCode());
    }

    @Test
    void shellWordEqualsByAllComponentsAndHashesAsTheGeneratedMethod() {
        List<WordPart> parts = List.of(new WordPart.Literal("pip", "pip", new Span(0, 3)));
        List<WordPart> other = List.of(new WordPart.Literal("pip", "pip3", new Span(0, 3)));
        var w = new dev.dlint.syntax.shell.Word("pip", parts, new Span(0, 3));
        assertThat(w).isEqualTo(new dev.dlint.syntax.shell.Word("pip", parts, new Span(0, 3)))
                .isNotEqualTo(new dev.dlint.syntax.shell.Word("pip", other, new Span(0, 3)))
                .isNotEqualTo(new dev.dlint.syntax.shell.Word("pi", parts, new Span(0, 3)))
                .isNotEqualTo(new dev.dlint.syntax.shell.Word("pip", parts, new Span(1, 4)));
        assertThat(w.hashCode()).isEqualTo(new ShellWordShape("pip", parts, new Span(0, 3)).hashCode());
    }
}
