package dev.dlint.syntax.shell.antlr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The state behind {@code ShellLexer}'s actions: which mode a ')' or '`' closes, the queue of
 * here-documents whose bodies follow the next newline, and the JOIN tokens between the touching
 * parts of one word. One instance lexes one text; nothing here is shared.
 */
public abstract class ShellLexerBase extends Lexer {

    /** A pending here-document: its delimiter (after quote removal) and whether tabs are stripped. */
    public record PendingHeredoc(String delimiter, boolean stripTabs, int operatorStart) {
    }

    private enum FrameKind { SUBSTITUTION, BACKQUOTE }

    /** A command-substitution-like nesting level lexed in the default mode. */
    private static final class Frame {
        final FrameKind kind;
        int parens;
        int cases;

        Frame(FrameKind kind) {
            this.kind = kind;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<PendingHeredoc> heredocs = new ArrayDeque<>();
    private boolean heredocStripTabs;
    private int heredocOperatorStart;
    private Token pending;
    private int lastType = -1;
    private int lastStop = -2;

    protected ShellLexerBase(CharStream input) {
        super(input);
    }

    /** Here-documents whose terminator line never came (non-empty only after the whole input is lexed). */
    public List<PendingHeredoc> unterminatedHeredocs() {
        return new ArrayList<>(heredocs);
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        boolean defaultMode = _mode == DEFAULT_MODE;
        Token t = super.nextToken();
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
            return t;
        }
        boolean glued = defaultMode && isWordStart(t.getType()) && isWordEnd(lastType)
                && lastStop + 1 == t.getStartIndex();
        lastType = t.getType();
        lastStop = t.getStopIndex();
        if (!glued) {
            return t;
        }
        pending = t;
        CommonToken join = new CommonToken(new Pair<>(this, _input), ShellLexer.JOIN,
                Token.DEFAULT_CHANNEL, t.getStartIndex(), t.getStartIndex() - 1);
        join.setText("");
        join.setLine(t.getLine());
        join.setCharPositionInLine(t.getCharPositionInLine());
        return join;
    }

    @Override
    public void reset() {
        super.reset();
        frames.clear();
        heredocs.clear();
        pending = null;
        lastType = -1;
        lastStop = -2;
    }

    private static boolean isKeyword(int type) {
        switch (type) {
            case ShellLexer.IF: case ShellLexer.THEN: case ShellLexer.ELSE: case ShellLexer.ELIF:
            case ShellLexer.FI: case ShellLexer.DO: case ShellLexer.DONE: case ShellLexer.CASE:
            case ShellLexer.ESAC: case ShellLexer.WHILE: case ShellLexer.UNTIL: case ShellLexer.FOR:
            case ShellLexer.SELECT: case ShellLexer.IN: case ShellLexer.FUNCTION: case ShellLexer.LBRACE:
            case ShellLexer.RBRACE: case ShellLexer.BANG: case ShellLexer.DLBRACKET: case ShellLexer.DRBRACKET:
                return true;
            default:
                return false;
        }
    }

    private static boolean isWordStart(int type) {
        switch (type) {
            case ShellLexer.LIT: case ShellLexer.SQ: case ShellLexer.ANSI_SQ: case ShellLexer.DOLLAR_NAME:
            case ShellLexer.DQ_START: case ShellLexer.DOLLAR_BRACE: case ShellLexer.DOLLAR_PAREN:
            case ShellLexer.DOLLAR_DPAREN: case ShellLexer.BQ_START:
                return true;
            default:
                return isKeyword(type);
        }
    }

    private static boolean isWordEnd(int type) {
        switch (type) {
            case ShellLexer.LIT: case ShellLexer.SQ: case ShellLexer.ANSI_SQ: case ShellLexer.DOLLAR_NAME:
            case ShellLexer.DQ_END: case ShellLexer.PARAM_END: case ShellLexer.CMDSUB_END:
            case ShellLexer.BQ_END: case ShellLexer.ARITH_RP:
                return true;
            default:
                return isKeyword(type);
        }
    }

    // ------------------------------------------------------------------ actions

    protected void onComment() {
        if (isWordEnd(lastType) && lastStop + 1 == _tokenStartCharIndex) {
            setType(ShellLexer.LIT); // a '#' inside a word is not a comment
            return;
        }
        setChannel(HIDDEN);
        Frame f = frames.peek();
        int backquote = getText().indexOf('`');
        if (f != null && f.kind == FrameKind.BACKQUOTE && backquote >= 0) {
            // inside backquotes a comment ends at the closing backquote: give the rest back
            _input.seek(_tokenStartCharIndex + backquote);
        }
    }

    protected void openSubstitution() {
        frames.push(new Frame(FrameKind.SUBSTITUTION));
        pushMode(DEFAULT_MODE);
    }

    protected void openArithmetic() {
        pushMode(ShellLexer.ARITH);
        pushMode(ShellLexer.ARITH);
    }

    protected void onLeftParen() {
        Frame f = frames.peek();
        if (f != null) {
            f.parens++;
        }
    }

    /** A ')' closes the innermost $( ) unless it balances a '(' or ends a case pattern. */
    protected void onRightParen() {
        Frame f = frames.peek();
        if (f == null) {
            return;
        }
        if (f.parens > 0) {
            f.parens--;
        } else if (f.kind == FrameKind.SUBSTITUTION && f.cases == 0) {
            frames.pop();
            popMode();
            setType(ShellLexer.CMDSUB_END);
        }
    }

    protected void onCase(int delta) {
        Frame f = frames.peek();
        if (f != null) {
            f.cases = Math.max(0, f.cases + delta);
        }
    }

    protected void onBackquote() {
        Frame f = frames.peek();
        if (_mode == DEFAULT_MODE && f != null && f.kind == FrameKind.BACKQUOTE) {
            frames.pop();
            popMode();
            setType(ShellLexer.BQ_END);
        } else {
            frames.push(new Frame(FrameKind.BACKQUOTE));
            pushMode(DEFAULT_MODE);
            setType(ShellLexer.BQ_START);
        }
    }

    protected void onHeredocOperator() {
        heredocStripTabs = getText().endsWith("-");
        heredocOperatorStart = _tokenStartCharIndex;
        pushMode(ShellLexer.HEREDOC_WORD_MODE);
    }

    protected void onHeredocDelimiter() {
        heredocs.add(new PendingHeredoc(unquote(getText()), heredocStripTabs, heredocOperatorStart));
        popMode();
    }

    protected void onNewline() {
        if (!heredocs.isEmpty()) {
            pushMode(ShellLexer.HEREDOC_BODY_MODE);
        }
    }

    protected void onHeredocLine() {
        setChannel(ShellLexer.HEREDOC);
        PendingHeredoc h = heredocs.peek();
        String line = getText();
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int start = 0;
        if (h != null && h.stripTabs()) {
            while (start < end && line.charAt(start) == '\t') {
                start++;
            }
        }
        if (h != null && line.substring(start, end).equals(h.delimiter())) {
            setType(ShellLexer.HEREDOC_END);
            heredocs.poll();
            if (heredocs.isEmpty()) {
                popMode();
            }
        } else {
            setType(ShellLexer.HEREDOC_LINE);
        }
    }

    /** The delimiter word after quote removal: {@code 'EOF'}, {@code "EOF"} and {@code \EOF} all give EOF. */
    public static String unquote(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < word.length()) {
                sb.append(word.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
