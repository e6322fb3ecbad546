package cn.jiyuan.mediation.cases;

/** A case number (案号) of a committee: （2026）{short name}调字第{n}号. */
public record CaseNumber(String committeeCode, int year, int sequenceNo, String text) {

    public static String format(int year, String committeeShortName, int sequenceNo) {
        return "（" + year + "）" + committeeShortName + "调字第" + sequenceNo + "号";
    }
}
