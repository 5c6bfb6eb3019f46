package dev.dlint.fix;

import dev.dlint.rules.Diagnostic;
import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies fixes the way ruff does: in each pass, the applicable fixes whose edits do not overlap
 * are applied in order; the result is linted again, and passes repeat until nothing is left to
 * fix. A pass whose result raises a syntax error (E001/E002) that was not there before is undone
 * fix by fix, and the fixes that break the file are dropped and reported.
 */
public final class FixEngine {
    public static final int MAX_PASSES = 10;
    private static final Set<String> SYNTAX = Set.of("E001", "E002");

    /** A fix that was applied, with the finding it was for. */
    public record Applied(String code, String description) {
    }

    /**
     * @param text       the fixed text (the original when nothing applied)
     * @param applied    every fix applied, in order
     * @param newFiles   files the applied fixes create, relative to the file's directory
     * @param problems   fixes that were dropped (they broke the file) and non-convergence
     * @param remaining  the findings of the fixed text
     */
    public record Outcome(String text, List<Applied> applied, List<NewFile> newFiles, List<String> problems,
                          List<Diagnostic> remaining) {
        public boolean changed(SourceFile original) {
            return !text.equals(original.text()) || !newFiles.isEmpty();
        }
    }

    private final Set<Applicability> allowed;

    public FixEngine(boolean unsafe) {
        this.allowed = unsafe ? EnumSet.of(Applicability.SAFE, Applicability.UNSAFE) : EnumSet.of(Applicability.SAFE);
    }

    /** @param lint lints a version of the file (same path and kind, new text) */
    public Outcome fix(SourceFile original, Function<SourceFile, List<Diagnostic>> lint) {
        SourceFile current = original;
        List<Diagnostic> findings = lint.apply(current);
        List<Applied> applied = new ArrayList<>();
        List<NewFile> newFiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> dropped = new java.util.HashSet<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Diagnostic> candidates = applicable(current, findings, dropped, newFiles);
            if (candidates.isEmpty()) {
                return new Outcome(current.text(), applied, newFiles, problems, withoutCreated(findings, newFiles));
            }
            long syntaxBefore = syntaxErrors(findings);
            SourceFile next = with(current, apply(current.text(), candidates));
            List<Diagnostic> nextFindings = lint.apply(next);
            if (syntaxErrors(nextFindings) > syntaxBefore) {
                // Find the culprits one fix at a time; keep the rest.
                List<Diagnostic> good = new ArrayList<>();
                for (Diagnostic d : candidates) {
                    List<Diagnostic> trial = new ArrayList<>(good);
                    trial.add(d);
                    if (syntaxErrors(lint.apply(with(current, apply(current.text(), trial)))) > syntaxBefore) {
                        dropped.add(key(d));
                        problems.add("dropped the fix for " + d.code() + " at line " + d.start().line()
                                + " (\"" + d.fix().description() + "\"): the result does not parse (a bug in dlint)");
                    } else {
                        good.add(d);
                    }
                }
                if (good.isEmpty()) {
                    continue;
                }
                candidates = good;
                next = with(current, apply(current.text(), candidates));
                nextFindings = lint.apply(next);
            }
            for (Diagnostic d : candidates) {
                applied.add(new Applied(d.code(), d.fix().description()));
                for (NewFile nf : d.fix().newFiles()) {
                    if (newFiles.stream().noneMatch(n -> n.relativePath().equals(nf.relativePath()))) {
                        newFiles.add(nf);
                    }
                }
            }
            current = next;
            findings = nextFindings;
        }
        if (!applicable(current, findings, dropped, newFiles).isEmpty()) {
            problems.add("fixes did not converge after " + MAX_PASSES + " passes (a bug in dlint); the file was left as the last pass made it");
        }
        return new Outcome(current.text(), applied, newFiles, problems, withoutCreated(findings, newFiles));
    }

    /**
     * A fix that only creates files is done once its files are created: the files exist only when
     * the outcome is written, so the finding is still seen in memory and must not be applied again.
     */
    private static boolean onlyCreates(Diagnostic d, List<NewFile> created) {
        return d.fix() != null && d.fix().edits().isEmpty() && !d.fix().newFiles().isEmpty()
                && d.fix().newFiles().stream().allMatch(n -> created.stream().anyMatch(c -> c.relativePath().equals(n.relativePath())));
    }

    private static List<Diagnostic> withoutCreated(List<Diagnostic> findings, List<NewFile> created) {
        return findings.stream().filter(d -> !onlyCreates(d, created)).toList();
    }

    /** Findings in this file with an allowed fix, non-overlapping, in order of position. */
    private List<Diagnostic> applicable(SourceFile file, List<Diagnostic> findings, Set<String> dropped, List<NewFile> created) {
        List<Diagnostic> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        findings.stream()
                .filter(d -> d.fix() != null && allowed.contains(d.fix().applicability()))
                .filter(d -> d.file().text().equals(file.text()) && sameFile(d.file(), file))
                .filter(d -> !dropped.contains(key(d)))
                .filter(d -> !onlyCreates(d, created))
                .filter(d -> !d.fix().edits().isEmpty() || !d.fix().newFiles().isEmpty())
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.fix().edits().isEmpty() ? 0 : d.fix().extent().start())
                        .thenComparing(Diagnostic::code))
                .forEach(d -> {
                    for (Edit e : d.fix().edits()) {
                        for (Span t : taken) {
                            if (conflicts(e.span(), t)) {
                                return;
                            }
                        }
                    }
                    for (Edit e : d.fix().edits()) {
                        taken.add(e.span());
                    }
                    out.add(d);
                });
        return out;
    }

    /** Two edits conflict when they overlap, or insert at the same point (their order would be a guess). */
    private static boolean conflicts(Span a, Span b) {
        if (a.overlaps(b)) {
            return true;
        }
        return a.start() == b.start() || (a.isEmpty() && a.start() > b.start() && a.start() < b.end())
                || (b.isEmpty() && b.start() > a.start() && b.start() < a.end());
    }

    private static boolean sameFile(SourceFile a, SourceFile b) {
        return a.path() == null ? a.displayPath().equals(b.displayPath()) : a.path().equals(b.path());
    }

    private static String key(Diagnostic d) {
        return d.code() + "@" + d.span().start() + ":" + d.fix().description();
    }

    private static long syntaxErrors(List<Diagnostic> findings) {
        return findings.stream().filter(d -> SYNTAX.contains(d.code())).count();
    }

    /** Applies the edits of non-overlapping fixes, from the end so earlier offsets stay valid. */
    static String apply(String text, List<Diagnostic> fixes) {
        List<Edit> edits = new ArrayList<>();
        fixes.forEach(d -> edits.addAll(d.fix().edits()));
        edits.sort(Comparator.comparingInt((Edit e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        StringBuilder sb = new StringBuilder(text);
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit e = edits.get(i);
            String content = separator.equals("\r\n") ? e.content().replace("\r\n", "\n").replace("\n", "\r\n") : e.content();
            sb.replace(e.span().start(), e.span().end(), content);
        }
        return sb.toString();
    }

    private static SourceFile with(SourceFile f, String text) {
        return SourceFile.of(f.path(), f.displayPath(), text, f.bom());
    }
}
