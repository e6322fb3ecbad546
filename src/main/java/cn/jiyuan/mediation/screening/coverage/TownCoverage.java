package cn.jiyuan.mediation.screening.coverage;

/** Coverage of one town's units (the town's own committee and its villages) in a round. */
public record TownCoverage(String townCode, String townName, int expected, int reported, int zeroReports,
                           int overdue, double coveragePercent, int disputesFound) {

    static TownCoverage of(String townCode, String townName, CoverageFigures f) {
        return new TownCoverage(townCode, townName, f.expected(), f.reported(), f.zeroReports(), f.overdue(),
                f.coveragePercent(), f.disputesFound());
    }
}
