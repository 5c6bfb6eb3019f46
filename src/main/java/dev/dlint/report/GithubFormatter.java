package dev.dlint.report;

import dev.dlint.rules.Diagnostic;
import dev.dlint.source.Position;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::warning file=…,line=…::message}), for annotations
 * without code scanning. Property values and messages are escaped as the runner requires.
 */
public final class GithubFormatter implements Formatter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            Position s = d.start();
            Position e = d.end();
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder sb = new StringBuilder("::").append(command)
                    .append(" title=").append(property(d.code() + " " + d.rule().name()))
                    .append(",file=").append(property(d.file().displayPath()))
                    .append(",line=").append(s.line())
                    .append(",col=").append(s.column());
            if (e.line() == s.line()) {
                sb.append(",endColumn=").append(e.column());
            } else {
                sb.append(",endLine=").append(e.line());
            }
            sb.append("::").append(data(d.code() + " " + d.message()));
            out.write(sb.append('\n').toString());
        }
        out.flush();
    }

    static String data(String s) {
        return Escaper.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
