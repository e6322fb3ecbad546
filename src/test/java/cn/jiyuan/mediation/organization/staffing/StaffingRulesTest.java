package cn.jiyuan.mediation.organization.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.Person;

class StaffingRulesTest {

    static final Committee TOWN = new Committee("TC1", "某镇人民调解委员会", "某镇", CommitteeType.TOWN, "419001100", null, "JO1");
    static final Committee VILLAGE = new Committee("VC1", "某村人民调解委员会", "某村", CommitteeType.VILLAGE, "419001100201", null, "JO1");
    static final Committee INDUSTRY = new Committee("IC1", "医调委", "医调委", CommitteeType.INDUSTRY, "419001", "MEDICAL", null);

    static Person member(int i, String gender, boolean fullTimeMediator) {
        return new Person("P" + i, "人" + i, gender, fullTimeMediator ? ForceType.MEDIATOR : ForceType.LEGAL_LITERATE,
                fullTimeMediator, "X", CommitteeRole.MEMBER, null, null, null, null, List.of());
    }

    static List<String> rules(Committee c, List<Person> members) {
        return StaffingRules.check(c, members).stream().map(StaffingFinding::rule).toList();
    }

    @Test
    void aWellStaffedTownCommitteeHasNoFinding() {
        assertThat(rules(TOWN, List.of(member(1, "F", true), member(2, "M", true), member(3, "M", true)))).isEmpty();
    }

    @Test
    void aTownCommitteeNeedsThreeFullTimeMediators() {
        assertThat(rules(TOWN, List.of(member(1, "F", true), member(2, "M", true), member(3, "M", false))))
                .containsExactly("专职人民调解员 2 人，镇（街道）调委会应不少于 3 人");
    }

    @Test
    void aVillageCommitteeNeedsOneFullTimeMediatorAndAWoman() {
        assertThat(rules(VILLAGE, List.of(member(1, "M", false), member(2, "M", false), member(3, "M", false))))
                .containsExactlyInAnyOrder("没有妇女成员", "专职人民调解员 0 人，村（社区）调委会应不少于 1 人");
    }

    @Test
    void membersMustNumberThreeToNine() {
        assertThat(rules(INDUSTRY, List.of(member(1, "F", true), member(2, "M", true))))
                .containsExactly("委员 2 人，应为 3 至 9 人");
        List<Person> ten = new ArrayList<>();
        IntStream.rangeClosed(1, 10).forEach(i -> ten.add(member(i, i == 1 ? "F" : "M", true)));
        assertThat(rules(INDUSTRY, ten)).containsExactly("委员 10 人，应为 3 至 9 人");
        assertThat(rules(INDUSTRY, ten.subList(0, 9))).isEmpty();
        assertThat(rules(VILLAGE, List.of())).hasSize(3);
    }
}
