package cn.jiyuan.mediation.screening.campaign;

import cn.jiyuan.mediation.support.OnH2;

@OnH2
class ScreeningCampaignOnH2Test extends ScreeningCampaignTestBase {
}
