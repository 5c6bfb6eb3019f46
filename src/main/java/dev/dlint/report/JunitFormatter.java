package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import dev.dlint.source.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, for CI test-report views (GitLab {@code artifacts:reports:junit}, Jenkins): one
 * {@code <testsuite name="dlint">}, a {@code <testcase>} per linted file (files without findings
 * pass), a {@code <failure>} per finding.
 */
public final class JunitFormatter implements Formatter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (String path : report.paths()) {
            byFile.put(path, new ArrayList<>());
        }
        for (Diagnostic d : report.diagnostics()) {
            byFile.computeIfAbsent(d.file().displayPath(), k -> new ArrayList<>()).add(d);
        }
        int failures = report.diagnostics().size();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"dlint\" tests=\"").append(byFile.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(report.errors()).append("\">\n");
        sb.append("  <testsuite name=\"dlint\" tests=\"").append(byFile.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(report.errors()).append("\">\n");
        for (Map.Entry<String, List<Diagnostic>> e : byFile.entrySet()) {
            String name = Xml.escape(e.getKey());
            sb.append("    <testcase name=\"").append(name).append("\" classname=\"").append(name).append('"');
            if (e.getValue().isEmpty()) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n");
            for (Diagnostic d : e.getValue()) {
                Position p = d.start();
                String where = d.file().displayPath() + ":" + p.line() + ":" + p.column();
                sb.append("      <failure message=\"").append(Xml.escape(d.code() + " " + d.message()))
                        .append("\" type=\"").append(Xml.escape(d.code())).append("\">")
                        .append(Xml.escape(where + ": " + d.code() + " " + d.rule().name() + " ("
                                + d.severity().label() + "): " + d.message()))
                        .append("</failure>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("  </testsuite>\n</testsuites>\n");
        out.write(sb.toString());
        out.flush();
    }
}
