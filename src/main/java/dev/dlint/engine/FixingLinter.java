package dev.dlint.engine;

import dev.dlint.fix.FixEngine;
import dev.dlint.fix.NewFile;
import dev.dlint.fix.UnifiedDiff;
import dev.dlint.report.AtomicOutput;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Lints each file after fixing it: {@code --fix} writes the fixed text atomically (keeping
 * permissions, BOM, line endings; files with no applied edit are never touched), {@code --diff}
 * only records a unified diff. Safe to use from several threads; what happened is collected.
 */
public final class FixingLinter implements BatchLinter.FileLinter {

    /** What was done to one file. */
    public record FileFix(String displayPath, List<FixEngine.Applied> applied, String diff) {
    }

    private final BatchLinter.FileLinter base;
    private final boolean unsafe;
    private final boolean write;
    private final List<FileFix> fixes = Collections.synchronizedList(new ArrayList<>());
    private final List<BatchLinter.Failure> failures = Collections.synchronizedList(new ArrayList<>());

    /** @param write true for --fix, false for --diff */
    public FixingLinter(BatchLinter.FileLinter base, boolean unsafe, boolean write) {
        this.base = base;
        this.unsafe = unsafe;
        this.write = write;
    }

    @Override
    public FileResult lint(SourceFile file, FileKind kind) {
        FixEngine.Outcome o = new FixEngine(unsafe).fix(file, f -> base.lint(f, kind).diagnostics());
        for (String problem : o.problems()) {
            failures.add(new BatchLinter.Failure(file.displayPath(), problem, null));
        }
        SourceFile fixed = SourceFile.of(file.path(), file.displayPath(), o.text(), file.bom());
        if (!o.changed(file)) {
            return new FileResult(fixed, o.remaining());
        }
        StringBuilder diff = new StringBuilder(UnifiedDiff.of(file.displayPath(), file.text(), o.text()));
        for (NewFile nf : o.newFiles()) {
            Path target = target(file, nf);
            if (target == null || Files.exists(target)) {
                continue;
            }
            diff.append(UnifiedDiff.newFile(sibling(file.displayPath(), nf.relativePath()), nf.content()));
        }
        if (write) {
            try {
                writeAll(file, o);
            } catch (IOException e) {
                failures.add(new BatchLinter.Failure(file.displayPath(), "cannot write the fixed file (left unchanged): "
                        + e.getMessage(), e));
                return new FileResult(file, base.lint(file, kind).diagnostics());
            }
        }
        fixes.add(new FileFix(file.displayPath(), o.applied(), diff.toString()));
        return new FileResult(fixed, o.remaining());
    }

    private void writeAll(SourceFile file, FixEngine.Outcome o) throws IOException {
        if (file.path() == null) {
            throw new IOException("standard input cannot be fixed in place (use --diff)");
        }
        if (!o.text().equals(file.text())) {
            Path real = file.path().toRealPath();
            AtomicOutput.write(real, w -> {
                if (file.bom()) {
                    w.write('\uFEFF');
                }
                w.write(o.text());
            });
        }
        for (NewFile nf : o.newFiles()) {
            Path target = target(file, nf);
            if (target != null && !Files.exists(target)) {
                AtomicOutput.write(target, w -> w.write(nf.content()));
            }
        }
    }

    /** A new file beside the fixed one, never outside its directory. */
    private static Path target(SourceFile file, NewFile nf) {
        if (file.path() == null) {
            return null;
        }
        Path dir = file.path().toAbsolutePath().normalize().getParent();
        Path t = dir.resolve(nf.relativePath()).normalize();
        return t.startsWith(dir) ? t : null;
    }

    private static String sibling(String displayPath, String relative) {
        int slash = displayPath.lastIndexOf('/');
        return slash < 0 ? relative : displayPath.substring(0, slash + 1) + relative;
    }

    /** What was fixed, by path. */
    public List<FileFix> fixes() {
        List<FileFix> out = new ArrayList<>(fixes);
        out.sort(Comparator.comparing(FileFix::displayPath));
        return out;
    }

    public List<BatchLinter.Failure> failures() {
        List<BatchLinter.Failure> out = new ArrayList<>(failures);
        out.sort(Comparator.comparing(BatchLinter.Failure::displayPath));
        return out;
    }

    public int appliedCount() {
        return fixes.stream().mapToInt(f -> f.applied().size()).sum();
    }
}
