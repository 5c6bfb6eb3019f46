package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import dev.dlint.testutil.ExternalTool;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifFormatterTest {
    @TempDir
    Path dir;

    private String sarif(List<Diagnostic> diagnostics) throws Exception {
        StringWriter w = new StringWriter();
        new SarifFormatter(dir).write(new Report("1.2.3", diagnostics, 1, 0, 0), w);
        return w.toString();
    }

    private List<Diagnostic> lint(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return new Linter().lint(SourceFile.of(f, name, text, false), FileKind.DOCKERFILE).diagnostics();
    }

    @Test
    void oneRunWithTheWholeCatalogueAndExactRegions() throws Exception {
        List<Diagnostic> d = lint("app/Dockerfile", "FROM x:1.0\nRUN --mount=type=cache,target=/c \\\n  echo\n");
        JsonNode root = new ObjectMapper().readTree(sarif(d));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(RuleRegistry.all().size());
        JsonNode result = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals("DF601")) {
                result = r;
            }
        }
        assertThat(result).as("the DF601 result").isNotNull();
        String id = result.get("ruleId").asText();
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(id);
        JsonNode loc = result.at("/locations/0/physicalLocation");
        assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("app/Dockerfile");
        assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.at("/region/startLine").asInt()).isEqualTo(2);
        assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(5);
        assertThat(loc.at("/region/endColumn").asInt()).isEqualTo(33);
        assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]{16}:1");
        assertThat(result.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText())
                .isEqualTo("# syntax=docker/dockerfile:1\n");
        for (JsonNode r : rules) {
            assertThat(r.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(r.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(r.at("/help/text").asText()).isNotBlank();
            assertThat(r.at("/help/markdown").asText()).isNotBlank();
        }
    }

    /** The real validators: GitHub's upload-sarif schema check and Microsoft's SARIF Multitool with GitHub's rules. */
    @Test
    void examplesPassBothValidators() throws Exception {
        String tools = System.getenv("DLINT_SARIF_TOOLS");
        ExternalTool.require(tools != null && Files.isDirectory(Path.of(tools, "node_modules")),
                "the SARIF validators (set DLINT_SARIF_TOOLS to a copy of ../shared/tools/sarif after npm ci)");
        List<Diagnostic> all = new ArrayList<>();
        Path examples = Path.of("examples").toAbsolutePath();
        try (var walk = Files.walk(examples)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().equals("Dockerfile")).toList()) {
                String text = Files.readString(p);
                all.addAll(new Linter().lint(SourceFile.of(p, examples.relativize(p).toString(), text, false),
                        FileKind.DOCKERFILE).diagnostics());
            }
        }
        assertThat(all).isNotEmpty();
        Path out = dir.resolve("examples.sarif");
        StringWriter w = new StringWriter();
        new SarifFormatter(examples).write(new Report("0.1.0", all, 4, 0, 0), w);
        Files.writeString(out, w.toString());

        Process schema = new ProcessBuilder("node", Path.of(tools, "validate-sarif.js").toString(), out.toString())
                .redirectErrorStream(true).start();
        String schemaOut = new String(schema.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(schema.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(schema.exitValue()).as(schemaOut).isZero();
        assertThat(schemaOut).contains("valid (0 errors");

        Path log = dir.resolve("multitool.sarif");
        Process mt = new ProcessBuilder(Path.of(tools, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool").toString(),
                "validate", "--rule-kind", "Gh;Sarif", "-o", log.toString(), out.toString())
                .redirectErrorStream(true).start();
        String mtOut = new String(mt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mt.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(mt.exitValue()).as(mtOut).isZero();
        List<String> problems = new ArrayList<>();
        for (JsonNode run : new ObjectMapper().readTree(log.toFile()).get("runs")) {
            for (JsonNode r : run.path("results")) {
                problems.add(r.path("level").asText("warning") + " " + r.path("ruleId").asText() + " " + r.path("message"));
            }
        }
        assertThat(problems).as("Multitool findings").isEmpty();
    }
}
