package cn.jiyuan.mediation.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A citizen's client of /public/api, as the page calls it, without login: applications, challenges, the status. */
final class PublicClient {

    static final String KEJING = "419001100";
    static final String DONGXU = "419001100201";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    PublicClient(int port) {
        this.port = port;
    }

    static String randomMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** A complete application as the page sends it (a neighbours' dispute in 克井镇东许村), without its proof of work. */
    ObjectNode application(String phone, String facts) {
        ObjectNode body = json.createObjectNode();
        body.put("category", "NEIGHBOR");
        body.put("townCode", KEJING);
        body.put("villageCode", DONGXU);
        body.put("applicantName", "网申" + phone.substring(7));
        body.put("applicantPhone", phone);
        body.put("otherPartyType", "PERSON");
        body.put("otherPartyName", "对方" + phone.substring(7));
        body.put("otherPartyPhone", "0391-6612345");
        body.put("facts", facts);
        body.put("request", "对方修好排水沟并赔偿两千元");
        body.put("amountInvolved", 2000);
        body.put("consentToMediation", true);
        body.put("consentToPersonalData", true);
        body.put("privacyNoticeVersion", OnlineApplications.PRIVACY_NOTICE_VERSION);
        return body;
    }

    /** The body with a fresh challenge from the server, solved as the page's worker solves it. */
    ObjectNode solved(ObjectNode body) {
        JsonNode challenge = read(get("/public/api/challenge"));
        body.put("challenge", challenge.get("challenge").asText());
        body.put("nonce", solve(challenge.get("challenge").asText(), challenge.get("difficulty").asInt()));
        return body;
    }

    static String solve(String challenge, int difficulty) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + n)) >= difficulty) {
                return Long.toString(n);
            }
        }
    }

    HttpResponse<String> apply(ObjectNode body) {
        return send(HttpRequest.newBuilder(uri("/public/api/applications")).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** Applies with a solved challenge and expects a new case. */
    JsonNode applied(ObjectNode body) {
        HttpResponse<String> answer = apply(solved(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return read(answer);
    }

    HttpResponse<String> status(String caseNumber, String phone) {
        return get("/public/api/applications/status?caseNumber=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)
                + "&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }
}
