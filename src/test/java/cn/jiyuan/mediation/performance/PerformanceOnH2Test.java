package cn.jiyuan.mediation.performance;

import org.springframework.test.context.TestPropertySource;

/**
 * The performance run on the embedded default exactly as it starts: an H2 file database under a fresh data folder,
 * with the platform's own URL (each commit forced to the disk), not the tests' faster one without it.
 */
@TestPropertySource(properties = "mediation.data-dir=./target/performance/h2-${random.uuid}")
class PerformanceOnH2Test extends PerformanceTestBase {

    @Override
    String database() {
        return "h2";
    }
}
