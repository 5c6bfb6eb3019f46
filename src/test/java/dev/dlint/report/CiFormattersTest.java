package dev.dlint.report;

import static dev.dlint.report.Fixtures.diag;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.rules.Diagnostic;
import dev.dlint.rules.Severity;
import dev.dlint.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Golden output of the checkstyle, gitlab and junit formats, and of --statistics. */
class CiFormattersTest {
    private static final SourceFile APP = SourceFile.of("app/Dockerfile",
            "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\n");
    private static final SourceFile ODD = SourceFile.of("a&b/<x>.sh", "curl x | sh\ncurl x | sh\n");

    private static Report report() {
        Diagnostic pin = diag(APP, "python:3.12", 0, "PN201", "unpinned-base-image", Severity.ERROR, "pin it", null);
        Diagnostic cache = diag(APP, "RUN pip install -r requirements.txt", 0, "CA102", "missing-cache-mount",
                Severity.INFO, "add a \"cache\" mount & <go>", null);
        Diagnostic esc1 = diag(ODD, "curl x | sh", 0, "SH501", "curl-pipe-shell", Severity.WARNING,
                "bad \u001b[31m 'pipe'", null);
        Diagnostic esc2 = diag(ODD, "curl x | sh", 1, "SH501", "curl-pipe-shell", Severity.WARNING,
                "bad \u001b[31m 'pipe'", null);
        return new Report("1.0", List.of(esc1, esc2, pin, cache), 3, 0, 0,
                List.of("app/Dockerfile", "clean/Dockerfile", "a&b/<x>.sh"));
    }

    private static String render(Formatter f, Report r) throws IOException {
        StringWriter w = new StringWriter();
        f.write(r, w);
        return w.toString();
    }

    private static void assertWellFormedXml(String xml) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyle() throws Exception {
        String xml = render(new CheckstyleFormatter(), report());
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="a&amp;b/&lt;x&gt;.sh">
                    <error line="1" column="1" severity="warning" message="bad \\x1b[31m &apos;pipe&apos;" source="dlint.SH501"/>
                    <error line="2" column="1" severity="warning" message="bad \\x1b[31m &apos;pipe&apos;" source="dlint.SH501"/>
                  </file>
                  <file name="app/Dockerfile">
                    <error line="1" column="6" severity="error" message="pin it" source="dlint.PN201"/>
                    <error line="3" column="1" severity="info" message="add a &quot;cache&quot; mount &amp; &lt;go&gt;" source="dlint.CA102"/>
                  </file>
                </checkstyle>
                """);
        assertWellFormedXml(xml);
        assertThat(render(new CheckstyleFormatter(), new Report("1.0", List.of(), 0, 0, 0)))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n");
    }

    @Test
    void gitlab() throws Exception {
        String json = render(new GitlabFormatter(), report());
        JsonNode issues = new ObjectMapper().readTree(json);
        assertThat(issues).hasSize(4);
        JsonNode pin = issues.get(2);
        assertThat(pin.get("description").asText()).isEqualTo("PN201 pin it");
        assertThat(pin.get("check_name").asText()).isEqualTo("PN201");
        assertThat(pin.get("severity").asText()).isEqualTo("critical");
        assertThat(pin.get("location").get("path").asText()).isEqualTo("app/Dockerfile");
        assertThat(pin.get("location").get("lines").get("begin").asInt()).isEqualTo(1);
        assertThat(pin.get("fingerprint").asText()).matches("[0-9a-f]{64}");
        assertThat(issues.get(0).get("severity").asText()).isEqualTo("major");
        assertThat(issues.get(3).get("severity").asText()).isEqualTo("minor");
        // Same path, code and line text twice: still two fingerprints.
        assertThat(issues.get(0).get("fingerprint")).isNotEqualTo(issues.get(1).get("fingerprint"));
        // The exact shape of one issue.
        assertThat(json).contains("{\"description\":\"PN201 pin it\",\"check_name\":\"PN201\",\"fingerprint\":\""
                + pin.get("fingerprint").asText() + "\",\"severity\":\"critical\","
                + "\"location\":{\"path\":\"app/Dockerfile\",\"lines\":{\"begin\":1}}}");
        assertThat(render(new GitlabFormatter(), new Report("1.0", List.of(), 0, 0, 0))).isEqualTo("[]\n");
    }

    @Test
    void gitlabFingerprintIgnoresTheLineNumber() throws Exception {
        SourceFile moved = SourceFile.of("app/Dockerfile", "# a comment\n\nFROM python:3.12\n");
        Diagnostic before = diag(APP, "python:3.12", 0, "PN201", "unpinned-base-image", Severity.ERROR, "pin it", null);
        Diagnostic after = diag(moved, "python:3.12", 0, "PN201", "unpinned-base-image", Severity.ERROR, "pin it", null);
        ObjectMapper m = new ObjectMapper();
        String a = m.readTree(render(new GitlabFormatter(), new Report("1", List.of(before), 1, 0, 0))).get(0).get("fingerprint").asText();
        String b = m.readTree(render(new GitlabFormatter(), new Report("1", List.of(after), 1, 0, 0))).get(0).get("fingerprint").asText();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void junit() throws Exception {
        String xml = render(new JunitFormatter(), report());
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="dlint" tests="3" failures="4" errors="0">
                  <testsuite name="dlint" tests="3" failures="4" errors="0">
                    <testcase name="a&amp;b/&lt;x&gt;.sh" classname="a&amp;b/&lt;x&gt;.sh">
                      <failure message="SH501 bad \\x1b[31m &apos;pipe&apos;" type="SH501">a&amp;b/&lt;x&gt;.sh:1:1: SH501 curl-pipe-shell (warning): bad \\x1b[31m &apos;pipe&apos;</failure>
                      <failure message="SH501 bad \\x1b[31m &apos;pipe&apos;" type="SH501">a&amp;b/&lt;x&gt;.sh:2:1: SH501 curl-pipe-shell (warning): bad \\x1b[31m &apos;pipe&apos;</failure>
                    </testcase>
                    <testcase name="app/Dockerfile" classname="app/Dockerfile">
                      <failure message="PN201 pin it" type="PN201">app/Dockerfile:1:6: PN201 unpinned-base-image (error): pin it</failure>
                      <failure message="CA102 add a &quot;cache&quot; mount &amp; &lt;go&gt;" type="CA102">app/Dockerfile:3:1: CA102 missing-cache-mount (info): add a &quot;cache&quot; mount &amp; &lt;go&gt;</failure>
                    </testcase>
                    <testcase name="clean/Dockerfile" classname="clean/Dockerfile"/>
                  </testsuite>
                </testsuites>
                """);
        assertWellFormedXml(xml);
    }

    @Test
    void xmlEscapesEveryControlCharacter() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        all.append('\u007f').append('\u0085').append('\u202e').append('\ufffe').append('\uffff').append('\ud800');
        SourceFile f = SourceFile.of("Dockerfile", "FROM x\n");
        Diagnostic d = diag(f, "x", 0, "XX001", "x", Severity.INFO, all.toString(), null);
        Report r = new Report("1", List.of(d), 1, 0, 0);
        for (Formatter fmt : List.of(new CheckstyleFormatter(), new JunitFormatter())) {
            String xml = render(fmt, r);
            assertWellFormedXml(xml);
            assertThat(xml).contains("\\x00").contains("\\x1b").contains("\\u202e").contains("\\ufffe").contains("\\ud800");
        }
    }

    @Test
    void statistics() throws IOException {
        String text = render(new TextFormatter(false, false, true), report());
        assertThat(text).isEqualTo("""
                   2 SH501 curl-pipe-shell
                   1 CA102 missing-cache-mount
                   1 PN201 unpinned-base-image

                Found 4 problems (1 error, 2 warnings, 1 info) in 3 files.
                """);
        assertThat(render(new TextFormatter(false, false, true), new Report("1", List.of(), 1, 0, 0)))
                .isEqualTo("All checks passed.\n");
    }
}
