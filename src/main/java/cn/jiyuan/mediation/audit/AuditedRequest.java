package cn.jiyuan.mediation.audit;

/**
 * A request the audit records, as classified before it runs.
 *
 * @param engineName the process engine of a webapp request (its user is looked up per engine), else null
 * @param path       the path within the application, decoded, without query
 * @param query      the query string reduced to what may be stored (see {@link AuditPath#query})
 */
record AuditedRequest(WayIn wayIn, AuditAction action, String method, String path, String query, String engineName,
                      Concern concern) {

    /** Writes are recorded before the answer goes out (see {@link AuditFilter}). */
    boolean isWrite() {
        return action == AuditAction.WRITE;
    }

    boolean needsBody() {
        return concern instanceof Concern.EngineObjects objects && objects.idsInBody();
    }
}
