package dev.dlint.model.requirements;

import dev.dlint.source.Span;
import java.util.List;

/**
 * A {@code -r}/{@code --requirement} or {@code -c}/{@code --constraint} line.
 *
 * @param path     as written, relative to the including file's directory unless absolute or a URL
 * @param pathSpan the path token
 * @param envVars  {@code ${NAME}} references pip would expand from the environment
 */
public record Include(Kind kind, String path, Span span, Span pathSpan, List<String> envVars)
        implements RequirementLine {

    public enum Kind { REQUIREMENT, CONSTRAINT }

    public Include {
        envVars = List.copyOf(envVars);
    }

    public boolean isUrl() {
        return RequirementUrls.hasScheme(path) && !path.regionMatches(true, 0, "file:", 0, 5);
    }
}
