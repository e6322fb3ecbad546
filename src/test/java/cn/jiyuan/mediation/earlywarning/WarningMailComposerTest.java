package cn.jiyuan.mediation.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarningMailComposerTest {

    @Test
    void masksPhoneAndIdNumbersInFreeText() {
        assertThat(WarningMailComposer.mask("电话13812341234，座机0391-6612345，身份证410881198506011234，又41088119850601123X。"))
                .isEqualTo("电话138****1234，座机039****2345，身份证410881********1234，又410881********123X。");
        assertThat(WarningMailComposer.mask("涉及30人，金额50000元，2026年")).isEqualTo("涉及30人，金额50000元，2026年");
        assertThat(WarningMailComposer.mask(null)).isNull();
    }

    @Test
    void theMessageIdOfAnEmailIsAlwaysTheSame() {
        MailIdentity identity = new MailIdentity(42, "registered", " Dangwei@Jiyuan.example ");
        assertThat(identity.key()).isEqualTo("42:registered:dangwei@jiyuan.example");
        assertThat(identity.messageId("jiyuan.example")).isEqualTo(
                new MailIdentity(42, "registered", "dangwei@jiyuan.example").messageId("jiyuan.example"))
                .startsWith("<case-42.registered.").endsWith("@jiyuan.example>");
        assertThat(identity.messageId("jiyuan.example"))
                .isNotEqualTo(new MailIdentity(42, "ended-1", "dangwei@jiyuan.example").messageId("jiyuan.example"));
        assertThat(MailDispatcher.domain("tiaojie@jiyuan.example")).isEqualTo("jiyuan.example");
    }

    @Test
    void onlyHighAndCriticalOrFlaggedRisksWarrantAWarning() {
        assertThat(EscalationEventListener.warrantsWarning(cn.jiyuan.mediation.cases.RiskLevel.MEDIUM, false)).isFalse();
        assertThat(EscalationEventListener.warrantsWarning(cn.jiyuan.mediation.cases.RiskLevel.MEDIUM, true)).isTrue();
        assertThat(EscalationEventListener.warrantsWarning(cn.jiyuan.mediation.cases.RiskLevel.HIGH, false)).isTrue();
    }
}
