package dev.dlint.report;

import dev.dlint.fix.Applicability;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.Severity;
import dev.dlint.source.Position;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;

/**
 * Human output in the manner of ruff and rustc:
 *
 * <pre>
 * app/Dockerfile:4:1: CA101 [*] pip install gets its inputs from a broad COPY
 *   |
 * 4 | RUN pip install -r requirements.txt
 *   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *
 * Found 1 problem (0 errors, 1 warning, 0 infos) in 3 files.
 * [*] 1 fixable with --fix.
 * </pre>
 *
 * {@code [*]} marks a finding with a safe fix. A span running over several lines is underlined to
 * the end of its first line; an empty span gets one caret. Tabs in the snippet become four spaces,
 * control and bidi characters are escaped everywhere, and very long lines are cut around the span.
 */
public final class TextFormatter implements Formatter {
    /** Longest stretch of a source line shown in a snippet, in UTF-16 units. */
    static final int MAX_SNIPPET = 200;
    /** How much of a long line is kept before the span. */
    static final int SNIPPET_LEAD = 40;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String BLUE = "\u001b[1;34m";

    private final boolean color;
    private final boolean concise;

    private final boolean statistics;

    public TextFormatter(boolean color, boolean concise) {
        this(color, concise, false);
    }

    /** @param statistics print a count per rule ({@code   12 CA102 missing-cache-mount}) instead of the findings */
    public TextFormatter(boolean color, boolean concise, boolean statistics) {
        this.color = color;
        this.concise = concise;
        this.statistics = statistics;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        if (statistics) {
            statistics(report, out);
            summary(report, out);
            out.flush();
            return;
        }
        for (Diagnostic d : report.diagnostics()) {
            header(d, out);
            if (!concise) {
                snippet(d, out);
                out.write('\n');
            }
        }
        if (concise && !report.diagnostics().isEmpty()) {
            out.write('\n');
        }
        summary(report, out);
    }

    private void header(Diagnostic d, Writer out) throws IOException {
        Position p = d.start();
        out.write(paint(BOLD, Escaper.escape(d.file().displayPath())));
        out.write(":" + p.line() + ":" + p.column() + ": ");
        out.write(paint(severityColor(d.severity()), Escaper.escape(d.code())));
        if (hasSafeFix(d)) {
            out.write(" [*]");
        }
        out.write(' ');
        out.write(Escaper.escape(d.message()));
        out.write('\n');
    }

    private void snippet(Diagnostic d, Writer out) throws IOException {
        SourceFile file = d.file();
        Position start = d.start();
        Position end = d.end();
        int line = start.line();
        if (line > file.lines().lineCount()) {
            return;
        }
        String text = file.lineText(line);
        int from = Math.min(start.column() - 1, text.length());
        int to = end.line() == line ? Math.min(end.column() - 1, text.length()) : text.length();
        Snippet s = Snippet.render(text, from, Math.max(from, to));
        String num = Integer.toString(line);
        String pad = " ".repeat(num.length());
        out.write(paint(BLUE, pad + " |"));
        out.write('\n');
        out.write(paint(BLUE, num + " |"));
        out.write(s.line().isEmpty() ? "" : " " + s.line());
        out.write('\n');
        out.write(paint(BLUE, pad + " |"));
        out.write(" " + " ".repeat(s.caretStart()));
        out.write(paint(severityColor(d.severity()), "^".repeat(s.caretLength())));
        out.write('\n');
    }

    /** Counts per rule code, most frequent first, then by code. */
    private static void statistics(Report report, Writer out) throws IOException {
        RuleCounts counts = RuleCounts.of(report.diagnostics());
        for (RuleCounts.Row row : counts.rows()) {
            out.write(String.format("%4d %s %s\n", row.count(), Escaper.escape(row.code()), Escaper.escape(row.name())));
        }
        if (!counts.rows().isEmpty()) {
            out.write('\n');
        }
    }

    private static void summary(Report report, Writer out) throws IOException {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int fixable = 0;
        for (Diagnostic d : report.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> infos++;
            }
            if (hasSafeFix(d)) {
                fixable++;
            }
        }
        int n = report.diagnostics().size();
        if (report.fixed() > 0) {
            out.write("Fixed " + plural(report.fixed(), "problem", "problems") + ".\n");
        }
        if (n == 0) {
            out.write(report.fixed() > 0 ? "No problems remain.\n" : "All checks passed.\n");
        } else {
            out.write("Found " + plural(n, "problem", "problems") + " ("
                    + plural(errors, "error", "errors") + ", "
                    + plural(warnings, "warning", "warnings") + ", "
                    + plural(infos, "info", "info") + ") in "
                    + plural(report.files(), "file", "files") + ".\n");
        }
        int unsafeFixable = 0;
        for (Diagnostic d : report.diagnostics()) {
            if (d.fix() != null && d.fix().applicability() == Applicability.UNSAFE) {
                unsafeFixable++;
            }
        }
        if (fixable > 0) {
            out.write("[*] " + fixable + " fixable with --fix.\n");
        }
        if (unsafeFixable > 0) {
            out.write(plural(unsafeFixable, "more fix is", "more fixes are") + " available with --fix --unsafe-fixes.\n");
        }
        if (report.errors() > 0) {
            out.write(plural(report.errors(), "path", "paths") + " could not be checked (see the errors above).\n");
        }
    }

    static boolean hasSafeFix(Diagnostic d) {
        return d.fix() != null && d.fix().applicability() == Applicability.SAFE;
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private String paint(String ansi, String s) {
        return color ? ansi + s + RESET : s;
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            default -> CYAN;
        };
    }

    /**
     * A source line as displayed, with where the underline goes (in display columns).
     */
    record Snippet(String line, int caretStart, int caretLength) {

        /** Renders {@code text} with the span {@code [from, to)} (UTF-16 indices into it) underlined. */
        static Snippet render(String text, int from, int to) {
            int winStart = 0;
            int winEnd = text.length();
            if (text.length() > MAX_SNIPPET) {
                winStart = Math.max(0, from - SNIPPET_LEAD);
                if (winStart > 0 && Character.isLowSurrogate(text.charAt(winStart))) {
                    winStart--;
                }
                winEnd = Math.min(text.length(), winStart + MAX_SNIPPET);
                if (winEnd < text.length() && Character.isLowSurrogate(text.charAt(winEnd))) {
                    winEnd++;
                }
            }
            StringBuilder sb = new StringBuilder();
            if (winStart > 0) {
                sb.append("...");
            }
            int caretStart = -1;
            int caretEnd = -1;
            int i = winStart;
            while (i < winEnd) {
                if (i >= from && caretStart < 0) {
                    caretStart = sb.length();
                }
                if (i >= to && caretEnd < 0) {
                    caretEnd = sb.length();
                }
                int cp = text.codePointAt(i);
                if (cp == '\t') {
                    sb.append("    ");
                } else if (Escaper.isUnsafe(cp)) {
                    sb.append(Escaper.escapeCodePoint(cp));
                } else {
                    sb.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            if (caretStart < 0) {
                caretStart = sb.length();
            }
            if (caretEnd < 0) {
                caretEnd = sb.length();
            }
            if (winEnd < text.length()) {
                sb.append("...");
            }
            return new Snippet(sb.toString(), caretStart, Math.max(1, caretEnd - caretStart));
        }
    }
}
