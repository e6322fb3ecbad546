package cn.jiyuan.mediation.awareness;

import java.util.List;
import java.util.stream.Collectors;

import cn.jiyuan.mediation.cases.CaseStatus;

/**
 * The cases still in mediation, which make a committee's workload: registered, handed over, extended or reopened
 * after a rebound. An agreed case is past mediation (only visits remain) and does not count.
 */
final class OpenCases {

    static final List<CaseStatus> STATUSES = List.of(CaseStatus.REGISTERED, CaseStatus.HANDED_OVER,
            CaseStatus.DEADLINE_EXTENDED, CaseStatus.REOPENED);

    /** The statuses as an SQL list of literals (constants, never user input). */
    static final String STATUS_LIST = STATUSES.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    private OpenCases() {
    }
}
