package dev.dlint.syntax.shell;

import dev.dlint.source.OffsetMap;
import dev.dlint.source.Span;
import dev.dlint.syntax.shell.antlr.ShellLexer;
import dev.dlint.syntax.shell.antlr.ShellLexerBase;
import dev.dlint.syntax.shell.antlr.ShellParser.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree into the shell AST, with every span mapped to the source file. Works on
 * trees produced with error recovery too (missing pieces become empty lists).
 */
final class AstBuilder {
    // Each pattern in its own holder class, compiled at its first use: many scripts have no
    // assignment, redirect or ${...}, and compiling all four cost every first lint of a JVM (issue #7).
    private static final class AssignmentPattern {
        static final Pattern PATTERN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\[[^\\]]*\\])?(\\+?)=");
    }

    private static final class ArrayAssignmentPattern {
        static final Pattern PATTERN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(\\[[^\\]]*\\])?(\\+?)=\\($");
    }

    private static final class FdPrefixPattern {
        static final Pattern PATTERN = Pattern.compile("^([0-9]+|\\{[A-Za-z_][A-Za-z0-9_]*\\})?(.*)$", Pattern.DOTALL);
    }

    private static final class ParamNamePattern {
        static final Pattern PATTERN = Pattern.compile("^[#!]?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])");
    }

    private final String text;
    private final OffsetMap map;
    private final Map<Integer, ShellHeredoc> heredocs;

    AstBuilder(String text, OffsetMap map, List<Token> tokens) {
        this.text = text;
        this.map = map;
        this.heredocs = collectHeredocs(tokens);
    }

    // ------------------------------------------------------------------ spans

    private Span span(int derivedStart, int derivedEnd) {
        int s = Math.max(0, Math.min(derivedStart, text.length()));
        int e = Math.max(s, Math.min(derivedEnd, text.length()));
        return map.toSource(s, e);
    }

    private static int start(Token t) {
        return t.getStartIndex();
    }

    private static int end(Token t) {
        return t.getStopIndex() + 1;
    }

    private int start(ParserRuleContext ctx) {
        Token t = ctx.getStart();
        return t == null || t.getStartIndex() < 0 ? 0 : t.getStartIndex();
    }

    private int end(ParserRuleContext ctx) {
        Token t = ctx.getStop();
        int s = start(ctx);
        return t == null || t.getStopIndex() < s ? s : t.getStopIndex() + 1;
    }

    private Span span(ParserRuleContext ctx) {
        return span(start(ctx), end(ctx));
    }

    private Span span(Token t) {
        return t.getStartIndex() < 0 ? span(text.length(), text.length()) : span(start(t), end(t));
    }

    private String raw(int s, int e) {
        int a = Math.max(0, Math.min(s, text.length()));
        return text.substring(a, Math.max(a, Math.min(e, text.length())));
    }

    private static boolean present(TerminalNode n) {
        return n != null && n.getSymbol().getStartIndex() >= 0;
    }

    // ------------------------------------------------------------------ lists

    Script script(ScriptContext ctx) {
        Span all = span(0, text.length());
        CommandList body = ctx.list() != null ? list(ctx.list()) : new CommandList(List.of(), all);
        return new Script(body, all);
    }

    private CommandList list(ListContext ctx) {
        List<Statement> statements = new ArrayList<>();
        AndOr pending = null;
        for (ParseTree child : children(ctx)) {
            if (child instanceof AndOrContext a) {
                if (pending != null) {
                    statements.add(new Statement(pending, Optional.empty(), pending.span()));
                }
                pending = andOr(a);
            } else if (child instanceof SeparatorContext sep && pending != null) {
                Token t = sep.getStart();
                String op = t.getType() == ShellLexer.NEWLINE ? "\n" : t.getText();
                statements.add(new Statement(pending, Optional.of(new Operator(op, span(t))), pending.span()));
                pending = null;
            }
        }
        if (pending != null) {
            statements.add(new Statement(pending, Optional.empty(), pending.span()));
        }
        return new CommandList(statements, span(ctx));
    }

    private CommandList body(BodyContext ctx) {
        if (ctx == null) {
            return new CommandList(List.of(), span(text.length(), text.length()));
        }
        return ctx.list() != null ? list(ctx.list()) : new CommandList(List.of(), span(ctx));
    }

    private AndOr andOr(AndOrContext ctx) {
        List<Pipeline> pipelines = new ArrayList<>();
        List<Operator> ops = new ArrayList<>();
        for (ParseTree child : children(ctx)) {
            if (child instanceof PipelineContext p) {
                pipelines.add(pipeline(p));
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() != ShellLexer.NEWLINE
                    && present(t)) {
                ops.add(new Operator(t.getText(), span(t.getSymbol())));
            }
        }
        return new AndOr(pipelines, ops, span(ctx));
    }

    private Pipeline pipeline(PipelineContext ctx) {
        Optional<Operator> bang = Optional.empty();
        List<Command> commands = new ArrayList<>();
        List<Operator> pipes = new ArrayList<>();
        for (ParseTree child : children(ctx)) {
            if (child instanceof CommandContext c) {
                commands.add(command(c));
            } else if (child instanceof TerminalNode t && present(t)) {
                int type = t.getSymbol().getType();
                if (type == ShellLexer.BANG) {
                    bang = Optional.of(new Operator("!", span(t.getSymbol())));
                } else if (type == ShellLexer.PIPE || type == ShellLexer.PIPE_AMP) {
                    pipes.add(new Operator(t.getText(), span(t.getSymbol())));
                }
            }
        }
        return new Pipeline(bang, commands, pipes, span(ctx));
    }

    // ------------------------------------------------------------------ commands

    private Command command(CommandContext ctx) {
        if (ctx.compoundCommand() != null) {
            return compound(ctx.compoundCommand(), redirects(ctx.redirect()), span(ctx));
        }
        if (ctx.functionDef() != null) {
            return function(ctx.functionDef());
        }
        if (ctx.simpleCommand() != null) {
            return simple(ctx.simpleCommand());
        }
        return new SimpleCommand(List.of(), List.of(), List.of(), span(ctx));
    }

    private List<Redirect> redirects(List<RedirectContext> list) {
        List<Redirect> out = new ArrayList<>();
        for (RedirectContext r : list) {
            out.add(redirect(r));
        }
        return out;
    }

    private Command function(FunctionDefContext ctx) {
        Token name = ctx.functionName() != null ? ctx.functionName().getStart() : ctx.getStart();
        Command body = ctx.compoundCommand() != null
                ? compound(ctx.compoundCommand(), redirects(ctx.redirect()),
                        span(start(ctx.compoundCommand()), end(ctx)))
                : new BraceGroup(new CommandList(List.of(), span(ctx)), List.of(), span(ctx));
        return new FunctionDef(name.getText(), span(name), body, span(ctx));
    }

    private Command compound(CompoundCommandContext ctx, List<Redirect> redirects, Span span) {
        if (ctx.braceGroup() != null) {
            return new BraceGroup(body(ctx.braceGroup().body()), redirects, span);
        }
        if (ctx.subshell() != null) {
            return new Subshell(body(ctx.subshell().body()), redirects, span);
        }
        if (ctx.ifClause() != null) {
            IfClauseContext c = ctx.ifClause();
            List<IfCommand.Branch> branches = new ArrayList<>();
            branches.add(new IfCommand.Branch(body(c.body(0)), body(c.body(1))));
            for (ElifPartContext e : c.elifPart()) {
                branches.add(new IfCommand.Branch(body(e.body(0)), body(e.body(1))));
            }
            Optional<CommandList> elseBody = c.elsePart() != null ? Optional.of(body(c.elsePart().body()))
                    : Optional.empty();
            return new IfCommand(branches, elseBody, redirects, span);
        }
        if (ctx.forClause() != null) {
            ForClauseContext c = ctx.forClause();
            CommandList body = c.doGroup() != null ? body(c.doGroup().body()) : body(null);
            if (c.arithBlock() != null) {
                return new ForCommand(Optional.empty(), false, List.of(), Optional.of(arithCommand(c.arithBlock(),
                        List.of(), span(c.arithBlock()))), body, redirects, span);
            }
            Optional<Word> variable = c.cmdWord() == null ? Optional.empty() : Optional.of(word(c.cmdWord(), 0));
            List<Word> items = new ArrayList<>();
            for (WordContext w : c.word()) {
                items.add(word(w, 0));
            }
            return new ForCommand(variable, present(c.IN()), items, Optional.empty(), body, redirects, span);
        }
        if (ctx.whileClause() != null) {
            WhileClauseContext c = ctx.whileClause();
            CommandList body = c.doGroup() != null ? body(c.doGroup().body()) : body(null);
            return new WhileCommand(present(c.UNTIL()), body(c.body()), body, redirects, span);
        }
        if (ctx.caseClause() != null) {
            CaseClauseContext c = ctx.caseClause();
            Word subject = c.word() != null ? word(c.word(), 0) : new Word("", List.of(), span(c));
            List<CaseCommand.Item> items = new ArrayList<>();
            for (CaseItemContext it : c.caseItem()) {
                List<Word> patterns = new ArrayList<>();
                for (WordContext w : it.word()) {
                    patterns.add(word(w, 0));
                }
                CommandList body = it.list() != null ? list(it.list())
                        : new CommandList(List.of(), span(end(it), end(it)));
                Optional<Operator> term = it.caseEnd() != null
                        ? Optional.of(new Operator(it.caseEnd().getText(), span(it.caseEnd())))
                        : Optional.empty();
                items.add(new CaseCommand.Item(patterns, body, term, span(it)));
            }
            return new CaseCommand(subject, items, redirects, span);
        }
        if (ctx.arithCommand() != null) {
            return arithCommand(ctx.arithCommand().arithBlock(), redirects, span);
        }
        if (ctx.condCommand() != null) {
            List<Word> words = new ArrayList<>();
            for (CondElementContext e : ctx.condCommand().condElement()) {
                if (e.cmdWord() != null) {
                    words.add(word(e.cmdWord(), 0));
                }
            }
            return new CondCommand(words, redirects, span);
        }
        return new BraceGroup(new CommandList(List.of(), span), redirects, span);
    }

    private ArithCommand arithCommand(ArithBlockContext ctx, List<Redirect> redirects, Span span) {
        if (ctx == null) {
            return new ArithCommand("", List.of(), redirects, span);
        }
        int s = end(ctx.DLPAREN().getSymbol());
        int e = ctx.ARITH_RP().isEmpty() ? end(ctx) : start(ctx.ARITH_RP(0).getSymbol());
        return new ArithCommand(raw(s, e), arithExpansions(ctx.arith()), redirects, span);
    }

    private SimpleCommand simple(SimpleCommandContext ctx) {
        List<Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        for (ParseTree child : children(ctx)) {
            ParseTree el = child instanceof PrefixElementContext || child instanceof SuffixElementContext
                    ? child.getChild(0) : child;
            if (el instanceof RedirectContext r) {
                redirects.add(redirect(r));
            } else if (el instanceof ArrayAssignmentContext a) {
                assignments.add(arrayAssignment(a));
            } else if (el instanceof ParserRuleContext w && (el instanceof WordContext || el instanceof CmdWordContext)) {
                Optional<Assignment> asg = words.isEmpty() ? assignment(w) : Optional.empty();
                if (asg.isPresent()) {
                    assignments.add(asg.get());
                } else {
                    words.add(word(w, 0));
                }
            }
        }
        return new SimpleCommand(assignments, words, redirects, span(ctx));
    }

    private Optional<Assignment> assignment(ParserRuleContext w) {
        Token first = w.getStart();
        if (first.getType() != ShellLexer.LIT) {
            return Optional.empty();
        }
        String text = first.getText();
        if (text.indexOf('=') < 0) {
            return Optional.empty(); // as AssignmentPattern would say, without a regex match for every command word
        }
        Matcher m = AssignmentPattern.PATTERN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Word value = word(w, m.end());
        return Optional.of(new Assignment(m.group(1), !m.group(3).isEmpty(), Optional.of(value), false, List.of(),
                span(w)));
    }

    private Assignment arrayAssignment(ArrayAssignmentContext ctx) {
        Matcher m = ArrayAssignmentPattern.PATTERN.matcher(ctx.ARRAY_ASSIGN().getText());
        String name = m.find() ? m.group(1) : ctx.ARRAY_ASSIGN().getText();
        boolean append = m.matches() && !m.group(3).isEmpty();
        List<Word> elements = new ArrayList<>();
        for (WordContext w : ctx.word()) {
            elements.add(word(w, 0));
        }
        return new Assignment(name, append, Optional.empty(), true, elements, span(ctx));
    }

    private Redirect redirect(RedirectContext ctx) {
        Token op = ctx.getStart();
        Matcher m = FdPrefixPattern.PATTERN.matcher(op.getText());
        String fd = m.matches() && m.group(1) != null ? m.group(1) : "";
        String operator = m.matches() ? m.group(2) : op.getText();
        if (ctx.HEREDOC_OP() != null) {
            ShellHeredoc h = heredocs.get(op.getTokenIndex());
            if (h == null && present(ctx.HEREDOC_DELIM())) {
                Token d = ctx.HEREDOC_DELIM().getSymbol();
                h = new ShellHeredoc(ShellLexerBase.unquote(d.getText()), isQuoted(d.getText()),
                        operator.endsWith("-"), span(d), "", span(text.length(), text.length()), false);
            }
            return new Redirect(fd, operator, Optional.empty(), Optional.ofNullable(h), span(ctx));
        }
        Optional<Word> target = ctx.word() != null ? Optional.of(word(ctx.word(), 0)) : Optional.empty();
        return new Redirect(fd, operator, target, Optional.empty(), span(ctx));
    }

    private static boolean isQuoted(String delimiter) {
        return delimiter.indexOf('\'') >= 0 || delimiter.indexOf('"') >= 0 || delimiter.indexOf('\\') >= 0;
    }

    // ------------------------------------------------------------------ words

    /** A word; {@code skip} characters of its first (literal) token are left out (the NAME= of an assignment). */
    private Word word(ParserRuleContext ctx, int skip) {
        List<WordPart> parts = new ArrayList<>();
        boolean first = true;
        for (ParseTree child : children(ctx)) {
            if (child instanceof TerminalNode t && t.getSymbol().getType() == ShellLexer.JOIN) {
                continue;
            }
            parts.addAll(parts(child, first ? skip : 0));
            first = false;
        }
        int s = start(ctx) + skip;
        int e = Math.max(s, end(ctx));
        return new Word(raw(s, e), parts, span(s, e));
    }

    private List<WordPart> parts(ParseTree node, int skip) {
        if (node instanceof TerminalNode t) {
            return terminalPart(t.getSymbol(), skip);
        }
        if (node instanceof PartContext || node instanceof WordPartContext || node instanceof DqPartContext
                || node instanceof ParamPartContext || node instanceof ArithPartContext) {
            return node.getChildCount() > 0 ? parts(node.getChild(0), skip) : List.of();
        }
        if (node instanceof KeywordContext k) {
            Token t = k.getStart();
            return List.of(new WordPart.Literal(t.getText(), t.getText(), span(t)));
        }
        ParserRuleContext ctx = (ParserRuleContext) node;
        String raw = raw(start(ctx), end(ctx));
        Span span = span(ctx);
        if (ctx instanceof DoubleQuotedContext dq) {
            List<WordPart> inner = new ArrayList<>();
            for (DqPartContext p : dq.dqPart()) {
                inner.addAll(parts(p, 0));
            }
            return List.of(new WordPart.DoubleQuoted(raw, inner, span));
        }
        if (ctx instanceof ParamExpansionContext pe) {
            List<WordPart> inner = new ArrayList<>();
            for (ParamPartContext p : pe.paramPart()) {
                inner.addAll(parts(p, 0));
            }
            String inside = raw(end(pe.DOLLAR_BRACE().getSymbol()),
                    present(pe.PARAM_END()) ? start(pe.PARAM_END().getSymbol()) : end(ctx));
            return List.of(new WordPart.ParamExpansion(raw, paramName(inside), true, inner, span));
        }
        if (ctx instanceof CommandSubstitutionContext cs) {
            return List.of(substitution(raw, WordPart.CommandSubstitution.Kind.DOLLAR, cs.subscript(), cs.CMDSUB_END(),
                    ctx));
        }
        if (ctx instanceof BackquotedContext bq) {
            return List.of(substitution(raw, WordPart.CommandSubstitution.Kind.BACKQUOTE, bq.subscript(), bq.BQ_END(),
                    ctx));
        }
        if (ctx instanceof ProcessSubstitutionContext ps) {
            WordPart.CommandSubstitution.Kind kind = ps.PROC_IN() != null
                    ? WordPart.CommandSubstitution.Kind.PROCESS_IN : WordPart.CommandSubstitution.Kind.PROCESS_OUT;
            return List.of(substitution(raw, kind, ps.subscript(), ps.CMDSUB_END(), ctx));
        }
        if (ctx instanceof ArithExpansionContext ae) {
            int s = end(ae.DOLLAR_DPAREN().getSymbol());
            int e = ae.ARITH_RP().isEmpty() || !present(ae.ARITH_RP(0)) ? end(ctx) : start(ae.ARITH_RP(0).getSymbol());
            return List.of(new WordPart.Arithmetic(raw, raw(s, e), arithExpansions(ae.arith()), span));
        }
        return List.of();
    }

    private WordPart substitution(String raw, WordPart.CommandSubstitution.Kind kind, SubscriptContext sub,
                                  TerminalNode close, ParserRuleContext ctx) {
        int s = end(ctx.getStart());
        int e = present(close) ? start(close.getSymbol()) : end(ctx);
        Span inner = span(s, Math.max(s, e));
        CommandList body = sub != null && sub.list() != null ? list(sub.list()) : new CommandList(List.of(), inner);
        return new WordPart.CommandSubstitution(raw, kind, new Script(body, inner), span(ctx));
    }

    private List<WordPart> arithExpansions(ArithContext ctx) {
        List<WordPart> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        Deque<ArithContext> stack = new ArrayDeque<>();
        stack.push(ctx);
        List<ArithContext> order = new ArrayList<>();
        while (!stack.isEmpty()) { // flatten nested parentheses in source order
            ArithContext a = stack.pop();
            order.add(a);
            List<ArithPartContext> ps = a.arithPart();
            for (int i = ps.size() - 1; i >= 0; i--) {
                if (ps.get(i).arith() != null) {
                    stack.push(ps.get(i).arith());
                }
            }
        }
        for (ArithContext a : order) {
            for (ArithPartContext p : a.arithPart()) {
                if (p.arith() == null && p.ARITH_TEXT() == null) {
                    out.addAll(parts(p, 0));
                }
            }
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    private List<WordPart> terminalPart(Token t, int skip) {
        String tokenText = t.getText();
        int s = start(t);
        switch (t.getType()) {
            case ShellLexer.LIT:
                return splitLiteral(tokenText.substring(Math.min(skip, tokenText.length())), s + skip);
            case ShellLexer.SQ:
                return List.of(new WordPart.SingleQuoted(tokenText, tokenText.substring(1, tokenText.length() - 1),
                        span(t)));
            case ShellLexer.ANSI_SQ:
                return List.of(new WordPart.AnsiCQuoted(tokenText,
                        decodeAnsiC(tokenText.substring(2, tokenText.length() - 1)), span(t)));
            case ShellLexer.DOLLAR_NAME:
                return List.of(new WordPart.ParamExpansion(tokenText, tokenText.substring(1), false, List.of(), span(t)));
            case ShellLexer.DQ_TEXT:
                return List.of(new WordPart.Literal(tokenText, unescapeDoubleQuoted(tokenText), span(t)));
            case ShellLexer.PARAM_TEXT:
            case ShellLexer.ARITH_TEXT:
                return List.of(new WordPart.Literal(tokenText, tokenText, span(t)));
            default:
                if (t.getStartIndex() < 0 || t.getType() == Token.EOF) {
                    return List.of();
                }
                return List.of(new WordPart.Literal(tokenText, tokenText, span(t)));
        }
    }

    /** Splits unquoted text into literal runs and glob patterns ({@code *}, {@code ?}, {@code [...]}). */
    private List<WordPart> splitLiteral(String s, int at) {
        List<WordPart> out = new ArrayList<>();
        int runStart = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            int globEnd = -1;
            if (c == '*' || c == '?') {
                globEnd = i + 1;
            } else if (c == '[') {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '!' || s.charAt(j) == '^')) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ']') {
                    j++;
                }
                while (j < s.length() && s.charAt(j) != ']') {
                    j++;
                }
                if (j < s.length()) {
                    globEnd = j + 1;
                }
            }
            if (globEnd < 0) {
                i++;
                continue;
            }
            if (i > runStart) {
                out.add(literal(s.substring(runStart, i), at + runStart));
            }
            out.add(new WordPart.Glob(s.substring(i, globEnd), span(at + i, at + globEnd)));
            i = globEnd;
            runStart = i;
        }
        if (runStart < s.length() || out.isEmpty()) {
            out.add(literal(s.substring(Math.min(runStart, s.length())), at + runStart));
        }
        return out;
    }

    private WordPart literal(String raw, int at) {
        if (raw.indexOf('\\') < 0) {
            return new WordPart.Literal(raw, raw, span(at, at + raw.length())); // nothing to unescape
        }
        StringBuilder v = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                if (n == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                } else if (n != '\n') {
                    v.append(n);
                }
            } else {
                v.append(c);
            }
        }
        return new WordPart.Literal(raw, v.toString(), span(at, at + raw.length()));
    }

    static String unescapeDoubleQuoted(String raw) {
        StringBuilder v = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(i + 1);
                if (n == '$' || n == '`' || n == '"' || n == '\\') {
                    v.append(n);
                    i++;
                    continue;
                }
                if (n == '\n') {
                    i++;
                    continue;
                }
            }
            v.append(c);
        }
        return v.toString();
    }

    static String decodeAnsiC(String raw) {
        StringBuilder v = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                v.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'n' -> v.append('\n');
                case 't' -> v.append('\t');
                case 'r' -> v.append('\r');
                case 'a' -> v.append('\u0007');
                case 'b' -> v.append('\b');
                case 'e', 'E' -> v.append('\u001b');
                case 'f' -> v.append('\f');
                case 'v' -> v.append('\u000b');
                case '\\', '\'', '"', '?' -> v.append(n);
                case 'x' -> {
                    int j = i + 1;
                    while (j < raw.length() && j < i + 3 && Character.digit(raw.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j > i + 1) {
                        v.append((char) Integer.parseInt(raw.substring(i + 1, j), 16));
                        i = j - 1;
                    } else {
                        v.append("\\x");
                    }
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int j = i;
                        while (j < raw.length() && j < i + 3 && raw.charAt(j) >= '0' && raw.charAt(j) <= '7') {
                            j++;
                        }
                        v.append((char) Integer.parseInt(raw.substring(i, j), 8));
                        i = j - 1;
                    } else {
                        v.append('\\').append(n);
                    }
                }
            }
        }
        return v.toString();
    }

    static String paramName(String inside) {
        Matcher m = ParamNamePattern.PATTERN.matcher(inside);
        if (m.find()) {
            return m.group(1);
        }
        return inside.startsWith("#") || inside.startsWith("!") ? inside.substring(0, 1) : "";
    }

    private static List<ParseTree> children(ParserRuleContext ctx) {
        return ctx.children == null ? List.of() : ctx.children;
    }

    // ------------------------------------------------------------------ here-documents

    /** Bodies come after the line of their operators, in operator order: pair them up by token index. */
    private Map<Integer, ShellHeredoc> collectHeredocs(List<Token> tokens) {
        Map<Integer, ShellHeredoc> out = new HashMap<>();
        Deque<Token[]> waiting = new ArrayDeque<>(); // {operator, delimiter}
        Token lastOp = null;
        int bodyStart = -1;
        int bodyEnd = -1;
        StringBuilder body = new StringBuilder();
        for (Token t : tokens) {
            int type = t.getType();
            if (type == ShellLexer.HEREDOC_OP) {
                lastOp = t;
            } else if (type == ShellLexer.HEREDOC_DELIM && lastOp != null) {
                waiting.add(new Token[] {lastOp, t});
                lastOp = null;
            } else if (type == ShellLexer.HEREDOC_LINE) {
                if (bodyStart < 0) {
                    bodyStart = start(t);
                }
                bodyEnd = end(t);
                body.append(t.getText());
            } else if (type == ShellLexer.HEREDOC_END && !waiting.isEmpty()) {
                Token[] w = waiting.poll();
                int s = bodyStart < 0 ? start(t) : bodyStart;
                int e = bodyStart < 0 ? start(t) : bodyEnd;
                out.put(w[0].getTokenIndex(), heredoc(w, body.toString(), s, e, true));
                bodyStart = -1;
                body.setLength(0);
            }
        }
        boolean first = true;
        for (Token[] w : waiting) { // unterminated: the first one got the rest of the text
            int s = first && bodyStart >= 0 ? bodyStart : text.length();
            int e = first && bodyStart >= 0 ? bodyEnd : text.length();
            out.put(w[0].getTokenIndex(), heredoc(w, first ? body.toString() : "", s, e, false));
            first = false;
        }
        return out;
    }

    private ShellHeredoc heredoc(Token[] w, String body, int s, int e, boolean terminated) {
        String d = w[1].getText();
        return new ShellHeredoc(ShellLexerBase.unquote(d), isQuoted(d), w[0].getText().endsWith("-"), span(w[1]),
                body, span(s, e), terminated);
    }
}
