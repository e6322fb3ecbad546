package cn.jiyuan.mediation.platform;

import org.springframework.test.context.TestPropertySource;

/** The platform on its embedded default: an H2 file database under a data folder. */
@TestPropertySource(properties = "mediation.data-dir=./target/test-data/platform-h2-${random.uuid}")
class PlatformOnH2Test extends PlatformTestBase {
}
