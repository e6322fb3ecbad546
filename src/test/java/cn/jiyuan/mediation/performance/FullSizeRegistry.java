package cn.jiyuan.mediation.performance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.jiyuan.mediation.organization.importing.ImportSource;

/**
 * The registry of the whole city as import files: the 16 real towns (statistical codes 419001001 … 419001110), 534
 * villages and communities (numbered per town, names illustrative), a committee for every town and village, every
 * town's justice office, the city mediation centre and the five industry committees, three persons per committee,
 * and each town's party-committee, government and police-station contacts. The demo's registry holds only three
 * villages per town; Jiyuan has about 534. Logins (platform users) are given to the staff of every justice office,
 * the directors and a second mediator of the town, industry and city committees and of the {@link #WITH_LOGINS}
 * villages, and the bureau's grassroots section: about 50 users, since each one the import creates costs its
 * identity synchronization dozens of engine commands, which on a durable database would take minutes.
 */
final class FullSizeRegistry {

    static final String[][] TOWNS = {{"001", "沁园街道"}, {"002", "济水街道"}, {"003", "北海街道"}, {"004", "天坛街道"},
            {"005", "玉泉街道"}, {"100", "克井镇"}, {"101", "五龙口镇"}, {"102", "轵城镇"}, {"103", "承留镇"},
            {"104", "邵原镇"}, {"105", "坡头镇"}, {"106", "梨林镇"}, {"107", "大峪镇"}, {"108", "思礼镇"},
            {"109", "王屋镇"}, {"110", "下冶镇"}};
    static final int VILLAGES = 534;
    static final String[][] INDUSTRIES = {{"MEDICAL", "医疗纠纷", "济医调委"}, {"ROAD_TRAFFIC", "道路交通事故纠纷", "济交调委"},
            {"LABOR_DISPUTE", "劳动争议", "济劳调委"}, {"PROPERTY_MANAGEMENT", "物业纠纷", "济物调委"},
            {"INTELLECTUAL_PROPERTY", "知识产权纠纷", "济知调委"}};
    /** The login of the grassroots section's user. */
    static final String BUREAU_LOGIN = "perf.bureau";
    /** Villages whose committee's mediators have logins (the measured mediator's, the busy one's). */
    static final java.util.Set<String> WITH_LOGINS = java.util.Set.of("419001100201", "419001001202");

    /** A village or community: its code, its town's code and the code of its committee. */
    record Village(String code, String townCode, String committeeCode) {

        /** The login of the committee's director (a mediator of that committee). */
        String directorLogin() {
            return FullSizeRegistry.directorLogin(committeeCode);
        }

        /** The login of the committee's second mediator. */
        String memberLogin() {
            return committeeCode.toLowerCase() + ".m";
        }
    }

    private FullSizeRegistry() {
    }

    static String directorLogin(String committeeCode) {
        return committeeCode.toLowerCase() + ".d";
    }

    /** The login of a town's justice-office staff member. */
    static String officeLogin(String townCode) {
        return "jo" + townCode + ".s";
    }

    static List<Village> villages() {
        List<Village> villages = new ArrayList<>();
        for (int t = 0; t < TOWNS.length; t++) {
            String town = "419001" + TOWNS[t][0];
            int count = VILLAGES / TOWNS.length + (t < VILLAGES % TOWNS.length ? 1 : 0);
            for (int v = 1; v <= count; v++) {
                String village = town + String.format("%03d", 200 + v);
                villages.add(new Village(village, town, "VC" + village));
            }
        }
        return villages;
    }

    static List<String> towns() {
        List<String> towns = new ArrayList<>();
        for (String[] town : TOWNS) {
            towns.add("419001" + town[0]);
        }
        return towns;
    }

    /** Every login of the registry. */
    static List<String> logins() {
        List<String> logins = new ArrayList<>();
        logins.add(BUREAU_LOGIN);
        for (String town : towns()) {
            logins.add(officeLogin(town));
            logins.add(directorLogin("TC" + town));
            logins.add("tc" + town + ".m");
        }
        for (Village v : villages()) {
            if (WITH_LOGINS.contains(v.code())) {
                logins.add(v.directorLogin());
                logins.add(v.memberLogin());
            }
        }
        for (String[] industry : INDUSTRIES) {
            logins.add(directorLogin("IC-" + industry[0].replace('_', '-')));
            logins.add("ic-" + industry[0].replace('_', '-').toLowerCase() + ".m");
        }
        logins.add(directorLogin("CITY-CENTER"));
        logins.add("city-center.m");
        return logins;
    }

    static List<ImportSource> files() {
        StringBuilder units = new StringBuilder("code,name,level,parent_code\n419001,济源产城融合示范区,CITY,\n");
        StringBuilder offices = new StringBuilder("code,name,town_code,email\n");
        StringBuilder committees = new StringBuilder("code,name,short_name,type,unit_code,industry,supervising_office_code\n");
        StringBuilder persons = new StringBuilder("code,name,gender,force_type,full_time,committee_code,committee_role,"
                + "office_code,phone,email,login,extra_groups\n");
        StringBuilder contacts = new StringBuilder("code,name,organization,unit_code,title,email,phone\n");
        int[] person = {0};
        List<Village> villages = villages();
        for (int t = 0; t < TOWNS.length; t++) {
            String town = "419001" + TOWNS[t][0];
            String name = TOWNS[t][1];
            units.append(town).append(',').append(name).append(",TOWN,419001\n");
            offices.append("JO").append(town).append(',').append(name.replace("街道", "").replace("镇", ""))
                    .append("司法所,").append(town).append(",sfs-").append(town).append("@jiyuan.example\n");
            committees.append("TC").append(town).append(',').append(name).append("人民调解委员会,").append(name)
                    .append(",TOWN,").append(town).append(",,JO").append(town).append('\n');
            committeePersons(persons, person, "TC" + town, true);
            persons.append(String.format("P%05d,司法所干部%d,F,JUSTICE_OFFICE_STAFF,true,,,JO%s,,,%s,%n", ++person[0], t + 1,
                    town, officeLogin(town)));
            contacts.append("PC").append(town).append(',').append(name).append("党委办公室,PARTY_COMMITTEE,").append(town)
                    .append(",值班室,dangwei-").append(town).append("@jiyuan.example,\n");
            contacts.append("GV").append(town).append(',').append(name).append("政府办公室,GOVERNMENT,").append(town)
                    .append(",值班室,zhengfu-").append(town).append("@jiyuan.example,\n");
            contacts.append("PS").append(town).append(',').append(name.replace("街道", "").replace("镇", ""))
                    .append("派出所,POLICE_STATION,").append(town).append(",值班室,pcs-").append(town).append("@jiyuan.example,\n");
        }
        int number = 0;
        String lastTown = null;
        for (Village v : villages) {
            number = v.townCode().equals(lastTown) ? number + 1 : 1;
            lastTown = v.townCode();
            String townName = townName(v.townCode());
            String villageName = "第" + number + "村";
            units.append(v.code()).append(',').append(villageName).append(",VILLAGE,").append(v.townCode()).append('\n');
            committees.append(v.committeeCode()).append(',').append(townName).append(villageName).append("人民调解委员会,")
                    .append(townName).append(villageName).append(",VILLAGE,").append(v.code()).append(",,JO")
                    .append(v.townCode()).append('\n');
            committeePersons(persons, person, v.committeeCode(), WITH_LOGINS.contains(v.code()));
        }
        for (String[] industry : INDUSTRIES) {
            String code = "IC-" + industry[0].replace('_', '-');
            committees.append(code).append(",济源示范区").append(industry[1]).append("人民调解委员会,").append(industry[2])
                    .append(",INDUSTRY,419001,").append(industry[0]).append(",\n");
            committeePersons(persons, person, code, true);
        }
        committees.append("CITY-CENTER,济源示范区人民调解中心,济调中心,CITY_CENTER,419001,,\n");
        committeePersons(persons, person, "CITY-CENTER", true);
        persons.append(String.format("P%05d,基层科科员,M,JUSTICE_OFFICE_STAFF,true,,,,,,%s,grassroots-section%n", ++person[0],
                BUREAU_LOGIN));
        contacts.append("JB419001,济源示范区司法局办公室,JUSTICE_BUREAU,419001,值班室,sfj@jiyuan.example,\n");
        return List.of(csv("units.csv", units), csv("justice_offices.csv", offices), csv("committees.csv", committees),
                csv("persons.csv", persons), csv("contacts.csv", contacts));
    }

    /** A director and a woman member (with logins, or not) and a member without one. */
    private static void committeePersons(StringBuilder persons, int[] person, String committee, boolean logins) {
        String member = logins ? committee.toLowerCase() + ".m" : "";
        persons.append(String.format("P%05d,调解员%d,M,MEDIATOR,true,%s,DIRECTOR,,,,%s,%n", ++person[0], person[0], committee,
                logins ? directorLogin(committee) : ""));
        persons.append(String.format("P%05d,调解员%d,F,MEDIATOR,true,%s,MEMBER,,,,%s,%n", ++person[0], person[0], committee,
                member));
        persons.append(String.format("P%05d,法律明白人%d,F,LEGAL_LITERATE,false,%s,MEMBER,,,,,%n", ++person[0], person[0],
                committee));
    }

    private static String townName(String townCode) {
        for (String[] town : TOWNS) {
            if (townCode.endsWith(town[0]) && townCode.length() == 9) {
                return town[1];
            }
        }
        throw new IllegalArgumentException(townCode);
    }

    private static ImportSource csv(String name, StringBuilder text) {
        return new ImportSource(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
