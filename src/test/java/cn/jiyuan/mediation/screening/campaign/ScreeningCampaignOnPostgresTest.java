package cn.jiyuan.mediation.screening.campaign;

import cn.jiyuan.mediation.support.OnPostgres;

@OnPostgres
class ScreeningCampaignOnPostgresTest extends ScreeningCampaignTestBase {
}
