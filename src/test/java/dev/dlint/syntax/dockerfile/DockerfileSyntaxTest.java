package dev.dlint.syntax.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

    private static Dockerfile parse(String text) {
        return DockerfileSyntax.parse(SourceFile.of("Dockerfile", text));
    }

    private static Position pos(Dockerfile f, int offset) {
        return f.source().positionOf(offset);
    }

    @Test
    void keywordsAreCaseInsensitiveAndLeadingWhitespaceIsAllowed() {
        Dockerfile f = parse("  from alpine:3.20\n\tRuN echo hi\n");
        assertThat(f.errors()).isEmpty();
        assertThat(f.instructions()).extracting(Instruction::kind)
                .containsExactly(InstructionKind.FROM, InstructionKind.RUN);
        assertThat(pos(f, f.instructions().get(1).keyword().span().start())).isEqualTo(new Position(2, 2));
    }

    @Test
    void shellFormMapsEveryCharacterBackToItsPhysicalLine() {
        String text = "FROM alpine\nRUN apk add \\\n    # a comment\n\n    curl \\\n  && pip install numpy\n";
        Dockerfile f = parse(text);
        Instruction.Run run = (Instruction.Run) f.instructions().get(1);
        Command.ShellForm shell = (Command.ShellForm) run.command();
        String script = shell.script();
        assertThat(script).isEqualTo("apk add     curl   && pip install numpy");
        int numpy = script.indexOf("numpy");
        Span span = shell.text().toSource(numpy, numpy + 5);
        assertThat(f.source().slice(span)).isEqualTo("numpy");
        assertThat(pos(f, span.start())).isEqualTo(new Position(6, 18));
        int curl = script.indexOf("curl");
        assertThat(pos(f, shell.text().toSource(curl))).isEqualTo(new Position(5, 5));
        assertThat(pos(f, run.span().end()).line()).isEqualTo(6);
    }

    @Test
    void backtickEscapeDirectiveSwitchesContinuations() {
        Dockerfile f = parse("# escape=`\nFROM windows\nRUN dir c:\\ `\n    && echo done\nWORKDIR c:\\\n");
        assertThat(f.escape()).isEqualTo('`');
        assertThat(f.directives()).extracting(Directive::key).containsExactly("escape");
        Instruction.Run run = (Instruction.Run) f.instructions().get(1);
        assertThat(((Command.ShellForm) run.command()).script()).isEqualTo("dir c:\\     && echo done");
        Instruction.Workdir w = (Instruction.Workdir) f.instructions().get(2);
        assertThat(w.path().text()).isEqualTo("c:\\");
        int done = ((Command.ShellForm) run.command()).script().indexOf("done");
        assertThat(pos(f, ((Command.ShellForm) run.command()).text().toSource(done))).isEqualTo(new Position(4, 13));
    }

    @Test
    void directivesOnlyCountAtTheTop() {
        Dockerfile f = parse("# syntax=docker/dockerfile:1\n# check=skip=all\n\n# escape=`\nFROM x\n");
        assertThat(f.directives()).extracting(Directive::key).containsExactly("syntax", "check");
        assertThat(f.escape()).isEqualTo('\\');
        assertThat(f.comments()).extracting(Comment::text).containsExactly("# escape=`");
    }

    @Test
    void repeatedDirectiveIsAnError() {
        Dockerfile f = parse("# syntax=a\n# syntax=b\nFROM x\n");
        assertThat(f.errors()).extracting(SyntaxError::message).containsExactly("only one syntax parser directive can be used");
        assertThat(pos(f, f.errors().get(0).span().start())).isEqualTo(new Position(2, 1));
    }

    @Test
    void heredocsWithQuotingChompAndSeveralPerLine() {
        String text = "FROM x\nCOPY <<A <<-\"B\" /dest/\na body\nA\n\tb body\n\tB\nRUN 3<<'EOF' cat\n$NOT_EXPANDED\nEOF\n";
        Dockerfile f = parse(text);
        assertThat(f.errors()).isEmpty();
        Instruction.Copy copy = (Instruction.Copy) f.instructions().get(1);
        assertThat(copy.heredocs()).extracting(Heredoc::name).containsExactly("A", "B");
        assertThat(copy.heredocs().get(0).content()).isEqualTo("a body\n");
        assertThat(copy.heredocs().get(1).chomp()).isTrue();
        assertThat(copy.heredocs().get(1).content()).isEqualTo("\tb body\n");
        assertThat(copy.sources()).extracting(Word::text).containsExactly("<<A", "<<-\"B\"");
        Instruction.Run run = (Instruction.Run) f.instructions().get(2);
        Heredoc h = run.heredocs().get(0);
        assertThat(h.fd()).isEqualTo(3);
        assertThat(h.expand()).isFalse();
        assertThat(pos(f, h.body().start())).isEqualTo(new Position(8, 1));
        assertThat(pos(f, h.terminator().start())).isEqualTo(new Position(9, 1));
        assertThat(pos(f, run.span().end()).line()).isEqualTo(9);
    }

    @Test
    void heredocBodyMayContainInstructionsAndComments() {
        Dockerfile f = parse("FROM x\nRUN <<EOF\n# not a comment\nRUN not an instruction\nEOF\nUSER app\n");
        assertThat(f.instructions()).extracting(Instruction::kind)
                .containsExactly(InstructionKind.FROM, InstructionKind.RUN, InstructionKind.USER);
        assertThat(f.comments()).isEmpty();
    }

    @Test
    void unterminatedHeredocIsLocatedAtItsOpener() {
        Dockerfile f = parse("FROM x\nRUN cat <<EOF > /f\nbody\n");
        assertThat(f.errors()).hasSize(1);
        assertThat(f.source().slice(f.errors().get(0).span())).isEqualTo("<<EOF");
    }

    @Test
    void quotedHeredocMarkerIsNotAHeredoc() {
        Dockerfile f = parse("FROM x\nRUN echo \"a <<EOF b\" > /f\nRUN echo '<<EOF'\n");
        assertThat(f.errors()).isEmpty();
        assertThat(f.instructions().get(1).heredocs()).isEmpty();
    }

    @Test
    void flagsWithMountValuesAndTerminator() {
        Dockerfile f = parse("FROM x\nRUN --mount=type=cache,target=/root/.cache/pip \\\n    --network=none -- pip install x\n");
        Instruction.Run run = (Instruction.Run) f.instructions().get(1);
        assertThat(run.flags()).extracting(Flag::name).containsExactly("mount", "network");
        Flag mount = run.flags().get(0);
        assertThat(mount.value()).isEqualTo("type=cache,target=/root/.cache/pip");
        assertThat(f.source().slice(mount.valueSpan())).isEqualTo("type=cache,target=/root/.cache/pip");
        assertThat(pos(f, run.flags().get(1).span().start())).isEqualTo(new Position(3, 5));
        assertThat(((Command.ShellForm) run.command()).script()).isEqualTo("pip install x");
    }

    @Test
    void jsonFormFallsBackToShellFormWhenInvalid() {
        Dockerfile f = parse("FROM x\nCMD [\"a\", \"b\"]\nCMD ['a']\nRUN [ -f /x ] && echo y\n");
        assertThat(((Instruction.Cmd) f.instructions().get(1)).command()).isInstanceOf(Command.ExecForm.class);
        assertThat(((Instruction.Cmd) f.instructions().get(2)).command()).isInstanceOf(Command.ShellForm.class);
        assertThat(((Instruction.Run) f.instructions().get(3)).command()).isInstanceOf(Command.ShellForm.class);
        Command.ExecForm exec = (Command.ExecForm) ((Instruction.Cmd) f.instructions().get(1)).command();
        assertThat(f.source().slice(exec.arguments().get(1).span())).isEqualTo("\"b\"");
    }

    @Test
    void envAndLabelPairsInBothForms() {
        Dockerfile f = parse("FROM x\nENV A=1 B=\"two words\" \\\n    C=3\nENV LEGACY value with spaces\nLABEL a=b\n");
        Instruction.Env env = (Instruction.Env) f.instructions().get(1);
        assertThat(env.pairs()).extracting(p -> p.key().text() + "=" + p.value().text())
                .containsExactly("A=1", "B=\"two words\"", "C=3");
        assertThat(pos(f, env.pairs().get(2).key().span().start())).isEqualTo(new Position(3, 5));
        Instruction.Env legacy = (Instruction.Env) f.instructions().get(2);
        assertThat(legacy.pairs().get(0).value().text()).isEqualTo("value with spaces");
        assertThat(legacy.pairs().get(0).legacyForm()).isTrue();
    }

    @Test
    void fromWithStageAndArgs() {
        Dockerfile f = parse("ARG BASE=python:3.12\nFROM --platform=$BUILDPLATFORM ${BASE} AS builder\nARG A B=2\n");
        Instruction.From from = (Instruction.From) f.instructions().get(1);
        assertThat(from.image().text()).isEqualTo("${BASE}");
        assertThat(from.stageName().text()).isEqualTo("builder");
        assertThat(from.flag("platform")).get().extracting(Flag::value).isEqualTo("$BUILDPLATFORM");
        Instruction.Arg arg = (Instruction.Arg) f.instructions().get(2);
        assertThat(arg.declarations()).extracting(d -> d.name().text()).containsExactly("A", "B");
    }

    @Test
    void onbuildNestsATrigger() {
        Dockerfile f = parse("FROM x\nONBUILD RUN --mount=type=cache,target=/x echo hi\n");
        Instruction.Onbuild o = (Instruction.Onbuild) f.instructions().get(1);
        assertThat(o.trigger()).isInstanceOf(Instruction.Run.class);
        assertThat(o.trigger().flags()).extracting(Flag::name).containsExactly("mount");
        assertThat(o.flags()).isEmpty();
    }

    @Test
    void recoversAfterABrokenInstruction() {
        Dockerfile f = parse("FROM x\nCOPPY a b\nENV\nRUN echo fine\n");
        assertThat(f.errors()).extracting(SyntaxError::message)
                .containsExactly("unknown instruction: COPPY (did you mean COPY?)", "ENV requires at least one argument");
        assertThat(f.instructions()).extracting(Instruction::kind).containsExactly(
                InstructionKind.FROM, InstructionKind.UNKNOWN, InstructionKind.ENV, InstructionKind.RUN);
    }

    @Test
    void crlfAndContinuationAtEndOfFile() {
        Dockerfile f = parse("FROM x\r\nRUN a \\\r\n  b \\");
        Instruction.Run run = (Instruction.Run) f.instructions().get(1);
        assertThat(((Command.ShellForm) run.command()).script()).isEqualTo("a   b");
        assertThat(f.errors()).isEmpty();
    }

    @Test
    void escapedEscapeAtEndOfLineDoesNotContinue() {
        Dockerfile f = parse("FROM x\nENV C trailing\\\\\nENV D next\n");
        assertThat(f.instructions()).hasSize(3);
    }

    @Test
    void anUnknownInstructionIsQuotedAsWritten() {
        Dockerfile f = parse("FROM x\ncoppy a b\nR\u001b[31mun y\n");
        assertThat(f.errors()).extracting(SyntaxError::message).containsExactly(
                "unknown instruction: coppy (did you mean COPY?)", "unknown instruction: R\u001b[31mun");
    }

    @Test
    void wordGluedToKeywordIsAnUnknownInstruction() {
        Dockerfile f = parse("FROM x\nRUN[\"echo\"]\n");
        assertThat(f.errors()).extracting(SyntaxError::message).first().asString()
                .startsWith("unknown instruction: RUN[\"echo\"]");
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoInstructions() {
        assertThat(parse("").errors()).extracting(SyntaxError::message).containsExactly("file with no instructions");
        assertThat(parse("# just a comment\n").errors()).hasSize(1);
    }

    @Test
    void tokensReproduceTheFile() {
        String text = "# syntax=x\n\n  FROM a\nRUN <<EOF\nx\nEOF\nRUN b \\\n # c\n  d\nCMD [\"e\"]";
        StringBuilder sb = new StringBuilder();
        DockerfileSyntax.tokens(SourceFile.of("x", text)).stream()
                .filter(t -> t.getType() != org.antlr.v4.runtime.Token.EOF)
                .forEach(t -> sb.append(t.getText()));
        assertThat(sb.toString()).isEqualTo(text);
        assertThat(List.of(parse(text).errors())).containsExactly(List.of());
    }

    @Test
    void offsetsCountUtf16UnitsAfterCharactersOutsideTheBmp() {
        Dockerfile f = parse("FROM x\nRUN echo \"\uD83D\uDD27 build\"\nRUN pip install numpy\n");
        Instruction.Run run = (Instruction.Run) f.instructions().get(2);
        assertThat(f.source().slice(run.keyword().span())).isEqualTo("RUN");
        assertThat(pos(f, run.keyword().span().start())).isEqualTo(new Position(3, 1));
    }
}
