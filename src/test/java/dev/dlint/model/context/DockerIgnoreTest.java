package dev.dlint.model.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

    /** The example file from Docker's .dockerignore documentation. */
    private static final DockerIgnore DOCS = DockerIgnore.parse("""
            # comment
            */temp*
            */*/temp*
            temp?
            """);

    @ParameterizedTest(name = "{0} excluded={1}")
    @CsvSource({
            "somedir/temporary.txt, true",
            "somedir/temp, true",
            "somedir/temp/file.txt, true",
            "temporary.txt, false",
            "somedir/subdir/temporary.txt, true",
            "a/b/c/temporary.txt, false",
            "tempa, true",
            "tempb, true",
            "tempab, false",
            "temp, false",
            "dir/tempa, true",
            "dir/xtempa, false",
            "comment, false",
    })
    void docsExample(String path, boolean excluded) {
        assertThat(DOCS.isExcluded(path)).isEqualTo(excluded);
    }

    @Test
    void doubleStarMatchesAnyNumberOfDirectories() {
        DockerIgnore ignore = DockerIgnore.parse("**/*.go\n");
        assertThat(ignore.isExcluded("main.go")).isTrue();
        assertThat(ignore.isExcluded("cmd/app/main.go")).isTrue();
        assertThat(ignore.isExcluded("main.go.txt")).isFalse();
        assertThat(ignore.isExcluded("cmd/app/README")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleAndAtTheEnd() {
        DockerIgnore ignore = DockerIgnore.parse("a/**/b\nlogs/**\n");
        assertThat(ignore.isExcluded("a/b")).isTrue();
        assertThat(ignore.isExcluded("a/x/y/b")).isTrue();
        assertThat(ignore.isExcluded("a/xb")).isFalse();
        assertThat(ignore.isExcluded("logs/2024/app.log")).isTrue();
        assertThat(ignore.isExcluded("logsx")).isFalse();
    }

    @Test
    void leadingDoubleStarIsASuffixMatchLikeMoby() {
        DockerIgnore ignore = DockerIgnore.parse("**/node_modules\n**foo\n");
        assertThat(ignore.isExcluded("node_modules/x.js")).isTrue();
        assertThat(ignore.isExcluded("web/node_modules/x/y.js")).isTrue();
        assertThat(ignore.isExcluded("my_node_modules")).isFalse();
        assertThat(ignore.isExcluded("barfoo")).isTrue();
    }

    @Test
    void exceptionReincludes() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\n");
        assertThat(ignore.isExcluded("CHANGES.md")).isTrue();
        assertThat(ignore.isExcluded("README.md")).isFalse();
        // *.md has no directory part, so it only matches at the root.
        assertThat(ignore.isExcluded("docs/guide.md")).isFalse();
    }

    @Test
    void lastMatchingLineWins() {
        DockerIgnore secretExcluded = DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n");
        assertThat(secretExcluded.isExcluded("README-secret.md")).isTrue();
        assertThat(secretExcluded.isExcluded("README-public.md")).isFalse();
        assertThat(secretExcluded.isExcluded("other.md")).isTrue();

        DockerIgnore secretIncluded = DockerIgnore.parse("*.md\nREADME-secret.md\n!README*.md\n");
        assertThat(secretIncluded.isExcluded("README-secret.md")).isFalse();
        assertThat(secretIncluded.isExcluded("README.md")).isFalse();
        assertThat(secretIncluded.isExcluded("other.md")).isTrue();
    }

    @Test
    void directoriesExcludeTheirContents() {
        DockerIgnore ignore = DockerIgnore.parse(".git\nbuild/\n");
        assertThat(ignore.isExcluded(".git")).isTrue();
        assertThat(ignore.isExcluded(".git/HEAD")).isTrue();
        assertThat(ignore.isExcluded(".git/objects/ab/cdef")).isTrue();
        assertThat(ignore.isExcluded(".github/workflows/ci.yml")).isFalse();
        assertThat(ignore.isExcluded("build/out.o")).isTrue();
        assertThat(ignore.isExcluded("src/build/out.o")).isFalse();
    }

    @Test
    void exceptionInsideExcludedDirectory() {
        DockerIgnore ignore = DockerIgnore.parse("docs\n!docs/README.md\n");
        assertThat(ignore.isExcluded("docs/guide.md")).isTrue();
        assertThat(ignore.isExcluded("docs/README.md")).isFalse();
    }

    @Test
    void patternsAreCleanedLikeFilepathClean() {
        DockerIgnore ignore = DockerIgnore.parse("/abs\n./dot\nx/../y\na//b/\n!/abs/keep\n");
        assertThat(ignore.patterns()).extracting(IgnorePattern::cleaned)
                .containsExactly("abs", "dot", "y", "a/b", "abs/keep");
        assertThat(ignore.isExcluded("abs/file")).isTrue();
        assertThat(ignore.isExcluded("abs/keep")).isFalse();
        assertThat(ignore.isExcluded("dot")).isTrue();
        assertThat(ignore.isExcluded("y/z")).isTrue();
        assertThat(ignore.isExcluded("a/b/c")).isTrue();
    }

    @Test
    void pathsAreCleanedToo() {
        DockerIgnore ignore = DockerIgnore.parse("secret\n");
        assertThat(ignore.isExcluded("./secret")).isTrue();
        assertThat(ignore.isExcluded("/secret/key")).isTrue();
        assertThat(ignore.isExcluded(".")).isFalse();
        assertThat(ignore.isExcluded("")).isFalse();
    }

    @Test
    void questionMarkAndStarStopAtSlash() {
        DockerIgnore ignore = DockerIgnore.parse("a?b\nc*d\n");
        assertThat(ignore.isExcluded("axb")).isTrue();
        assertThat(ignore.isExcluded("a/b")).isFalse();
        assertThat(ignore.isExcluded("cxxd")).isTrue();
        assertThat(ignore.isExcluded("c/d")).isFalse();
    }

    @Test
    void bracketExpressionsAndEscapes() {
        DockerIgnore ignore = DockerIgnore.parse("file[0-9].txt\nx[^a]y\nstar\\*\nlit.txt\n");
        assertThat(ignore.isExcluded("file5.txt")).isTrue();
        assertThat(ignore.isExcluded("fileA.txt")).isFalse();
        assertThat(ignore.isExcluded("xby")).isTrue();
        assertThat(ignore.isExcluded("xay")).isFalse();
        assertThat(ignore.isExcluded("star*")).isTrue();
        assertThat(ignore.isExcluded("starry")).isFalse();
        assertThat(ignore.isExcluded("litxtxt")).isFalse();
        assertThat(ignore.isExcluded("lit.txt")).isTrue();
    }

    @Test
    void commentsOnlyInColumnOneAndLinesTrimmed() {
        String text = "# comment\n  spaced.txt  \n #notcomment\n\n   \n";
        DockerIgnore ignore = DockerIgnore.parse(text);
        assertThat(ignore.patterns()).extracting(IgnorePattern::text).containsExactly("spaced.txt", "#notcomment");
        assertThat(ignore.isExcluded("spaced.txt")).isTrue();
        assertThat(ignore.isExcluded("#notcomment")).isTrue();
        assertThat(ignore.isExcluded("# comment")).isFalse();
    }

    @Test
    void matchNamesTheDecidingLineAndSpan() {
        String text = "# header\r\n*.log\r\n  build  \r\n!build/keep\r\n";
        DockerIgnore ignore = DockerIgnore.parse(text);
        Match match = ignore.match("build/out/app.bin").orElseThrow();
        assertThat(match.pattern().line()).isEqualTo(3);
        assertThat(match.pattern().span()).isEqualTo(Span.of(19, 24));
        assertThat(text.substring(19, 24)).isEqualTo("build");
        assertThat(match.matchedAs()).isEqualTo("build");
        assertThat(match.viaParentDirectory("build/out/app.bin")).isTrue();

        Match log = ignore.match("app.log").orElseThrow();
        assertThat(log.pattern().line()).isEqualTo(2);
        assertThat(log.pattern().span()).isEqualTo(Span.of(10, 15));
        assertThat(log.viaParentDirectory("app.log")).isFalse();

        assertThat(ignore.match("build/keep")).isEmpty();
        assertThat(ignore.match("src/main.c")).isEmpty();
    }

    @Test
    void exceptionSpanKeepsTheBang() {
        DockerIgnore ignore = DockerIgnore.parse("a\n! b\n");
        IgnorePattern exception = ignore.patterns().get(1);
        assertThat(exception.exception()).isTrue();
        assertThat(exception.text()).isEqualTo("! b");
        assertThat(exception.cleaned()).isEqualTo("b");
        assertThat(exception.span()).isEqualTo(Span.of(2, 5));
    }

    @Test
    void badPatternsAreProblemsNotExceptions() {
        DockerIgnore ignore = DockerIgnore.parse("ok\n!\n[abc\ntrail\\\n[]x\n");
        assertThat(ignore.problems()).extracting(DockerIgnore.Problem::line).containsExactly(2, 3, 4, 5);
        assertThat(ignore.problems().get(0).message()).contains("illegal exclusion pattern");
        assertThat(ignore.problems().get(1).span()).isEqualTo(Span.of(5, 9));
        assertThat(ignore.patterns()).extracting(IgnorePattern::cleaned).containsExactly("ok");
        assertThat(ignore.isExcluded("ok")).isTrue();
    }

    @Test
    void byteOrderMarkOnFirstLine() {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFFnode_modules\n");
        assertThat(ignore.isExcluded("node_modules/x")).isTrue();
        assertThat(ignore.patterns().get(0).span()).isEqualTo(Span.of(1, 13));
    }

    @Test
    void emptyFileExcludesNothing() {
        assertThat(DockerIgnore.parse("").isExcluded("anything")).isFalse();
        assertThat(DockerIgnore.empty().isEmpty()).isTrue();
    }

    @Test
    void dockerfileSpecificIgnoreFileWins(@TempDir Path dir) throws IOException {
        Path context = Files.createDirectories(dir.resolve("ctx"));
        Path dockerfile = Files.writeString(Files.createDirectories(dir.resolve("docker")).resolve("app.Dockerfile"), "FROM x\n");
        assertThat(DockerIgnore.locate(dockerfile, context)).isEmpty();

        Path shared = Files.writeString(context.resolve(".dockerignore"), ".git\n");
        assertThat(DockerIgnore.locate(dockerfile, context)).contains(shared);

        Path specific = Files.writeString(dir.resolve("docker/app.Dockerfile.dockerignore"), "*\n");
        assertThat(DockerIgnore.locate(dockerfile, context)).contains(specific);
    }
}
