package dev.dlint.model.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.ShellScriptParser;
import dev.dlint.syntax.shell.SimpleCommand;
import dev.dlint.syntax.shell.Word;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptionSpecTest {

    static final OptionSpec SPEC = OptionSpec.builder()
            .value("requirement", "-r", "--requirement").flag("upgrade", "-U", "--upgrade")
            .flag("quiet", "-q", "--quiet").value("index-url", "-i", "--index-url").flags("--no-cache-dir")
            .optionalValue("recurse", "--recurse")
            .subcommand("install", OptionSpec.builder().value("target", "-t", "--target").build())
            .build();

    static List<Word> args(String line) {
        SimpleCommand c = ShellScriptParser.parse(line, OffsetMap.shifted(0)).script().simpleCommands().get(0)
                .command();
        return c.args();
    }

    static List<String> texts(List<Word> words) {
        return words.stream().map(w -> w.literal().orElse(w.text())).collect(Collectors.toList());
    }

    @Test
    void canonicalNamesCombinedFlagsAndValues() {
        String line = "tool -qU install -rreq.txt --requirement=b.txt -r c.txt --index-url \"https://x\" a b";
        ParsedArgs p = SPEC.parse(args(line));
        assertThat(p.subcommandPath()).isEqualTo("install");
        assertThat(p.has("quiet")).isTrue();
        assertThat(p.has("upgrade")).isTrue();
        assertThat(p.option("upgrade").orElseThrow().flag().text()).isEqualTo("-qU");
        assertThat(texts(p.values("requirement"))).containsExactly("req.txt", "b.txt", "c.txt");
        List<Word> reqs = p.values("requirement");
        assertThat(line.substring(reqs.get(0).span().start(), reqs.get(0).span().end())).isEqualTo("req.txt");
        assertThat(line.substring(reqs.get(1).span().start(), reqs.get(1).span().end())).isEqualTo("b.txt");
        assertThat(p.value("index-url").orElseThrow().literal()).contains("https://x");
        assertThat(texts(p.positionals())).containsExactly("a", "b");
        assertThat(p.options()).allMatch(ParsedArgs.Option::known);
    }

    @Test
    void doubleDashEndsOptionsAndUnknownOptionsAreFlags() {
        ParsedArgs p = SPEC.parse(args("tool --weird -Z x --recurse --recurse=sub -- -q"));
        assertThat(p.has("weird")).isTrue();
        assertThat(p.option("weird").orElseThrow().known()).isFalse();
        assertThat(p.has("Z")).isTrue();
        assertThat(texts(p.positionals())).containsExactly("x", "-q");
        assertThat(p.endOfOptions()).isNotNull();
        assertThat(p.all("recurse")).hasSize(2);
        assertThat(texts(p.values("recurse"))).containsExactly("sub");
        assertThat(p.has("quiet")).isFalse();
    }

    @Test
    void subcommandOptionsInheritAndOnlyFirstPositionalIsASubcommand() {
        ParsedArgs p = SPEC.parse(args("tool install -t /t -q install"));
        assertThat(p.subcommands()).hasSize(1);
        assertThat(texts(p.values("target"))).containsExactly("/t");
        assertThat(p.has("quiet")).isTrue();
        assertThat(texts(p.positionals())).containsExactly("install");
        assertThat(SPEC.parse(args("tool -t x")).has("t")).isTrue(); // -t is not known above install
    }

    @Test
    void valueWithExpansionAndQuotedAttachedValue() {
        String line = "tool --index-url=\"$URL\"/simple -r\"$REQ\" \"--index-url=https://a\"";
        ParsedArgs p = SPEC.parse(args(line));
        List<Word> urls = p.values("index-url");
        assertThat(urls.get(0).text()).isEqualTo("\"$URL\"/simple");
        assertThat(urls.get(0).span()).isEqualTo(Span.of(17, 30));
        assertThat(urls.get(1).literal()).contains("https://a");
        assertThat(p.values("requirement").get(0).text()).isEqualTo("\"$REQ\"");
    }

    @Test
    void stopAtFirstPositionalAndNoCombining() {
        OptionSpec wrapper = OptionSpec.builder().stopAtFirstPositional(true).value("user", "-u").build();
        ParsedArgs p = wrapper.parse(args("sudo -u app pip install -u x"));
        assertThat(texts(p.values("user"))).containsExactly("app");
        assertThat(texts(p.positionals())).containsExactly("pip", "install", "-u", "x");

        OptionSpec mvn = OptionSpec.builder().combineShort(false).value("define", "-D").value("projects", "-pl")
                .flag("also-make", "-am").build();
        ParsedArgs m = mvn.parse(args("mvn -DskipTests -D x=y -pl core -am -Xfoo package"));
        assertThat(texts(m.values("define"))).containsExactly("skipTests", "x=y");
        assertThat(texts(m.values("projects"))).containsExactly("core");
        assertThat(m.has("also-make")).isTrue();
        assertThat(m.has("Xfoo")).isTrue();
        assertThat(texts(m.positionals())).containsExactly("package");

        OptionSpec go = OptionSpec.builder().combineShort(false).attachShortValue(false).singleDashLong(true)
                .values("-o", "-ldflags").flags("-trimpath").build();
        ParsedArgs g = go.parse(args("go -trimpath -ldflags '-s -w' -o=/bin/x -mod=mod ./cmd"));
        assertThat(g.has("trimpath")).isTrue();
        assertThat(texts(g.values("ldflags"))).containsExactly("-s -w");
        assertThat(texts(g.values("o"))).containsExactly("/bin/x");
        assertThat(texts(g.values("mod"))).containsExactly("mod");
        assertThat(texts(g.positionals())).containsExactly("./cmd");
    }

    @Test
    void valueOptionAtTheEndHasNoValue() {
        ParsedArgs p = SPEC.parse(args("tool -r"));
        assertThat(p.has("requirement")).isTrue();
        assertThat(p.values("requirement")).isEmpty();
        assertThat(p.option("requirement").orElseThrow().value()).isNull();
    }
}
