/*
 * dlint's Dockerfile lexer: BuildKit's *line layer* (frontend/dockerfile/parser).
 *
 * It turns physical lines into the tokens of logical instructions: parser directives, comments,
 * blank lines, the instruction keyword, the text of its arguments with continuations (escape
 * char + newline, plus the comment and blank lines BuildKit drops inside a continuation), and
 * heredoc bodies. Every character of the file belongs to exactly one token, so the file can be
 * reproduced byte for byte from the token stream.
 *
 * Splitting an instruction's arguments (flags, JSON or shell form, ENV pairs, ...) is BuildKit's
 * *instruction layer*; dlint does it on the logical line in syntax.dockerfile.InstructionParser,
 * so that a continuation in the middle of a word joins the way BuildKit joins it.
 *
 * Context is carried by modes, never by predicates (a predicate at the left edge of a rule stops
 * the mode's DFA from being cached): DEFAULT_MODE is the start of a line; BODY / BODY_BT are the
 * rest of a logical line with `\` or `` ` `` as escape character; HEREDOC holds heredoc bodies.
 */
lexer grammar DockerfileLexer;

@header {
package dev.dlint.syntax.dockerfile.antlr;
}

@members {
    /** The escape character in force; an {@code # escape=`} directive at the top switches it. */
    private char escape = '\\';
    /** True while only parser directives have been seen: a {@code # key=value} comment is still one. */
    private boolean directivesOpen = true;
    /** True when the current physical line (in DEFAULT_MODE) held a comment, so its newline is no blank line. */
    private boolean lineHadComment;
    /** True while lexing the body of an instruction whose heredocs BuildKit honours. */
    private boolean heredocsAllowed;
    /** Heredocs opened on the current logical line, in order; their bodies follow it. */
    private final java.util.ArrayDeque<HeredocDelimiter> pendingHeredocs = new java.util.ArrayDeque<>();

    /** The delimiter of an open heredoc: its name with quotes removed, and whether {@code <<-} strips tabs. */
    public record HeredocDelimiter(String name, boolean chomp) {}

    private static final java.util.regex.Pattern DIRECTIVE_PATTERN =
            java.util.regex.Pattern.compile("^#[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.+?)[ \\t]*$");

    private void onComment() {
        lineHadComment = true;
        if (!directivesOpen) {
            return;
        }
        java.util.regex.Matcher m = DIRECTIVE_PATTERN.matcher(getText());
        String key = m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        if (key.equals("syntax") || key.equals("escape") || key.equals("check")) {
            setType(DIRECTIVE);
            if (key.equals("escape") && (m.group(2).equals("`") || m.group(2).equals("\\"))) {
                escape = m.group(2).charAt(0);
            }
        } else {
            directivesOpen = false;
        }
    }

    private void onLineStartNewline() {
        if (!lineHadComment) {
            directivesOpen = false;
        }
        lineHadComment = false;
    }

    private void onKeyword() {
        directivesOpen = false;
        lineHadComment = false;
        String k = getText().toUpperCase(java.util.Locale.ROOT);
        heredocsAllowed = k.equals("RUN") || k.equals("COPY") || k.equals("ADD") || k.equals("ONBUILD");
        mode(escape == '`' ? BODY_BT : BODY);
    }

    private void onHeredocOpener() {
        if (!heredocsAllowed) {
            setType(TEXT);
            return;
        }
        String t = getText();
        int i = 0;
        while (Character.isDigit(t.charAt(i))) {
            i++;
        }
        i += 2;
        boolean chomp = i < t.length() && t.charAt(i) == '-';
        if (chomp) {
            i++;
        }
        while (t.charAt(i) == ' ' || t.charAt(i) == '\t') {
            i++;
        }
        pendingHeredocs.add(new HeredocDelimiter(unquote(t.substring(i)), chomp));
    }

    /** Removes quotes and backslash escapes from a heredoc word, as BuildKit's shell lexer does. */
    public static String unquote(String word) {
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < word.length()) {
                    sb.append(word.charAt(++i));
                } else {
                    sb.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < word.length()) {
                sb.append(word.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void onEndOfLogicalLine() {
        mode(pendingHeredocs.isEmpty() ? DEFAULT_MODE : HEREDOC);
    }

    private void onHeredocLine() {
        HeredocDelimiter open = pendingHeredocs.peek();
        String line = getText();
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && line.charAt(end - 1) == '\r') {
                end--;
            }
        }
        int start = 0;
        if (open != null && open.chomp()) {
            while (start < end && line.charAt(start) == '\t') {
                start++;
            }
        }
        setType(HEREDOC_LINE);
        if (open != null && line.substring(start, end).equals(open.name())) {
            setType(HEREDOC_END);
            pendingHeredocs.poll();
            if (pendingHeredocs.isEmpty()) {
                mode(DEFAULT_MODE);
            }
        }
    }

    /**
     * A file whose last instruction has no final newline still ends that instruction with a
     * NEWLINE token (empty text), so the parser needs no EOF special cases.
     */
    @Override
    public Token nextToken() {
        Token t = super.nextToken();
        if (t.getType() == EOF && (_mode == BODY || _mode == BODY_BT)) {
            _mode = DEFAULT_MODE;
            org.antlr.v4.runtime.CommonToken nl = new org.antlr.v4.runtime.CommonToken(
                    _tokenFactorySourcePair, NEWLINE, DEFAULT_TOKEN_CHANNEL, t.getStartIndex(), t.getStartIndex() - 1);
            nl.setText("");
            nl.setLine(t.getLine());
            nl.setCharPositionInLine(t.getCharPositionInLine());
            return nl;
        }
        return t;
    }
}

tokens { DIRECTIVE, TEXT, WS, CONTINUATION, HEREDOC_OPENER, HEREDOC_END }

// ---- start of a line -----------------------------------------------------------------------

LEADING_WS : [ \t\f\u000B]+ -> channel(HIDDEN) ;
COMMENT    : '#' ~[\r\n]* { onComment(); } ;
NEWLINE    : NL { onLineStartNewline(); } ;
/* A carriage return not followed by a line feed is no line end (BuildKit splits on \n only). */
LONE_CR    : '\r' -> channel(HIDDEN) ;
/* The instruction word. Anything glued to it (`RUN["x"]`, `FROM-x`) follows as TEXT with no
   whitespace between; the instruction layer reports the whole word as an unknown instruction. */
KEYWORD    : [a-zA-Z] [a-zA-Z0-9_]* { onKeyword(); } ;
JUNK       : ~[a-zA-Z# \t\f\u000B\r\n] ~[ \t\f\u000B\r\n]* { onKeyword(); } -> type(KEYWORD) ;

fragment NL          : '\r'? '\n' ;
fragment BLANK       : [ \t\f\u000B] ;
/* Lines BuildKit drops inside a continuation: blank ones and comments. */
fragment DROPPED_LINE : BLANK* ('#' ~[\r\n]*)? NL ;
/* A heredoc opener word: N<<WORD, <<-WORD, << WORD, <<'WORD', <<"WORD", E"OF" ... */
fragment HEREDOC_WORD : (~[ \t\f\u000B\r\n<'"\\] | '\\' ~[\r\n] | '\'' ~['\r\n]* '\'' | '"' ~["\r\n]* '"')+ ;
fragment HEREDOC_OP   : [0-9]* '<<' '-'? [ \t]* HEREDOC_WORD ;

// ---- the rest of a logical line, escape character `\` -----------------------------------------

mode BODY;

B_CONT     : '\\' [ \t]* NL DROPPED_LINE* -> type(CONTINUATION) ;
/* Two or more escape characters never continue the line: `\\` at the end of a line ends the
   instruction, as BuildKit's continuation regex requires a non-escape before the final one. */
B_ESCAPES  : '\\' '\\'+ -> type(TEXT) ;
B_ESCAPE   : '\\' -> type(TEXT) ;
B_HEREDOC  : HEREDOC_OP { onHeredocOpener(); } -> type(HEREDOC_OPENER) ;
B_WS       : BLANK+ -> type(WS) ;
/* Quoted strings closed on the same line are part of a word, so `echo "a <<EOF"` opens no heredoc. */
B_TEXT     : (~[ \t\f\u000B\r\n\\"'] | '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' | '\'' ~['\r\n]* '\'')+ -> type(TEXT) ;
/* A quote whose string continues on the next line (or never closes). */
B_QUOTE    : ["'] -> type(TEXT) ;
B_NEWLINE  : NL { onEndOfLogicalLine(); } -> type(NEWLINE) ;
B_LONE_CR  : '\r' -> type(TEXT) ;

// ---- the rest of a logical line, escape character `` ` `` (# escape=`) -----------------------

mode BODY_BT;

T_CONT     : '`' [ \t]* NL DROPPED_LINE* -> type(CONTINUATION) ;
T_ESCAPES  : '`' '`'+ -> type(TEXT) ;
T_ESCAPE   : '`' -> type(TEXT) ;
T_HEREDOC  : HEREDOC_OP { onHeredocOpener(); } -> type(HEREDOC_OPENER) ;
T_WS       : BLANK+ -> type(WS) ;
T_TEXT     : (~[ \t\f\u000B\r\n`"'] | '"' (~["`\r\n] | '`' ~[\r\n])* '"' | '\'' ~['\r\n]* '\'')+ -> type(TEXT) ;
T_QUOTE    : ["'] -> type(TEXT) ;
T_NEWLINE  : NL { onEndOfLogicalLine(); } -> type(NEWLINE) ;
T_LONE_CR  : '\r' -> type(TEXT) ;

// ---- heredoc bodies: whole lines until each delimiter in turn ---------------------------------

mode HEREDOC;

HEREDOC_LINE : ~[\n]* '\n' { onHeredocLine(); } ;
/* The last line of a file without a newline; the action types it HEREDOC_LINE or HEREDOC_END. */
HEREDOC_TAIL : ~[\n]+ { onHeredocLine(); } ;
