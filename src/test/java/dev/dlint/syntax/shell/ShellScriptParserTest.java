package dev.dlint.syntax.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShellScriptParserTest {

    static Script ok(String text) {
        ParsedScript p = ShellScriptParser.parse(text, OffsetMap.shifted(0));
        assertThat(p.error()).as("error for %s", text).isEmpty();
        return p.script();
    }

    static List<SimpleCommand> commands(String text) {
        return ok(text).simpleCommands().stream().map(CommandSite::command).collect(Collectors.toList());
    }

    static List<String> names(String text) {
        return commands(text).stream().map(c -> c.literalName().orElse("?")).collect(Collectors.toList());
    }

    static List<String> args(SimpleCommand c) {
        return c.words().stream().map(w -> w.literal().orElse("<" + w.text() + ">")).collect(Collectors.toList());
    }

    static String at(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void simpleCommandWordsAndSpans() {
        String text = "echo hello  world";
        SimpleCommand c = commands(text).get(0);
        assertThat(args(c)).containsExactly("echo", "hello", "world");
        assertThat(c.words().get(2).span()).isEqualTo(Span.of(12, 17));
        assertThat(c.span()).isEqualTo(Span.of(0, 17));
    }

    @Test
    void emptyAndCommentOnlyScripts() {
        assertThat(ok("").statements()).isEmpty();
        assertThat(ok("\n\n# only a comment\n   \n").statements()).isEmpty();
        assertThat(names("#!/bin/sh\n# c\necho a # trailing\n")).containsExactly("echo");
    }

    @Test
    void listsAndSeparators() {
        String text = "a; b & c\nd";
        Script s = ok(text);
        assertThat(s.statements()).hasSize(4);
        assertThat(s.statements().get(0).separator().orElseThrow().text()).isEqualTo(";");
        assertThat(s.statements().get(1).background()).isTrue();
        assertThat(s.statements().get(2).separator().orElseThrow().text()).isEqualTo("\n");
        assertThat(s.statements().get(2).separator().orElseThrow().span()).isEqualTo(Span.of(8, 9));
        assertThat(s.statements().get(3).separator()).isEmpty();
    }

    @Test
    void andOrWithOperatorSpans() {
        String text = "a && b ||\n  c";
        AndOr ao = ok(text).statements().get(0).andOr();
        assertThat(ao.pipelines()).hasSize(3);
        assertThat(ao.operators()).extracting(Operator::text).containsExactly("&&", "||");
        assertThat(ao.operators().get(1).span()).isEqualTo(Span.of(7, 9));
    }

    @Test
    void pipelinesWithPipeSpansAndBang() {
        String text = "! curl -s x | tar xz |& tee log";
        Pipeline p = ok(text).statements().get(0).andOr().pipelines().get(0);
        assertThat(p.bang()).isPresent();
        assertThat(p.commands()).hasSize(3);
        assertThat(p.pipes()).extracting(Operator::text).containsExactly("|", "|&");
        assertThat(p.pipes().get(0).span()).isEqualTo(Span.of(12, 13));
        List<CommandSite> sites = ok(text).simpleCommands();
        assertThat(sites.get(1).pipelineIndex()).isEqualTo(1);
        assertThat(sites.get(1).upstream().orElseThrow().literalName()).contains("curl");
        assertThat(sites.get(1).pipeBefore().orElseThrow().span()).isEqualTo(Span.of(12, 13));
        assertThat(sites.get(0).pipeAfter()).isPresent();
    }

    @Test
    void pipeContinuesOnNextLine() {
        assertThat(ok("a |\n\n b").statements().get(0).andOr().pipelines().get(0).commands()).hasSize(2);
    }

    @Test
    void assignments() {
        SimpleCommand c = commands("A=1 B+=x C= D[2]=y env").get(0);
        assertThat(c.assignments()).extracting(Assignment::name).containsExactly("A", "B", "C", "D");
        assertThat(c.assignments().get(1).append()).isTrue();
        assertThat(c.assignments().get(0).value().orElseThrow().literal()).contains("1");
        assertThat(c.assignments().get(2).value().orElseThrow().literal()).contains("");
        assertThat(c.assignments().get(0).value().orElseThrow().span()).isEqualTo(Span.of(2, 3));
        assertThat(args(c)).containsExactly("env");
    }

    @Test
    void assignmentOnlyAndArgumentsThatLookLikeAssignments() {
        SimpleCommand c = commands("PATH=\"/opt/venv/bin:$PATH\"").get(0);
        assertThat(c.words()).isEmpty();
        assertThat(c.assignments().get(0).value().orElseThrow().hasExpansion()).isTrue();
        SimpleCommand e = commands("export A=1").get(0);
        assertThat(e.assignments()).isEmpty();
        assertThat(args(e)).containsExactly("export", "A=1");
    }

    @Test
    void arrayAssignments() {
        SimpleCommand c = commands("A=(x \"y z\"\n  $w) cmd").get(0);
        assertThat(c.assignments()).hasSize(1);
        Assignment a = c.assignments().get(0);
        assertThat(a.array()).isTrue();
        assertThat(a.elements()).hasSize(3);
        assertThat(a.elements().get(1).literal()).contains("y z");
        assertThat(args(c)).containsExactly("cmd");
        assertThat(commands("declare -a B+=(1 2)").get(0).assignments().get(0).append()).isTrue();
    }

    @Test
    void quotingAndLiteralValues() {
        SimpleCommand c = commands("echo 'a b' \"c $d\" e\\ f $'x\\ty' \"g\\\"h\" pre\"mid\"'post'").get(0);
        assertThat(c.words()).hasSize(7);
        assertThat(c.words().get(1).literal()).contains("a b");
        assertThat(c.words().get(2).literal()).isEmpty();
        assertThat(c.words().get(3).literal()).contains("e f");
        assertThat(c.words().get(4).literal()).contains("x\ty");
        assertThat(c.words().get(5).literal()).contains("g\"h");
        assertThat(c.words().get(6).literal()).contains("premidpost");
        assertThat(c.words().get(6).parts()).hasSize(3);
        assertThat(c.words().get(6).text()).isEqualTo("pre\"mid\"'post'");
    }

    @Test
    void doubleQuotedParts() {
        Word w = commands("echo \"a $b ${c:-d} $(e f) `g` $((1+2))\"").get(0).words().get(1);
        WordPart.DoubleQuoted dq = (WordPart.DoubleQuoted) w.parts().get(0);
        assertThat(dq.parts()).extracting(p -> p.getClass().getSimpleName()).containsExactly(
                "Literal", "ParamExpansion", "Literal", "ParamExpansion", "Literal", "CommandSubstitution",
                "Literal", "CommandSubstitution", "Literal", "Arithmetic");
    }

    @Test
    void parameterExpansions() {
        Word w = commands("echo $HOME$1$@${#arr[@]}${x:-${y:-z}}${v//a/b}").get(0).words().get(1);
        assertThat(w.parts()).allMatch(p -> p instanceof WordPart.ParamExpansion);
        assertThat(w.parts()).extracting(p -> ((WordPart.ParamExpansion) p).name())
                .containsExactly("HOME", "1", "@", "arr", "x", "v");
        WordPart.ParamExpansion nested = (WordPart.ParamExpansion) w.parts().get(4);
        assertThat(nested.parts()).anyMatch(p -> p instanceof WordPart.ParamExpansion pe && pe.name().equals("y"));
    }

    @Test
    void parameterExpansionWithQuotesInside() {
        SimpleCommand c = commands("echo ${a:-\"x y\"} ${b:-'}'} ${c#*/}").get(0);
        assertThat(c.words()).hasSize(4);
    }

    @Test
    void commandSubstitutionHoldsAScript() {
        String text = "v=$(curl -s \"$u\" | sha256sum)";
        List<CommandSite> sites = ok(text).simpleCommands();
        assertThat(sites).extracting(s -> s.command().literalName().orElse("")).containsExactly("", "curl", "sha256sum");
        assertThat(sites.get(1).substitutionDepth()).isEqualTo(1);
        assertThat(sites.get(2).pipelineIndex()).isEqualTo(1);
        assertThat(at(text, sites.get(2).command().span())).isEqualTo("sha256sum");
    }

    @Test
    void nestedSubstitutionsAndBackquotes() {
        assertThat(names("echo $(dirname $(readlink -f `which python`))"))
                .containsExactly("echo", "dirname", "readlink", "which");
        assertThat(names("x=\"$(echo \"$(date)\")\"")).containsExactly("?", "echo", "date");
    }

    @Test
    void caseInsideCommandSubstitution() {
        assertThat(names("x=$(case $a in a) echo A;; (b|c) echo B;; esac); echo done"))
                .containsExactly("?", "echo", "echo", "echo");
    }

    @Test
    void parenthesesInsideCommandSubstitution() {
        assertThat(names("x=$( (cd a && pwd) ); y")).containsExactly("?", "cd", "pwd", "y");
    }

    @Test
    void arithmetic() {
        SimpleCommand c = commands("echo $(( (a + 2) * $b ))").get(0);
        WordPart.Arithmetic ar = (WordPart.Arithmetic) c.words().get(1).parts().get(0);
        assertThat(ar.expression()).isEqualTo(" (a + 2) * $b ");
        assertThat(ar.expansions()).hasSize(1);
        Script s = ok("(( i++ )); for ((i=0; i<3; i++)); do echo $i; done");
        assertThat(s.statements().get(0).andOr().pipelines().get(0).commands().get(0)).isInstanceOf(ArithCommand.class);
        ForCommand f = (ForCommand) s.statements().get(1).andOr().pipelines().get(0).commands().get(0);
        assertThat(f.arithmetic().orElseThrow().expression()).isEqualTo("i=0; i<3; i++");
    }

    @Test
    void globs() {
        Word w = commands("rm -f /tmp/*.whl a?b [abc]x pkg[extra]").get(0).words().get(2);
        assertThat(w.parts()).extracting(p -> p.getClass().getSimpleName())
                .containsExactly("Literal", "Glob", "Literal");
        assertThat(w.literal()).contains("/tmp/*.whl");
        assertThat(w.hasGlob()).isTrue();
        Word extra = commands("pip install pkg[extra]").get(0).words().get(2);
        assertThat(extra.literal()).contains("pkg[extra]");
        assertThat(commands("[ -f x ]").get(0).words()).extracting(x -> x.literal().orElseThrow())
                .containsExactly("[", "-f", "x", "]");
    }

    @Test
    void redirections() {
        String text = "cmd >out 2>&1 >>log <in &>/dev/null &>>all 3<>f >|c <<<\"$s\" {fd}>x 2>/dev/null";
        SimpleCommand c = commands(text).get(0);
        assertThat(c.redirects()).extracting(Redirect::operator)
                .containsExactly(">", ">&", ">>", "<", "&>", "&>>", "<>", ">|", "<<<", ">", ">");
        assertThat(c.redirects()).extracting(Redirect::fd)
                .containsExactly("", "2", "", "", "", "", "3", "", "", "{fd}", "2");
        assertThat(c.redirects().get(1).target().orElseThrow().literal()).contains("1");
        assertThat(at(text, c.redirects().get(1).span())).isEqualTo("2>&1");
        assertThat(args(c)).containsExactly("cmd");
    }

    @Test
    void redirectionBeforeCommandName() {
        SimpleCommand c = commands(">log 2>&1 echo hi").get(0);
        assertThat(args(c)).containsExactly("echo", "hi");
        assertThat(c.redirects()).hasSize(2);
    }

    @Test
    void heredocs() {
        String text = "cat <<EOF >f; cat <<-'END' | sh\nline $x\nEOF\n\tsecond\n\tEND\necho after\n";
        Script s = ok(text);
        List<CommandSite> sites = s.simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("cat", "cat", "sh", "echo");
        ShellHeredoc h1 = sites.get(0).command().redirects().get(0).heredoc().orElseThrow();
        assertThat(h1.delimiter()).isEqualTo("EOF");
        assertThat(h1.quoted()).isFalse();
        assertThat(h1.body()).isEqualTo("line $x\n");
        assertThat(at(text, h1.bodySpan())).isEqualTo("line $x\n");
        assertThat(h1.terminated()).isTrue();
        ShellHeredoc h2 = sites.get(1).command().redirects().get(0).heredoc().orElseThrow();
        assertThat(h2.delimiter()).isEqualTo("END");
        assertThat(h2.quoted()).isTrue();
        assertThat(h2.stripTabs()).isTrue();
        assertThat(h2.body()).isEqualTo("\tsecond\n");
        assertThat(at(text, h2.delimiterSpan())).isEqualTo("'END'");
    }

    @Test
    void heredocInsideCommandSubstitutionAndQuotedDelimiters() {
        Script s = ok("x=$(cat <<\"EOF\"\na)\nEOF\n)\necho $x\ncat <<\\E\nb\nE\n");
        assertThat(s.simpleCommands()).hasSize(4);
        ShellHeredoc h = s.simpleCommands().get(3).command().redirects().get(0).heredoc().orElseThrow();
        assertThat(h.delimiter()).isEqualTo("E");
        assertThat(h.quoted()).isTrue();
    }

    @Test
    void emptyHeredocBody() {
        ShellHeredoc h = commands("cat <<EOF\nEOF\n").get(0).redirects().get(0).heredoc().orElseThrow();
        assertThat(h.body()).isEmpty();
        assertThat(h.bodySpan().isEmpty()).isTrue();
    }

    @Test
    void ifElifElse() {
        Script s = ok("if [ -f a ]; then\n  x\nelif b; then y; else\n z\nfi > log");
        IfCommand c = (IfCommand) s.statements().get(0).andOr().pipelines().get(0).commands().get(0);
        assertThat(c.branches()).hasSize(2);
        assertThat(c.elseBody()).isPresent();
        assertThat(c.redirects()).hasSize(1);
        assertThat(names("if [ -f a ]; then\n  x\nelif b; then y; else\n z\nfi")).containsExactly("[", "x", "b", "y", "z");
    }

    @Test
    void loops() {
        assertThat(names("for f in a b \"$@\"; do echo $f; done")).containsExactly("echo");
        ForCommand f = (ForCommand) ok("for f in a b; do x; done").statements().get(0).andOr().pipelines().get(0)
                .commands().get(0);
        assertThat(f.variable().orElseThrow().literal()).contains("f");
        assertThat(f.items()).hasSize(2);
        assertThat(names("for x\ndo\n y\ndone")).containsExactly("y");
        assertThat(names("while read -r l; do echo \"$l\"; done < <(ls)")).containsExactly("read", "echo", "ls");
        WhileCommand u = (WhileCommand) ok("until ping -c1 h; do sleep 1; done").statements().get(0).andOr()
                .pipelines().get(0).commands().get(0);
        assertThat(u.until()).isTrue();
    }

    @Test
    void caseStatements() {
        Script s = ok("case \"$1\" in\n  start|up) run ;;\n  (stop) halt;&\n  *) echo usage\n     exit 1\n     ;;&\n  x) ;;\nesac");
        CaseCommand c = (CaseCommand) s.statements().get(0).andOr().pipelines().get(0).commands().get(0);
        assertThat(c.items()).hasSize(4);
        assertThat(c.items().get(0).patterns()).extracting(w -> w.literal().orElseThrow()).containsExactly("start", "up");
        assertThat(c.items().get(1).terminator().orElseThrow().text()).isEqualTo(";&");
        assertThat(c.items().get(2).terminator().orElseThrow().text()).isEqualTo(";;&");
        assertThat(c.items().get(3).body().statements()).isEmpty();
        assertThat(names("case x in a) b;; esac")).containsExactly("b");
        assertThat(names("case x in\na) b\nesac")).containsExactly("b");
    }

    @Test
    void functions() {
        Script s = ok("f() { echo a; }\nfunction g { echo b; } >&2\nfunction h() (echo c)\nf");
        List<CommandSite> sites = s.simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("echo", "echo", "echo", "f");
        assertThat(sites.get(0).inFunction()).isTrue();
        assertThat(sites.get(3).inFunction()).isFalse();
        FunctionDef g = (FunctionDef) s.statements().get(1).andOr().pipelines().get(0).commands().get(0);
        assertThat(g.name()).isEqualTo("g");
        assertThat(g.redirects()).hasSize(1);
        assertThat(names("install_deps ()\n{\n  apt-get update\n}")).containsExactly("apt-get");
    }

    @Test
    void subshellsAndBraceGroups() {
        List<CommandSite> sites = ok("(cd /x && make) ; { a; b; } 2>&1 | tee log").simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("cd", "make", "a", "b", "tee");
        assertThat(sites.get(0).inSubshell()).isTrue();
        assertThat(sites.get(2).inSubshell()).isFalse();
        assertThat(sites.get(2).enclosing()).hasSize(1).first().isInstanceOf(BraceGroup.class);
    }

    @Test
    void conditionalExpressions() {
        assertThat(names("if [[ -n \"$a\" && ( $b == x* || $c =~ ^(a|b)$ ) ]]; then y; fi")).containsExactly("y");
        CondCommand c = (CondCommand) ok("[[ ! -f a ]] && b").statements().get(0).andOr().pipelines().get(0).commands()
                .get(0);
        assertThat(c.words()).extracting(w -> w.literal().orElseThrow()).containsExactly("-f", "a");
    }

    @Test
    void keywordsOnlyInCommandPosition() {
        assertThat(args(commands("echo if then fi done { } in").get(0)))
                .containsExactly("echo", "if", "then", "fi", "done", "{", "}", "in");
        assertThat(names("for i in do done; do echo; done")).isNotEmpty();
        assertThat(names("find . -name x -exec rm {} \\;")).containsExactly("find");
    }

    @Test
    void lineContinuationInsideScripts() {
        String text = "apt-get install -y \\\n  curl \\\n  git";
        SimpleCommand c = commands(text).get(0);
        assertThat(args(c)).containsExactly("apt-get", "install", "-y", "curl", "git");
        assertThat(at(text, c.words().get(3).span())).isEqualTo("curl");
    }

    @Test
    void commentsAndHashInsideWords() {
        SimpleCommand c = commands("echo a#b ${x#y} \"#\" # comment").get(0);
        assertThat(args(c)).containsExactly("echo", "a#b", "<${x#y}>", "#");
    }

    @Test
    void processSubstitution() {
        List<CommandSite> sites = ok("diff <(sort a) >(gzip > b)").simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("diff", "sort", "gzip");
        WordPart.CommandSubstitution ps = (WordPart.CommandSubstitution) sites.get(0).command().words().get(1).parts()
                .get(0);
        assertThat(ps.kind()).isEqualTo(WordPart.CommandSubstitution.Kind.PROCESS_IN);
    }

    @Test
    void walkOrderAndStatementPositions() {
        Script s = ok("set -o pipefail\nif x; then curl u | sh; fi\n");
        List<CommandSite> sites = s.simpleCommands();
        assertThat(sites).extracting(CommandSite::ordinal).containsExactly(0, 1, 2, 3);
        assertThat(sites.get(0).statementIndex()).isEqualTo(0);
        assertThat(sites.get(0).list()).isSameAs(s.body());
        assertThat(sites.get(3).pipelineIndex()).isEqualTo(1);
        assertThat(sites.get(3).enclosing()).hasSize(1).first().isInstanceOf(IfCommand.class);
    }

    @Test
    void wholeFileOverload() {
        ParsedScript p = ShellScriptParser.parse(SourceFile.of("x.sh", "#!/bin/bash\nset -e\n"));
        assertThat(p.ok()).isTrue();
        assertThat(p.script().simpleCommands().get(0).command().span()).isEqualTo(Span.of(12, 18));
    }

    @Test
    void utf16OffsetsWithAstralCharacters() {
        String text = "echo '\uD83D\uDE00' x";
        SimpleCommand c = commands(text).get(0);
        assertThat(at(text, c.words().get(2).span())).isEqualTo("x");
    }

    @Test
    void crlfLineEndings() {
        assertThat(names("a\r\nb \\\r\n c\r\n")).containsExactly("a", "b");
    }

    @Test
    void commentInsideBackquotesEndsAtTheBackquote() {
        SimpleCommand c = commands("ldd x \\\n  `# strip 'a' here` \\\n  | sed y").get(0);
        assertThat(args(c)).containsExactly("ldd", "x", "<`# strip 'a' here`>");
        assertThat(names("# a `comment` here\necho")).containsExactly("echo");
    }

    @Test
    void heredocBodyStartsAfterTheLineEvenWhenTheListContinues() {
        String text = "cat <<A <<B &&\na\nA\nb\nB\necho next\n";
        List<CommandSite> sites = ok(text).simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("cat", "echo");
        List<Redirect> r = sites.get(0).command().redirects();
        assertThat(r.get(0).heredoc().orElseThrow().body()).isEqualTo("a\n");
        assertThat(r.get(1).heredoc().orElseThrow().body()).isEqualTo("b\n");
        assertThat(sites.get(1).andOrIndex()).isEqualTo(1);
    }

    @Test
    void escapedNewlineInsideDoubleQuotes() {
        Word w = commands("echo \"a\\\nb\" $\"loc\"").get(0).words().get(1);
        assertThat(w.literal()).contains("ab");
    }

    @Test
    void selectAndTimeAndCoprocAreOrdinary() {
        assertThat(names("select x in a b; do echo $x; done")).containsExactly("echo");
        assertThat(names("time make -j4")).containsExactly("time");
    }

    @Test
    void assignmentValueWithSubstitutionIsWalked() {
        List<CommandSite> sites = ok("V=$(cat f) make").simpleCommands();
        assertThat(sites).extracting(x -> x.command().literalName().orElse("")).containsExactly("make", "cat");
        assertThat(sites.get(1).substitutionDepth()).isEqualTo(1);
    }

    @Test
    void pipefailQuestion() {
        List<CommandSite> sites = ok("set -euo pipefail\ncurl -fsSL u | tar xz\n").simpleCommands();
        CommandSite tar = sites.get(2);
        boolean earlier = sites.stream().filter(s -> s.ordinal() < tar.ordinal())
                .anyMatch(s -> s.command().literalName().orElse("").equals("set")
                        && s.command().args().stream().anyMatch(a -> a.literal().orElse("").contains("pipefail")));
        assertThat(earlier).isTrue();
        assertThat(tar.pipeBefore()).isPresent();
    }
}
