package dev.dlint.cli;

import dev.dlint.config.Config;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.LintSettings;
import dev.dlint.config.RuleSelection;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlint check}: discover, read and lint files, then report. Wiring only. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        // The command list shows this line (the description's first line wraps badly at ".dockerignore").
        header = "Lint Dockerfiles, install scripts and requirements files (the default command).",
        descriptionHeading = "%n",
        description = {
            "Directories are walked (.git, node_modules, __pycache__, .tox and virtualenvs are skipped)"
                    + " and files are recognized by name: Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile,"
                    + " *.sh, *.bash or a shell shebang, requirements*.txt, constraints*.txt, .dockerignore."
                    + " A file named on the command line is always linted. '-' reads standard input."
        },
        abbreviateSynopsis = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  dlint check                    lint the current directory",
            "  dlint check --fix Dockerfile   apply safe fixes, then report what remains",
            "  dlint check --diff .           show what --fix would change; write nothing",
            "  dlint check --statistics .     count findings per rule",
            "  dlint check --format github --report sarif=dlint.sarif .",
            "                                 GitHub annotations, and SARIF for code scanning",
            "  dlint check --stdin-filename Dockerfile - < Dockerfile",
            "                                 lint standard input as a Dockerfile",
            "",
            "Progress (files done / total) is shown on standard error when it is a terminal.",
            "",
            "Exit codes:",
            "  0  no finding at or above --fail-on remains",
            "  1  findings remain",
            "  2  usage, configuration or I/O error: a bad option, a report that cannot be",
            "     written, or a path that is missing or cannot be read (the other files are",
            "     still linted); or an internal error (E900: dlint failed on a file, a bug",
            "     to report)%n"
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to check (default: '.'); '-' for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name of the file read from '-' (implies '-' when no PATH is given): used in output"
                    + " and to decide what kind of file it is.")
    String stdinFilename;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Output format: text, json, sarif (GitHub code scanning), github (workflow annotations),"
                    + " checkstyle (Checkstyle XML), gitlab (GitLab Code Quality JSON) or junit (JUnit XML)"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically; missing directories are created) instead of"
                    + " standard output.")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", converter = ReportConverter.class,
            description = "Also write a report in FORMAT to FILE ('-': standard output), from the same run;"
                    + " repeatable: --format github --report sarif=dlint.sarif --report junit=junit.xml.")
    List<ReportTarget> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            converter = SeverityConverter.class,
            description = "Exit with 1 when a finding of this severity or worse remains: error, warning or info"
                    + " (default: the config's fail-on, else info).")
    Severity failOn;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            description = "Run only these rules: codes (CA101), names (copy-before-install), prefixes (CA, PN20)"
                    + " or ALL; replaces the config's select.")
    List<String> select = new ArrayList<>();

    @Option(names = "--extend-select", paramLabel = "RULES", split = ",",
            description = "Also run these rules (for example the off-by-default PN202).")
    List<String> extendSelect = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULES", split = ",",
            description = "Do not run these rules (added to the config's ignore).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--fix", description = "Apply safe fixes, rewriting files in place (atomically); report what remains.")
    boolean fix;

    @Option(names = "--unsafe-fixes", description = "With --fix or --diff, also apply unsafe fixes (they may change the build; review them).")
    boolean unsafeFixes;

    @Option(names = "--diff", description = "Print a unified diff of what --fix would change and write nothing"
            + " (exit 1 when there is a diff).")
    boolean diff;

    @Option(names = "--show-fixes", description = "With --fix, list the fixes applied to each file.")
    boolean showFixes;

    @Option(names = "--context", paramLabel = "DIR",
            description = "Build context of every Dockerfile checked (as in 'docker build -f FILE DIR'); default: each"
                    + " Dockerfile's own directory. Needed for Dockerfiles built from a parent directory and for stdin.")
    Path context;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE; default: .dlint.yaml in the working directory or the nearest"
                    + " parent that has one.")
    Path config;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Lint N files in parallel (default: the number of processors).")
    Integer jobs;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Refuse files larger than this (default: " + SourceReader.DEFAULT_MAX_BYTES + ").")
    long maxFileSize = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--no-color", description = "Never color the output (also: the NO_COLOR environment variable).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"},
            description = "Text output without source snippets: one line per finding and the summary; no progress.")
    boolean quiet;

    @Option(names = "--no-progress",
            description = "Never show progress (it is shown on standard error only when that is a terminal).")
    boolean noProgress;

    @Option(names = "--statistics",
            description = "Count findings per rule (most first): text prints the counts instead of the findings,"
                    + " json adds a \"statistics\" array; other formats are unchanged.")
    boolean statistics;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of internal errors.")
    boolean verbose;

    private final CliContext ctx;

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() throws IOException {
        List<ReportTarget> targets = reportTargets();
        if (statistics && targets.stream().noneMatch(t -> Formatter.hasStatistics(t.format()))) {
            throw new ParameterException(spec.commandLine(), "--statistics needs a text or json report");
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + threads);
        }
        if (maxFileSize < 1) {
            throw new ParameterException(spec.commandLine(), "--max-file-size must be at least 1, got " + maxFileSize);
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
                throw new ParameterException(spec.commandLine(), "no rule, name or prefix matches '" + s + "' (see dlint rules)");
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
        Report report = new Report(VersionProvider.version(), diagnostics, result.files().size(), errors,
                fixing == null ? 0 : fixing.appliedCount(),
                result.files().stream().map(r -> r.file().displayPath()).toList());
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

        if (errors > 0 || writeFailed
                || diagnostics.stream().anyMatch(d -> d.code().equals(Linter.INTERNAL_ERROR.code()))) {
            return 2;
        }
        for (Diagnostic d : diagnostics) {
            if (d.severity().atLeast(threshold)) {
                return 1;
            }
        }
        return 0;
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
            throw new ParameterException(spec.commandLine(), "--report cannot be combined with --diff (it prints only the diff)");
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                ReportTarget a = all.get(j);
                ReportTarget b = all.get(i);
                if (a.toStdout() && b.toStdout()) {
                    throw new ParameterException(spec.commandLine(), a.option() + " and " + b.option()
                            + " both write to standard output; give one of them a file");
                }
                if (!a.toStdout() && !b.toStdout()
                        && ctx.cwd().resolve(a.file()).normalize().equals(ctx.cwd().resolve(b.file()).normalize())) {
                    throw new ParameterException(spec.commandLine(), a.option() + " and " + b.option()
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
