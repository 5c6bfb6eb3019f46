package dev.dlint.model.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementsParserTest {

    private static RequirementsFile parse(String text) {
        return RequirementsParser.parse(SourceFile.of("requirements.txt", text));
    }

    private static Requirement only(String text) {
        RequirementsFile file = parse(text);
        assertThat(file.unparsed()).isEmpty();
        assertThat(file.lines()).hasSize(1);
        return (Requirement) file.lines().get(0);
    }

    @Test
    void simplePinWithSpans() {
        String text = "# deps\nrequests==2.31.0\n";
        Requirement r = (Requirement) parse(text).lines().get(0);
        assertThat(r.name()).isEqualTo("requests");
        assertThat(r.span()).isEqualTo(Span.of(7, 23));
        assertThat(r.nameSpan()).isEqualTo(Span.of(7, 15));
        assertThat(r.specifiers()).containsExactly(new Specifier("==", "2.31.0", Span.of(15, 23)));
        assertThat(r.isPinned()).isTrue();
        assertThat(r.hasHash()).isFalse();
    }

    @Test
    void extrasSpecifierListAndMarker() {
        Requirement r = only("Foo_Bar[security, socks] >= 1.0 , <2.0 ; python_version < \"3.11\"  # why");
        assertThat(r.name()).isEqualTo("Foo_Bar");
        assertThat(r.normalizedName()).isEqualTo("foo-bar");
        assertThat(r.extras()).containsExactly("security", "socks");
        assertThat(r.specifiers()).extracting(Specifier::toString).containsExactly(">=1.0", "<2.0");
        assertThat(r.specifiers().get(0).span()).isEqualTo(Span.of(25, 31));
        assertThat(r.marker()).contains("python_version < \"3.11\"");
        assertThat(r.span()).isEqualTo(Span.of(0, 71));
        assertThat(r.isPinned()).isFalse();
    }

    @ParameterizedTest(name = "{0} pinned={1}")
    @CsvSource(delimiter = '|', value = {
            "pkg==1.0            | true",
            "pkg===1.0-custom    | true",
            "pkg==1.0+cpu        | true",
            "pkg==1.*            | false",
            "pkg>=1.0            | false",
            "pkg~=1.0            | false",
            "pkg                 | false",
            "pkg==1.0,!=1.1      | true",
            "pkg==1.0,==1.1      | false",
            "pkg (==1.0)         | true",
            "pkg[x]==2           | true",
    })
    void pinning(String line, boolean pinned) {
        assertThat(only(line).isPinned()).isEqualTo(pinned);
    }

    @Test
    void allOperators() {
        Requirement r = only("a===1,==2,~=3,!=4,<5,<=6,>7,>=8");
        assertThat(r.specifiers()).extracting(Specifier::operator)
                .containsExactly("===", "==", "~=", "!=", "<", "<=", ">", ">=");
        assertThat(only("a==1.*").specifiers().get(0).isWildcard()).isTrue();
    }

    @Test
    void normalisation() {
        assertThat(Requirement.normalize("Django-REST__framework.x")).isEqualTo("django-rest-framework-x");
    }

    @Test
    void directReferenceWithMarker() {
        Requirement r = only("pkg @ https://example.com/pkg-1.0.tar.gz#sha256=abcdef0123 ; sys_platform == 'linux'");
        assertThat(r.name()).isEqualTo("pkg");
        assertThat(r.url()).contains("https://example.com/pkg-1.0.tar.gz#sha256=abcdef0123");
        assertThat(r.marker()).contains("sys_platform == 'linux'");
        assertThat(r.hasHash()).isTrue();
        assertThat(r.isPinned()).isTrue();
        assertThat(only("pkg @ https://example.com/pkg-1.0.tar.gz").isPinned()).isFalse();
    }

    @Test
    void vcsUrlsCaptureTheRef() {
        String commit = "0123456789abcdef0123456789abcdef01234567";
        Requirement pinned = only("git+https://github.com/org/repo.git@" + commit + "#egg=repo");
        assertThat(pinned.name()).isEqualTo("repo");
        assertThat(pinned.vcsRef()).contains(commit);
        assertThat(pinned.isVcs()).isTrue();
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.nameSpan()).isEqualTo(Span.of(81, 85));

        Requirement branch = only("repo @ git+ssh://git@github.com/org/repo.git@main");
        assertThat(branch.vcsRef()).contains("main");
        assertThat(branch.isPinned()).isFalse();

        Requirement noRef = only("git+ssh://git@github.com/org/repo.git#egg=repo");
        assertThat(noRef.vcsRef()).isEmpty();
        assertThat(noRef.isPinned()).isFalse();
    }

    @Test
    void editables() {
        RequirementsFile file = parse("-e .\n--editable=./libs/core[dev]\n-e git+https://h/x.git@v1.2#egg=x_y\n");
        List<Requirement> reqs = file.requirements();
        assertThat(reqs).hasSize(3).allMatch(Requirement::editable);
        assertThat(reqs.get(0).url()).contains(".");
        assertThat(reqs.get(0).nameSpan()).isEqualTo(Span.of(3, 4));
        assertThat(reqs.get(1).url()).contains("./libs/core");
        assertThat(reqs.get(1).extras()).containsExactly("dev");
        assertThat(reqs.get(1).nameSpan()).isEqualTo(Span.of(16, 27));
        assertThat(reqs.get(2).name()).isEqualTo("x_y");
        assertThat(reqs.get(2).vcsRef()).contains("v1.2");
        assertThat(reqs.get(2).isPinned()).isFalse();
    }

    @Test
    void bareUrlsPathsAndWheels() {
        RequirementsFile file = parse("""
                ./wheels/torch-2.1.0-cp311-cp311-linux_x86_64.whl
                https://example.com/a-1.0-py3-none-any.whl#sha256=00ff
                ../local/pkg
                numpy-1.26.0.tar.gz
                /abs/dir[extra1]
                https://example.com/b.zip ; python_version >= "3"
                """);
        assertThat(file.unparsed()).isEmpty();
        List<Requirement> reqs = file.requirements();
        assertThat(reqs).extracting(Requirement::name).containsExactly("torch", "a", "", "", "", "");
        assertThat(reqs.get(0).isLocal()).isTrue();
        assertThat(reqs.get(0).isPinned()).isTrue();
        assertThat(reqs.get(1).isPinned()).isTrue();
        assertThat(reqs.get(3).url()).contains("numpy-1.26.0.tar.gz");
        assertThat(reqs.get(4).extras()).containsExactly("extra1");
        assertThat(reqs.get(5).url()).contains("https://example.com/b.zip");
        assertThat(reqs.get(5).marker()).contains("python_version >= \"3\"");
        assertThat(reqs.get(5).isPinned()).isFalse();
    }

    @Test
    void hashesOnContinuationLines() {
        String text = "pkg==1.0 \\\n    --hash=sha256:aaaa \\\n    --hash sha256:bbbb\nnext==2\n";
        RequirementsFile file = parse(text);
        Requirement r = file.requirements().get(0);
        assertThat(r.hashes()).containsExactly("sha256:aaaa", "sha256:bbbb");
        assertThat(r.hasHash()).isTrue();
        assertThat(r.span()).isEqualTo(Span.of(0, 58));
        assertThat(file.source().slice(r.span())).endsWith("--hash sha256:bbbb");
        Requirement next = file.requirements().get(1);
        assertThat(next.span()).isEqualTo(Span.of(59, 66));
        assertThat(file.source().positionOf(next.nameSpan().start()).line()).isEqualTo(4);
    }

    @Test
    void continuationInsideAToken() {
        String text = "req\\\nuests==1\n";
        Requirement r = only(text);
        assertThat(r.name()).isEqualTo("requests");
        // The name spans the backslash-newline that splits it.
        assertThat(r.nameSpan()).isEqualTo(Span.of(0, 10));
    }

    @Test
    void includesWithEqualsOrSpace() {
        String text = "-r base.txt\n--requirement=dev.txt\n-c constraints.txt\n--constraint other.txt\n-rshort.txt\n";
        List<Include> includes = parse(text).includes();
        assertThat(includes).extracting(Include::path)
                .containsExactly("base.txt", "dev.txt", "constraints.txt", "other.txt", "short.txt");
        assertThat(includes).extracting(Include::kind).containsExactly(Include.Kind.REQUIREMENT,
                Include.Kind.REQUIREMENT, Include.Kind.CONSTRAINT, Include.Kind.CONSTRAINT, Include.Kind.REQUIREMENT);
        assertThat(includes.get(0).pathSpan()).isEqualTo(Span.of(3, 11));
        assertThat(includes.get(0).span()).isEqualTo(Span.of(0, 11));
        assertThat(includes.get(1).pathSpan()).isEqualTo(Span.of(26, 33));
    }

    @Test
    void globalOptions() {
        String text = """
                -i https://pypi.org/simple
                --extra-index-url=https://download.pytorch.org/whl/cu121
                -f ./wheels
                --find-links=https://x/y
                --no-index
                --pre
                --trusted-host host.example
                --no-binary :all:
                --only-binary=numpy
                --prefer-binary
                --require-hashes
                """;
        RequirementsFile file = parse(text);
        assertThat(file.unparsed()).isEmpty();
        assertThat(file.globalOptions()).extracting(GlobalOption::name).containsExactly("--index-url",
                "--extra-index-url", "--find-links", "--find-links", "--no-index", "--pre", "--trusted-host",
                "--no-binary", "--only-binary", "--prefer-binary", "--require-hashes");
        GlobalOption index = file.globalOptions().get(0);
        assertThat(index.value()).contains("https://pypi.org/simple");
        assertThat(index.optionSpan()).isEqualTo(Span.of(0, 26));
        assertThat(file.globalOptions().get(4).value()).isEmpty();
    }

    @Test
    void severalOptionsOnOneLine() {
        RequirementsFile file = parse("--index-url https://a/simple --trusted-host a -r more.txt\n");
        assertThat(file.lines()).hasSize(3);
        assertThat(file.globalOptions().get(1).optionSpan()).isEqualTo(Span.of(29, 45));
        assertThat(file.includes().get(0).path()).isEqualTo("more.txt");
    }

    @Test
    void commentsAndBlankLines() {
        String text = "\n# full line\n   # indented\npkg==1 # trailing\nurl-pkg @ https://x/y#egg=z\n\n";
        RequirementsFile file = parse(text);
        assertThat(file.lines()).hasSize(2);
        Requirement pkg = file.requirements().get(0);
        assertThat(pkg.specifiers()).extracting(Specifier::version).containsExactly("1");
        assertThat(pkg.span()).isEqualTo(Span.of(27, 44));
        assertThat(file.requirements().get(1).url()).contains("https://x/y#egg=z");
    }

    @Test
    void commentLineEndingInBackslashDoesNotContinue() {
        RequirementsFile file = parse("# note \\\npkg==1\n");
        assertThat(file.requirements()).extracting(Requirement::name).containsExactly("pkg");
    }

    @Test
    void trailingCommentWithBackslashStillContinuesLikePip() {
        RequirementsFile file = parse("a==1 # note \\\nb==2\nc==3\n");
        assertThat(file.requirements()).extracting(Requirement::name).containsExactly("a", "c");
    }

    @Test
    void crlfAndBackslashAtEndOfFile() {
        RequirementsFile file = parse("a==1 \\\r\n  --hash=sha256:ff\r\nb==2 \\");
        assertThat(file.requirements()).hasSize(2);
        assertThat(file.requirements().get(0).hashes()).containsExactly("sha256:ff");
        assertThat(file.requirements().get(0).span()).isEqualTo(Span.of(0, 26));
        assertThat(file.requirements().get(1).span()).isEqualTo(Span.of(28, 34));
    }

    @Test
    void environmentVariableReferences() {
        RequirementsFile file = parse("--index-url https://${USER}:${TOKEN}@host/simple\nlib @ ${BASE}/lib.whl\n$lower==1\n");
        assertThat(file.globalOptions().get(0).envVars()).containsExactly("USER", "TOKEN");
        assertThat(file.requirements().get(0).envVars()).containsExactly("BASE");
    }

    @Test
    void perRequirementOptionsAreKept() {
        Requirement r = only("pkg==1 --config-settings=--build-option=--x --global-option=-q");
        assertThat(r.options()).containsExactly("--config-settings=--build-option=--x", "--global-option=-q");
    }

    @Test
    void unparsedLinesNeverThrow() {
        RequirementsFile file = parse("""
                pkg >=
                pkg[extra
                pkg==1 garbage
                --unknown-option
                -r
                --hash=sha256:aa
                pkg;
                -e requests
                !!!
                """);
        assertThat(file.requirements()).isEmpty();
        assertThat(file.unparsed()).extracting(Unparsed::reason).containsExactly(
                "missing version after '>='",
                "missing ']' after extras",
                "unexpected 'garbage'",
                "unknown option --unknown-option",
                "option -r needs a value",
                "--hash is only allowed after a requirement",
                "empty environment marker after ';'",
                "-e needs a path or VCS URL, not a package name",
                "not a requirement, URL or path: '!!!'");
        assertThat(file.unparsed().get(2).span()).isEqualTo(Span.of(17, 31));
        assertThat(file.unparsed().get(2).text()).isEqualTo("pkg==1 garbage");
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() {
        assertThat(parse("").lines()).isEmpty();
        assertThat(parse("\n\n  \n").lines()).isEmpty();
        assertThat(parse("\\").lines()).isEmpty();
    }
}
