package dev.dlint.rules;

/** A rule over one Dockerfile. */
public interface DockerfileRule extends Rule {
    void check(DockerfileContext context);
}
