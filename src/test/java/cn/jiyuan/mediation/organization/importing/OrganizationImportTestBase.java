package cn.jiyuan.mediation.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrganizationRepository;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;

/**
 * The registry import on a real database: good files land (and identities follow), the same files
 * again change nothing, bad files are rejected whole with every problem named and the database as it
 * was. Test data lives under 下冶镇 (419001110) with codes no other test uses, since the context is shared.
 */
@DemoPlatformTest
abstract class OrganizationImportTestBase {

    @Autowired
    OrganizationImportService importService;
    @Autowired
    OrganizationRepository registry;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    static ImportSource csv(String name, String... lines) {
        return new ImportSource(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A small, valid registry extension: two villages with committees, members and a contact. */
    static List<ImportSource> goodFiles(String v1, String v2, String login) {
        return List.of(
                csv("units.csv", "code,name,level,parent_code",
                        v1 + ",测试一村,VILLAGE,419001110",
                        v2 + ",\"测试二村, 新村\",VILLAGE,419001110"),
                csv("committees.csv", "code,name,short_name,type,unit_code,industry,supervising_office_code",
                        "VC" + v1 + ",下冶镇测试一村人民调解委员会,下冶镇测试一村,VILLAGE," + v1 + ",,JO419001110",
                        "VC" + v2 + ",下冶镇测试二村人民调解委员会,下冶镇测试二村,VILLAGE," + v2 + ",,JO419001110"),
                csv("persons.csv",
                        "code,name,gender,force_type,full_time,committee_code,committee_role,office_code,phone,email,login,extra_groups",
                        "T" + v1 + "A,李测试,女,人民调解员,是,VC" + v1 + ",DIRECTOR,,13900000001,t1@jiyuan.example," + login + ",",
                        "T" + v1 + "B,王测试,M,LEGAL_LITERATE,false,VC" + v1 + ",MEMBER,,,,,"),
                csv("contacts.csv", "code,name,organization,unit_code,title,email,phone",
                        "PS" + v1 + ",测试派出所,POLICE_STATION,419001110,值班室,ps" + v1 + "@jiyuan.example,"));
    }

    /** Everything the import could touch: registry rows and identity rows. */
    Map<String, Object> snapshot() {
        return Map.of(
                "units", jdbc.queryForList("select * from org_unit order by code"),
                "offices", jdbc.queryForList("select * from org_justice_office order by code"),
                "committees", jdbc.queryForList("select * from org_committee order by code"),
                "persons", jdbc.queryForList("select * from org_person order by code"),
                "contacts", jdbc.queryForList("select * from org_contact order by code"),
                "groups", jdbc.queryForList("select id_, name_, rev_ from act_id_group order by id_"),
                "users", jdbc.queryForList("select id_, first_, email_, rev_ from act_id_user order by id_"),
                "memberships", jdbc.queryForList("select user_id_, group_id_ from act_id_membership order by user_id_, group_id_"));
    }

    @Test
    void goodFilesAreImportedAndIdentitiesFollow() {
        ImportResult result = importService.importFiles(goodFiles("419001110901", "419001110902", "ceshi901"));

        assertThat(result.tables().get(OrgSheet.UNITS).written()).isEqualTo(2);
        assertThat(result.tables().get(OrgSheet.PERSONS).written()).isEqualTo(2);
        assertThat(registry.findUnit("419001110902")).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("测试二村, 新村");
            assertThat(u.townCode()).isEqualTo("419001110");
        });
        assertThat(registry.findPerson("T419001110901A")).hasValueSatisfying(p -> {
            assertThat(p.gender()).isEqualTo("F");
            assertThat(p.fullTime()).isTrue();
        });
        assertThat(identity.createGroupQuery().groupId("committee-VC419001110901").singleResult()).isNotNull();
        assertThat(identity.createGroupQuery().groupMember("ceshi901").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("committee-VC419001110901", "mediators", "committee-directors");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        List<ImportSource> files = goodFiles("419001110911", "419001110912", "ceshi911");
        importService.importFiles(files);
        Map<String, Object> before = snapshot();

        ImportResult again = importService.importFiles(files);

        assertThat(again.totalWritten()).isZero();
        assertThat(again.tables().get(OrgSheet.COMMITTEES).unchanged()).isEqualTo(2);
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * The committees' public phone (shown to citizens on 掌上调解) is an optional column: a file with it sets or clears
     * the phone, a file without it (the format before) leaves the phone as it is; a bad number is named.
     */
    @Test
    void aCommitteesPublicPhoneIsAnOptionalColumn() {
        importService.importFiles(goodFiles("419001110941", "419001110942", "ceshi941"));
        String header = "code,name,short_name,type,unit_code,industry,supervising_office_code,phone";
        String row = "VC419001110941,下冶镇测试一村人民调解委员会,下冶镇测试一村,VILLAGE,419001110941,,JO419001110,";

        ImportResult withPhone = importService.importFiles(List.of(csv("committees.csv", header, row + "0391-6941941")));
        assertThat(withPhone.tables().get(OrgSheet.COMMITTEES).written()).isEqualTo(1);
        assertThat(registry.findPublicPhone("VC419001110941")).contains("0391-6941941");
        assertThat(importService.importFiles(List.of(csv("committees.csv", header, row + "0391-6941941"))).totalWritten())
                .isZero();

        // the old format: the phone stays
        importService.importFiles(goodFiles("419001110941", "419001110942", "ceshi941"));
        assertThat(registry.findPublicPhone("VC419001110941")).contains("0391-6941941");

        assertThatThrownBy(() -> importService.importFiles(List.of(csv("committees.csv", header, row + "=HYPERLINK(1)"))))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> assertThat(e.problems())
                        .anyMatch(problem -> problem.field().equals("phone")));
        assertThat(registry.findPublicPhone("VC419001110941")).contains("0391-6941941");

        importService.importFiles(List.of(csv("committees.csv", header, row)));
        assertThat(registry.findPublicPhone("VC419001110941")).isEmpty();
    }

    @Test
    void aChangedRowIsUpdatedAndMembershipsFollow() {
        importService.importFiles(goodFiles("419001110921", "419001110922", "ceshi921"));
        // the director moves to the second village's committee
        importService.importFiles(List.of(csv("persons.csv",
                "code,name,gender,force_type,full_time,committee_code,committee_role,office_code,phone,email,login,extra_groups",
                "T419001110921A,李测试,F,MEDIATOR,true,VC419001110922,MEMBER,,13900000001,t1@jiyuan.example,ceshi921,")));
        assertThat(identity.createGroupQuery().groupMember("ceshi921").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("committee-VC419001110922", "mediators");
    }

    @Test
    void officeRolesGiveHeadsAndDeputiesTheirGroupsAndAnOfficeHasOneHead() {
        String header = "code,name,gender,force_type,full_time,committee_code,committee_role,office_code,phone,email,"
                + "login,extra_groups";
        // a deputy head of 下冶司法所, the role by its Chinese name
        importService.importFiles(List.of(csv("persons.csv", header + ",office_role",
                "T961A,孙副所,M,司法所工作人员,是,,,JO419001110,,,ceshi961,,副所长")));
        assertThat(registry.findPerson("T961A").orElseThrow().officeRole()).isEqualTo(OfficeRole.DEPUTY_HEAD);
        assertThat(identity.createGroupQuery().groupMember("ceshi961").list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("justice-office-419001110", "justice-office-staff",
                        "justice-office-deputy-head-419001110");
        assertThat(identity.createGroupQuery().groupId("justice-office-head-419001110").singleResult().getName())
                .isEqualTo("下冶司法所所长");
        // the demo's head of 下冶 (no login) is in the registry as such
        assertThat(registry.findPerson("P0214").orElseThrow().officeRole()).isEqualTo(OfficeRole.HEAD);

        // a file made before office_role existed changes the phone and keeps the deputy a deputy
        importService.importFiles(List.of(csv("persons.csv", header,
                "T961A,孙副所,M,JUSTICE_OFFICE_STAFF,true,,,JO419001110,13900000961,,ceshi961,")));
        assertThat(registry.findPerson("T961A")).hasValueSatisfying(p -> {
            assertThat(p.phone()).isEqualTo("13900000961");
            assertThat(p.officeRole()).isEqualTo(OfficeRole.DEPUTY_HEAD);
        });

        // a second head of 下冶, a role without an office, an unknown role: refused, naming row and field
        Map<String, Object> before = snapshot();
        assertThatThrownBy(() -> importService.importFiles(List.of(csv("persons.csv", header + ",office_role",
                "T961B,钱所长,M,JUSTICE_OFFICE_STAFF,true,,,JO419001110,,,,,HEAD",
                "T961C,赵所长,M,JUSTICE_OFFICE_STAFF,true,,,,,,,,所长",
                "T961D,周组长,M,JUSTICE_OFFICE_STAFF,true,,,JO419001110,,,,,组长"))))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.row() + "|" + p.field()).isEqualTo("2|office_role");
                        assertThat(p.message()).isEqualTo("司法所 JO419001110 已有所长 P0214（谭秀英），一个司法所只能有一名所长");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.row() + "|" + p.field()).isEqualTo("3|office_role");
                        assertThat(p.message()).contains("须同时填写 office_code");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.row() + "|" + p.field()).isEqualTo("4|office_role");
                        assertThat(p.message()).contains("“组长”", "所长", "副所长");
                    });
                });
        assertThat(snapshot()).isEqualTo(before);
        // a head moving within one file is fine: the old head becomes staff in the same import
        importService.importFiles(List.of(csv("persons.csv", header + ",office_role",
                "P0214,谭秀英,F,JUSTICE_OFFICE_STAFF,true,,,JO419001110,13803892014,,,,STAFF",
                "T961A,孙副所,M,JUSTICE_OFFICE_STAFF,true,,,JO419001110,13900000961,,ceshi961,,HEAD")));
        assertThat(identity.createGroupQuery().groupMember("ceshi961").list()).extracting(Group::getId)
                .contains("justice-office-head-419001110").doesNotContain("justice-office-deputy-head-419001110");
        // and back as the demo has it, for the tests sharing this database
        importService.importFiles(List.of(csv("persons.csv", header + ",office_role",
                "T961A,孙副所,M,JUSTICE_OFFICE_STAFF,true,,,JO419001110,13900000961,,ceshi961,,DEPUTY_HEAD",
                "P0214,谭秀英,F,JUSTICE_OFFICE_STAFF,true,,,JO419001110,13803892014,,,,HEAD")));
        assertThat(registry.findPerson("P0214").orElseThrow().officeRole()).isEqualTo(OfficeRole.HEAD);
    }

    @Test
    void badFilesAreRejectedAsAWholeNamingEveryProblemAndChangeNothing() {
        Map<String, Object> before = snapshot();
        List<ImportSource> files = List.of(
                csv("units.csv", "code,name,level,parent_code",
                        "419001110931,好村,VILLAGE,419001110",        // row 2: fine on its own
                        "41900111093,短码村,VILLAGE,419001110",        // row 3: 11 digits
                        "419001110933,,VILLAGE,419001110",            // row 4: no name
                        "419001110934,某村,HAMLET,419001110",          // row 5: unknown level
                        "419001120935,错镇村,VILLAGE,419001110"),      // row 6: does not start with parent
                csv("committees.csv", "code,name,short_name,type,unit_code,industry,supervising_office_code",
                        "VC419001110939,无村调委会,无村,VILLAGE,419001110939,,JO419001110",   // row 2: unknown unit
                        "IC-X,某调委会,某,INDUSTRY,419001,FARMING,"),                          // row 3: bad industry
                csv("persons.csv",
                        "code,name,gender,force_type,full_time,committee_code,committee_role,office_code,phone,email,login,extra_groups",
                        "T931,甲,X,MEDIATOR,true,,,,,,,",                       // row 2: gender
                        "T932,乙,F,MEDIATOR,maybe,,,,,not-an-email,zhangli,",   // row 3: full_time, email, login taken
                        "T933,丙,M,WIZARD,true,VC419001100201,,,,,,root"),      // row 4: force, role missing, group
                csv("contacts.csv", "code,name,organization,unit_code,title,email,phone",
                        "PC931,某党委,PARTY_COMMITTEE,419001110201,值班室,,"),   // row 2: village unit, no email
                csv("extra.csv", "code,name,colour", "1,2,3"));

        assertThatThrownBy(() -> importService.importFiles(files))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> {
                    List<String> found = new ArrayList<>();
                    e.problems().forEach(p -> found.add(p.source() + "|" + p.row() + "|" + p.field()));
                    assertThat(found).contains(
                            "units.csv|3|code", "units.csv|4|name", "units.csv|5|level", "units.csv|6|code",
                            "committees.csv|2|unit_code", "committees.csv|3|industry",
                            "persons.csv|2|gender", "persons.csv|3|full_time", "persons.csv|3|email",
                            "persons.csv|3|login", "persons.csv|4|force_type", "persons.csv|4|committee_role",
                            "persons.csv|4|extra_groups", "contacts.csv|2|unit_code", "contacts.csv|2|email",
                            "extra.csv|1|(table)");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
                });
        assertThat(snapshot()).isEqualTo(before);
        assertThat(registry.findUnit("419001110931")).isEmpty();
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreRefusedNamingRowAndField() throws IOException {
        Map<String, Object> before = snapshot();
        List<ImportSource> files = List.of(
                csv("units.csv", "code,name,level,parent_code",
                        "419001110961,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",VILLAGE,419001110", // row 2
                        "419001110962,+1+1,VILLAGE,419001110",                   // row 3
                        "419001110963,-2+3,VILLAGE,419001110",                   // row 4
                        "419001110964,@SUM(1),VILLAGE,419001110",                // row 5
                        "419001110965,\"\t=1+1\",VILLAGE,419001110",            // row 6: a leading tab
                        "419001110966,\"\r=1+1\",VILLAGE,419001110",            // row 7: a leading carriage return
                        "419001110967, =1+1,VILLAGE,419001110",                  // row 8: a space before it
                        "419001110968,测试\u202e村,VILLAGE,419001110",            // row 9: a bidi override
                        "419001110969,=1+1,VILLAGE,419001110"),                  // row 10
                csv("contacts.csv", "code,name,organization,unit_code,title,email,phone",
                        "PC419001110961,某党委,PARTY_COMMITTEE,419001110,=cmd|' /C calc'!A0,x@jiyuan.example,", // title
                        "PC419001110962,某政府,GOVERNMENT,419001110,值班室,@x@jiyuan.example,+8613812345678"), // email
                new ImportSource("org.xlsx", formulaWorkbook()));

        assertThatThrownBy(() -> importService.importFiles(files))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> {
                    List<String> found = new ArrayList<>();
                    e.problems().forEach(p -> found.add(p.source() + "|" + p.row() + "|" + p.field()));
                    assertThat(found).contains("units.csv|2|name", "units.csv|3|name", "units.csv|4|name",
                            "units.csv|5|name", "units.csv|6|name", "units.csv|7|name", "units.csv|8|name",
                            "units.csv|9|name", "units.csv|10|name", "contacts.csv|2|title", "contacts.csv|3|email",
                            "org.xlsx!units|2|name");
                    // an international phone number starts with + and is no formula
                    assertThat(found).doesNotContain("contacts.csv|3|phone");
                    assertThat(e.problems()).filteredOn(p -> p.field().equals("name") && p.row() == 2)
                            .allSatisfy(p -> assertThat(p.message()).contains("公式"));
                    assertThat(e.problems()).filteredOn(p -> p.row() == 9)
                            .allSatisfy(p -> assertThat(p.message()).contains("U+202E"));
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    /** A workbook whose unit name is a formula cell (shown by a spreadsheet as its result, "点击"). */
    static byte[] formulaWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("units");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("code", "name", "level", "parent_code");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("419001110970");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example\",\"点击\")");
            row.createCell(2).setCellValue("VILLAGE");
            row.createCell(3).setCellValue("419001110");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aWrongHeaderIsNamed() {
        assertThatThrownBy(() -> importService.importFiles(List.of(csv("units.csv", "code,name,level", "1,2,3"))))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field).containsExactly("parent_code"));
    }

    @Test
    void anXlsxWorkbookImportsLikeCsvFiles() throws IOException {
        byte[] workbook = workbook(Map.of(
                "units", List.of(List.of("code", "name", "level", "parent_code"),
                        List.of("419001110941", "表格村", "VILLAGE", "419001110")),
                "committees", List.of(List.of("code", "name", "short_name", "type", "unit_code", "industry",
                                "supervising_office_code"),
                        List.of("VC419001110941", "下冶镇表格村人民调解委员会", "下冶镇表格村", "VILLAGE", "419001110941", "",
                                "JO419001110"))));
        ImportResult result = importService.importFiles(List.of(new ImportSource("org.xlsx", workbook)));
        assertThat(result.totalWritten()).isEqualTo(2);
        assertThat(registry.findCommittee("VC419001110941")).isPresent();

        byte[] bad = workbook(Map.of("persons", List.of(List.of("code", "name"), List.of("T941", "甲"))));
        assertThatThrownBy(() -> importService.importFiles(List.of(new ImportSource("bad.xlsx", bad))))
                .isInstanceOfSatisfying(OrganizationImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::source).allMatch(s -> s.equals("bad.xlsx!persons")));
        assertThatThrownBy(() -> importService.importFiles(List.of(new ImportSource("junk.xlsx", new byte[]{1, 2}))))
                .isInstanceOf(OrganizationImportException.class);
    }

    static byte[] workbook(Map<String, List<List<String>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
            wb.write(out);
            return out.toByteArray();
        }
    }

    // ---- the admin endpoint, over real HTTP --------------------------------------------------

    private HttpResponse<String> upload(String user, String password, ImportSource... files) {
        String boundary = "----mediation" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (ImportSource f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Http http = new Http(port);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url("/api/admin/organization/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        return http.send(request.build());
    }

    @Test
    void theAdminEndpointImportsRejectsAndRefuses() {
        List<ImportSource> good = goodFiles("419001110951", "419001110952", "ceshi951");
        HttpResponse<String> ok = upload("admin", "admin-secret", good.toArray(ImportSource[]::new));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"UNITS\"", "\"written\":2");
        assertThat(registry.findUnit("419001110951")).isPresent();

        HttpResponse<String> bad = upload("admin", "admin-secret",
                csv("units.csv", "code,name,level,parent_code", "419001110953,,VILLAGE,419001110"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("\"row\":2", "\"field\":\"name\"", "units.csv");

        assertThat(upload("zhangli", "demo", good.get(0)).statusCode()).isEqualTo(403);
        assertThat(upload(null, null, good.get(0)).statusCode()).isEqualTo(401);
    }
}
