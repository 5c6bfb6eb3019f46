package dev.dlint.cli;

import dev.dlint.config.Config;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.LintSettings;
import dev.dlint.config.RuleSelection;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.FixingLinter;
import dev.dlint.engine.Linter;
import java.nio.file.Files;
import java.util.Optional;

import dev.dlint.discover.DiscoveredFile;
import dev.dlint.discover.Discovery;
import dev.dlint.discover.DiscoveryProblem;
import dev.dlint.discover.FileClassifier;
import dev.dlint.discover.FileDiscoverer;
import dev.dlint.engine.BatchLinter;
import dev.dlint.report.AtomicOutput;
import dev.dlint.report.Escaper;
import dev.dlint.report.Format;
import dev.dlint.report.Formatter;
import dev.dlint.report.Report;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dlint check}: discover, read and lint files, then report. Wiring only; the command line is
 * declared in {@link CheckOptions}.
 */
public final class CheckCommand implements Callable<Integer> {
    private final CliContext ctx;
    private final List<String> paths;
    private final String stdinFilename;
    private final Format format;
    private final Path output;
    private final List<ReportTarget> reports;
    private final Severity failOn;
    private final List<String> select;
    private final List<String> extendSelect;
    private final List<String> ignore;
    private final boolean fix;
    private final boolean unsafeFixes;
    private final boolean diff;
    private final boolean showFixes;
    private final Path context;
    private final Path config;
    private final Integer jobs;
    private final long maxFileSize;
    private final boolean noColor;
    private final boolean quiet;
    private final boolean noProgress;
    private final boolean statistics;
    private final boolean verbose;

    CheckCommand(CliContext ctx, CheckArgs args) {
        this.ctx = ctx;
        paths = args.paths();
        stdinFilename = args.stdinFilename();
        format = args.format();
        output = args.output();
        reports = args.reports();
        failOn = args.failOn();
        select = args.select();
        extendSelect = args.extendSelect();
        ignore = args.ignore();
        fix = args.fix();
        unsafeFixes = args.unsafeFixes();
        diff = args.diff();
        showFixes = args.showFixes();
        context = args.context();
        config = args.config();
        jobs = args.jobs();
        maxFileSize = args.maxFileSize() == null ? SourceReader.DEFAULT_MAX_BYTES : args.maxFileSize();
        noColor = args.noColor();
        quiet = args.quiet();
        noProgress = args.noProgress();
        statistics = args.statistics();
        verbose = args.verbose();
    }

    @Override
    public Integer call() throws IOException {
        List<ReportTarget> targets = reportTargets();
        if (statistics && targets.stream().noneMatch(t -> Formatter.hasStatistics(t.format()))) {
            throw new UsageException("--statistics needs a text or json report");
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs must be at least 1, got " + threads);
        }
        if (maxFileSize < 1) {
            throw new UsageException("--max-file-size must be at least 1, got " + maxFileSize);
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(ctx.stderr(), StandardCharsets.UTF_8), true);
        Config settingsSource;
        try {
            settingsSource = loadConfig();
        } catch (ConfigException e) {
            err.println("dlint: " + Escaper.escape(e.getMessage()));
            return 2;
        }
        for (String s : concat(select, extendSelect, ignore)) {
            if (!RuleSelection.isValidSelector(s)) {
                throw new UsageException("no rule, name or prefix matches '" + s + "' (see dlint rules)");
            }
        }
        Config resolved = settingsSource.overriddenBy(select, ignore, extendSelect, failOn);
        Severity threshold = resolved.failOn() != null ? resolved.failOn() : Severity.INFO;
        SourceReader reader = new SourceReader(maxFileSize);
        FileDiscoverer discoverer = new FileDiscoverer(ctx.cwd());

        List<String> walked = new ArrayList<>();
        boolean stdin = false;
        // Like ruff: --stdin-filename without paths means "lint standard input".
        List<String> given = paths.isEmpty() ? List.of(stdinFilename != null ? "-" : ".") : paths;
        for (String p : given) {
            if (p.equals("-")) {
                stdin = true;
            } else {
                walked.add(p);
            }
        }
        Discovery discovery = discoverer.discover(walked);

        List<BatchLinter.Task> tasks = new ArrayList<>();
        if (stdin) {
            tasks.add(stdinTask(reader, discoverer));
        }
        for (DiscoveredFile f : discovery.files()) {
            tasks.add(new BatchLinter.Task(f.displayPath(), f.kind(), () -> reader.read(f.path(), f.displayPath())));
        }
        if (context != null && !Files.isDirectory(ctx.cwd().resolve(context))) {
            err.println("dlint: " + Escaper.escape(context.toString()) + ": --context must be a directory");
            return 2;
        }
        LintSettings settings = LintSettings.from(resolved, ctx.cwd())
                .withContextRoot(context == null ? null : ctx.cwd().resolve(context));
        BatchLinter.FileLinter linter = ctx.linters().apply(settings);
        FixingLinter fixing = fix || diff ? new FixingLinter(linter, unsafeFixes, !diff) : null;
        Progress progress = Progress.wanted(ctx.stderrTerminal(), quiet, noProgress, ctx.env(), tasks.size())
                ? new Progress(err, tasks.size(), System::nanoTime, Progress.DELAY_NANOS, Progress.INTERVAL_NANOS)
                : Progress.silent();
        BatchLinter.Result result;
        try {
            result = new BatchLinter(fixing != null ? fixing : linter, threads, progress::fileDone).run(tasks);
        } finally {
            progress.finish();
        }
        if (diff) {
            return printDiffs(fixing, err);
        }

        for (DiscoveryProblem p : discovery.problems()) {
            error(err, p.displayPath(), p.reason());
        }
        for (BatchLinter.Failure f : result.failures()) {
            error(err, f.displayPath(), f.message());
            if (verbose && f.cause() != null) {
                f.cause().printStackTrace(err);
            }
        }
        if (fixing != null) {
            for (BatchLinter.Failure f : fixing.failures()) {
                error(err, f.displayPath(), f.message());
            }
        }
        int errors = discovery.problems().size() + result.failures().size() + (fixing == null ? 0 : fixing.failures().size());
        List<Diagnostic> diagnostics = result.diagnostics();
        // Loops here, not streams: a check that uses no stream elsewhere skips their set-up (issue #7).
        List<String> linted = new ArrayList<>(result.files().size());
        for (FileResult r : result.files()) {
            linted.add(r.file().displayPath());
        }
        Report report = new Report(VersionProvider.version(), diagnostics, result.files().size(), errors,
                fixing == null ? 0 : fixing.appliedCount(), linted);
        if (fixing != null && showFixes && format == Format.TEXT) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true);
            for (FixingLinter.FileFix f : fixing.fixes()) {
                for (var a : f.applied()) {
                    out.println("Fixed " + Escaper.escape(f.displayPath()) + ": " + a.code() + " " + Escaper.escape(a.description()));
                }
            }
        }

        boolean writeFailed = false;
        for (ReportTarget t : targets) {
            writeFailed |= !writeReport(t, report, err);
        }

        if (errors > 0 || writeFailed) {
            return 2;
        }
        boolean failing = false;
        for (Diagnostic d : diagnostics) {
            if (d.code().equals(Linter.INTERNAL_ERROR.code())) {
                return 2;
            }
            failing |= d.severity().atLeast(threshold);
        }
        return failing ? 1 : 0;
    }

    /**
     * The main report (--format, --output) and the --report ones. Two reports may not share a
     * destination: only one can go to standard output, and a file is written once.
     */
    private List<ReportTarget> reportTargets() {
        List<ReportTarget> all = new ArrayList<>();
        all.add(new ReportTarget(format, output, output == null ? "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                : "--output " + output));
        all.addAll(reports);
        if (diff && !reports.isEmpty()) {
            throw new UsageException("--report cannot be combined with --diff (it prints only the diff)");
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                ReportTarget a = all.get(j);
                ReportTarget b = all.get(i);
                if (a.toStdout() && b.toStdout()) {
                    throw new UsageException(a.option() + " and " + b.option()
                            + " both write to standard output; give one of them a file");
                }
                if (!a.toStdout() && !b.toStdout()
                        && ctx.cwd().resolve(a.file()).normalize().equals(ctx.cwd().resolve(b.file()).normalize())) {
                    throw new UsageException(a.option() + " and " + b.option()
                            + " write the same file");
                }
            }
        }
        return all;
    }

    /** Writes one report; a file atomically. Returns false (after saying why) when the file cannot be written. */
    private boolean writeReport(ReportTarget t, Report report, PrintWriter err) throws IOException {
        boolean color = !noColor && t.toStdout() && ctx.terminal() && noColorUnset();
        // Created here, for the format asked for only: the SARIF and JSON ones load Jackson.
        Formatter formatter = Formatter.of(t.format(), color, quiet, statistics, ctx.cwd());
        if (t.toStdout()) {
            Writer out = new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8);
            formatter.write(report, out);
            out.flush();
            return true;
        }
        try {
            Path target = ctx.cwd().resolve(t.file());
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                // A CI job names a report directory that does not exist yet (reports/dlint.sarif).
                try {
                    Files.createDirectories(target.getParent());
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    error(err, t.file().toString(), "cannot write: " + e.getFile() + " is not a directory");
                    return false;
                }
            }
            AtomicOutput.write(target, w -> formatter.write(report, w));
            return true;
        } catch (IOException e) {
            error(err, t.file().toString(), "cannot write: " + ioReason(e));
            return false;
        }
    }

    /** --diff: the diffs only, in path order; exit 1 when there is one. */
    private int printDiffs(FixingLinter fixing, PrintWriter err) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true);
        boolean any = false;
        for (FixingLinter.FileFix f : fixing.fixes()) {
            if (!f.diff().isEmpty()) {
                out.print(Escaper.escapeKeepingNewlines(f.diff()));
                any = true;
            }
        }
        out.flush();
        for (BatchLinter.Failure f : fixing.failures()) {
            error(err, f.displayPath(), f.message());
        }
        if (!fixing.failures().isEmpty()) {
            return 2;
        }
        err.println(any ? "Would fix " + fixing.appliedCount() + " problem(s)." : "No fixes available.");
        return any ? 1 : 0;
    }

    private Config loadConfig() throws ConfigException {
        if (config != null) {
            Path file = ctx.cwd().resolve(config);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(config + ": no such config file");
            }
            return ConfigLoader.load(file);
        }
        Optional<Path> found = ConfigLoader.discover(ctx.cwd());
        return found.isPresent() ? ConfigLoader.load(found.get()) : Config.EMPTY;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** Reads standard input now (it can be read only once); linting happens with the other files. */
    private BatchLinter.Task stdinTask(SourceReader reader, FileDiscoverer discoverer) {
        String display = stdinFilename == null ? "<stdin>" : stdinDisplay(discoverer, stdinFilename);
        SourceFile file;
        try {
            file = reader.read(ctx.stdin(), display);
        } catch (SourceReadException e) {
            FileKind kind = FileClassifier.classifyText(display, "");
            return new BatchLinter.Task(display, kind, () -> {
                throw e;
            });
        }
        FileKind kind = FileClassifier.classifyText(stdinFilename == null ? "" : stdinFilename, file.text());
        return new BatchLinter.Task(display, kind, () -> file);
    }

    private static String stdinDisplay(FileDiscoverer discoverer, String name) {
        try {
            return discoverer.displayPath(Path.of(name));
        } catch (InvalidPathException e) {
            return name;
        }
    }

    private boolean noColorUnset() {
        String v = ctx.env().get("NO_COLOR");
        return v == null || v.isEmpty();
    }

    private static void error(PrintWriter err, String path, String reason) {
        err.println("dlint: " + Escaper.escape(path) + ": " + Escaper.escape(reason));
    }

    private static String ioReason(IOException e) {
        if (e instanceof FileSystemException fse) {
            String r = fse.getReason();
            if (r != null) {
                return r;
            }
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
