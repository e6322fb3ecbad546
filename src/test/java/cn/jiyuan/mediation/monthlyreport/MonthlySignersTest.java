package cn.jiyuan.mediation.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.Person;

/** Who signs off a town's monthly report, from the registry: the head, else a deputy head, else the staff (warned). */
class MonthlySignersTest {

    private static final JusticeOffice KEJING = new JusticeOffice("JO419001100", "克井司法所", "419001100", null);

    private final OrganizationRepository registry = mock(OrganizationRepository.class);
    private final MonthlySigners signers = new MonthlySigners(registry);

    @BeforeEach
    void office() {
        when(registry.findOfficeOfTown("419001100")).thenReturn(Optional.of(KEJING));
        when(registry.findOffice("JO419001100")).thenReturn(Optional.of(KEJING));
    }

    private static Person person(String code, String login, OfficeRole role) {
        return new Person(code, "某人", "M", ForceType.JUSTICE_OFFICE_STAFF, true, null, null, "JO419001100", null, null,
                login, List.of(), role);
    }

    @Test
    void theHeadSignsWhenTheRegistryNamesOneWhoCanLogIn() {
        when(registry.findPersonsOfOffice("JO419001100")).thenReturn(List.of(person("P1", "staff", OfficeRole.STAFF),
                person("P2", "deputy", OfficeRole.DEPUTY_HEAD), person("P3", "head", OfficeRole.HEAD)));

        assertThat(signers.of("419001100")).isEqualTo(new MonthlySigners.Signer("justice-office-head-419001100", "",
                OfficeRole.HEAD));
    }

    @Test
    void aHeadWithoutLoginIsAsNoHeadTheDeputySigns() {
        when(registry.findPersonsOfOffice("JO419001100")).thenReturn(List.of(person("P2", "deputy", OfficeRole.DEPUTY_HEAD),
                person("P3", null, OfficeRole.HEAD)));

        MonthlySigners.Signer signer = signers.of("419001100");
        assertThat(signer.groupId()).isEqualTo("justice-office-deputy-head-419001100");
        assertThat(signer.note()).contains("副所长");
    }

    @Test
    void withNeitherTheStaffSignWithAWarningToCompleteTheRegistry() {
        when(registry.findPersonsOfOffice("JO419001100")).thenReturn(List.of(person("P1", "staff", OfficeRole.STAFF),
                person("P3", " ", OfficeRole.HEAD)));

        MonthlySigners.Signer signer = signers.of("419001100");
        assertThat(signer.groupId()).isEqualTo("justice-office-419001100");
        assertThat(signer.role()).isEqualTo(OfficeRole.STAFF);
        assertThat(signer.note()).startsWith("注意：").contains("暂由司法所工作人员审核签发", "登记所长")
                .doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void theSignerIsNamedWithTheOfficeAndPosition() {
        when(registry.findPersonByLogin("head")).thenReturn(Optional.of(person("P3", "head", OfficeRole.HEAD)));

        assertThat(signers.describe("head")).isEqualTo("某人（克井司法所所长）");
        assertThat(signers.describe("gone")).isEqualTo("gone");
    }
}
