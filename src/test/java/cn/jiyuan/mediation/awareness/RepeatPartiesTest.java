package cn.jiyuan.mediation.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Who is the same person, and how earlier disputes are named. */
class RepeatPartiesTest {

    private final RepeatParties.Person wang = new RepeatParties.Person("王大山", "13812341234", "41088119800315123X");

    @Test
    void theSameIdNumberIsTheSamePersonWhateverTheNameAndPhone() {
        assertThat(wang.isSameAs("王大三", "13900000000", "41088119800315123x")).isTrue();
        assertThat(wang.isSameAs("王大山", "13900000000", "410881198003151234")).isFalse();
    }

    @Test
    void theSameNameWithTheSamePhoneDigitsIsTheSamePerson() {
        assertThat(wang.isSameAs("王大山", "138 1234 1234", null)).isTrue();
        assertThat(wang.isSameAs("王大山", "+86 138-1234-1234", null)).isTrue();
        assertThat(wang.isSameAs("王大三", "13812341234", null)).as("another name").isFalse();
        assertThat(wang.isSameAs("王大山", null, null)).as("a name alone").isFalse();
        RepeatParties.Person noPhone = new RepeatParties.Person("王大山", null, null);
        assertThat(noPhone.isSameAs("王大山", null, null)).isFalse();
    }

    @Test
    void phoneDigits() {
        assertThat(RepeatParties.digits("0391-6612345")).isEqualTo("03916612345");
        assertThat(RepeatParties.digits("+8613812341234")).isEqualTo("13812341234");
        assertThat(RepeatParties.digits("  ")).isNull();
    }

    @Test
    void tenEarlierDisputesAreNamedAndTheRestCounted() {
        List<String> earlier = IntStream.rangeClosed(1, 12).mapToObj(i -> "（2026）东许调字第" + i + "号").toList();
        String references = new RepeatParties.Match(earlier).references();
        assertThat(references).startsWith("（2026）东许调字第1号、").contains("第10号").doesNotContain("第11号")
                .endsWith("等12起");
        assertThat(new RepeatParties.Match(earlier.subList(0, 2)).references())
                .isEqualTo("（2026）东许调字第1号、（2026）东许调字第2号");
        assertThat(new RepeatParties.Match(List.of()).found()).isFalse();
    }
}
