package cn.jiyuan.mediation.organization.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.jiyuan.mediation.organization.importing.ImportSource;
import cn.jiyuan.mediation.organization.importing.OrganizationImportService;

/**
 * Every path of staffing-review against a registry of our own (no demo data): first a fully staffed
 * organization (compliant path), then one more committee without members (rectification path).
 */
@SpringBootTest(properties = {"mediation.admin.password=admin-secret", "camunda.bpm.job-execution.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StaffingReviewProcessTestBase {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganizationImportService importService;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    static ImportSource csv(String name, String... lines) {
        return new ImportSource(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void aFullyStaffedOrganizationEndsAsCompliant() {
        importService.importFiles(List.of(
                csv("units.csv", "code,name,level,parent_code", "419001,济源示范区,CITY,", "419001100,克井镇,TOWN,419001",
                        "419001100201,东许村,VILLAGE,419001100"),
                csv("justice_offices.csv", "code,name,town_code,email", "JO419001100,克井司法所,419001100,"),
                csv("committees.csv", "code,name,short_name,type,unit_code,industry,supervising_office_code",
                        "TC419001100,克井镇人民调解委员会,克井镇,TOWN,419001100,,JO419001100",
                        "VC419001100201,东许村人民调解委员会,东许村,VILLAGE,419001100201,,JO419001100"),
                csv("persons.csv",
                        "code,name,gender,force_type,full_time,committee_code,committee_role,office_code,phone,email,login,extra_groups",
                        "P1,甲,F,MEDIATOR,true,TC419001100,DIRECTOR,,,,,",
                        "P2,乙,M,MEDIATOR,true,TC419001100,MEMBER,,,,,",
                        "P3,丙,M,MEDIATOR,true,TC419001100,MEMBER,,,,,",
                        "P4,丁,F,MEDIATOR,true,VC419001100201,DIRECTOR,,,,,",
                        "P5,戊,M,LEGAL_LITERATE,false,VC419001100201,MEMBER,,,,,",
                        "P6,己,M,LEGAL_ADVISER,false,VC419001100201,MEMBER,,,,,")));

        ProcessInstance review = runtime.startProcessInstanceByKey("staffing-review");

        assertThat(review).isEnded().hasPassed("findGaps", "staffingCompliant").hasNotPassed("rectify");
    }

    @Test
    @Order(2)
    void gapsGiveTheSupervisingOfficeARectificationTask() {
        importService.importFiles(List.of(
                csv("units.csv", "code,name,level,parent_code", "419001100202,西许村,VILLAGE,419001100"),
                csv("committees.csv", "code,name,short_name,type,unit_code,industry,supervising_office_code",
                        "VC419001100202,西许村人民调解委员会,西许村,VILLAGE,419001100202,,JO419001100")));

        ProcessInstance review = runtime.startProcessInstanceByKey("staffing-review");

        assertThat(review).isWaitingAt("rectify");
        Task task = task(review);
        assertThat(task).hasCandidateGroup("justice-office-419001100").hasName("整改调委会人员配备");
        assertThat(task.getDueDate()).isAfter(new Date());
        String summary = (String) tasks.getVariable(task.getId(), "findingSummary");
        assertThat(summary).contains("西许村人民调解委员会：委员 0 人，应为 3 至 9 人", "没有妇女成员")
                .doesNotContain("东许村");

        complete(task, withVariables("rectificationMeasures", "选聘三名委员，其中一名女性专职调解员",
                "rectificationDueDate", new Date()));
        assertThat(review).isEnded().hasPassed("rectify", "rectified");
    }
}
