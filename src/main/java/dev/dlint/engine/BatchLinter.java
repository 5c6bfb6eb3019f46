package dev.dlint.engine;

import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints many files on a fixed pool of worker threads. Files are independent; a file that cannot be
 * read, or whose linting throws, becomes a {@link Failure} and the others go on. Results come back
 * in task order and diagnostics sorted by {@link Diagnostic#ORDER}, so output does not depend on
 * the number of threads.
 */
public final class BatchLinter {
    /** Worker stack size: parsers recurse, and deeply nested input must not overflow a default stack. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    /** Lints one file; {@link Linter#lint} in production, a stand-in in tests. */
    @FunctionalInterface
    public interface FileLinter {
        FileResult lint(SourceFile file, FileKind kind);
    }

    /** Produces a task's text; reading happens on the worker thread. */
    @FunctionalInterface
    public interface Loader {
        SourceFile load() throws SourceReadException;
    }

    /** One file to lint. */
    public record Task(String displayPath, FileKind kind, Loader loader) {
    }

    /**
     * A file that could not be linted.
     *
     * @param message one line, without the path (e.g. "not valid UTF-8 text")
     * @param cause   the exception behind an internal error (for --verbose), null for read errors
     */
    public record Failure(String displayPath, String message, Throwable cause) {
    }

    /** The outcome of a batch, in task order. */
    public record Result(List<FileResult> files, List<Failure> failures) {
        public Result {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }

        /**
         * All diagnostics of all files, sorted by {@link Diagnostic#ORDER}. A finding in a script
         * reached from a Dockerfile that the script's own lint also found is reported once.
         */
        public List<Diagnostic> diagnostics() {
            List<Diagnostic> all = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (FileResult f : files) {
                for (Diagnostic d : f.diagnostics()) {
                    // The span's offsets, not its toString(): that is a record's, spun up and slow.
                    if (seen.add(d.file().displayPath() + "\0" + d.span().start() + "-" + d.span().end() + "\0"
                            + d.code() + "\0" + d.message())) {
                        all.add(d);
                    }
                }
            }
            all.sort(Diagnostic.ORDER);
            return all;
        }
    }

    private final FileLinter linter;
    private final int jobs;
    private final Runnable onFileDone;

    public BatchLinter(FileLinter linter, int jobs) {
        this(linter, jobs, () -> { });
    }

    /** @param onFileDone called on the worker thread after each task (for progress), so it must be thread-safe */
    public BatchLinter(FileLinter linter, int jobs, Runnable onFileDone) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.linter = linter;
        this.jobs = jobs;
        this.onFileDone = onFileDone;
    }

    public Result run(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        int threads = Math.min(jobs, tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        try {
            List<Future<Object>> futures = new ArrayList<>(tasks.size());
            for (Task t : tasks) {
                futures.add(pool.submit(() -> {
                    try {
                        return lintOne(t);
                    } finally {
                        onFileDone.run();
                    }
                }));
            }
            List<FileResult> files = new ArrayList<>();
            List<Failure> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Object outcome = await(futures.get(i), tasks.get(i));
                if (outcome instanceof FileResult r) {
                    files.add(r);
                } else {
                    failures.add((Failure) outcome);
                }
            }
            return new Result(files, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object lintOne(Task task) {
        SourceFile file;
        try {
            file = task.loader().load();
        } catch (SourceReadException e) {
            return new Failure(task.displayPath(), e.getMessage(), null);
        } catch (RuntimeException e) {
            return internal(task, e);
        }
        try {
            return linter.lint(file, task.kind());
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            return internal(task, e);
        }
    }

    private static Failure internal(Task task, Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Failure(task.displayPath(), "internal error: " + e.getClass().getName() + detail, e);
    }

    private static Object await(Future<Object> future, Task task) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return internal(task, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return internal(task, e);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "dlint-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
