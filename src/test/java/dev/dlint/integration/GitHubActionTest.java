package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dlint.testutil.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composite action in {@code action.yml}, run as far as it can be without GitHub: its
 * {@code run:} steps are executed in order with bash exactly as a runner starts them
 * ({@code bash --noprofile --norc -eo pipefail FILE}), {@code ${{ … }}} replaced the way GitHub
 * does (inputs with their defaults, earlier steps' outputs from {@code $GITHUB_OUTPUT},
 * {@code github.action_path}, {@code runner.os}); an expression this harness does not know fails
 * the test rather than being guessed. The {@code uses:} steps (actions/setup-java, actions/cache)
 * are not run: the JDK running the tests stands in for setup-java, and nothing is cached.
 *
 * <p>The action directory is a copy of this working tree's sources, and the build step really
 * builds dlint there with the Maven wrapper (once for the class).
 */
class GitHubActionTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern EXPR = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final String CACHE_BUSTING = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n"
            + "RUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n";

    private static Path actionDir;
    private static String builtJar;

    @TempDir
    static Path shared;

    @TempDir
    Path workspace;

    @BeforeEach
    void userRepository() throws IOException {
        Files.writeString(workspace.resolve("Dockerfile"), CACHE_BUSTING);
        Files.writeString(workspace.resolve("requirements.txt"), "flask==3.0.3\n");
    }

    static JsonNode action() throws IOException {
        return YAML.readTree(Path.of("action.yml").toFile());
    }

    // ---- the metadata

    @Test
    void metadataIsACompositeActionWhoseExpressionsAllResolve() throws IOException {
        JsonNode action = action();
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(action.get("name").asText()).isNotBlank();
        assertThat(action.get("description").asText()).isNotBlank();
        Set<String> inputs = new LinkedHashSet<>();
        action.get("inputs").fieldNames().forEachRemaining(inputs::add);
        assertThat(inputs).contains("paths", "config", "fail-on", "select", "ignore", "extend-select", "format",
                "sarif-file", "jar");
        Set<String> used = new LinkedHashSet<>();
        Set<String> stepIds = new LinkedHashSet<>();
        for (JsonNode step : action.at("/runs/steps")) {
            String text = YAML.writeValueAsString(step);
            Matcher m = EXPR.matcher(text);
            while (m.find()) {
                for (Matcher in = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(m.group(1)); in.find(); ) {
                    used.add(in.group(1));
                }
                for (Matcher s = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.").matcher(m.group(1)); s.find(); ) {
                    assertThat(stepIds).as("a step refers to an earlier step's outputs").contains(s.group(1));
                }
            }
            if (step.has("run")) {
                assertThat(step.path("shell").asText()).as("composite run steps need a shell").isEqualTo("bash");
                assertThat(step.has("if")).as("this harness runs every run: step, so none may be conditional").isFalse();
                assertThat(step.get("run").asText()).as("inputs reach scripts through env:, never spliced in")
                        .doesNotContain("${{");
            } else {
                assertThat(step.get("uses").asText()).as("actions are pinned to a major version").matches("[\\w.-]+/[\\w.-]+@v\\d+");
            }
            if (step.has("id")) {
                stepIds.add(step.get("id").asText());
            }
        }
        assertThat(used).as("every input is used").containsExactlyInAnyOrderElementsOf(inputs);
        for (JsonNode output : action.get("outputs")) {
            Matcher m = EXPR.matcher(output.get("value").asText());
            assertThat(m.matches()).isTrue();
            assertThat(stepIds).contains(m.group(1).split("\\.")[1]);
        }
    }

    /** The documented workflow: the action's real inputs, the upload always runs, the permission it needs. */
    @Test
    void documentedWorkflowUploadsTheSarifEvenWhenDlintFails() throws IOException {
        JsonNode workflow = YAML.readTree(Path.of("docs/github-workflow.yml").toFile());
        JsonNode job = workflow.get("jobs").elements().next();
        assertThat(job.at("/permissions/security-events").asText()).isEqualTo("write");
        JsonNode dlint = null;
        JsonNode upload = null;
        for (JsonNode step : job.get("steps")) {
            String uses = step.path("uses").asText();
            if (uses.startsWith("OWNER/dlint@")) {
                dlint = step;
            } else if (uses.startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertThat(dlint).as("the dlint step").isNotNull();
        assertThat(upload).as("the upload-sarif step").isNotNull();
        Set<String> inputs = new LinkedHashSet<>();
        action().get("inputs").fieldNames().forEachRemaining(inputs::add);
        dlint.get("with").fieldNames().forEachRemaining(k -> assertThat(inputs).as("input " + k).contains(k));
        assertThat(upload.get("uses").asText()).endsWith("@v4");
        assertThat(upload.get("if").asText()).contains("always()");
        assertThat(upload.at("/with/sarif_file").asText())
                .isEqualTo("${{ steps." + dlint.get("id").asText() + ".outputs.sarif-file }}");
        assertThat(action().at("/outputs/sarif-file")).isNotNull();
    }

    // ---- running it

    @Test
    void findingsFailTheStepAfterTheSarifIsWritten() throws Exception {
        ActionRun run = runAction(Map.of());
        assertThat(run.failedStep()).isEqualTo("run");
        assertThat(run.exitCode()).as(run.log()).isEqualTo(1);
        assertThat(run.outputs()).containsEntry("exit-code", "1").containsEntry("sarif-file", "dlint.sarif");
        assertThat(run.log()).contains("Dockerfile:4:1: CA101").contains("Found 3 problems");
        JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("dlint.sarif").toFile());
        assertThat(sarif.at("/runs/0/results")).hasSize(3);
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("Dockerfile");
    }

    @Test
    void failOnFollowsSeverityAndNoneNeverFailsOnFindings() throws Exception {
        ActionRun error = runAction(Map.of("fail-on", "error"));
        assertThat(error.exitCode()).as(error.log()).isZero();
        assertThat(error.outputs()).containsEntry("exit-code", "0");
        ActionRun warning = runAction(Map.of("fail-on", "warning"));
        assertThat(warning.exitCode()).isEqualTo(1);
        ActionRun none = runAction(Map.of("fail-on", "none"));
        assertThat(none.exitCode()).as(none.log()).isZero();
        assertThat(none.outputs()).containsEntry("exit-code", "1").containsEntry("sarif-file", "dlint.sarif");
        ActionRun bad = runAction(Map.of("fail-on", "severe"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.log()).contains("severe");
        assertThat(bad.outputs()).containsEntry("exit-code", "2").doesNotContainKey("sarif-file");
    }

    @Test
    void annotationsRuleSelectionConfigAndPaths() throws Exception {
        ActionRun github = runAction(Map.of("format", "github", "sarif-file", "", "select", "CA101"));
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.log()).contains("::warning title=CA101 copy-before-install,file=Dockerfile,line=4")
                .doesNotContain("CA102");
        assertThat(github.outputs()).doesNotContainKey("sarif-file");
        assertThat(workspace.resolve("dlint.sarif")).doesNotExist();

        ActionRun ignored = runAction(Map.of("ignore", "CA101,CA102", "extend-select", "PN202"));
        assertThat(ignored.log()).doesNotContain("CA101").doesNotContain("CA102").contains("CA106");

        Files.createDirectories(workspace.resolve("ci"));
        Files.writeString(workspace.resolve("ci/dlint.yaml"), "ignore: [CA106]\nfail-on: error\n");
        ActionRun config = runAction(Map.of("config", "ci/dlint.yaml", "paths", "Dockerfile\nrequirements.txt",
                "sarif-file", "reports/dlint.sarif", "args", "--statistics"));
        assertThat(config.exitCode()).as(config.log()).isZero();
        assertThat(config.log()).contains("   1 CA101 copy-before-install").doesNotContain("CA106")
                .contains("in 2 files");
        assertThat(config.outputs()).containsEntry("sarif-file", "reports/dlint.sarif");
        assertThat(workspace.resolve("reports/dlint.sarif")).isRegularFile();
    }

    /** The SARIF the action writes passes GitHub's upload schema check and the SARIF Multitool (.ci/validate-sarif). */
    @Test
    void theActionsSarifPassesBothValidators() throws Exception {
        String tools = System.getenv("DLINT_SARIF_TOOLS");
        ExternalTool.require(tools != null && Files.isDirectory(Path.of(tools, "node_modules")),
                "the SARIF validators (set DLINT_SARIF_TOOLS to a copy of ../shared/tools/sarif after npm ci)");
        ActionRun run = runAction(Map.of());
        assertThat(run.outputs()).containsEntry("sarif-file", "dlint.sarif");
        Process p = new ProcessBuilder(Path.of(".ci/validate-sarif").toAbsolutePath().toString(),
                workspace.resolve("dlint.sarif").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("valid (0 errors").contains("multitool 0 errors");
    }

    // ---- the harness

    /** The job log (stdout and stderr of the steps), the action's outputs, and the first failing step. */
    record ActionRun(int exitCode, String failedStep, String log, Map<String, String> outputs) {
    }

    private ActionRun runAction(Map<String, String> given) throws Exception {
        Map<String, String> inputs = new HashMap<>(given);
        inputs.putIfAbsent("jar", builtJar());
        return runSteps(action(), inputs, workspace);
    }

    /** Builds dlint once, with the action's own build step (jar input empty) in a copy of the sources. */
    private static synchronized String builtJar() throws Exception {
        if (builtJar == null) {
            ExternalTool.require(Files.isExecutable(Path.of("/bin/bash")), "bash");
            actionDir = shared.resolve("action");
            copySources(Path.of("").toAbsolutePath(), actionDir);
            Path ws = Files.createDirectories(shared.resolve("build-workspace"));
            JsonNode action = action();
            ActionRun key = runSteps(action, Map.of("jar", ""), ws, "key");
            assertThat(key.outputs().get("pom")).as("the Maven cache key's POM hash").matches("[0-9a-f]{16}");
            ActionRun build = runSteps(action, Map.of("jar", ""), ws, "build");
            assertThat(build.exitCode()).as(build.log()).isZero();
            builtJar = build.outputs().get("jar");
            assertThat(builtJar).isEqualTo(actionDir.resolve("target/dlint.jar").toString());
            assertThat(Path.of(builtJar)).isRegularFile();
        }
        return builtJar;
    }

    /** Sources only: no build output, git metadata, tests or test data (a user's checkout has them, the build skips them). */
    private static void copySources(Path from, Path to) throws IOException {
        Set<String> skip = Set.of("target", ".git", "testdata", "examples", ".jqwik-database", "src/test");
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = from.relativize(p).toString();
                if (skip.stream().anyMatch(s -> rel.equals(s) || rel.startsWith(s + "/"))) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static ActionRun runSteps(JsonNode action, Map<String, String> given, Path ws) throws Exception {
        return runSteps(action, given, ws, null);
    }

    /** Runs the run: steps in order (up to and including {@code lastStep}), stopping at the first that fails, as a runner does. */
    private static ActionRun runSteps(JsonNode action, Map<String, String> given, Path ws, String lastStep) throws Exception {
        Map<String, String> inputs = new HashMap<>();
        action.get("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().path("default").asText("")));
        for (String k : given.keySet()) {
            assertThat(inputs).as("the action has an input " + k).containsKey(k);
        }
        inputs.putAll(given);
        Map<String, Map<String, String>> stepOutputs = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        int code = 0;
        String failed = null;
        for (JsonNode step : action.at("/runs/steps")) {
            if (!step.has("run")) {
                continue;
            }
            String id = step.path("id").asText("");
            Map<String, String> env = new LinkedHashMap<>();
            step.path("env").fields().forEachRemaining(e ->
                    env.put(e.getKey(), substitute(e.getValue().asText(), inputs, stepOutputs)));
            Path script = Files.createTempFile(shared, "step-", ".sh");
            Files.writeString(script, substitute(step.get("run").asText(), inputs, stepOutputs));
            Path outputFile = Files.createTempFile(shared, "output-", ".txt");
            ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                    .directory(ws.toFile()).redirectErrorStream(true);
            Map<String, String> penv = pb.environment();
            penv.putAll(env);
            penv.put("GITHUB_ACTION_PATH", actionDir.toString());
            penv.put("GITHUB_WORKSPACE", ws.toString());
            penv.put("GITHUB_OUTPUT", outputFile.toString());
            penv.put("RUNNER_OS", "Linux");
            penv.put("RUNNER_TEMP", shared.toString());
            penv.put("JAVA_HOME", System.getProperty("java.home"));
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("step " + id + " timed out");
            }
            log.append(new String(out, StandardCharsets.UTF_8));
            Map<String, String> outputs = new LinkedHashMap<>();
            for (String line : Files.readAllLines(outputFile)) {
                int eq = line.indexOf('=');
                assertThat(eq).as("output line " + line).isPositive();
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
            stepOutputs.put(id, outputs);
            if (p.exitValue() != 0) {
                code = p.exitValue();
                failed = id;
                break;
            }
            if (id.equals(lastStep)) {
                return new ActionRun(0, null, log.toString(), outputs);
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        action.path("outputs").fields().forEachRemaining(e -> {
            String v = substitute(e.getValue().get("value").asText(), inputs, stepOutputs);
            if (!v.isEmpty()) {
                outputs.put(e.getKey(), v);
            }
        });
        return new ActionRun(code, failed, log.toString(), outputs);
    }

    /** {@code ${{ expr }}} for the expressions the action uses; anything else fails. */
    private static String substitute(String text, Map<String, String> inputs, Map<String, Map<String, String>> steps) {
        Matcher m = EXPR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String expr = m.group(1);
            String value;
            String[] parts = expr.split("\\.");
            if (parts.length == 2 && parts[0].equals("inputs")) {
                value = inputs.get(parts[1]);
            } else if (parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs")) {
                value = steps.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            } else if (expr.equals("github.action_path")) {
                value = actionDir.toString();
            } else if (expr.equals("runner.os")) {
                value = "Linux";
            } else {
                throw new AssertionError("the test harness does not evaluate ${{ " + expr + " }}");
            }
            assertThat(value).as(expr).isNotNull();
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

}
