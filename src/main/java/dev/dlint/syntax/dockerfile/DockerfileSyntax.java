package dev.dlint.syntax.dockerfile;

import dev.dlint.source.SegmentedText;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.Utf16CharStream;
import dev.dlint.syntax.dockerfile.antlr.DockerfileLexer;
import dev.dlint.syntax.dockerfile.antlr.DockerfileParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses a Dockerfile into the {@link Dockerfile} AST: the ANTLR grammar gives the line layer
 * (directives, comments, instructions with their continuations and heredoc bodies); each
 * instruction's logical line then goes through the {@link InstructionParser}.
 */
public final class DockerfileSyntax {
    private DockerfileSyntax() {
    }

    public static Dockerfile parse(SourceFile source) {
        DockerfileLexer lexer = new DockerfileLexer(new Utf16CharStream(source.text()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        DockerfileParser.DockerfileContext tree = parseTree(tokens);
        return new Builder(source, tokens.getTokens()).build(tree);
    }

    /** The token texts of the whole file, in order; they concatenate to the file's text. */
    public static List<Token> tokens(SourceFile source) {
        DockerfileLexer lexer = new DockerfileLexer(new Utf16CharStream(source.text()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens.getTokens();
    }

    /** SLL with bail-out first; the grammar accepts every token sequence, so LL is only a safety net. */
    private static DockerfileParser.DockerfileContext parseTree(CommonTokenStream tokens) {
        DockerfileParser parser = new DockerfileParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.dockerfile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
            return parser.dockerfile();
        }
    }

    private static final class Builder {
        private final SourceFile source;
        private final List<Token> all;
        private final List<Directive> directives = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<SyntaxError> errors = new ArrayList<>();
        private char escape = '\\';

        Builder(SourceFile source, List<Token> all) {
            this.source = source;
            this.all = all;
        }

        Dockerfile build(DockerfileParser.DockerfileContext tree) {
            Set<String> seen = new HashSet<>();
            for (DockerfileParser.ItemContext item : tree.item()) {
                if (item.DIRECTIVE() != null) {
                    directive(item.DIRECTIVE().getSymbol(), seen);
                } else if (item.COMMENT() != null) {
                    Token t = item.COMMENT().getSymbol();
                    comments.add(new Comment(t.getText(), span(t)));
                } else if (item.instruction() != null) {
                    instruction(item.instruction());
                }
            }
            if (instructions.isEmpty()) {
                errors.add(new SyntaxError("file with no instructions", Span.empty(0)));
            }
            return new Dockerfile(source, directives, comments, instructions, errors, escape);
        }

        private void directive(Token t, Set<String> seen) {
            String text = t.getText().substring(1).trim();
            int eq = text.indexOf('=');
            String key = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = text.substring(eq + 1).trim();
            Span span = span(t);
            if (!seen.add(key)) {
                errors.add(new SyntaxError("only one " + key + " parser directive can be used", span));
            }
            if (key.equals("escape")) {
                if (value.equals("`") || value.equals("\\")) {
                    escape = value.charAt(0);
                } else {
                    errors.add(new SyntaxError("invalid escape token '" + value + "' does not match ` or \\", span));
                }
            }
            directives.add(new Directive(key, value, span));
        }

        private void instruction(DockerfileParser.InstructionContext ctx) {
            Token keywordToken = ctx.KEYWORD().getSymbol();
            List<Token> args = new ArrayList<>();
            for (DockerfileParser.ArgumentContext a : ctx.argument()) {
                args.add((Token) a.getChild(0).getPayload());
            }
            // A word glued to the keyword (`RUN["x"]`, `FROM-x`) makes the keyword that whole word.
            int glued = 0;
            StringBuilder keywordText = new StringBuilder(keywordToken.getText());
            int keywordEnd = keywordToken.getStopIndex() + 1;
            while (glued < args.size() && args.get(glued).getType() != DockerfileLexer.WS
                    && args.get(glued).getType() != DockerfileLexer.CONTINUATION) {
                keywordText.append(args.get(glued).getText());
                keywordEnd = args.get(glued).getStopIndex() + 1;
                glued++;
            }
            Word keyword = new Word(keywordText.toString(), new Span(keywordToken.getStartIndex(), keywordEnd));

            SegmentedText.Builder logical = new SegmentedText.Builder();
            List<Token> openers = new ArrayList<>();
            int lastEnd = keywordEnd;
            for (int i = glued; i < args.size(); i++) {
                Token t = args.get(i);
                if (t.getType() == DockerfileLexer.CONTINUATION) {
                    lastEnd = lineEndWithin(t);
                    continue;
                }
                if (t.getType() == DockerfileLexer.HEREDOC_OPENER) {
                    openers.add(t);
                }
                boolean escapeAtEof = i == args.size() - 1 && isEscapeOnly(t) && ctx.NEWLINE().getSymbol().getText().isEmpty();
                if (escapeAtEof) {
                    // A continuation at the end of the file just ends the instruction.
                    continue;
                }
                logical.append(t.getText(), t.getStartIndex());
                lastEnd = t.getStopIndex() + 1;
            }
            SegmentedText arguments = logical.build(lastEnd);
            List<Heredoc> heredocs = heredocs(openers, ctx.heredocLine());
            if (!heredocs.isEmpty()) {
                Heredoc last = heredocs.get(heredocs.size() - 1);
                lastEnd = last.terminated() ? lineEndWithin(last.terminator()) : last.body().end();
            }
            Span span = new Span(keywordToken.getStartIndex(), Math.max(lastEnd, keywordEnd));
            instructions.add(new InstructionParser(escape, errors).parse(keyword, arguments, heredocs, span, false));
        }

        private boolean isEscapeOnly(Token t) {
            return t.getType() == DockerfileLexer.TEXT && t.getText().length() == 1 && t.getText().charAt(0) == escape;
        }

        private List<Heredoc> heredocs(List<Token> openers, List<DockerfileParser.HeredocLineContext> lines) {
            List<Heredoc> out = new ArrayList<>();
            int line = 0;
            for (Token opener : openers) {
                String word = opener.getText();
                int i = 0;
                int fd = -1;
                while (Character.isDigit(word.charAt(i))) {
                    i++;
                }
                if (i > 0) {
                    fd = Integer.parseInt(word.substring(0, Math.min(i, 9)));
                }
                i += 2;
                boolean chomp = i < word.length() && word.charAt(i) == '-';
                if (chomp) {
                    i++;
                }
                while (word.charAt(i) == ' ' || word.charAt(i) == '\t') {
                    i++;
                }
                String delimiterWord = word.substring(i);
                boolean quoted = delimiterWord.indexOf('\'') >= 0 || delimiterWord.indexOf('"') >= 0;
                String name = DockerfileLexer.unquote(delimiterWord);
                int bodyStart = line < lines.size() ? start(lines.get(line)) : opener.getStopIndex() + 1;
                if (line >= lines.size()) {
                    bodyStart = source.text().length();
                }
                StringBuilder content = new StringBuilder();
                Span terminator = null;
                int bodyEnd = bodyStart;
                while (line < lines.size()) {
                    Token t = (Token) lines.get(line).getChild(0).getPayload();
                    line++;
                    if (t.getType() == DockerfileLexer.HEREDOC_END) {
                        terminator = span(t);
                        break;
                    }
                    content.append(t.getText());
                    bodyEnd = t.getStopIndex() + 1;
                }
                Span openerSpan = span(opener);
                if (terminator == null) {
                    errors.add(new SyntaxError("unterminated heredoc " + name + " (no line \"" + name
                            + "\" ends it)", openerSpan));
                }
                out.add(new Heredoc(name, chomp, !quoted, fd, openerSpan, new Span(bodyStart, bodyEnd),
                        terminator, content.toString()));
            }
            return out;
        }

        private static int start(DockerfileParser.HeredocLineContext c) {
            return ((Token) c.getChild(0).getPayload()).getStartIndex();
        }

        /** The end of a token's text without its final line terminator. */
        private int lineEndWithin(Token t) {
            return lineEndWithin(span(t));
        }

        private int lineEndWithin(Span s) {
            int end = s.end();
            String text = source.text();
            if (end > s.start() && text.charAt(end - 1) == '\n') {
                end--;
                if (end > s.start() && text.charAt(end - 1) == '\r') {
                    end--;
                }
            }
            return end;
        }

        private static Span span(Token t) {
            return new Span(t.getStartIndex(), t.getStopIndex() + 1);
        }
    }
}
