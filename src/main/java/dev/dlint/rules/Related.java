package dev.dlint.rules;

import dev.dlint.source.SourceFile;
import dev.dlint.source.Span;

/** A secondary location that explains a finding (the COPY that busts the cache, say). */
public record Related(SourceFile file, Span span, String message) {
}
