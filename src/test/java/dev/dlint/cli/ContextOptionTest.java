package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.Linter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --context DIR}: a Dockerfile in docker/ built from the repository root. */
class ContextOptionTest {
    @TempDir
    Path repo;

    private JsonNode run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), repo, false,
                s -> new Linter(s)::lint);
        Main.run(args, ctx);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theContextDecidesWhatACopyBringsIn() throws Exception {
        Files.createDirectories(repo.resolve("docker"));
        Files.writeString(repo.resolve("docker/Dockerfile"),
                "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n");
        Files.writeString(repo.resolve("requirements.txt"), "flask==3.0.3\n");
        Files.writeString(repo.resolve("app.py"), "print(1)\n");

        JsonNode withContext = run("check", "--format", "json", "--select", "CA101", "--context", ".", "docker/Dockerfile");
        JsonNode ca101 = withContext.get("diagnostics").get(0);
        assertThat(ca101.get("code").asText()).isEqualTo("CA101");
        assertThat(ca101.get("fix").isNull()).as("the manifest is known in the repository context, so a fix is offered").isFalse();

        JsonNode own = run("check", "--format", "json", "--select", "CA101", "docker/Dockerfile");
        for (JsonNode d : own.get("diagnostics")) {
            assertThat(d.get("fix").isNull()).as("docker/ alone does not hold requirements.txt").isTrue();
        }
    }
}
