package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import dev.dlint.source.Position;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML (version 4.3), read by Jenkins' warnings plugin, reviewdog ({@code -f=checkstyle})
 * and many CI dashboards: one {@code <file>} per file with findings, one {@code <error>} per
 * finding, {@code source="dlint.CODE"}.
 */
public final class CheckstyleFormatter implements Formatter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        String current = null;
        for (Diagnostic d : report.diagnostics()) {
            String path = d.file().displayPath();
            if (!path.equals(current)) {
                if (current != null) {
                    sb.append("  </file>\n");
                }
                sb.append("  <file name=\"").append(Xml.escape(path)).append("\">\n");
                current = path;
            }
            Position p = d.start();
            sb.append("    <error line=\"").append(p.line())
                    .append("\" column=\"").append(p.column())
                    .append("\" severity=\"").append(d.severity().label())
                    .append("\" message=\"").append(Xml.escape(d.message()))
                    .append("\" source=\"dlint.").append(Xml.escape(d.code())).append("\"/>\n");
        }
        if (current != null) {
            sb.append("  </file>\n");
        }
        sb.append("</checkstyle>\n");
        out.write(sb.toString());
        out.flush();
    }
}
