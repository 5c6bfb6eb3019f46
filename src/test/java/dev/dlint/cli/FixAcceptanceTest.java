package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Held-out acceptance cases of issue #5, written apart from the fix snapshots: small application
 * contexts in a temporary directory, fixed through the real command line ({@code check --fix
 * --unsafe-fixes}) with every rule on, then checked for the properties the issue asks for.
 */
class FixAcceptanceTest {
    private static final Set<String> CACHE_FINDINGS = Set.of("CA101", "CA102", "DF601");

    @TempDir
    Path app;

    private record Result(int code, String out, String err) {
    }

    private Result dlint(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), app, false, new CliContext.DefaultLinters());
        int code = Main.run(args, ctx);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void file(String name, String content) throws IOException {
        Path p = app.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private String dockerfile() throws IOException {
        return Files.readString(app.resolve("Dockerfile"), StandardCharsets.UTF_8);
    }

    /** The codes the fixed Dockerfile still raises, from the JSON report. */
    private List<String> remainingCodes() throws IOException {
        Result r = dlint("check", "--format", "json", "Dockerfile");
        assertThat(r.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> codes = new ArrayList<>();
        report.get("diagnostics").forEach(d -> codes.add(d.get("code").asText()));
        return codes;
    }

    /** Instructions with their continuation lines joined, in order. */
    private static List<String> instructions(String dockerfile) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : dockerfile.split("\r?\n")) {
            if (current == null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                current = new StringBuilder();
            }
            String trimmed = line.stripTrailing();
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                out.add(current.toString().replaceAll("\\s+", " ").trim());
                current = null;
            }
        }
        return out;
    }

    private static int indexOf(List<String> instructions, String prefix) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexContaining(List<String> instructions, String part) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private void flaskApp(String dockerfile) throws IOException {
        file("app.py", """
                from flask import Flask

                app = Flask(__name__)


                @app.get("/")
                def index():
                    return "hello"
                """);
        file("requirements.txt", "flask==3.0.3\ngunicorn==22.0.0\n");
        file("templates/index.html", "<h1>hello</h1>\n");
        file("Dockerfile", dockerfile);
    }

    private void assertSecondFixChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(app.resolve("Dockerfile"));
        dlint("check", "--fix", "--unsafe-fixes", "Dockerfile");
        assertThat(Files.readAllBytes(app.resolve("Dockerfile"))).as("a second --fix changes nothing").isEqualTo(before);
    }

    @Test
    void flaskAppGetsManifestFirstCacheMountAndDirective() throws IOException {
        flaskApp("""
                FROM python:3.12-slim
                ENV PYTHONUNBUFFERED=1
                WORKDIR /srv/web
                COPY . .
                RUN pip install -r requirements.txt
                EXPOSE 8000
                CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
                """);
        Result fix = dlint("check", "--fix", "--unsafe-fixes", "Dockerfile");
        assertThat(fix.err()).isEmpty();

        String fixed = dockerfile();
        assertThat(fixed.lines().findFirst().orElse("")).startsWith("# syntax=docker/dockerfile:1");
        List<String> ins = instructions(fixed);
        int manifest = indexOf(ins, "COPY requirements.txt");
        int install = indexContaining(ins, "pip install");
        int rest = indexOf(ins, "COPY . .");
        assertThat(manifest).as("a narrow COPY of the requirements").isNotNegative();
        assertThat(manifest).isLessThan(install);
        assertThat(install).isLessThan(rest);
        assertThat(ins.get(install)).startsWith("RUN --mount=type=cache,target=/root/.cache/pip ");
        assertThat(fixed).doesNotContain("<<");
        assertThat(remainingCodes()).doesNotContainAnyElementsOf(CACHE_FINDINGS);
        assertSecondFixChangesNothing();
    }

    @Test
    void crlfFlaskAppWithNoCacheDirKeepsItsLineEndings() throws IOException {
        flaskApp(String.join("\r\n", "FROM python:3.11-slim", "WORKDIR /app", "COPY . .",
                "RUN python3 -m pip install --no-cache-dir -r requirements.txt", "CMD [\"python3\", \"app.py\"]", ""));
        dlint("check", "--fix", "--unsafe-fixes", "Dockerfile");

        String fixed = dockerfile();
        assertThat(fixed.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n");
        assertThat(fixed).startsWith("# syntax=docker/dockerfile:1\r\n");
        List<String> ins = instructions(fixed);
        int install = indexContaining(ins, "pip install");
        assertThat(indexOf(ins, "COPY requirements.txt")).isNotNegative().isLessThan(install);
        assertThat(install).isLessThan(indexOf(ins, "COPY . ."));
        assertThat(ins.get(install)).contains("--mount=type=cache,target=/root/.cache/pip")
                .doesNotContain("--no-cache-dir").contains("python3 -m pip install");
        assertThat(remainingCodes()).doesNotContainAnyElementsOf(CACHE_FINDINGS).doesNotContain("CA103");
        assertSecondFixChangesNothing();
    }

    @Test
    void compilersMoveToAWheelBuilderStage() throws IOException {
        file("app.py", "import numpy\nprint(numpy.__version__)\n");
        file("requirements.txt", "numpy==1.26.4\nuwsgi==2.0.26\n");
        file("Dockerfile", """
                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y gcc python3-dev && rm -rf /var/lib/apt/lists/*
                WORKDIR /code
                COPY . .
                RUN pip install -r requirements.txt
                CMD ["python", "app.py"]
                """);
        dlint("check", "--fix", "--unsafe-fixes", "Dockerfile");

        String fixed = dockerfile();
        List<String> ins = instructions(fixed);
        List<Integer> froms = new ArrayList<>();
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).startsWith("FROM ")) {
                froms.add(i);
            }
        }
        assertThat(froms).as("a builder stage and the runtime stage").hasSize(2);
        List<String> builder = ins.subList(froms.get(0), froms.get(1));
        List<String> runtime = ins.subList(froms.get(1), ins.size());
        assertThat(builder.get(0)).isEqualTo("FROM python:3.11-slim AS wheels");
        assertThat(builder).anyMatch(i -> i.contains("apt-get install -y gcc python3-dev"));
        assertThat(builder).anyMatch(i -> i.startsWith("RUN --mount=type=cache,target=/root/.cache/pip")
                && i.contains("pip wheel --wheel-dir=/wheels -r requirements.txt"));
        assertThat(builder).noneMatch(i -> i.startsWith("COPY . ."));
        assertThat(runtime.get(0)).isEqualTo("FROM python:3.11-slim");
        assertThat(String.join("\n", runtime)).doesNotContain("gcc").doesNotContain("python3-dev");
        int install = indexContaining(runtime, "pip install");
        assertThat(runtime.get(install)).isEqualTo("RUN --mount=type=bind,from=wheels,source=/wheels,target=/wheels"
                + " pip install --no-index --find-links=/wheels -r requirements.txt");
        assertThat(indexOf(runtime, "COPY requirements.txt")).isNotNegative().isLessThan(install);
        assertThat(install).isLessThan(indexOf(runtime, "COPY . ."));
        assertThat(fixed).startsWith("# syntax=docker/dockerfile:1").doesNotContain("<<");
        assertThat(remainingCodes()).doesNotContainAnyElementsOf(Set.of("WH401", "WH402", "WH403", "CA101", "CA102",
                "CA103", "DF601", "E001"));
        assertSecondFixChangesNothing();
    }

    @Test
    void alwaysWheelhouseGivesTheSeedPatternAndNothingToRecheck() throws IOException {
        flaskApp("""
                FROM python:3.12-slim
                WORKDIR /srv
                COPY . .
                RUN pip install --no-cache-dir -r requirements.txt
                CMD ["python", "app.py"]
                """);
        file(".dlint.yaml", "rules:\n  WH401: {always: true}\n");
        dlint("check", "--fix", "--unsafe-fixes", "Dockerfile");

        String fixed = dockerfile();
        List<String> ins = instructions(fixed);
        int install = indexContaining(ins, "pip install");
        assertThat(ins.get(install)).isEqualTo("RUN --mount=type=cache,target=/root/.cache/pip"
                + " pip wheel --wheel-dir=/wheels -r requirements.txt"
                + " && pip install --no-index --find-links=/wheels -r requirements.txt");
        assertThat(indexOf(ins, "COPY requirements.txt")).isNotNegative().isLessThan(install);
        assertThat(install).isLessThan(indexOf(ins, "COPY . ."));
        assertThat(fixed).startsWith("# syntax=docker/dockerfile:1\n");
        assertThat(remainingCodes()).doesNotContainAnyElementsOf(Set.of("WH401", "WH402", "WH403", "CA101", "CA102",
                "CA103", "DF601", "E001"));
        assertSecondFixChangesNothing();
    }

    @Test
    void unknownRequirementsGetNoWheelhouseRewrite() throws IOException {
        file("app.py", "print('hi')\n");
        file("requirements.txt", "-e .\nflask==3.0.3\n");
        file("setup.py", "from setuptools import setup\nsetup(name='app')\n");
        String original = """
                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*
                COPY requirements.txt setup.py app.py ./
                RUN pip install -r requirements.txt
                """;
        file("Dockerfile", original);
        dlint("check", "--fix", "--unsafe-fixes", "--select", "WH401", "Dockerfile");
        assertThat(dockerfile()).as("an editable entry cannot be installed offline from wheels").isEqualTo(original);
        assertThat(remainingCodes()).contains("WH401");
    }
}
