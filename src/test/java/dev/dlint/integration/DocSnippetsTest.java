package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dlint.cli.CliContext;
import dev.dlint.cli.Main;
import dev.dlint.engine.Linter;
import dev.dlint.testutil.Readme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's integration snippets are the ones that work: the workflow is docs/github-workflow.yml
 * (which GitHubActionTest checks), the annotations step uses real inputs of the action, and every
 * {@code dlint check}/{@code dlint completion} command in a code block runs and writes the reports it names.
 */
class DocSnippetsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** A dlint command in a snippet: after "dlint", "./dlint" or "dlint.jar", up to a quote, pipe, ';', '&', a comment or the line's end. */
    private static final Pattern COMMAND = Pattern.compile("dlint(?:\\.jar)? +((?:check|completion)(?: +(?!#)[^\\s'|;&<>]+)*)");

    @TempDir
    Path project;

    @Test
    void workflowInTheReadmeIsTheDocumentedFile() throws Exception {
        List<Readme.Block> blocks = Readme.blocks(Readme.section("GitHub Action and code scanning"));
        assertThat(blocks).isNotEmpty();
        assertThat(blocks.get(0).lang()).isEqualTo("yaml");
        assertThat(blocks.get(0).text()).isEqualTo(Files.readString(Path.of("docs/github-workflow.yml")));
    }

    @Test
    void annotationsStepUsesTheActionsInputs() throws Exception {
        Readme.Block block = Readme.blocks(Readme.section("GitHub annotations without code scanning")).get(0);
        JsonNode step = YAML.readTree(block.text()).get(0);
        assertThat(step.get("uses").asText()).startsWith("OWNER/dlint@");
        Set<String> inputs = new LinkedHashSet<>();
        YAML.readTree(Path.of("action.yml").toFile()).get("inputs").fieldNames().forEachRemaining(inputs::add);
        List<String> with = new ArrayList<>();
        step.get("with").fieldNames().forEachRemaining(with::add);
        assertThat(with).containsExactly("format", "sarif-file");
        assertThat(inputs).containsAll(with);
        assertThat(step.at("/with/format").asText()).isEqualTo("github");
        assertThat(step.at("/with/sarif-file").asText()).isEmpty();
    }

    @Test
    void everyDlintCommandInTheIntegrationSnippetsRuns() throws Exception {
        int total = 0;
        for (String section : List.of("Usage", "GitHub annotations without code scanning", "GitLab Code Quality",
                "Jenkins: JUnit and Checkstyle", "Shell completion", "Docker image")) {
            List<String> commands = new ArrayList<>();
            for (Readme.Block b : Readme.blocks(Readme.section(section))) {
                if (b.lang().isEmpty()) {
                    continue; // a synopsis, not a command
                }
                Matcher m = COMMAND.matcher(b.text());
                while (m.find()) {
                    commands.add(m.group(1));
                }
            }
            if (!section.equals("GitHub annotations without code scanning")) {
                assertThat(commands).as("commands in README section " + section).isNotEmpty();
            }
            for (String command : commands) {
                runAndCheckReports(command);
                total++;
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(5);
    }

    private void runAndCheckReports(String command) throws Exception {
        for (Path p : List.of(project.resolve("Dockerfile"), project.resolve("requirements.txt"))) {
            Files.deleteIfExists(p);
        }
        Files.writeString(project.resolve("Dockerfile"), "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n");
        Files.writeString(project.resolve("requirements.txt"), "flask==3.0.3\n");
        String[] args = command.split(" +");
        if (args.length == 1 && args[0].equals("check")) {
            args = new String[] {"check", "."};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), project, false, s -> new Linter(s)::lint);
        int code = Main.run(args, ctx);
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(command + "\n" + errText).isIn(0, 1);
        assertThat(errText).as(command).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).as(command).isNotEmpty();
        Matcher reports = Pattern.compile("--report (\\w+)=(\\S+)").matcher(command);
        while (reports.find()) {
            Path file = project.resolve(reports.group(2));
            assertThat(file).as(command).isRegularFile();
            switch (reports.group(1)) {
                case "junit", "checkstyle" -> assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(file.toFile()).getDocumentElement().getTagName()).isIn("testsuites", "checkstyle");
                default -> assertThat(new ObjectMapper().readTree(file.toFile()).isContainerNode()).as(command).isTrue();
            }
            Files.delete(file);
        }
    }
}
