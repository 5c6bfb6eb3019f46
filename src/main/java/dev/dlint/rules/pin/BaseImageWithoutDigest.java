package dev.dlint.rules.pin;

import dev.dlint.model.build.Stage;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;

/**
 * PN202 (off by default): a FROM whose registry image has no {@code @sha256:} digest. Tags are
 * mutable: a digest is the only reference that always names the same image. Points at the image
 * reference.
 */
public final class BaseImageWithoutDigest implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("PN202", "base-image-without-digest")
            .summary("FROM without an `@sha256:` digest")
            .severity(Severity.WARNING)
            .offByDefault()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(DockerfileContext context) {
        for (Stage stage : context.model().stages()) {
            BaseImages image = BaseImages.of(context.model(), stage).orElse(null);
            if (image == null || image.hasDigest()) {
                continue;
            }
            context.report(stage.from().image().span(), "base image `" + image.reference()
                    + "` has no digest: its tag can be re-pushed, so the same Dockerfile may build on a different base; "
                    + "append `@sha256:<digest>` (keep the tag for readers) and update it deliberately");
        }
    }
}
