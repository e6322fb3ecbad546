package cn.jiyuan.mediation.provincial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of a month's export: those of the scope whose conclusion date (case_file.concluded_on, stored with every
 * status entry) lies in the month — one row per case, in the order of their conclusion.
 */
@Repository
public class ConcludedCases {

    /** Rows fetched per round trip: PostgreSQL otherwise reads the whole result into memory. */
    static final int FETCH_SIZE = 500;

    private final DataSource dataSource;

    public ConcludedCases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Hands every case to {@code each}, one at a time, without holding them. Read-only transaction: PostgreSQL keeps
     * a cursor only inside one.
     */
    @Transactional(readOnly = true)
    public void stream(ExportScope scope, ReportMonth month, Consumer<ConcludedCase> each) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        List<Object> args = new ArrayList<>(scope.args());
        args.add(month.first());
        args.add(month.next());
        streaming.query(ConcludedCase.SELECT + " where " + scope.where() + " and c.conclusion is not null"
                        + " and c.concluded_on >= ? and c.concluded_on < ? order by c.concluded_on, c.id",
                (RowCallbackHandler) rs -> each.accept(ConcludedCase.map(rs)), args.toArray());
    }
}
