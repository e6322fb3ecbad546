package cn.jiyuan.mediation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The examples table kept with the project for each rule set (src/main/resources/rules/{code}-examples.csv): inputs
 * and the outcomes every version must still give, one row at least for every rule of the shipped file. The single
 * source of the expected outcomes: the DMN unit tests run it against the shipped files, the platform against every
 * new version before it deploys it.
 */
public final class ProjectExamples {

    private ProjectExamples() {
    }

    /** The table as kept with the platform (UTF-8 CSV). */
    public static byte[] csv(RuleSet set) {
        try (InputStream in = ProjectExamples.class.getClassLoader().getResourceAsStream(set.examplesResource())) {
            if (in == null) {
                throw new IllegalStateException(set.examplesResource() + " is missing from the platform");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's examples. */
    public static List<Example> of(RuleSet set) {
        return ExampleTable.read(csv(set), set.examples(), ExampleSource.PROJECT);
    }
}
