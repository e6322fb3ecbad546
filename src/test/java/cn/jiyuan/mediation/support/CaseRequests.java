package cn.jiyuan.mediation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jiyuan.mediation.intake.ResidentIdNumber;


/** Intake requests the case tests share: the standard dispute, and POST /api/cases over real HTTP. */
public final class CaseRequests {

    public static final String KEJING = "419001100";
    public static final String DONGXU = "419001100201";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseRequests() {
    }

    /** A valid resident ID number with the given 17 first digits. */
    public static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A neighbour dispute in 克井镇东许村 between two villagers (both consent). */
    public static ObjectNode neighbourDispute() {
        return dispute().amount(3000).json();
    }

    /**
     * The intake body every end-to-end test starts from: a neighbour dispute of two villagers of 克井镇东许村, both
     * consenting, 王大山 (mobile 13812341234) against 李小河 (landline 0391-6612345); each test changes what it is
     * about.
     */
    public static Dispute dispute() {
        return new Dispute();
    }

    /**
     * 30 people of 东许村 in a land dispute, one side threatening violence: CRITICAL, seven warning e-mails to the
     * town, the justice office, the police station and the city.
     */
    public static Dispute criticalDispute() {
        return dispute().category("LAND").summary("东许村约30名村民因土地补偿款分配问题聚集到村委会，一方扬言报复。")
                .people(30).risk("VIOLENCE_THREAT");
    }

    /** Registers the dispute through {@code POST /api/cases}; fails the test unless it answers 201. */
    public static JsonNode register(Http http, String user, String password, ObjectNode body) {
        return created(post(http, user, password, body.toString(), null));
    }

    /** An intake request body, built from the standard dispute. */
    public static final class Dispute {

        private final ObjectNode body = JSON.createObjectNode();
        private final ObjectNode applicant;
        private final ObjectNode respondent;

        private Dispute() {
            body.put("channel", "WALK_IN");
            body.put("category", "NEIGHBOR");
            body.put("summary", "两家因院墙排水问题多次争吵，申请人要求被申请人改建排水沟。");
            body.put("townCode", KEJING);
            body.put("villageCode", DONGXU);
            ArrayNode parties = body.putArray("parties");
            applicant = parties.addObject().put("name", "王大山").put("role", "APPLICANT").put("phone", "13812341234")
                    .put("idNumber", idNumber("41088119800315123")).put("consent", true);
            respondent = parties.addObject().put("name", "李小河").put("role", "RESPONDENT").put("phone", "0391-6612345")
                    .put("consent", true);
            body.put("peopleInvolved", 2);
            body.put("enterpriseRelated", false);
        }

        public Dispute category(String category) {
            body.put("category", category);
            return this;
        }

        public Dispute summary(String summary) {
            body.put("summary", summary);
            return this;
        }

        /** Tells requests apart: the marker is added to the summary in brackets. */
        public Dispute marker(String marker) {
            String summary = body.get("summary").asText();
            body.put("summary", summary.substring(0, summary.length() - 1) + "（" + marker + "）。");
            return this;
        }

        public Dispute place(String townCode, String villageCode) {
            body.put("townCode", townCode);
            body.put("villageCode", villageCode);
            return this;
        }

        public Dispute people(int people) {
            body.put("peopleInvolved", people);
            return this;
        }

        public Dispute amount(int yuan) {
            body.put("amountInvolved", yuan);
            return this;
        }

        public Dispute risk(String... indicators) {
            ArrayNode list = body.putArray("riskIndicators");
            for (String indicator : indicators) {
                list.add(indicator);
            }
            return this;
        }

        /** The applicant's name, phone and ID number (null leaves a field out). */
        public Dispute applicant(String name, String phone, String idNumber) {
            return party(applicant, name, phone, idNumber);
        }

        /** The respondent's name, phone and ID number (null leaves a field out). */
        public Dispute respondent(String name, String phone, String idNumber) {
            return party(respondent, name, phone, idNumber);
        }

        /** Neither party gives a phone or an ID number. */
        public Dispute withoutContacts() {
            for (ObjectNode party : new ObjectNode[] {applicant, respondent}) {
                party.remove("phone");
                party.remove("idNumber");
            }
            return this;
        }

        private Dispute party(ObjectNode party, String name, String phone, String idNumber) {
            party.put("name", name);
            party.remove("phone");
            party.remove("idNumber");
            if (phone != null) {
                party.put("phone", phone);
            }
            if (idNumber != null) {
                party.put("idNumber", idNumber);
            }
            return this;
        }

        public ObjectNode json() {
            return body.deepCopy();
        }

        @Override
        public String toString() {
            return body.toString();
        }
    }

    public static HttpResponse<String> post(Http http, String user, String password, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url("/api/cases")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", Http.basic(user, password));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build());
    }

    /** The answer of a 201; fails the test on any other status. */
    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body());
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
