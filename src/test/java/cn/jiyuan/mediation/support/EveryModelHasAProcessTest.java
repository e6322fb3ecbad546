package cn.jiyuan.mediation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The per-process tests together cover every sequence flow of every model: each test class asserts 100 % flow
 * coverage of the model it deploys (ProcessTestEngine), and this test makes sure that each BPMN in processes/ is
 * deployed alone by exactly one such class, so that a new model without its test fails the build.
 */
@Tag(ProcessTestEngine.TAG)
class EveryModelHasAProcessTest {

    @Test
    void eachBpmnIsDeployedAloneByOneCoverageCheckedProcessTest() throws Exception {
        Map<String, List<String>> testsOfModel = new TreeMap<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            testsOfModel.put("processes/" + model.getFilename(), new ArrayList<>());
        }
        assertThat(testsOfModel).as("models on the classpath").hasSizeGreaterThanOrEqualTo(7);

        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Deployment.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.jiyuan.mediation")) {
            // not initialized: its engine is built when the class itself runs
            Class<?> test = Class.forName(candidate.getBeanClassName(), false, getClass().getClassLoader());
            List<String> models = Arrays.stream(test.getAnnotation(Deployment.class).resources())
                    .filter(resource -> resource.endsWith(".bpmn")).toList();
            assertThat(models).as("%s deploys exactly one model", test.getSimpleName()).hasSize(1);
            assertThat(test.getSimpleName()).as("named after its process").endsWith("ProcessTest");
            assertThat(test.getAnnotation(Tag.class)).as("%s runs with the per-process tests", test.getSimpleName())
                    .isNotNull().extracting(Tag::value).isEqualTo(ProcessTestEngine.TAG);
            assertThat(coverageExtension(test)).as("%s registers ProcessTestEngine's extension", test.getSimpleName())
                    .isTrue();
            testsOfModel.computeIfAbsent(models.get(0), m -> new ArrayList<>()).add(test.getSimpleName());
        }

        assertThat(testsOfModel).allSatisfy((model, tests) ->
                assertThat(tests).as("per-process tests of %s", model).hasSize(1));
        System.out.println("Per-process tests of the models: " + testsOfModel);
    }

    private static boolean coverageExtension(Class<?> test) {
        for (Field field : test.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(RegisterExtension.class)
                    && ProcessEngineCoverageExtension.class.isAssignableFrom(field.getType())) {
                return true;
            }
        }
        return false;
    }
}
