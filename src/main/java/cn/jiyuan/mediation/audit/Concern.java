package cn.jiyuan.mediation.audit;

import java.util.List;

/** What a recorded request concerns, as far as the request itself says; resolved to a case after it ran. */
sealed interface Concern {

    /** Nothing that leads to a case (e.g. a change of the sensitive-period calendar). */
    record Nothing() implements Concern {
    }

    /** {@code /api/cases/{reference}…}: a case id (digits) or a case number. */
    record CaseReference(String reference) implements Concern {
    }

    /** {@code POST /api/cases}: the case the request registered, named by the answer's Location header. */
    record RegisteredCase() implements Concern {
    }

    /**
     * Engine objects (tasks, process instances, variables…) named in the path or query string; when
     * {@code idsInBody} the JSON body of a query may name more (Cockpit's variable views send
     * {@code processInstanceIdIn} in a POST body).
     */
    record EngineObjects(List<EngineObject> objects, boolean idsInBody) implements Concern {
    }
}
