package dev.dlint.rules.pin;

import dev.dlint.model.build.Stage;
import dev.dlint.rules.DockerfileContext;
import dev.dlint.rules.DockerfileRule;
import dev.dlint.rules.RuleMeta;
import dev.dlint.rules.Severity;
import java.util.Locale;

/**
 * PN201: a FROM whose registry image has no tag or the {@code latest} tag (and no digest).
 * Stage references, {@code scratch} and ARG-built names whose variables have no value are skipped.
 * Points at the image reference.
 */
public final class UnpinnedBaseImage implements DockerfileRule {
    public static final RuleMeta META = RuleMeta.of("PN201", "unpinned-base-image")
            .summary("FROM without a tag, or with `:latest`")
            .severity(Severity.WARNING)
            .aliases("DL3006", "DL3007")
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
            String shown = stage.from().image().text().equals(image.reference()) ? "`" + image.reference() + "`"
                    : "`" + stage.from().image().text() + "` (`" + image.reference() + "`)";
            if (image.tag() == null) {
                context.report(stage.from().image().span(), "base image " + shown + " has no tag, so it means `"
                        + image.name() + ":latest`, which moves: rebuilds silently get a different base; "
                        + "pin a version tag such as `" + image.name() + ":<version>` (and ideally a digest)");
            } else if (image.tag().toLowerCase(Locale.ROOT).equals("latest")) {
                context.report(stage.from().image().span(), "base image " + shown
                        + " uses the `latest` tag, which moves: rebuilds silently get a different base; "
                        + "pin a version tag (and ideally a digest)");
            }
        }
    }
}
