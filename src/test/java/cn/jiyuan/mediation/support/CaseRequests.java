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
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", "WALK_IN");
        body.put("category", "NEIGHBOR");
        body.put("summary", "两家因院墙排水问题多次争吵，申请人要求被申请人改建排水沟。");
        body.put("townCode", KEJING);
        body.put("villageCode", DONGXU);
        ArrayNode parties = body.putArray("parties");
        parties.addObject().put("name", "王大山").put("role", "APPLICANT").put("phone", "13812341234")
                .put("idNumber", idNumber("41088119800315123")).put("consent", true);
        parties.addObject().put("name", "李小河").put("role", "RESPONDENT").put("phone", "0391-6612345")
                .put("consent", true);
        body.put("peopleInvolved", 2);
        body.put("amountInvolved", 3000);
        body.put("enterpriseRelated", false);
        return body;
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
