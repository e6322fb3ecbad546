package cn.jiyuan.mediation.organization.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.organization.UnitLevel;

/** Coverage gaps and the town scope on a registry of its own: two towns, three villages, one without a committee. */
class StaffingReportTest {

    private final OrganizationRepository registry = mock(OrganizationRepository.class);
    private final StaffingReport report = new StaffingReport(new StaffingRules(registry), registry);

    StaffingReportTest() {
        when(registry.findUnits()).thenReturn(List.of(
                new OrgUnit("419001", "济源示范区", UnitLevel.CITY, null, null),
                new OrgUnit("419001100", "克井镇", UnitLevel.TOWN, "419001", "419001100"),
                new OrgUnit("419001100201", "东许村", UnitLevel.VILLAGE, "419001100", "419001100"),
                new OrgUnit("419001100202", "西许村", UnitLevel.VILLAGE, "419001100", "419001100"),
                new OrgUnit("419001001", "沁园街道", UnitLevel.TOWN, "419001", "419001001"),
                new OrgUnit("419001001001", "沁园社区", UnitLevel.VILLAGE, "419001001", "419001001")));
        when(registry.findCommittees()).thenReturn(List.of(
                new Committee("TC419001100", "克井镇人民调解委员会", "克井镇", CommitteeType.TOWN, "419001100", null, "JO1"),
                new Committee("VC419001100201", "东许村人民调解委员会", "东许村", CommitteeType.VILLAGE, "419001100201", null, "JO1"),
                new Committee("TC419001001", "沁园街道人民调解委员会", "沁园", CommitteeType.TOWN, "419001001", null, "JO2"),
                new Committee("VC419001001001", "沁园社区人民调解委员会", "沁园社区", CommitteeType.VILLAGE, "419001001001", null, "JO2"),
                new Committee("IC-MEDICAL", "医调委", "医调委", CommitteeType.INDUSTRY, "419001", "MEDICAL", null)));
        List<Person> persons = new java.util.ArrayList<>();
        for (String c : List.of("TC419001100", "TC419001001")) {
            for (int i = 0; i < 3; i++) {
                persons.add(person(c + i, c, i == 0 ? "F" : "M", true));
            }
        }
        persons.add(person("v1", "VC419001100201", "F", true));
        persons.add(person("v2", "VC419001100201", "M", false));
        persons.add(person("v3", "VC419001100201", "M", false));
        when(registry.findPersons()).thenReturn(persons);
    }

    private static Person person(String code, String committee, String gender, boolean fullTimeMediator) {
        return new Person(code, "人" + code, gender, ForceType.MEDIATOR, fullTimeMediator, committee, CommitteeRole.MEMBER,
                null, null, null, null, List.of());
    }

    @Test
    void aVillageWithoutACommitteeIsACoverageGapNamedFirst() {
        StaffingReport.Report city = report.report(new StaffingReportScope(true, Set.of(), null));
        assertThat(city.coverage()).isEqualTo(new StaffingReport.Coverage(2, 2, 3, 2, 0.8));
        assertThat(city.shortfalls().get(0)).satisfies(s -> {
            assertThat(s.rule()).isEqualTo("COVERAGE");
            assertThat(s.townName()).isEqualTo("克井镇");
            assertThat(s.unitName()).isEqualTo("西许村");
            assertThat(s.committeeCode()).isNull();
            assertThat(s.detail()).isEqualTo("西许村未设立村（社区）人民调解委员会");
        });
        assertThat(city.committees()).isEqualTo(5);
        assertThat(city.compliantCommittees()).isEqualTo(3);
        assertThat(city.shortfalls()).extracting(StaffingReport.Shortfall::committeeCode).containsExactly(null,
                "VC419001001001", "VC419001001001", "VC419001001001", "IC-MEDICAL", "IC-MEDICAL");
        assertThat(city.shortfalls()).filteredOn(s -> "IC-MEDICAL".equals(s.committeeCode()))
                .allSatisfy(s -> assertThat(s.townName()).isEqualTo("全市"));
        assertThat(city.byRule()).extracting(StaffingReport.RuleCount::count).containsExactly(1L, 2L, 2L, 1L);
    }

    @Test
    void aTownsReportHasItsUnitsAndCommitteesOnly() {
        StaffingReport.Report kejing = report.report(new StaffingReportScope(false, Set.of("419001100"), "419001100"));
        assertThat(kejing.townName()).isEqualTo("克井镇");
        assertThat(kejing.coverage()).isEqualTo(new StaffingReport.Coverage(1, 1, 2, 1, 0.6667));
        assertThat(kejing.committees()).isEqualTo(2);
        assertThat(kejing.shortfalls()).singleElement().satisfies(s -> assertThat(s.unitCode()).isEqualTo("419001100202"));
    }
}
