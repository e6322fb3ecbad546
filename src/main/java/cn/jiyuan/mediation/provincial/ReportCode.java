package cn.jiyuan.mediation.provincial;

/**
 * A value of one of the code lists of the people's-mediation statistics report (人民调解案件统计) as the export writes
 * it: the code beside the name, so that the provincial system can import the code and a person can read the name.
 * Each list is an enum of this package whose {@code of} method maps the platform's own code onto it with an
 * exhaustive switch: a code added to the platform does not compile until it is placed in the report's list.
 */
public interface ReportCode {

    /** The code as exported, two digits (kept as text: a leading zero is part of it). */
    String code();

    /** The name as the report prints it. */
    String label();
}
