package cn.jiyuan.mediation.disputecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.documents.UndisplayableCharacterException;

/** A character the agreement's font cannot print is put to the mediator in Chinese, naming where it is. */
class UnprintableAgreementTest {

    @Test
    void theMediatorIsToldWhichPartOfTheAgreementToWriteOtherwise() {
        MediationInputException terms = MediationLifecycleService.unprintable(
                new UndisplayableCharacterException("agreedTerms[1]", 0x1F600));
        assertThat(terms.userMessage()).isEqualTo("协议内容中的字符“\uD83D\uDE00”无法印入调解协议书，请改用其他写法");
        assertThat(MediationLifecycleService.unprintable(new UndisplayableCharacterException("parties[0].name", 0x2A6D6))
                .userMessage()).startsWith("当事人基本情况中的字符");
        assertThat(MediationLifecycleService.unprintable(new UndisplayableCharacterException("disputeFacts", 0x1F600))
                .userMessage()).startsWith("纠纷事实中的字符");
    }
}
