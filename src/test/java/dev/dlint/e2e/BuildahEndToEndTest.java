package dev.dlint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.cli.CliContext;
import dev.dlint.cli.Main;
import dev.dlint.rules.FixAvailability;
import dev.dlint.rules.wheel.NoWheelhouse;
import dev.dlint.testutil.ExternalTool;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's proof with a real builder: each fixture of {@code testdata/e2e} is built with buildah
 * before and after {@code dlint check --fix --unsafe-fixes}; the fixed one must build, run its entry
 * command, reuse its dependency-install layer after an application source edit (the original re-runs
 * it), and find the wheels pip built in an earlier build in its {@code --mount=type=cache}.
 * The rebuild times after the edit go to stdout and {@code target/e2e-report.txt}.
 *
 * <p>Tagged {@code buildah}: not part of {@code ./mvnw verify}; {@code .ci/run} runs it with
 * {@code -Pe2e}. Needs root, buildah and debootstrap; the base image is made once (about a minute of
 * debootstrap) and kept in the suite's own buildah storage, {@code $DLINT_E2E_HOME} (default
 * {@code /var/tmp/dlint-e2e}), which holds nothing else between runs.
 */
@Tag("buildah")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildahEndToEndTest {
    private static final Path FIXTURES = Path.of("testdata/e2e");
    private static final Pattern INSTALL = Pattern.compile("\\bpip3?\\s+(install|wheel)\\b.*\\s-r\\s");
    private static final Pattern BUILDING = Pattern.compile("Building wheel for (\\S+)");
    private static final Pattern INSTALLED = Pattern.compile("(?m)^Successfully installed (.+)$");
    private static final String PIP_CACHE = "/root/.cache/pip";
    /** Source-edit rebuild rounds per fixture ({@code DLINT_E2E_ROUNDS}, default 1): more give steadier medians. */
    private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("DLINT_E2E_ROUNDS", "1"));

    private static Buildah buildah;
    private static FileChannel lockFile;
    private static FileLock lock;
    private static long suiteStart;
    private static final List<String> rows = new ArrayList<>();
    private static final List<String> notes = new ArrayList<>();
    /** Whether some fixed build already took a wheel pip had built in an earlier build from the cache mount. */
    private static boolean cacheReuseSeen;
    private static int attempted;

    @TempDir
    Path work;

    @BeforeAll
    static void baseImage(@TempDir Path scratch) throws Exception {
        ExternalTool.require("root".equals(System.getProperty("user.name")),
                "root (debootstrap and buildah's chroot isolation need it)");
        ExternalTool.require(onPath("buildah"), "buildah (apt-get install buildah)");
        ExternalTool.require(onPath("debootstrap"), "debootstrap (apt-get install debootstrap)");
        suiteStart = System.nanoTime();
        String homeEnv = System.getenv("DLINT_E2E_HOME");
        Path home = Path.of(homeEnv == null || homeEnv.isBlank() ? "/var/tmp/dlint-e2e" : homeEnv);
        Files.createDirectories(home);
        // One suite at a time per storage: a concurrent run would share (and prune) its layers.
        lockFile = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockFile.lock();
        buildah = new Buildah(home);
        removeAllButBase();
        deleteTree(buildah.cacheMount(PIP_CACHE));
        notes.add(BaseImage.ensure(buildah, new LocalIndex(FIXTURES.resolve("index")), scratch));
    }

    @AfterAll
    static void report() throws Exception {
        if (buildah == null) {
            return;
        }
        try {
            removeAllButBase();
            StringBuilder out = new StringBuilder();
            out.append("dlint e2e: buildah ").append(buildah.run("--version").output().strip()).append('\n');
            out.append(String.format("%-22s %9s %9s %11s %11s %7s %10s %10s %6s  %s%n", "fixture", "build(o)",
                    "build(f)", "rebuild(o)", "rebuild(f)", "ratio", "install(o)", "install(f)", "reuse", "cache mount"));
            rows.forEach(out::append);
            out.append(String.format("(o) original, (f) after --fix --unsafe-fixes; rebuild = after a source edit, median of"
                    + " %d round(s); ratio = rebuild(o) / rebuild(f); install = the dependency-install step's share of the"
                    + " rebuild (step start to next step, layer commit included)%n", ROUNDS));
            long reused = rows.stream().filter(r -> r.contains(" yes ")).count();
            out.append(String.format("dependency layer reused after a source edit: %d of %d fixtures%n", reused,
                    attempted));
            notes.forEach(n -> out.append("note: ").append(n).append('\n'));
            out.append(String.format("suite wall time %.0f s%n", (System.nanoTime() - suiteStart) / 1e9));
            System.out.print(out);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/e2e-report.txt"), out.toString());
        } finally {
            lock.release();
            lockFile.close();
        }
    }

    @Test
    @Order(1)
    void pipWebApp() throws Exception {
        scenario(new Fixture("pip-webapp", "webapp/views.py", "<body>hello from webapp</body>", false));
    }

    @Test
    @Order(2)
    void requirementsWithIncludes() throws Exception {
        // constraints.txt pins textcase 1.1 although 1.2 is in the index: the fix must copy it too.
        scenario(new Fixture("requirements-includes", "catalog/__main__.py",
                "<title>Product Catalog</title></head><body>textcase 1.1", false));
    }

    @Test
    @Order(3)
    void venvApp() throws Exception {
        // The original activates the venv only inside a RUN: its CMD runs the system Python, without
        // the packages (VE302). The fix puts the venv on PATH, so the fixed image runs.
        scenario(new Fixture("venv-app", "greeter/__main__.py",
                "<title>Greetings From The Venv</title></head><body>/opt/venv", true));
    }

    @Test
    @Order(4)
    void wheelhouseCandidate() throws Exception {
        scenario(new Fixture("wheelhouse-candidate", "report/__main__.py", "<body>1,234,567 rows</body>", false));
    }

    /**
     * @param edited         the application source file the rebuild changes
     * @param expected       what the fixed image's entry command must print
     * @param brokenOriginal whether the original image's entry command fails for want of its packages
     *                       (the fix repairs it)
     */
    private record Fixture(String name, String edited, String expected, boolean brokenOriginal) {
    }

    private void scenario(Fixture fx) throws Exception {
        attempted++;
        try {
            run(fx);
        } catch (Exception | AssertionError e) {
            rows.add(String.format("%-22s FAILED: %s%n", fx.name(), String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            throw e;
        }
    }

    private void run(Fixture fx) throws Exception {
        Path original = copy(FIXTURES.resolve(fx.name()), work.resolve("original"));
        Path fixed = copy(FIXTURES.resolve(fx.name()), work.resolve("fixed"));
        String before = Files.readString(fixed.resolve("Dockerfile"));

        Buildah.Result buildOriginal = build(original, fx.name() + "-original");

        Dlint fix = dlint(fixed, "check", "--fix", "--unsafe-fixes", "--show-fixes", "--no-color", ".");
        assertThat(fix.code).as(fix.out).isIn(0, 1);
        String after = Files.readString(fixed.resolve("Dockerfile"));
        assertThat(after).as(fix.out).isNotEqualTo(before);
        assertRecheckClean(fixed);

        Set<String> cachedBefore = cachedWheels();
        Buildah.Result buildFixed = build(fixed, fx.name() + "-fixed");
        List<BuildSteps.Step> installs = BuildSteps.parse(buildFixed).runs(INSTALL);
        assertThat(installs).as("dependency-install steps of the fixed build\n" + after).isNotEmpty();
        String cacheEvidence = cacheEvidence(fx, installs, cachedBefore);

        assertThat(entryCommandOutput(fx.name() + "-fixed")).as("fixed image's entry command").contains(fx.expected());
        if (fx.brokenOriginal()) {
            assertThat(entryCommandOutput(fx.name() + "-original")).as("original image's entry command")
                    .contains("ModuleNotFoundError");
        }

        // Each round edits the source again; the times reported are the medians over the rounds.
        List<Double> originalTimes = new ArrayList<>();
        List<Double> fixedTimes = new ArrayList<>();
        List<Double> originalInstallTimes = new ArrayList<>();
        List<Double> fixedInstallTimes = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            String edit = "# edit " + round + " by the e2e suite\n";
            Files.writeString(original.resolve(fx.edited()), edit, StandardOpenOption.APPEND);
            Files.writeString(fixed.resolve(fx.edited()), edit, StandardOpenOption.APPEND);
            Buildah.Result rebuildOriginal = build(original, fx.name() + "-original");
            Buildah.Result rebuildFixed = build(fixed, fx.name() + "-fixed");
            BuildSteps originalSteps = BuildSteps.parse(rebuildOriginal);
            BuildSteps fixedSteps = BuildSteps.parse(rebuildFixed);
            assertThat(originalSteps.runs(INSTALL)).as(rebuildOriginal.output()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.cached()).as("original re-runs " + s.instruction()).isFalse());
            assertThat(fixedSteps.runs(INSTALL)).as(rebuildFixed.output()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.cached()).as("fixed reuses " + s.instruction()).isTrue());
            originalTimes.add(secs(rebuildOriginal));
            fixedTimes.add(secs(rebuildFixed));
            originalInstallTimes.add(originalSteps.seconds(INSTALL));
            fixedInstallTimes.add(fixedSteps.seconds(INSTALL));
        }

        if (!cacheReuseSeen) {
            cacheEvidence += "; " + rebuildAfterRequirementsEdit(fx, fixed);
        }

        double rebuildOriginal = median(originalTimes);
        double rebuildFixed = median(fixedTimes);
        rows.add(String.format("%-22s %8.1fs %8.1fs %10.1fs %10.1fs %6.2fx %9.1fs %9.1fs %6s  %s%n", fx.name(),
                secs(buildOriginal), secs(buildFixed), rebuildOriginal, rebuildFixed, rebuildOriginal / rebuildFixed,
                median(originalInstallTimes), median(fixedInstallTimes), "yes", cacheEvidence));
        for (String tag : List.of(fx.name() + "-original", fx.name() + "-fixed")) {
            buildah.run("rmi", "-f", image(tag));
        }
    }

    /** Re-checking the fixed files finds none of the fixed findings left, and a second --fix changes nothing. */
    private static void assertRecheckClean(Path dir) throws Exception {
        Dlint json = dlint(dir, "check", "--unsafe-fixes", "--format", "json", ".");
        JsonNode doc = new ObjectMapper().readTree(json.out);
        Set<String> left = new HashSet<>();
        for (JsonNode d : doc.get("diagnostics")) {
            left.add(d.get("code").asText());
            assertThat(d.get("fix").isNull()).as("a fix is left after --fix --unsafe-fixes: " + d).isTrue();
        }
        assertThat(left).as(json.out).doesNotContain("CA101", "CA102", "DF601", "VE302", "E001");
        if (NoWheelhouse.META.fix() != FixAvailability.NONE) {
            assertThat(left).as("WH401 has a fix now: the wheelhouse rewrite must have been applied").doesNotContain("WH401");
        }
        Dlint again = dlint(dir, "check", "--fix", "--unsafe-fixes", "--show-fixes", "--no-color", ".");
        assertThat(again.out).as("second --fix").doesNotContain("Fixed ");
    }

    /**
     * The cache mount at work: a wheel pip built in an earlier build (in buildah's cache directory
     * before this build) is taken from it ("Using cached"), not built again; the wheels this build
     * made are there after it.
     */
    private static String cacheEvidence(Fixture fx, List<BuildSteps.Step> installs, Set<String> cachedBefore)
            throws IOException {
        String pipOutput = installs.stream().map(BuildSteps.Step::output).reduce("", String::concat);
        Set<String> built = matches(BUILDING, pipOutput);
        Set<String> installed = new HashSet<>();
        for (String spec : matches(INSTALLED, pipOutput)) {
            for (String dist : spec.trim().split("\\s+")) {
                installed.add(dist.substring(0, dist.lastIndexOf('-')));
            }
        }
        assertThat(installed).as(fx.name() + ": pip installed nothing?\n" + pipOutput).isNotEmpty();
        List<String> reused = new ArrayList<>();
        for (String wheel : sorted(cachedBefore)) {
            String project = wheel.substring(0, wheel.indexOf('-'));
            if (installed.contains(project)) {
                assertThat(pipOutput).as(fx.name() + ": " + wheel + " was in the cache mount before the build")
                        .contains("Using cached " + wheel);
                assertThat(built).as(fx.name() + ": " + wheel + " was in the cache mount, yet pip built it again")
                        .doesNotContain(project);
                reused.add(project);
            }
        }
        Set<String> cachedAfter = cachedWheels();
        for (String project : built) {
            assertThat(cachedAfter).as(fx.name() + ": the wheel pip built for " + project + " is not in the cache mount")
                    .anyMatch(w -> w.startsWith(project + "-"));
        }
        if (!reused.isEmpty()) {
            cacheReuseSeen = true;
        }
        return "built " + sorted(built) + ", from cache " + reused;
    }

    private static Set<String> matches(Pattern p, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A requirements change re-runs the install; the sdists built before come out of the cache mount. */
    private String rebuildAfterRequirementsEdit(Fixture fx, Path fixed) throws Exception {
        Set<String> cachedBefore = cachedWheels();
        assertThat(cachedBefore).as("the first fixed build left its wheels in the cache mount").isNotEmpty();
        Files.writeString(fixed.resolve("requirements.txt"), "# requirements edited by the e2e suite\n",
                StandardOpenOption.APPEND);
        Buildah.Result rebuild = build(fixed, fx.name() + "-fixed");
        List<BuildSteps.Step> installs = BuildSteps.parse(rebuild).runs(INSTALL);
        assertThat(installs).isNotEmpty().allSatisfy(s -> assertThat(s.cached()).isFalse());
        String evidence = cacheEvidence(fx, installs, cachedBefore);
        assertThat(cacheReuseSeen).as("after a requirements edit, pip took no wheel from the cache mount\n"
                + rebuild.output()).isTrue();
        return String.format("requirements edit: %s in %.1fs", evidence, secs(rebuild));
    }

    private static Set<String> cachedWheels() throws IOException {
        Path wheels = buildah.cacheMount(PIP_CACHE).resolve("wheels");
        if (!Files.isDirectory(wheels)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.walk(wheels)) {
            return Set.copyOf(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".whl")).toList());
        }
    }

    private static Buildah.Result build(Path context, String tag) throws Exception {
        Buildah.Result r = buildah.run(Duration.ofMinutes(10), "bud", "--isolation", "chroot", "--layers",
                "--pull=never", "-t", image(tag), context.toString());
        assertThat(r.code()).as("build of %s failed:\n%s\n%s", tag,
                Files.readString(context.resolve("Dockerfile")), r.output()).isZero();
        return r;
    }

    /** Runs the image's ENTRYPOINT + CMD in a working container, which is removed again. */
    private static String entryCommandOutput(String tag) throws Exception {
        // (buildah 1.28's --format templates have no json function: read the whole inspect document)
        JsonNode config = new ObjectMapper().readTree(buildah.run("inspect", "--type", "image", image(tag)).ok().output())
                .path("OCIv1").path("config");
        List<String> argv = new ArrayList<>();
        config.path("Entrypoint").forEach(n -> argv.add(n.asText()));
        config.path("Cmd").forEach(n -> argv.add(n.asText()));
        assertThat(argv).as(tag + " has no entry command").isNotEmpty();
        String c = buildah.run("from", "--pull=never", image(tag)).ok().lastLine();
        try {
            List<String> args = new ArrayList<>(List.of("run", "--isolation", "chroot", c, "--"));
            args.addAll(argv);
            return buildah.run(args.toArray(String[]::new)).output();
        } finally {
            buildah.run("rm", c);
        }
    }

    private static String image(String tag) {
        return "localhost/dlint-e2e-" + tag;
    }

    private record Dlint(int code, String out) {
    }

    private static Dlint dlint(Path dir, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CliContext system = CliContext.system();
        CliContext ctx = new CliContext(InputStream.nullInputStream(), ps, ps, System.getenv(), dir.toAbsolutePath(),
                false, system.linters());
        int code = Main.run(args, ctx);
        return new Dlint(code, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Working containers and images of earlier (or aborted) runs go; the two base images stay. */
    private static void removeAllButBase() throws Exception {
        buildah.run("rm", "--all");
        String images = buildah.run("images", "--format", "{{.Name}}:{{.Tag}}").ok().output();
        for (String image : images.split("\n")) {
            String name = image.strip();
            if (!name.isEmpty() && !name.equals(BaseImage.DEBIAN) && !name.equals(BaseImage.PYTHON)
                    && !name.startsWith("<none>")) {
                buildah.run("rmi", "-f", name);
            }
        }
        buildah.run("rmi", "--prune");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double secs(Buildah.Result r) {
        return r.took().toMillis() / 1000.0;
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }
}
