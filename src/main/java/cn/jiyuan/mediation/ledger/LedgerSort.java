package cn.jiyuan.mediation.ledger;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders the ledger offers ({@code sort=deadline,asc}). A fixed list, so that no request text reaches the SQL;
 * every order ends with the case id, so that pages never overlap or skip a case.
 */
public record LedgerSort(Field field, boolean ascending) {

    /** Newest registrations first, as the case list. */
    public static final LedgerSort DEFAULT = new LedgerSort(Field.CREATED_AT, false);

    /** A sortable column: its parameter name and its SQL over case_file {@code c}. */
    public enum Field {
        CREATED_AT("createdAt", "c.created_at"),
        DEADLINE("deadline", "c.deadline"),
        CASE_NUMBER("caseNumber", "c.case_number"),
        // by severity, not alphabetically
        RISK_LEVEL("riskLevel", "case c.risk_level when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3"
                + " when 'CRITICAL' then 4 else 0 end"),
        STATUS("status", "c.status"),
        CATEGORY("category", "c.category"),
        TOWN("townCode", "c.town_code"),
        COMMITTEE("committeeCode", "c.committee_code");

        private final String parameter;
        private final String sql;

        Field(String parameter, String sql) {
            this.parameter = parameter;
            this.sql = sql;
        }

        public String parameter() {
            return parameter;
        }

        String sql() {
            return sql;
        }

        /** The parameter names, for an error message: createdAt、deadline… */
        static String names() {
            return Arrays.stream(values()).map(Field::parameter).collect(Collectors.joining("、"));
        }
    }

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return field.sql() + direction + ", c.id" + direction;
    }
}
