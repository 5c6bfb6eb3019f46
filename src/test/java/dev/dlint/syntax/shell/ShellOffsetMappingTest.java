package dev.dlint.syntax.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SegmentedText;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans of a derived text (a RUN's logical line, a heredoc body) land in the original file. */
class ShellOffsetMappingTest {

    private static final String DOCKERFILE = String.join("\n",
            "FROM debian",
            "RUN apt-get update \\",
            " # a comment line BuildKit drops",
            " && apt-get install -y \\",
            "      curl git \\",
            " && curl -fsSL https://x.sh | sh",
            "");

    /** The logical line of the RUN, built like the Dockerfile parser does: continuations and comment lines left out. */
    private static SegmentedText logicalLine() {
        SegmentedText.Builder b = new SegmentedText.Builder();
        String[] lines = DOCKERFILE.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i >= 1 && i <= 5 && !line.strip().startsWith("#")) {
                int from = i == 1 ? 4 : 0;
                int to = line.endsWith("\\") ? line.length() - 1 : line.length();
                b.append(line.substring(from, to), offset + from);
            }
            offset += line.length() + 1;
        }
        return b.build(offset);
    }

    @Test
    void spansInContinuedRunLandOnPhysicalLines() {
        SegmentedText logical = logicalLine();
        ParsedScript p = ShellScriptParser.parse(logical.text(), logical);
        assertThat(p.error()).isEmpty();
        List<CommandSite> sites = p.script().simpleCommands();
        assertThat(sites).hasSize(4);
        SourceFile file = SourceFile.of("Dockerfile", DOCKERFILE);

        Word git = sites.get(1).command().words().get(4);
        assertThat(git.literal()).contains("git");
        assertThat(file.slice(git.span())).isEqualTo("git");
        assertThat(file.positionOf(git.span().start()).line()).isEqualTo(5);

        Operator pipe = sites.get(3).pipeBefore().orElseThrow();
        assertThat(file.slice(pipe.span())).isEqualTo("|");
        assertThat(file.positionOf(pipe.span().start())).satisfies(pos -> {
            assertThat(pos.line()).isEqualTo(6);
            assertThat(pos.column()).isEqualTo(DOCKERFILE.split("\n")[5].indexOf('|') + 1);
        });

        Span install = sites.get(1).command().span();
        assertThat(file.positionOf(install.start()).line()).isEqualTo(4);
        assertThat(file.positionOf(install.end()).line()).isEqualTo(5);
        Operator and = sites.get(1).andOr().operators().get(0);
        assertThat(file.slice(and.span())).isEqualTo("&&");
        assertThat(file.positionOf(and.span().start()).line()).isEqualTo(4);
    }

    @Test
    void heredocBodyOffsets() {
        String source = "RUN <<EOT\nset -e\ncat <<X > f\nhello\nX\nEOT\n";
        int bodyStart = source.indexOf("set -e");
        int bodyEnd = source.indexOf("EOT\n", bodyStart);
        SegmentedText body = new SegmentedText.Builder()
                .append(source.substring(bodyStart, bodyEnd), bodyStart).build(bodyEnd);
        ParsedScript p = ShellScriptParser.parse(body.text(), body);
        assertThat(p.error()).isEmpty();
        SimpleCommand cat = p.script().simpleCommands().get(1).command();
        ShellHeredoc h = cat.redirects().get(0).heredoc().orElseThrow();
        assertThat(source.substring(h.bodySpan().start(), h.bodySpan().end())).isEqualTo("hello\n");
        assertThat(source.substring(cat.span().start(), cat.span().end())).isEqualTo("cat <<X > f");
    }
}
