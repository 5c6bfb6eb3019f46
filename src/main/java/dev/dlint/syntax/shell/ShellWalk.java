package dev.dlint.syntax.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks a script without recursion (explicit stack), so a deeply nested script cannot overflow
 * the Java stack. Pre-order: a command is yielded before the commands nested in it, so the
 * result is in source order.
 */
final class ShellWalk {

    private ShellWalk() {
    }

    private sealed interface Item permits ListItem, CommandItem {
    }

    private record ListItem(CommandList list, List<Command> enclosing, int substitutionDepth) implements Item {
    }

    private record CommandItem(Command command, Pipeline pipeline, int pipelineIndex, AndOr andOr, int andOrIndex,
                               CommandList list, int statementIndex, List<Command> enclosing,
                               int substitutionDepth) implements Item {
    }

    static List<CommandSite> simpleCommands(Script script) {
        List<CommandSite> out = new ArrayList<>();
        Deque<Item> stack = new ArrayDeque<>();
        stack.push(new ListItem(script.body(), List.of(), 0));
        while (!stack.isEmpty()) {
            Item item = stack.pop();
            List<Item> children = new ArrayList<>();
            if (item instanceof ListItem li) {
                expandList(li.list(), li.enclosing(), li.substitutionDepth(), children);
            } else if (item instanceof CommandItem ci) {
                Command c = ci.command();
                if (c instanceof SimpleCommand sc) {
                    out.add(new CommandSite(sc, ci.pipeline(), ci.pipelineIndex(), ci.andOr(), ci.andOrIndex(),
                            ci.list(), ci.statementIndex(), out.size(), ci.enclosing(), ci.substitutionDepth()));
                }
                expandCommand(ci, children);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out;
    }

    private static void expandList(CommandList list, List<Command> enclosing, int depth, List<Item> out) {
        List<Statement> statements = list.statements();
        for (int s = 0; s < statements.size(); s++) {
            AndOr andOr = statements.get(s).andOr();
            for (int a = 0; a < andOr.pipelines().size(); a++) {
                Pipeline p = andOr.pipelines().get(a);
                for (int k = 0; k < p.commands().size(); k++) {
                    out.add(new CommandItem(p.commands().get(k), p, k, andOr, a, list, s, enclosing, depth));
                }
            }
        }
    }

    private static void expandCommand(CommandItem ci, List<Item> out) {
        Command c = ci.command();
        List<Command> inner = new ArrayList<>(ci.enclosing());
        inner.add(c);
        int depth = ci.substitutionDepth();
        Command body = c instanceof FunctionDef f ? f.body() : c;
        if (body != c) {
            inner.add(body);
        }
        List<Object> parts = new ArrayList<>(); // CommandList or Word, in source order
        if (body instanceof SimpleCommand sc) {
            for (Assignment a : sc.assignments()) {
                a.value().ifPresent(parts::add);
                parts.addAll(a.elements());
            }
            parts.addAll(sc.words());
        } else if (body instanceof Subshell s) {
            parts.add(s.body());
        } else if (body instanceof BraceGroup b) {
            parts.add(b.body());
        } else if (body instanceof IfCommand i) {
            for (IfCommand.Branch br : i.branches()) {
                parts.add(br.condition());
                parts.add(br.body());
            }
            if (i.elseBody().isPresent()) {
                parts.add(i.elseBody().get());
            }
        } else if (body instanceof ForCommand f) {
            parts.addAll(f.items());
            f.arithmetic().ifPresent(ac -> parts.add(new Word(ac.expression(), ac.expansions(), ac.span())));
            parts.add(f.body());
        } else if (body instanceof WhileCommand w) {
            parts.add(w.condition());
            parts.add(w.body());
        } else if (body instanceof CaseCommand cc) {
            parts.add(cc.subject());
            for (CaseCommand.Item it : cc.items()) {
                parts.addAll(it.patterns());
                parts.add(it.body());
            }
        } else if (body instanceof ArithCommand ac) {
            parts.add(new Word(ac.expression(), ac.expansions(), ac.span()));
        } else if (body instanceof CondCommand cc) {
            parts.addAll(cc.words());
        }
        for (Redirect r : body.redirects()) {
            if (r.target().isPresent()) {
                parts.add(r.target().get());
            }
        }
        List<Command> enclosing = body instanceof SimpleCommand ? ci.enclosing() : inner;
        for (Object o : parts) {
            if (o instanceof CommandList l) {
                out.add(new ListItem(l, enclosing, depth));
            } else if (o instanceof Word w) {
                for (Script s : substitutions(w.parts())) {
                    out.add(new ListItem(s.body(), enclosing, depth + 1));
                }
            }
        }
    }

    /** The scripts of the command substitutions in some word parts, in source order, without recursion. */
    static List<Script> substitutions(List<WordPart> parts) {
        if (allFlat(parts)) {
            return List.of(); // most words: plain or single-quoted text, no stack to allocate
        }
        List<Script> out = new ArrayList<>();
        Deque<WordPart> stack = new ArrayDeque<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            stack.push(parts.get(i));
        }
        while (!stack.isEmpty()) {
            WordPart p = stack.pop();
            List<WordPart> nested = List.of();
            if (p instanceof WordPart.CommandSubstitution cs) {
                out.add(cs.script());
            } else if (p instanceof WordPart.DoubleQuoted dq) {
                nested = dq.parts();
            } else if (p instanceof WordPart.ParamExpansion pe) {
                nested = pe.parts();
            } else if (p instanceof WordPart.Arithmetic ar) {
                nested = ar.expansions();
            }
            for (int i = nested.size() - 1; i >= 0; i--) {
                stack.push(nested.get(i));
            }
        }
        return out;
    }

    private static boolean allFlat(List<WordPart> parts) {
        for (WordPart p : parts) {
            if (!(p instanceof WordPart.Literal || p instanceof WordPart.SingleQuoted || p instanceof WordPart.Glob
                    || p instanceof WordPart.AnsiCQuoted)) {
                return false;
            }
        }
        return true;
    }
}
