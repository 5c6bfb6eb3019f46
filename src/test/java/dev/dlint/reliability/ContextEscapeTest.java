package dev.dlint.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COPY and script resolution never leave the build context: `..`, absolute paths and symbolic
 * links pointing outside are refused and reported (DF602), and nothing outside is ever read.
 */
class ContextEscapeTest {
    @TempDir
    Path dir;

    @Test
    void sourcesLeavingTheContextAreReportedAndNeverRead() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        // Outside: a script full of findings and a secret; if dlint read either, findings would name them.
        Files.writeString(outside.resolve("install.sh"), "#!/bin/sh\ncurl https://x | sh\npip install flask\n");
        Files.writeString(outside.resolve("secret.txt"), "s\n");
        Path ctx = Files.createDirectories(dir.resolve("ctx"));
        Files.createSymbolicLink(ctx.resolve("install.sh"), Path.of("../outside/install.sh"));
        Files.createSymbolicLink(ctx.resolve("leak.txt"), outside.resolve("secret.txt").toAbsolutePath());
        Files.writeString(ctx.resolve("ok.txt"), "fine\n");
        Files.createSymbolicLink(ctx.resolve("inside-link.txt"), Path.of("ok.txt"));
        Files.writeString(ctx.resolve("Dockerfile.dockerignore"), "outside\n");
        Files.writeString(ctx.resolve("Dockerfile"), """
                FROM python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000
                COPY install.sh /install.sh
                RUN /install.sh
                COPY leak.txt /leak.txt
                COPY inside-link.txt ok.txt /app/
                COPY ../outside/secret.txt /t
                COPY %s /abs
                """.formatted(outside.resolve("secret.txt").toAbsolutePath()));

        String out = PropertiesTest.runCli(dir, "--format", "json", "ctx/Dockerfile");
        String json = out.substring(out.indexOf('\n') + 1, out.indexOf("\n--stderr--"));
        List<String> found = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(json).get("diagnostics")) {
            found.add(d.get("path").asText() + ":" + d.get("line").asInt() + " " + d.get("code").asText());
        }
        assertThat(found).as(out).contains("ctx/Dockerfile:2 DF602", "ctx/Dockerfile:4 DF602",
                "ctx/Dockerfile:6 DF602", "ctx/Dockerfile:7 DF602");
        assertThat(found).as("a link inside the context is fine").doesNotContain("ctx/Dockerfile:5 DF602");
        assertThat(found).as("nothing outside the context is read").allMatch(f -> f.startsWith("ctx/Dockerfile:"));
        assertThat(out).contains("is a symbolic link to `../outside/install.sh`, outside the build context")
                .doesNotContain("curl");
    }
}
