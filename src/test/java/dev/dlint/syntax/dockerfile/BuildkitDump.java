package dev.dlint.syntax.dockerfile;

import dev.dlint.syntax.dockerfile.Instruction.ArgDeclaration;
import dev.dlint.syntax.dockerfile.Instruction.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders our AST in BuildKit's {@code Node.Dump()} format, for the parser conformance corpus. */
final class BuildkitDump {
    private BuildkitDump() {
    }

    static String dump(Dockerfile file) {
        StringBuilder sb = new StringBuilder();
        for (Instruction i : file.instructions()) {
            sb.append(node(i)).append('\n');
        }
        return sb.toString();
    }

    static String node(Instruction i) {
        List<String> parts = new ArrayList<>();
        parts.add(i.keyword().text().toLowerCase(Locale.ROOT));
        if (!i.flags().isEmpty()) {
            List<String> flags = new ArrayList<>();
            for (Flag f : i.flags()) {
                flags.add(quote(f.display()));
            }
            parts.add("[" + String.join(" ", flags) + "]");
        }
        for (String a : args(i)) {
            parts.add(a);
        }
        return "(" + String.join(" ", parts) + ")";
    }

    private static List<String> args(Instruction i) {
        List<String> out = new ArrayList<>();
        if (i instanceof Instruction.From f) {
            addWord(out, f.image());
            addWord(out, f.asKeyword());
            addWord(out, f.stageName());
        } else if (i instanceof Instruction.Run r) {
            addCommand(out, r.command());
        } else if (i instanceof Instruction.Cmd c) {
            addCommand(out, c.command());
        } else if (i instanceof Instruction.Entrypoint e) {
            addCommand(out, e.command());
        } else if (i instanceof Instruction.Shell s) {
            s.arguments().forEach(w -> addWord(out, w));
        } else if (i instanceof Instruction.Healthcheck h) {
            addWord(out, h.type());
            addCommand(out, h.command());
        } else if (i instanceof Instruction.Copy c) {
            c.sources().forEach(w -> addWord(out, w));
            addWord(out, c.destination());
        } else if (i instanceof Instruction.Add a) {
            a.sources().forEach(w -> addWord(out, w));
            addWord(out, a.destination());
        } else if (i instanceof Instruction.Env e) {
            e.pairs().forEach(p -> addPair(out, p));
        } else if (i instanceof Instruction.Label l) {
            l.pairs().forEach(p -> addPair(out, p));
        } else if (i instanceof Instruction.Arg a) {
            for (ArgDeclaration d : a.declarations()) {
                out.add(quote(d.defaultValue() == null ? d.name().text()
                        : d.name().text() + "=" + d.defaultValue().text()));
            }
        } else if (i instanceof Instruction.Expose e) {
            e.ports().forEach(w -> addWord(out, w));
        } else if (i instanceof Instruction.Volume v) {
            v.paths().forEach(w -> addWord(out, w));
        } else if (i instanceof Instruction.Workdir w) {
            addWord(out, w.path());
        } else if (i instanceof Instruction.User u) {
            addWord(out, u.user());
        } else if (i instanceof Instruction.Stopsignal s) {
            addWord(out, s.signal());
        } else if (i instanceof Instruction.Maintainer m) {
            addWord(out, m.name());
        } else if (i instanceof Instruction.Onbuild o && o.trigger() != null) {
            out.add(node(o.trigger()));
        }
        return out;
    }

    private static void addPair(List<String> out, KeyValue p) {
        out.add(quote(p.key().text()));
        out.add(quote(p.value().text()));
        out.add(quote(p.legacyForm() ? "" : "="));
    }

    private static void addCommand(List<String> out, Command c) {
        if (c instanceof Command.ShellForm s) {
            out.add(quote(s.script()));
        } else if (c instanceof Command.ExecForm e) {
            e.arguments().forEach(w -> addWord(out, w));
        }
    }

    private static void addWord(List<String> out, Word w) {
        if (w != null) {
            out.add(quote(w.text()));
        }
    }

    /** Go's strconv.Quote for the characters Dockerfiles contain. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0B -> sb.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else if (c >= 0x80 && c < 0xa0) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
