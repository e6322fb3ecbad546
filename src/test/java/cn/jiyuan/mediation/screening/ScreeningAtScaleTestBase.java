package cn.jiyuan.mediation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.organization.importing.ImportSource;
import cn.jiyuan.mediation.organization.importing.OrganizationImportService;
import cn.jiyuan.mediation.screening.report.ScreeningReportRepository;
import cn.jiyuan.mediation.screening.schedule.ScreeningRound;
import cn.jiyuan.mediation.screening.schedule.ScreeningRoundRepository;

/**
 * A daily round with the full-size organization: the 16 real towns and 534 villages/communities (an
 * imported registry of its own, no demo data), so 550 report tasks. The schedule's timer job only
 * writes the round's rows; the report processes are started by batch jobs of 25 units each. Prints how
 * long it took.
 */
@SpringBootTest(properties = {"mediation.admin.password=admin-secret", "camunda.bpm.job-execution.enabled=false",
        "mediation.screening.start-batch-size=25"})
public abstract class ScreeningAtScaleTestBase {

    static final String[][] TOWNS = {{"001", "沁园街道"}, {"002", "济水街道"}, {"003", "北海街道"}, {"004", "天坛街道"},
            {"005", "玉泉街道"}, {"100", "克井镇"}, {"101", "五龙口镇"}, {"102", "轵城镇"}, {"103", "承留镇"},
            {"104", "邵原镇"}, {"105", "坡头镇"}, {"106", "梨林镇"}, {"107", "大峪镇"}, {"108", "思礼镇"},
            {"109", "王屋镇"}, {"110", "下冶镇"}};
    static final int VILLAGES = 534;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganizationImportService importService;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    ScreeningRoundRepository rounds;
    @Autowired
    ScreeningReportRepository reports;

    @AfterEach
    void resetClock() {
        ScreeningEngine.resetClock();
    }

    /** The full-size registry as import files (also the organization of the case-volume benchmark). */
    public static List<ImportSource> fullSizeOrganization() {
        StringBuilder units = new StringBuilder("code,name,level,parent_code\n419001,济源产城融合示范区,CITY,\n");
        StringBuilder offices = new StringBuilder("code,name,town_code,email\n");
        StringBuilder committees = new StringBuilder("code,name,short_name,type,unit_code,industry,supervising_office_code\n");
        for (int t = 0; t < TOWNS.length; t++) {
            String town = "419001" + TOWNS[t][0];
            String name = TOWNS[t][1];
            units.append(town).append(',').append(name).append(",TOWN,419001\n");
            offices.append("JO").append(town).append(',').append(name).append("司法所,").append(town).append(",\n");
            committees.append("TC").append(town).append(',').append(name).append("人民调解委员会,").append(name)
                    .append(",TOWN,").append(town).append(",,JO").append(town).append('\n');
            int villages = VILLAGES / TOWNS.length + (t < VILLAGES % TOWNS.length ? 1 : 0);
            for (int v = 1; v <= villages; v++) {
                String village = town + String.format("%03d", 200 + v);
                String villageName = "第" + v + "村";
                units.append(village).append(',').append(villageName).append(",VILLAGE,").append(town).append('\n');
                committees.append("VC").append(village).append(',').append(name).append(villageName)
                        .append("人民调解委员会,").append(name).append(villageName).append(",VILLAGE,").append(village)
                        .append(",,JO").append(town).append('\n');
            }
        }
        return List.of(csv("units.csv", units), csv("justice_offices.csv", offices), csv("committees.csv", committees));
    }

    private static ImportSource csv(String name, StringBuilder text) {
        return new ImportSource(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDailyRoundGivesEveryOneOfThe550UnitsItsTaskInBatchesOfTwentyFive() {
        importService.importFiles(fullSizeOrganization());
        Set<String> committeeGroups = registry.findCommittees().stream().map(Committee::groupId)
                .collect(Collectors.toSet());
        assertThat(committeeGroups).hasSize(TOWNS.length + VILLAGES);
        ScreeningEngine screening = new ScreeningEngine(engine, rounds, reports);
        LocalDate nationalDay = LocalDate.of(2027, 10, 1);
        ScreeningEngine.clockAt(nationalDay.atTime(8, 0));

        long start = System.nanoTime();
        Job timer = management.createJobQuery().processDefinitionKey(ScreeningEngine.SCHEDULE).timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
        management.executeJob(timer.getId());
        long planned = System.nanoTime();
        List<Job> batches = management.createJobQuery().processDefinitionKey(ScreeningEngine.SCHEDULE).list().stream()
                .filter(j -> j.getProcessInstanceId() != null).toList();
        int executed = screening.executeScheduleJobs();
        long done = System.nanoTime();

        List<ScreeningRound> opened = rounds.findOn(nationalDay);
        assertThat(opened).extracting(r -> r.kind().name()).containsExactly("DAILY");
        assertThat(batches).hasSize(22); // 550 units / 25 per job
        assertThat(executed).isEqualTo(22);
        long roundId = opened.get(0).id();
        List<String> instances = reports.findByRound(roundId).stream().map(r -> r.processInstanceId()).toList();
        assertThat(instances).hasSize(550).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(tasks.createTaskQuery().processDefinitionKey("screening-report").taskDefinitionKey("report").count())
                .isEqualTo(550);
        Set<String> groupsWithATask = new java.util.HashSet<>();
        for (List<String> chunk : chunks(instances, 100)) {
            tasks.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).list()
                    .forEach(t -> tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                            .forEach(l -> groupsWithATask.add(l.getGroupId())));
        }
        assertThat(groupsWithATask).isEqualTo(committeeGroups);

        System.out.printf("[scale] %s: daily round for %d units: round planned in %d ms (1 job), %d report processes "
                        + "and tasks created in %d ms (%d batch jobs), %d ms in all%n", getClass().getSimpleName(),
                instances.size(), (planned - start) / 1_000_000, instances.size(), (done - planned) / 1_000_000,
                executed, (done - start) / 1_000_000);
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }
}
