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
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses a Dockerfile into the {@link Dockerfile} AST: the ANTLR grammar gives the line layer
 * (directives, comments, instructions with their continuations and heredoc bodies); each
 * instruction's logical line then goes through the {@link InstructionParser}.
 */
public final class DockerfileSyntax {
    private DockerfileSyntax() {
    }

    /**
     * Parses as the tokens stream in: no token list and no parse tree is kept, so memory stays
     * proportional to the AST (an instruction of a million continued lines holds its logical line,
     * not four million tokens and their tree nodes).
     */
    public static Dockerfile parse(SourceFile source) {
        Builder builder = new Builder(source);
        try {
            parse(source, builder, PredictionMode.SLL, new BailErrorStrategy());
        } catch (ParseCancellationException e) {
            // The grammar accepts every token sequence, so this safety net never runs in practice.
            builder = new Builder(source);
            parse(source, builder, PredictionMode.LL, new DefaultErrorStrategy());
        }
        return builder.build();
    }

    private static void parse(SourceFile source, Builder builder, PredictionMode mode, ANTLRErrorStrategy errors) {
        DockerfileLexer lexer = new DockerfileLexer(new Utf16CharStream(source.text()));
        lexer.removeErrorListeners();
        DockerfileParser parser = new DockerfileParser(new UnbufferedTokenStream<>(lexer));
        parser.removeErrorListeners();
        parser.setBuildParseTree(false);
        parser.getInterpreter().setPredictionMode(mode);
        parser.setErrorHandler(errors);
        parser.addParseListener(builder);
        parser.dockerfile();
    }

    /** The token texts of the whole file, in order; they concatenate to the file's text. */
    public static List<Token> tokens(SourceFile source) {
        DockerfileLexer lexer = new DockerfileLexer(new Utf16CharStream(source.text()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens.getTokens();
    }

    /**
     * Builds the AST from the parser's events: an instruction is assembled token by token and
     * handed to the {@link InstructionParser} when its rule exits.
     */
    private static final class Builder implements ParseTreeListener {
        private final SourceFile source;
        private final List<Directive> directives = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<SyntaxError> errors = new ArrayList<>();
        private final Set<String> seenDirectives = new HashSet<>();
        private char escape = '\\';
        private InstructionBuilder current;

        Builder(SourceFile source) {
            this.source = source;
        }

        Dockerfile build() {
            if (instructions.isEmpty()) {
                errors.add(new SyntaxError("file with no instructions", Span.empty(0)));
            }
            return new Dockerfile(source, directives, comments, instructions, errors, escape);
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
            if (ctx instanceof DockerfileParser.InstructionContext) {
                current = new InstructionBuilder();
            }
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            if (ctx instanceof DockerfileParser.InstructionContext && current != null) {
                current.finish();
                current = null;
            }
        }

        @Override
        public void visitTerminal(TerminalNode node) {
            Token t = node.getSymbol();
            ParseTree parent = node.getParent();
            if (parent instanceof DockerfileParser.ItemContext) {
                if (t.getType() == DockerfileLexer.DIRECTIVE) {
                    directive(t);
                } else if (t.getType() == DockerfileLexer.COMMENT) {
                    comments.add(new Comment(t.getText(), span(t)));
                }
            } else if (current == null) {
                return;
            } else if (parent instanceof DockerfileParser.InstructionContext instruction) {
                switch (t.getType()) {
                    case DockerfileLexer.KEYWORD -> current.keyword(t);
                    case DockerfileLexer.NEWLINE -> current.newline(t);
                    case DockerfileLexer.WS, DockerfileLexer.TEXT, DockerfileLexer.CONTINUATION,
                            DockerfileLexer.HEREDOC_OPENER -> current.argument(t);
                    case DockerfileLexer.HEREDOC_LINE, DockerfileLexer.HEREDOC_END -> current.heredocLine(t);
                    default -> { }
                }
                // The parser adds each token to its rule's context even without a parse tree: an
                // instruction of a million continued lines must not keep them all.
                instruction.removeLastChild();
            }
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
            // Only the LL safety net recovers from errors; what it skips belongs to no instruction.
        }

        private void directive(Token t) {
            String text = t.getText().substring(1).trim();
            int eq = text.indexOf('=');
            String key = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = text.substring(eq + 1).trim();
            Span span = span(t);
            if (!seenDirectives.add(key)) {
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

        /** One instruction in the making: its logical line and heredoc bodies as the tokens arrive. */
        private final class InstructionBuilder {
            private Token keywordToken;
            private final StringBuilder keywordText = new StringBuilder();
            private int keywordEnd;
            /** True until the first blank or continuation: a word glued to the keyword (`RUN["x"]`) is part of it. */
            private boolean glued = true;
            private final SegmentedText.Builder logical = new SegmentedText.Builder();
            private int lastEnd;
            /** A lone escape character, held back: at the end of the file it only ends the instruction. */
            private Token heldEscape;
            private final List<Token> openers = new ArrayList<>();
            private final List<Heredoc> heredocs = new ArrayList<>();
            private HeredocBuilder heredoc;

            void keyword(Token t) {
                keywordToken = t;
                keywordText.append(t.getText());
                keywordEnd = t.getStopIndex() + 1;
                lastEnd = keywordEnd;
            }

            void argument(Token t) {
                if (glued && t.getType() != DockerfileLexer.WS && t.getType() != DockerfileLexer.CONTINUATION) {
                    keywordText.append(t.getText());
                    keywordEnd = t.getStopIndex() + 1;
                    lastEnd = keywordEnd;
                    return;
                }
                glued = false;
                flushEscape();
                if (t.getType() == DockerfileLexer.CONTINUATION) {
                    lastEnd = lineEndWithin(span(t));
                    return;
                }
                if (t.getType() == DockerfileLexer.HEREDOC_OPENER) {
                    openers.add(t);
                }
                if (isEscapeOnly(t)) {
                    heldEscape = t;
                    return;
                }
                append(t);
            }

            void newline(Token t) {
                if (heldEscape != null && !t.getText().isEmpty()) {
                    flushEscape();
                }
                heldEscape = null;
            }

            private void flushEscape() {
                if (heldEscape != null) {
                    append(heldEscape);
                    heldEscape = null;
                }
            }

            private void append(Token t) {
                logical.append(t.getText(), t.getStartIndex());
                lastEnd = t.getStopIndex() + 1;
            }

            void heredocLine(Token t) {
                if (heredoc == null) {
                    if (heredocs.size() >= openers.size()) {
                        return; // a body line no opener asked for (the lexer and the openers agree, so never)
                    }
                    heredoc = new HeredocBuilder(openers.get(heredocs.size()), t.getStartIndex());
                }
                if (t.getType() == DockerfileLexer.HEREDOC_END) {
                    heredocs.add(heredoc.build(span(t)));
                    heredoc = null;
                } else {
                    heredoc.line(t);
                }
            }

            void finish() {
                if (keywordToken == null) {
                    return;
                }
                if (heredoc != null) {
                    heredocs.add(heredoc.build(null));
                    heredoc = null;
                }
                while (heredocs.size() < openers.size()) {
                    heredocs.add(new HeredocBuilder(openers.get(heredocs.size()), source.text().length()).build(null));
                }
                SegmentedText arguments = logical.build(lastEnd);
                int end = lastEnd;
                if (!heredocs.isEmpty()) {
                    Heredoc last = heredocs.get(heredocs.size() - 1);
                    end = last.terminated() ? lineEndWithin(last.terminator()) : last.body().end();
                }
                Word keyword = new Word(keywordText.toString(), new Span(keywordToken.getStartIndex(), keywordEnd));
                Span span = new Span(keywordToken.getStartIndex(), Math.max(end, keywordEnd));
                instructions.add(new InstructionParser(escape, errors).parse(keyword, arguments, heredocs, span, false));
            }

            private boolean isEscapeOnly(Token t) {
                return t.getType() == DockerfileLexer.TEXT && t.getText().length() == 1 && t.getText().charAt(0) == escape;
            }
        }

        /** A heredoc body in the making, from its opener word and its lines. */
        private final class HeredocBuilder {
            private final String name;
            private final boolean chomp;
            private final boolean quoted;
            private final int fd;
            private final Span opener;
            private final int bodyStart;
            private int bodyEnd;
            private final StringBuilder content = new StringBuilder();

            HeredocBuilder(Token openerToken, int bodyStart) {
                String word = openerToken.getText();
                int i = 0;
                int digits = -1;
                while (Character.isDigit(word.charAt(i))) {
                    i++;
                }
                if (i > 0) {
                    digits = Integer.parseInt(word.substring(0, Math.min(i, 9)));
                }
                i += 2;
                boolean dash = i < word.length() && word.charAt(i) == '-';
                if (dash) {
                    i++;
                }
                while (word.charAt(i) == ' ' || word.charAt(i) == '\t') {
                    i++;
                }
                String delimiterWord = word.substring(i);
                this.fd = digits;
                this.chomp = dash;
                this.quoted = delimiterWord.indexOf('\'') >= 0 || delimiterWord.indexOf('"') >= 0;
                this.name = DockerfileLexer.unquote(delimiterWord);
                this.opener = span(openerToken);
                this.bodyStart = bodyStart;
                this.bodyEnd = bodyStart;
            }

            void line(Token t) {
                content.append(t.getText());
                bodyEnd = t.getStopIndex() + 1;
            }

            Heredoc build(Span terminator) {
                if (terminator == null) {
                    errors.add(new SyntaxError("unterminated heredoc " + name + " (no line \"" + name
                            + "\" ends it)", opener));
                }
                return new Heredoc(name, chomp, !quoted, fd, opener, new Span(bodyStart, bodyEnd), terminator,
                        content.toString());
            }
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
