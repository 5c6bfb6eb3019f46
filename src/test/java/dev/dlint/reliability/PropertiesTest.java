package dev.dlint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.cli.CliContext;
import dev.dlint.cli.Main;
import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.source.SourceFile;
import dev.dlint.source.SourceReadException;
import dev.dlint.source.SourceReader;
import dev.dlint.testutil.Corpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/**
 * Reliability properties over generated Dockerfiles and scripts and over mutated real-world files.
 * Each property is one example that loops {@link Tries#count()} times over inputs made from seeds
 * {@code base + i}; a failure names the seed, which {@code DLINT_PROPERTY_SEED} replays.
 */
class PropertiesTest {
    private final Linter linter = new Linter();

    record Input(String name, FileKind kind, byte[] bytes) {
    }

    interface Check {
        String apply(Input in, SourceFile file) throws Exception;
    }

    // ---- inputs -------------------------------------------------------------------------------

    static Input generated(long seed) {
        Gen g = new Gen(seed);
        if (g.nextInt(4) == 0) {
            return new Input("install.sh", FileKind.SHELL_SCRIPT, g.script().getBytes(StandardCharsets.UTF_8));
        }
        return new Input("Dockerfile", FileKind.DOCKERFILE, g.dockerfileBytes());
    }

    private static List<byte[]> dockerfiles;
    private static List<byte[]> scripts;

    private static synchronized void loadCorpus() throws IOException {
        if (dockerfiles == null) {
            List<byte[]> d = new ArrayList<>();
            for (Path p : Corpus.filesOfKind("dockerfile")) {
                d.add(Files.readAllBytes(p));
            }
            List<byte[]> s = new ArrayList<>();
            for (Path p : Corpus.filesOfKind("script")) {
                s.add(Files.readAllBytes(p));
            }
            dockerfiles = d;
            scripts = s;
        }
    }

    static Input mutated(long seed) {
        Gen g = new Gen(seed);
        boolean script = !scripts.isEmpty() && g.nextInt(4) == 0;
        List<byte[]> pool = script ? scripts : dockerfiles;
        byte[] original = pool.get(g.nextInt(pool.size()));
        return new Input(script ? "install.sh" : "Dockerfile", script ? FileKind.SHELL_SCRIPT : FileKind.DOCKERFILE,
                g.mutate(original));
    }

    // ---- the loop -----------------------------------------------------------------------------

    private void forAll(String property, boolean mutate, Check check) throws IOException {
        if (mutate) {
            loadCorpus();
            assertThat(dockerfiles).isNotEmpty();
        }
        int n = Tries.count();
        long base = Tries.baseSeed() + (mutate ? 1_000_000_000L : 0);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n && failures.size() < 5; i++) {
            long seed = base + i;
            Input in = mutate ? mutated(seed) : generated(seed);
            SourceFile file;
            try {
                file = new SourceReader().read(new ByteArrayInputStream(in.bytes()), in.name());
            } catch (SourceReadException e) {
                refused++;
                continue;
            }
            try {
                String why = check.apply(in, file);
                if (why != null) {
                    failures.add(describe(seed, in, why));
                }
            } catch (Throwable e) {
                StringWriter sw = new StringWriter();
                e.printStackTrace(new PrintWriter(sw));
                failures.add(describe(seed, in, sw.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b)));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("property %-40s %s: %d tries (%d refused by the reader) in %d ms%n", property,
                mutate ? "mutated" : "generated", n, refused, ms);
        assertThat(failures).as(property).isEmpty();
    }

    private static String describe(long seed, Input in, String why) {
        return "seed " + seed + " (" + in.kind() + "): " + why + "\n--- input ---\n" + Checks.show(in.bytes());
    }

    // ---- properties ---------------------------------------------------------------------------

    private final Check noCrashAndSpansInside = (in, f) -> {
        Checks.parses(f, in.kind());
        return Checks.diagnosticsInBounds(f, linter.lint(f, in.kind()).diagnostics());
    };

    private final Check lossless = (in, f) ->
            in.kind() == FileKind.DOCKERFILE ? Checks.tokensLossless(f, in.bytes()) : null;

    private final Check deterministic = (in, f) ->
            Checks.deterministic(linter, f, in.kind(), linter.lint(f, in.kind()).diagnostics());

    private final Check fixConverges = (in, f) -> {
        List<Diagnostic> before = linter.lint(f, in.kind()).diagnostics();
        return Checks.fixes(linter, f, in.kind(), before);
    };

    @Example
    void generatedInputsParseAndLintWithSpansInside() throws IOException {
        forAll("no exception, spans inside", false, noCrashAndSpansInside);
    }

    @Example
    void generatedDockerfileTokensReproduceTheBytes() throws IOException {
        forAll("token stream is lossless", false, lossless);
    }

    @Example
    void generatedInputsLintDeterministically() throws IOException {
        forAll("lint twice gives the same", false, deterministic);
    }

    @Example
    void generatedInputsFixWithoutNewSyntaxErrorsAndIdempotently() throws IOException {
        forAll("fix: no new E001, second fix no-op", false, fixConverges);
    }

    @Example
    void mutatedCorpusFilesParseAndLintWithSpansInside() throws IOException {
        forAll("no exception, spans inside", true, noCrashAndSpansInside);
    }

    @Example
    void mutatedDockerfileTokensReproduceTheBytes() throws IOException {
        forAll("token stream is lossless", true, lossless);
    }

    @Example
    void mutatedInputsLintDeterministically() throws IOException {
        forAll("lint twice gives the same", true, deterministic);
    }

    @Example
    void mutatedInputsFixWithoutNewSyntaxErrorsAndIdempotently() throws IOException {
        forAll("fix: no new E001, second fix no-op", true, fixConverges);
    }

    /** --jobs 1 and --jobs 4 print the same JSON for batches of generated files (Tries.count() files in all). */
    @Example
    void jobsDoNotChangeTheOutput() throws IOException {
        int batch = 25;
        int batches = Math.max(1, Tries.count() / batch);
        long base = Tries.baseSeed() + 2_000_000_000L;
        long t0 = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            Path dir = Files.createTempDirectory("dlint-jobs");
            try {
                for (int i = 0; i < batch; i++) {
                    Input in = generated(base + (long) b * batch + i);
                    String name = in.kind() == FileKind.DOCKERFILE ? "Dockerfile" : "install.sh";
                    Path p = dir.resolve("d" + i).resolve(name);
                    Files.createDirectories(p.getParent());
                    Files.write(p, in.bytes());
                }
                String one = runCli(dir, "--jobs", "1", "--format", "json", ".");
                String four = runCli(dir, "--jobs", "4", "--format", "json", ".");
                assertThat(four).as("batch seeds from " + (base + (long) b * batch)).isEqualTo(one);
            } finally {
                deleteTree(dir);
            }
        }
        System.out.printf("property %-40s generated: %d files in %d batches in %d ms%n", "--jobs 1 == --jobs 4",
                batches * batch, batches, (System.nanoTime() - t0) / 1_000_000);
    }

    static String runCli(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), cwd, false, settings -> new Linter(settings)::lint);
        int code = Main.run(args, ctx);
        return "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8) + "\n--stderr--\n"
                + err.toString(StandardCharsets.UTF_8);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
