package dev.dlint.syntax.shell;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.antlr.ShellLexer;
import dev.dlint.syntax.shell.antlr.ShellLexerBase;
import dev.dlint.syntax.shell.antlr.ShellParser;
import dev.dlint.syntax.Utf16CharStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses shell text into a {@link Script}. Never throws: a text that cannot be parsed gives the
 * first error and a best-effort (possibly empty) script.
 *
 * <p>Two stages: SLL prediction with bail-out first (fast, enough for valid scripts), full LL with
 * error recovery only when that fails. The generated parser's DFA cache is static and shared by
 * all parses. Nesting deeper than {@link #MAX_NESTING} is refused before parsing, so no input can
 * exhaust the Java stack; a text of more than {@link #MAX_TOKENS} tokens is refused while lexing,
 * so none can exhaust the heap (a parse needs about 1 KB per token).
 */
public final class ShellScriptParser {
    /** Deepest nesting of quotes, substitutions, groups and compound commands accepted. */
    public static final int MAX_NESTING = 500;
    /** Most tokens (words, operators, blanks) parsed in one text: a few MB of typical shell. */
    public static final int MAX_TOKENS = 300_000;

    private ShellScriptParser() {
    }

    /** Parses a whole script file; spans are offsets into the file. */
    public static ParsedScript parse(SourceFile file) {
        return parse(file.text(), OffsetMap.shifted(0));
    }

    /** Parses a derived text (a RUN's logical line, a heredoc body); {@code toSource} maps its offsets to the file. */
    public static ParsedScript parse(String text, OffsetMap toSource) {
        return parseWithStats(text, toSource).parsed();
    }

    /** A parse and whether the fast SLL stage had to be retried with full LL (for tests and benchmarks). */
    record Outcome(ParsedScript parsed, boolean sllFailed) {
    }

    static Outcome parseWithStats(String text, OffsetMap toSource) {
        Span all = safeSpan(toSource, 0, text.length());
        try {
            return doParse(text, toSource, all);
        } catch (StackOverflowError e) {
            return new Outcome(new ParsedScript(Script.empty(all), Optional.of(
                    new ShellSyntaxError("nesting too deep", Span.empty(all.start())))), false);
        } catch (RuntimeException e) {
            return new Outcome(new ParsedScript(Script.empty(all), Optional.of(
                    new ShellSyntaxError("cannot parse: " + e, Span.empty(all.start())))), false);
        }
    }

    private static Span safeSpan(OffsetMap map, int start, int end) {
        try {
            return map.toSource(start, end);
        } catch (RuntimeException e) {
            return Span.empty(0);
        }
    }

    private static Outcome doParse(String text, OffsetMap toSource, Span all) {
        ShellLexer lexer = new ShellLexer(new Utf16CharStream(text));
        lexer.removeErrorListeners();
        FirstError errors = new FirstError();
        lexer.addErrorListener(errors);
        // Lexed token by token so that a text too deep or too large is refused before it is all in memory.
        List<Token> list = new ArrayList<>();
        Nesting nesting = new Nesting();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            list.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
            String refused = !nesting.add(t) ? "nesting too deep (more than " + MAX_NESTING + " levels)"
                    : list.size() > MAX_TOKENS ? "too large to analyse (more than " + MAX_TOKENS + " tokens)" : null;
            if (refused != null) {
                return new Outcome(new ParsedScript(Script.empty(all), Optional.of(new ShellSyntaxError(refused,
                        toSource.toSource(t.getStartIndex(), t.getStopIndex() + 1)))), false);
            }
        }
        CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(list));
        tokens.fill();

        ShellParser parser = new ShellParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        ShellParser.ScriptContext tree;
        boolean sllFailed = false;
        try {
            tree = parser.script();
        } catch (ParseCancellationException e) {
            sllFailed = true;
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(errors);
            tree = parser.script();
        }

        Optional<ShellSyntaxError> error = Optional.empty();
        int errorAt = Integer.MAX_VALUE;
        if (errors.token != null || errors.lexerOffset >= 0) {
            Token t = errors.token;
            if (t != null && t.getType() == ShellLexer.JOIN && t.getTokenIndex() + 1 < list.size()) {
                t = list.get(t.getTokenIndex() + 1);
            }
            if (t != null) {
                errorAt = t.getStartIndex() < 0 ? text.length() : t.getStartIndex();
                int end = t.getType() == Token.EOF ? errorAt : Math.max(errorAt, t.getStopIndex() + 1);
                error = Optional.of(new ShellSyntaxError(describe(t, nesting), toSource.toSource(errorAt, end)));
            } else {
                errorAt = errors.lexerOffset;
                error = Optional.of(new ShellSyntaxError(errors.lexerMessage,
                        toSource.toSource(errorAt, Math.min(text.length(), errorAt + 1))));
            }
        }
        List<ShellLexerBase.PendingHeredoc> open = lexer.unterminatedHeredocs();
        if (!open.isEmpty() && open.get(0).operatorStart() < errorAt) {
            ShellLexerBase.PendingHeredoc h = open.get(0);
            int s = h.operatorStart();
            error = Optional.of(new ShellSyntaxError("unterminated here-document: no line '" + h.delimiter() + "'",
                    toSource.toSource(s, Math.min(text.length(), s + (h.stripTabs() ? 3 : 2)))));
        }

        Script script;
        try {
            script = new AstBuilder(text, toSource, list).script(tree);
        } catch (RuntimeException e) {
            if (error.isEmpty()) {
                throw e; // a bug in the builder on a valid tree: report it through the caller
            }
            script = Script.empty(all);
        }
        return new Outcome(new ParsedScript(script, error), sllFailed);
    }

    private static String describe(Token t, Nesting nesting) {
        switch (t.getType()) {
            case Token.EOF:
                return nesting.unclosed() != null ? "unexpected end of input: '" + nesting.unclosed().getText()
                        + "' is not closed" : "unexpected end of input";
            case ShellLexer.NEWLINE:
                return "unexpected newline";
            case ShellLexer.ERROR_CHAR:
                if (t.getText().equals("'")) {
                    return "unterminated single-quoted string";
                }
                return t.getText().equals("\\") ? "backslash at end of input" : "unexpected character '"
                        + t.getText() + "'";
            case ShellLexer.HEREDOC_DELIM:
                return "unexpected here-document delimiter '" + t.getText() + "'";
            default:
                return "unexpected '" + t.getText() + "'";
        }
    }

    /** The first error reported by the lexer or the parser. */
    private static final class FirstError extends BaseErrorListener {
        Token token;
        int lexerOffset = -1;
        String lexerMessage;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String msg, RecognitionException e) {
            if (offendingSymbol instanceof Token t) {
                if (token == null) {
                    token = t;
                }
            } else if (lexerOffset < 0 && recognizer instanceof ShellLexer lx) {
                lexerOffset = lx._tokenStartCharIndex;
                lexerMessage = msg;
            }
        }
    }

    /**
     * Matches openers with closers over the token stream: finds nesting deeper than
     * {@link #MAX_NESTING} before the recursive-descent parser sees it, and the innermost
     * construct left open at the end (for the error message). Reserved words count only in
     * command position, like the parser sees them.
     */
    private static final class Nesting {
        private final Deque<Token> stack = new ArrayDeque<>();
        private int previous = ShellLexer.NEWLINE;

        /** The innermost construct open after the tokens added so far, or null. */
        Token unclosed() {
            return stack.peek();
        }

        /** Takes the next token; false when it opens more than {@link #MAX_NESTING} levels. */
        boolean add(Token t) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                return true;
            }
            int type = t.getType();
            boolean commandPosition = startsCommand(previous);
            previous = type;
            if (isOpener(type) || (commandPosition && isKeywordOpener(type))) {
                stack.push(t);
                if (type == ShellLexer.DLPAREN || type == ShellLexer.DOLLAR_DPAREN) {
                    stack.push(t); // closed by two ')'
                }
                return stack.size() <= MAX_NESTING;
            } else if (isModeCloser(type)) {
                // the lexer balanced these: drop anything left open inside
                while (!stack.isEmpty() && !matches(stack.peek().getType(), type)) {
                    stack.pop();
                }
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            } else if ((type == ShellLexer.RPAREN || type == ShellLexer.DRBRACKET
                    || (commandPosition && isKeywordCloser(type)))
                    && !stack.isEmpty() && matches(stack.peek().getType(), type)) {
                stack.pop();
            }
            return true;
        }

        private static boolean startsCommand(int previous) {
            switch (previous) {
                case ShellLexer.NEWLINE: case ShellLexer.SEMI: case ShellLexer.AMP: case ShellLexer.AND_IF:
                case ShellLexer.OR_IF: case ShellLexer.PIPE: case ShellLexer.PIPE_AMP: case ShellLexer.LPAREN:
                case ShellLexer.RPAREN: case ShellLexer.LBRACE: case ShellLexer.DOLLAR_PAREN: case ShellLexer.BQ_START:
                case ShellLexer.PROC_IN: case ShellLexer.PROC_OUT: case ShellLexer.THEN: case ShellLexer.ELSE:
                case ShellLexer.ELIF: case ShellLexer.DO: case ShellLexer.IF: case ShellLexer.WHILE:
                case ShellLexer.UNTIL: case ShellLexer.BANG: case ShellLexer.DSEMI: case ShellLexer.SEMI_AMP:
                case ShellLexer.DSEMI_AMP:
                    return true;
                default:
                    return false;
            }
        }

        private static boolean isOpener(int type) {
            switch (type) {
                case ShellLexer.LPAREN: case ShellLexer.DLPAREN: case ShellLexer.DOLLAR_PAREN:
                case ShellLexer.DOLLAR_BRACE: case ShellLexer.DOLLAR_DPAREN: case ShellLexer.BQ_START:
                case ShellLexer.PROC_IN: case ShellLexer.PROC_OUT: case ShellLexer.DQ_START:
                case ShellLexer.ARITH_LP: case ShellLexer.ARRAY_ASSIGN:
                    return true;
                default:
                    return false;
            }
        }

        private static boolean isKeywordOpener(int type) {
            switch (type) {
                case ShellLexer.IF: case ShellLexer.CASE: case ShellLexer.WHILE: case ShellLexer.UNTIL:
                case ShellLexer.FOR: case ShellLexer.SELECT: case ShellLexer.LBRACE: case ShellLexer.DLBRACKET:
                    return true;
                default:
                    return false;
            }
        }

        private static boolean isKeywordCloser(int type) {
            return type == ShellLexer.FI || type == ShellLexer.ESAC || type == ShellLexer.DONE
                    || type == ShellLexer.RBRACE;
        }

        private static boolean isModeCloser(int type) {
            return type == ShellLexer.CMDSUB_END || type == ShellLexer.PARAM_END || type == ShellLexer.ARITH_RP
                    || type == ShellLexer.BQ_END || type == ShellLexer.DQ_END;
        }

        private static boolean matches(int opener, int closer) {
            switch (closer) {
                case ShellLexer.RPAREN: return opener == ShellLexer.LPAREN || opener == ShellLexer.ARRAY_ASSIGN;
                case ShellLexer.CMDSUB_END: return opener == ShellLexer.DOLLAR_PAREN || opener == ShellLexer.PROC_IN
                        || opener == ShellLexer.PROC_OUT;
                case ShellLexer.PARAM_END: return opener == ShellLexer.DOLLAR_BRACE;
                case ShellLexer.ARITH_RP: return opener == ShellLexer.DLPAREN || opener == ShellLexer.DOLLAR_DPAREN
                        || opener == ShellLexer.ARITH_LP;
                case ShellLexer.BQ_END: return opener == ShellLexer.BQ_START;
                case ShellLexer.DQ_END: return opener == ShellLexer.DQ_START;
                case ShellLexer.FI: return opener == ShellLexer.IF;
                case ShellLexer.ESAC: return opener == ShellLexer.CASE;
                case ShellLexer.DONE: return opener == ShellLexer.WHILE || opener == ShellLexer.UNTIL
                        || opener == ShellLexer.FOR || opener == ShellLexer.SELECT;
                case ShellLexer.RBRACE: return opener == ShellLexer.LBRACE;
                case ShellLexer.DRBRACKET: return opener == ShellLexer.DLBRACKET;
                default: return false;
            }
        }
    }
}
