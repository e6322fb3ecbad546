package cn.jiyuan.mediation.audit;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.audit.EngineObject.Kind;

/**
 * Turns a request that ran into audit records (one per case it concerned, or one without a case) and stores
 * them. Never throws: a failure to record is logged (without personal data) and the caller's answer stands.
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    private static final Pattern CREATED_CASE = Pattern.compile("/api/cases/(\\d{1,18})$");

    private final CaseLookup lookup;
    private final AuditRepository repository;
    private final ObjectMapper json;

    AuditRecorder(CaseLookup lookup, AuditRepository repository, ObjectMapper json) {
        this.lookup = lookup;
        this.repository = repository;
        this.json = json;
    }

    /**
     * The cases a write concerns, looked up before it runs: afterwards a completed task, a deleted instance or
     * its deleted history may no longer lead to the case. Null when they are looked up afterwards.
     */
    List<AuditedCase> casesBefore(AuditedRequest request) {
        if (request.isWrite() && request.concern() instanceof Concern.EngineObjects objects) {
            try {
                return lookup.byEngineObjects(objects.objects());
            } catch (RuntimeException e) {
                log.warn("Audit: cannot find the case of {} {} before it runs: {}", request.method(),
                        AuditPath.text(request.path(), request.query()), e.toString());
                return List.of();
            }
        }
        return null;
    }

    /** What happened, as seen by the filter after the request ran. */
    record Outcome(String userId, String clientAddress, int status, String location, byte[] body) {
    }

    void record(AuditedRequest request, List<AuditedCase> casesBefore, Outcome outcome) {
        try {
            // microseconds: what both databases keep, so that a time read back from /api/audit finds its record
            OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
            List<AuditedCase> cases = casesBefore != null ? casesBefore : casesAfter(request, outcome);
            String path = request.path();
            if (request.concern() instanceof Concern.CaseReference ref && cases.isEmpty()) {
                // an unknown reference is whatever the caller typed: it is not kept
                path = path.replaceFirst("^(/api/cases|/cases)/[^/]+", "$1/" + AuditPath.MASK);
            }
            String text = AuditPath.text(path, request.query());
            List<AuditRecord> records = new ArrayList<>();
            if (cases.isEmpty()) {
                records.add(row(at, request, outcome, text, null));
            } else {
                cases.forEach(c -> records.add(row(at, request, outcome, text, c)));
            }
            repository.insert(records);
        } catch (RuntimeException e) {
            // The answer has been produced (or, for writes, the change is committed): failing it now would
            // only make the caller repeat a change that happened. Operators see this in the log.
            log.error("Audit: could not record {} {} by {} (status {}): {}", request.method(),
                    AuditPath.text(request.path(), request.query()), outcome.userId(), outcome.status(), e.toString());
        }
    }

    private static AuditRecord row(OffsetDateTime at, AuditedRequest request, Outcome outcome, String text,
                                   AuditedCase c) {
        return new AuditRecord(null, at, truncate(outcome.userId(), 64), request.wayIn(),
                truncate(outcome.clientAddress(), 64), request.method(), text, request.action(),
                c == null ? null : c.id(), c == null ? null : c.number(), outcome.status());
    }

    private List<AuditedCase> casesAfter(AuditedRequest request, Outcome outcome) {
        Concern concern = request.concern();
        if (concern instanceof Concern.CaseReference ref) {
            return lookup.byReference(ref.reference()).map(List::of).orElse(List.of());
        }
        if (concern instanceof Concern.RegisteredCase) {
            return registered(outcome).map(List::of).orElse(List.of());
        }
        if (concern instanceof Concern.EngineObjects objects) {
            List<EngineObject> all = new ArrayList<>(objects.objects());
            if (objects.idsInBody()) {
                all.addAll(idsInBody(outcome.body()));
            }
            return all.isEmpty() ? List.of() : lookup.byEngineObjects(all);
        }
        return List.of();
    }

    /** The case registered by {@code POST /api/cases}: its Location {@code /api/cases/{id}}. */
    private Optional<AuditedCase> registered(Outcome outcome) {
        if (outcome.location() == null || outcome.status() >= 300) {
            return Optional.empty();
        }
        Matcher m = CREATED_CASE.matcher(outcome.location());
        return m.find() ? lookup.byId(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Ids named in a JSON query body; nothing of the body is kept. */
    private List<EngineObject> idsInBody(byte[] body) {
        List<EngineObject> objects = new ArrayList<>();
        if (body == null || body.length == 0) {
            return objects;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return objects;
        }
        if (root == null || !root.isObject()) {
            return objects;
        }
        ids(root.get("processInstanceId"), Kind.PROCESS_INSTANCE, objects);
        ids(root.get("processInstanceIdIn"), Kind.PROCESS_INSTANCE, objects);
        ids(root.get("taskId"), Kind.TASK, objects);
        ids(root.get("taskIdIn"), Kind.TASK, objects);
        ids(root.get("executionIdIn"), Kind.EXECUTION, objects);
        return objects;
    }

    private static void ids(JsonNode node, Kind kind, List<EngineObject> into) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && RequestClassifier.id(node.asText())) {
            into.add(new EngineObject(kind, node.asText()));
        } else if (node.isArray()) {
            node.forEach(n -> ids(n.isTextual() ? n : null, kind, into));
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
