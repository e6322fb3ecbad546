package cn.jiyuan.mediation.organization.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.jiyuan.mediation.organization.Committee;
import cn.jiyuan.mediation.organization.CommitteeRole;
import cn.jiyuan.mediation.organization.CommitteeType;
import cn.jiyuan.mediation.organization.Contact;
import cn.jiyuan.mediation.organization.ContactOrganization;
import cn.jiyuan.mediation.organization.ForceType;
import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OfficeRole;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.Person;
import cn.jiyuan.mediation.organization.UnitLevel;
import cn.jiyuan.mediation.platform.UserText;

/** Field-level checks of each row (formats, required values); references are checked afterwards. */
final class OrganizationRowParser {

    /** Statistical division codes: 6 digits for the city, 9 for a town, 12 for a village. */
    private static final Pattern DIVISION_CODE = Pattern.compile("^\\d{6}(\\d{3}){0,2}$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");
    private static final Pattern LOGIN = Pattern.compile("^[A-Za-z0-9_.-]{2,64}$");

    /** Dispute categories that have an industry committee (行业性专业性调委会). */
    static final Set<String> INDUSTRIES = Set.of("MEDICAL", "ROAD_TRAFFIC", "LABOR_DISPUTE", "PROPERTY_MANAGEMENT",
            "INTELLECTUAL_PROPERTY");
    /** Groups a person may be given beyond those that follow from committee and office. */
    static final Set<String> EXTRA_GROUPS = Set.of("grassroots-section", "camunda-admin");

    private final List<ImportProblem> problems;
    /** Public phones of the committees whose file has the column "phone", by code ("" clears one). */
    private final Map<String, String> committeePhones = new HashMap<>();

    OrganizationRowParser(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** The public phone a committee row gave (empty: none, to be cleared); absent when its file has no such column. */
    java.util.Optional<String> committeePhone(String code) {
        return java.util.Optional.ofNullable(committeePhones.get(code));
    }

    Checked<OrgUnit> unit(String source, ImportRow row) {
        RowReader r = new RowReader(source, row, problems);
        String code = r.matching("code", true, DIVISION_CODE, "6、9或12位的统计用区划代码");
        String name = r.required("name", 100);
        UnitLevel level = r.enumValue("level", true, UnitLevel.class);
        String parent = r.matching("parent_code", false, DIVISION_CODE, "统计用区划代码");
        if (code != null && level != null) {
            int expectedLength = switch (level) {
                case CITY -> 6;
                case TOWN -> 9;
                case VILLAGE -> 12;
            };
            if (code.length() != expectedLength) {
                r.problem("code", level + " 级单位的代码应为" + expectedLength + "位，" + UserText.quote(code) + "为"
                        + code.length() + "位");
            }
            if (level == UnitLevel.CITY && parent != null) {
                r.problem("parent_code", "市级单位（CITY）没有上级单位");
            }
            if (level != UnitLevel.CITY && parent == null && row.get("parent_code") == null) {
                r.problem("parent_code", level + " 级单位必填");
            }
            if (parent != null && !code.startsWith(parent)) {
                r.problem("code", UserText.quote(code) + "没有以上级单位的代码" + UserText.quote(parent) + "开头");
            }
        }
        String townCode = level == null ? null : switch (level) {
            case CITY -> null;
            case TOWN -> code;
            case VILLAGE -> parent;
        };
        return checked(r, new OrgUnit(code, name, level, parent, townCode));
    }

    Checked<JusticeOffice> office(String source, ImportRow row) {
        RowReader r = new RowReader(source, row, problems);
        String code = r.matching("code", true, CODE, "由字母、数字、“_”或“-”组成的代码（最多32位）");
        String name = r.required("name", 100);
        String town = r.matching("town_code", true, DIVISION_CODE, "镇（街道）的统计用区划代码");
        String email = r.email("email", false);
        return checked(r, new JusticeOffice(code, name, town, email));
    }

    Checked<Committee> committee(String source, ImportRow row) {
        RowReader r = new RowReader(source, row, problems);
        String code = r.matching("code", true, CODE, "由字母、数字、“_”或“-”组成的代码（最多32位）");
        String name = r.required("name", 100);
        String shortName = r.required("short_name", 40);
        CommitteeType type = r.enumValue("type", true, CommitteeType.class);
        String unit = r.matching("unit_code", true, DIVISION_CODE, "统计用区划代码");
        String industry = r.optional("industry", 32);
        String office = r.matching("supervising_office_code", false, CODE, "司法所代码");
        if (type == CommitteeType.INDUSTRY && industry == null) {
            r.problem("industry", "行业性专业性调委会（INDUSTRY）必填，取值之一：" + industries());
        } else if (type == CommitteeType.INDUSTRY && !INDUSTRIES.contains(industry)) {
            r.problem("industry", UserText.quote(industry) + "不是以下取值之一：" + industries());
        } else if (type != null && type != CommitteeType.INDUSTRY && industry != null) {
            r.problem("industry", "只有行业性专业性调委会（INDUSTRY）填写行业");
        }
        if ((type == CommitteeType.VILLAGE || type == CommitteeType.TOWN) && office == null
                && row.get("supervising_office_code") == null) {
            r.problem("supervising_office_code", type + " 类调委会必填");
        }
        if (row.values().containsKey("phone") && code != null) {
            String phone = r.phone("phone");
            committeePhones.put(code, phone == null ? "" : phone);
        }
        return checked(r, new Committee(code, name, shortName, type, unit, industry, office));
    }

    Checked<Person> person(String source, ImportRow row) {
        RowReader r = new RowReader(source, row, problems);
        String code = r.matching("code", true, CODE, "由字母、数字、“_”或“-”组成的代码（最多32位）");
        String name = r.required("name", 50);
        String gender = r.parsed("gender", true, OrganizationRowParser::gender, "M 或 F（男/女）");
        ForceType force = r.parsed("force_type", true, v -> ForceType.parse(v).orElse(null),
                "以下取值之一：" + String.join("、", Arrays.stream(ForceType.values()).map(Enum::name).toList()));
        Boolean fullTime = r.parsed("full_time", true, OrganizationRowParser::yesNo, "true 或 false（是/否）");
        String committee = r.matching("committee_code", false, CODE, "调委会代码");
        CommitteeRole role = r.enumValue("committee_role", false, CommitteeRole.class);
        String office = r.matching("office_code", false, CODE, "司法所代码");
        OfficeRole officeRole = r.parsed("office_role", false, v -> OfficeRole.parse(v).orElse(null),
                "以下取值之一：HEAD（所长）、DEPUTY_HEAD（副所长）、STAFF（工作人员）");
        String phone = r.phone("phone");
        String email = r.email("email", false);
        String login = r.matching("login", false, LOGIN, "由2至64位字母、数字、“_”“.”或“-”组成的登录名");
        String extra = r.optional("extra_groups", 200);
        List<String> extraGroups = extra == null ? List.of()
                : Arrays.stream(extra.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String g : extraGroups) {
            if (!EXTRA_GROUPS.contains(g)) {
                r.problem("extra_groups", UserText.quote(g) + "不是以下取值之一：" + String.join("、", EXTRA_GROUPS));
            }
        }
        if (role != null && committee == null) {
            r.problem("committee_role", "填写调委会职务时须同时填写 committee_code");
        }
        if (committee != null && role == null && row.get("committee_role") == null) {
            r.problem("committee_role", "填写 committee_code 时必填：DIRECTOR、DEPUTY_DIRECTOR 或 MEMBER");
        }
        if (officeRole != null && office == null && row.get("office_code") == null) {
            r.problem("office_role", "填写司法所职务（所长、副所长、工作人员）时须同时填写 office_code");
        }
        return checked(r, new Person(code, name, gender, force, Boolean.TRUE.equals(fullTime), committee, role, office, phone, email, login,
                extraGroups, officeRole));
    }

    Checked<Contact> contact(String source, ImportRow row) {
        RowReader r = new RowReader(source, row, problems);
        String code = r.matching("code", true, CODE, "由字母、数字、“_”或“-”组成的代码（最多32位）");
        String name = r.required("name", 50);
        ContactOrganization org = r.enumValue("organization", true, ContactOrganization.class);
        String unit = r.matching("unit_code", true, DIVISION_CODE, "统计用区划代码");
        String title = r.optional("title", 100);
        String email = r.email("email", true);
        String phone = r.phone("phone");
        return checked(r, new Contact(code, name, org, unit, title, email, phone));
    }

    private static String industries() {
        return String.join("、", INDUSTRIES.stream().sorted().toList());
    }

    /** A row's record (fields that failed their checks are null) and whether the row passed all checks. */
    record Checked<T>(T value, boolean valid) {
    }

    private static <T> Checked<T> checked(RowReader r, T value) {
        return new Checked<>(value, !r.hasProblems());
    }

    private static String gender(String v) {
        return switch (v.toUpperCase()) {
            case "M", "男" -> "M";
            case "F", "女" -> "F";
            default -> null;
        };
    }

    private static Boolean yesNo(String v) {
        return switch (v.toLowerCase()) {
            case "true", "yes", "1", "是", "专职" -> Boolean.TRUE;
            case "false", "no", "0", "否", "兼职" -> Boolean.FALSE;
            default -> null;
        };
    }
}
