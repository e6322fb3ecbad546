package cn.jiyuan.mediation.audit;

/** An engine object named by a request (in its path, query or body), through which the case is found. */
record EngineObject(Kind kind, String id) {

    enum Kind {
        TASK, PROCESS_INSTANCE, EXECUTION, JOB, EXTERNAL_TASK, INCIDENT, VARIABLE, HISTORIC_VARIABLE, HISTORIC_DETAIL
    }
}
