package dev.dlint.model.requirements;

import dev.dlint.source.Span;

/**
 * One entry of a requirements file. {@link #span()} covers the whole logical line: every physical
 * line joined by trailing backslashes, from the first line's start to the last line's end.
 */
public sealed interface RequirementLine permits Requirement, Include, GlobalOption, Unparsed {

    Span span();
}
