package cn.jiyuan.mediation.platform;

import cn.jiyuan.mediation.support.OnH2;

/** The platform on its embedded default: an H2 file database under a data folder. */
@OnH2
class PlatformOnH2Test extends PlatformTestBase {
}
