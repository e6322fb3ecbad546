package cn.jiyuan.mediation.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The e-mail templates render every section in order, with optional lines left out cleanly. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> common() {
        Map<String, Object> v = new HashMap<>();
        v.put("salutation", "克井镇党委办公室");
        v.put("caseNumber", "（2026）克井镇东许村调字第1号");
        v.put("category", "邻里");
        v.put("place", "克井镇东许村");
        v.put("people", "30人");
        v.put("caseLink", "http://localhost:8080/api/cases/1");
        v.put("caseProcessLink", "http://localhost:8080/camunda/app/cockpit/default/#/process-instance/a");
        v.put("warningProcessLink", null);
        return v;
    }

    @Test
    void aWarningHasItsFourSectionsAndOptionalLinesOnlyWhenThereIsSomethingToSay() {
        Map<String, Object> v = common();
        v.put("escalation", false);
        v.put("riskLevel", "重大风险");
        v.put("reason", "受理登记时研判为重大风险：扬言暴力或报复");
        v.put("amount", null);
        v.put("registeredAt", "2026-12-02 16:00:32");
        v.put("committee", "克井镇东许村人民调解委员会");
        v.put("summary", "两家因排水沟发生纠纷。${x}<b>");
        v.put("parties", "王某（申请人，电话 138****1234）");
        v.put("indicators", "扬言暴力或报复");
        v.put("sensitivePeriod", false);
        v.put("recommendation", "建议立即启动应急预案。");
        String mail = templates.render("mail/warning", v);
        assertThat(mail).startsWith("克井镇党委办公室：\n\n现将一起需要预警的矛盾纠纷报告如下：\n\n一、基本情况\n案号：")
                .contains("预警原因：受理登记时研判为重大风险：扬言暴力或报复\n发生地点：克井镇东许村\n涉及人数：30人\n受理时间：",
                        "\n\n二、纠纷简况\n两家因排水沟发生纠纷。${x}<b>\n当事人：王某（申请人，电话 138****1234）\n\n三、风险因素\n",
                        "四、工作建议\n建议立即启动应急预案。\n\n案件信息：http://localhost:8080/api/cases/1\n案件办理流程（Cockpit）：",
                        "\n\n本邮件由济源示范区人民调解案件编排平台自动发送")
                .doesNotContain("涉及金额", "敏感时期", "预警处置流程", "\n\n\n", "[#", "[/]", "th:");
    }

    @Test
    void anOutcomeReportSaysHowTheCaseEnded() {
        Map<String, Object> v = common();
        v.put("ending", "已结案（达成书面调解协议）");
        v.put("endedAt", "2026-12-20 10:00:00");
        v.put("instructions", "妥善处置（镇党委）");
        v.put("jointHandling", null);
        String mail = templates.render("mail/outcome", v);
        assertThat(mail).contains("此前预警的矛盾纠纷已办结", "办结情况：已结案（达成书面调解协议）\n办结时间：2026-12-20 10:00:00\n"
                + "党委政府批示：妥善处置（镇党委）\n该案已在矛盾纠纷专门台账中销号。\n\n案件信息：")
                .doesNotContain("联合处置情况", "\n\n\n", "[#");
    }
}
