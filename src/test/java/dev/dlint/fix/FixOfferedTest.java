package dev.dlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.config.LintSettings;
import dev.dlint.config.RuleOptions;
import dev.dlint.engine.Linter;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.FileKind;
import dev.dlint.rules.Rule;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the CA101 and WH401 fixes are offered and when they are not: the finding is there in every
 * case, and a fix only when what it depends on is known (a fix that could break the build is never
 * offered). Each group has a case that does get the fix, so the absence is the inputs' doing.
 */
class FixOfferedTest {
    private static final String TOOLCHAIN = "FROM python:3.12-slim\n"
            + "RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // WH401: the builder-stage rewrite
                Arguments.of("WH401 offered", "WH401", true, Map.of("requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 hash-checked entries", "WH401", false, Map.of(
                        "requirements.txt", "flask==3.0.3 --hash=sha256:" + "a".repeat(64) + "\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 VCS entry", "WH401", false, Map.of(
                        "requirements.txt", "git+https://github.com/pallets/flask@3.0.3#egg=flask\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 include not in the context", "WH401", false, Map.of(
                        "requirements.txt", "-r base.txt\nflask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 requirements not from the context", "WH401", false, Map.of(
                        "Dockerfile", TOOLCHAIN + "RUN pip install -r /opt/reqs.txt\n")),
                Arguments.of("WH401 uv pip has no wheel command", "WH401", false, Map.of(
                        "requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN uv pip install --system -r requirements.txt\n")),
                Arguments.of("WH401 non-root user", "WH401", false, Map.of("requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "USER app\nCOPY requirements.txt .\nRUN pip install --user -r requirements.txt\n")),
                Arguments.of("WH401 base image with a non-root default user", "WH401", false, Map.of(
                        "requirements.txt", "flask==3.0.3\n", "Dockerfile", "FROM quay.io/jupyter/base-notebook\n"
                                + "RUN apt-get update && apt-get install -y gcc\nCOPY requirements.txt .\n"
                                + "RUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 piped", "WH401", false, Map.of("requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install -r requirements.txt | tee /log\n")),
                Arguments.of("WH401 unknown option", "WH401", false, Map.of("requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", TOOLCHAIN + "COPY requirements.txt .\nRUN pip install --frobnicate -r requirements.txt\n")),
                Arguments.of("WH401 broad COPY before", "WH401", false, Map.of("requirements.txt", "flask==3.0.3\n",
                        "app.py", "print(1)\n", "Dockerfile", TOOLCHAIN + "COPY . .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("WH401 stage named by index", "WH401", false, Map.of("requirements.txt", "flask==3.0.3\n",
                        "Dockerfile", "FROM alpine AS tools\nRUN echo hi > /x\n" + TOOLCHAIN
                                + "COPY --from=0 /x /x\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n")),
                // CA101 pip -r: the narrow COPY must bring everything the install reads
                Arguments.of("CA101 pip offered", "CA101", true, Map.of("requirements.txt", "flask==3.0.3\n",
                        "app.py", "print(1)\n", "Dockerfile", "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("CA101 pip find-links dir in the requirements file", "CA101", false, Map.of(
                        "requirements.txt", "--find-links packages\nflask==3.0.3\n", "packages/flask-3.0.3.tar.gz", "x",
                        "app.py", "print(1)\n", "Dockerfile", "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n")),
                Arguments.of("CA101 pip find-links dir on the command line", "CA101", false, Map.of(
                        "requirements.txt", "flask==3.0.3\n", "wheels/flask-3.0.3-py3-none-any.whl", "x",
                        "app.py", "print(1)\n", "Dockerfile",
                        "FROM python:3.12\nCOPY . .\nRUN pip install --find-links=./wheels -r requirements.txt\n")),
                Arguments.of("CA101 pip local wheel beside -r", "CA101", false, Map.of(
                        "requirements.txt", "flask==3.0.3\n", "vendor/tool-1.0-py3-none-any.whl", "x",
                        "app.py", "print(1)\n", "Dockerfile",
                        "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt ./vendor/tool-1.0-py3-none-any.whl\n")),
                // CA101 beyond pip
                Arguments.of("CA101 npm offered", "CA101", true, Map.of("package.json", "{\"dependencies\":{\"a\":\"1.0.0\"}}",
                        "package-lock.json", "{}", "server.js", "1", "Dockerfile",
                        "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")),
                Arguments.of("CA101 npm postinstall", "CA101", false, Map.of(
                        "package.json", "{\"scripts\":{\"postinstall\":\"node build.js\"}}",
                        "package-lock.json", "{}", "build.js", "1", "Dockerfile",
                        "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")),
                Arguments.of("CA101 npm file: dependency", "CA101", false, Map.of(
                        "package.json", "{\"dependencies\":{\"lib\":\"file:./lib\"}}", "package-lock.json", "{}",
                        "lib/index.js", "1", "Dockerfile", "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")),
                Arguments.of("CA101 poetry builds the project", "CA101", false, Map.of(
                        "pyproject.toml", "[tool.poetry]\nname = \"a\"\n", "poetry.lock", "", "a.py", "1",
                        "Dockerfile", "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN poetry install\n")),
                Arguments.of("CA101 go local replace", "CA101", false, Map.of(
                        "go.mod", "module a\n\nreplace example.com/b => ./b\n", "go.sum", "", "b/go.mod", "module b\n",
                        "Dockerfile", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\n")),
                Arguments.of("CA101 bundler gemspec", "CA101", false, Map.of(
                        "Gemfile", "source 'https://rubygems.org'\ngemspec\n", "Gemfile.lock", "", "a.gemspec", "",
                        "Dockerfile", "FROM ruby:3.3\nWORKDIR /app\nCOPY . .\nRUN bundle install\n")),
                Arguments.of("CA101 composer scripts", "CA101", false, Map.of(
                        "composer.json", "{\"scripts\":{\"post-install-cmd\":[\"php bin/setup\"]}}",
                        "composer.lock", "{}", "bin/setup", "", "Dockerfile",
                        "FROM composer:2\nWORKDIR /app\nCOPY . .\nRUN composer install\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixOnlyWhenItsInputsAreKnown(String name, String code, boolean offered, Map<String, String> files)
            throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        Rule rule = RuleRegistry.find(code).orElseThrow();
        Map<String, RuleOptions> options = new LinkedHashMap<>();
        Linter linter = new Linter(new LintSettings(List.of(rule), Map.of(), options, List.of(), null));
        Path dockerfile = dir.resolve("Dockerfile");
        SourceFile source = SourceFile.of(dockerfile, "Dockerfile", Files.readString(dockerfile), false);
        List<Diagnostic> found = linter.lint(source, FileKind.DOCKERFILE).diagnostics().stream()
                .filter(d -> d.code().equals(code)).toList();
        assertThat(found).as("the finding").hasSize(1);
        if (offered) {
            assertThat(found.get(0).fix()).as("a fix").isNotNull();
        } else {
            assertThat(found.get(0).fix()).as("no fix").isNull();
        }
    }
}
