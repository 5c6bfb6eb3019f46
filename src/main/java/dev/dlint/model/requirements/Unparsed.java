package dev.dlint.model.requirements;

import dev.dlint.source.Span;

/** A line the parser could not make sense of; pip would most likely reject it. */
public record Unparsed(String text, Span span, String reason) implements RequirementLine {
}
