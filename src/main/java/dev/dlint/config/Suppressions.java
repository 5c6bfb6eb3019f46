package dev.dlint.config;

import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import dev.dlint.syntax.dockerfile.Comment;
import dev.dlint.syntax.dockerfile.Directive;
import dev.dlint.syntax.dockerfile.Dockerfile;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions of one file. In a Dockerfile, {@code # dlint ignore=CA101,PN203 [reason]}
 * in the comments above an instruction covers every line of that instruction (several pragma
 * lines add up); {@code # dlint global ignore=…} covers the file. {@code # hadolint ignore=DLxxxx}
 * and BuildKit's {@code # check=skip=Name} work for rules that carry those aliases. In scripts and
 * requirements files a pragma comment line covers the next line that is not a comment.
 */
public final class Suppressions {
    private static final Pattern PRAGMA = Pattern.compile(
            "^#\\s*(dlint|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9_,.\\-]+)");
    private static final Pattern CHECK = Pattern.compile("^#\\s*check\\s*=\\s*(\\S+)");

    private record Range(int fromLine, int toLine, Set<String> codes) {
    }

    private final Set<String> global;
    private final List<Range> ranges;

    private Suppressions(Set<String> global, List<Range> ranges) {
        this.global = global;
        this.ranges = ranges;
    }

    public static final Suppressions NONE = new Suppressions(Set.of(), List.of());

    public boolean suppresses(Diagnostic d) {
        String code = d.code();
        if (code.equals("E001") || code.equals("E900")) {
            return false;
        }
        if (global.contains(code)) {
            return true;
        }
        int line = d.start().line();
        for (Range r : ranges) {
            if (line >= r.fromLine() && line <= r.toLine() && r.codes().contains(code)) {
                return true;
            }
        }
        return false;
    }

    public static Suppressions of(Dockerfile file) {
        SourceFile src = file.source();
        Set<String> global = new HashSet<>();
        for (Directive d : file.directives()) {
            if (d.key().equals("check")) {
                global.addAll(checkSkips(d.value()));
            }
        }
        List<Range> ranges = new ArrayList<>();
        List<Comment> comments = file.comments();
        int c = 0;
        int previousEnd = 0;
        for (Instruction i : file.instructions()) {
            Set<String> codes = new HashSet<>();
            while (c < comments.size() && comments.get(c).span().start() < i.span().start()) {
                Comment comment = comments.get(c++);
                if (comment.span().start() < previousEnd) {
                    continue;
                }
                applyComment(comment.text(), codes, global);
            }
            if (!codes.isEmpty()) {
                ranges.add(new Range(src.positionOf(i.span().start()).line(), src.positionOf(i.span().end()).line(), codes));
            }
            previousEnd = i.span().end();
        }
        while (c < comments.size()) {
            applyComment(comments.get(c++).text(), new HashSet<>(), global);
        }
        return new Suppressions(global, ranges);
    }

    /** For scripts and requirements files: pragma comment lines cover the next non-comment line. */
    public static Suppressions ofLines(SourceFile file) {
        Set<String> global = new HashSet<>();
        List<Range> ranges = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        int lines = file.lines().lineCount();
        for (int n = 1; n <= lines; n++) {
            String t = file.lineText(n).strip();
            if (t.startsWith("#")) {
                applyComment(t, pending, global);
            } else if (!t.isEmpty()) {
                if (!pending.isEmpty()) {
                    ranges.add(new Range(n, n, Set.copyOf(pending)));
                    pending.clear();
                }
            }
        }
        return new Suppressions(global, ranges);
    }

    private static void applyComment(String text, Set<String> local, Set<String> global) {
        Matcher m = PRAGMA.matcher(text.strip());
        if (m.find()) {
            Set<String> codes = codes(m.group(3).split(","));
            (m.group(2) != null ? global : local).addAll(codes);
            return;
        }
        Matcher c = CHECK.matcher(text.strip());
        if (c.find()) {
            local.addAll(checkSkips(c.group(1)));
        }
    }

    /** BuildKit's check value: {@code skip=A,B;error=true}. */
    private static Set<String> checkSkips(String value) {
        for (String part : value.split(";")) {
            String p = part.trim();
            if (p.startsWith("skip=")) {
                return codes(p.substring(5).split(","));
            }
        }
        return Set.of();
    }

    private static Set<String> codes(String[] names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            String s = n.trim();
            if (s.equalsIgnoreCase("all")) {
                RuleRegistry.all().forEach(r -> out.add(r.meta().code()));
                continue;
            }
            RuleRegistry.find(s).map(Rule::meta).ifPresent(m -> out.add(m.code()));
        }
        return out;
    }
}
