package cn.jiyuan.mediation.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

/**
 * 100,000 open mediation tasks in a minute rather than hours: the runtime rows of ONE real dispute case waiting at its
 * mediation task (registered through intake, so exactly what the engine writes: the executions, the task, its
 * candidate-group link, the process variables and the engine's per-task authorization) are copied with new ids,
 * each copy moved to another committee of the full-size organization (its group, committee code, town and tenant),
 * with its own case number, creation time (the last 40 days), due date (30 days after creation, so about a quarter
 * are overdue), green channel (one in twenty) and, for three in ten, an assignee of the committee (with the user
 * authorization the engine adds on assignment). The timer jobs are not copied (nothing fires during the
 * measurement), nor the case tables and history (the Tasklist and Cockpit queries read neither).
 *
 * <p>How: what differs per copy is generated first into a helper table ({@code perf_copy}, one row per copy); then
 * every template row becomes one {@code INSERT ... SELECT} over that table, its columns either the template's value
 * (a parameter) or an expression of the copy (ids {@code 'p<copy>-<n>'}, the place, the dates). The database does
 * the rest itself, with every constraint and index of the engine's schema in place: the same SQL on H2 and
 * PostgreSQL, in slices of {@code perf.cloneSlice} copies per transaction (default 20,000; on H2 2,000, which took 69 s
 * for 20,000 copies there against 77 s per 20,000 in slices of 20,000).
 */
final class OpenTaskCloner {

    /** Where one copy goes. */
    record Place(String committeeCode, String groupId, String townCode, String handlingLevel, List<String> logins) {
    }

    /** The template's values that identify its place, replaced in every copy. */
    record Template(String processInstanceId, String groupId, String committeeCode, String townCode, String caseNumber) {
    }

    private static final long DAY = 24L * 3600 * 1000;

    private final DataSource dataSource;

    OpenTaskCloner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return rows inserted per table */
    Map<String, Long> copy(Template template, List<Place> places, int copies, long seed) throws SQLException {
        Map<String, Long> inserted = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Rows> tables = load(c, template);
            createCopies(c, places, copies, seed, template.caseNumber());
            int slice = Integer.getInteger("perf.cloneSlice",
                    "H2".equals(c.getMetaData().getDatabaseProductName()) ? 2_000 : 20_000);
            for (int from = 1; from <= copies; from += slice) {
                int to = Math.min(copies, from + slice - 1);
                for (Rows rows : tables) {
                    for (int r = 0; r < rows.values.size(); r++) {
                        inserted.merge(rows.table, (long) rows.insertCopies(c, r, template, from, to), Long::sum);
                    }
                }
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop table perf_copy");
            }
            c.commit();
        }
        return inserted;
    }

    /** One row per copy with what differs: place, case number, dates, green channel, assignee. */
    private static void createCopies(Connection c, List<Place> places, int copies, long seed, String templateNumber)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table perf_copy (x integer primary key, committee_code varchar(64), group_id varchar(255),"
                    + " town_code varchar(64), handling_level varchar(32), case_number varchar(255), task_name varchar(255),"
                    + " created timestamp, due timestamp, due_millis bigint, green bigint, priority integer,"
                    + " assignee varchar(255))");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long now = System.currentTimeMillis();
        String prefix = templateNumber.substring(0, templateNumber.indexOf('）') + 1);
        try (PreparedStatement insert = c.prepareStatement("insert into perf_copy values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int x = 1; x <= copies; x++) {
                Place place = places.get(random.nextInt(places.size()));
                long created = now - (long) (random.nextDouble() * 40 * DAY);
                long due = created + 30 * DAY;
                boolean green = random.nextInt(20) == 0;
                String assignee = random.nextInt(10) < 3 ? place.logins().get(random.nextInt(place.logins().size())) : null;
                String number = prefix + place.committeeCode() + "调字第" + x + "号";
                insert.setInt(1, x);
                insert.setString(2, place.committeeCode());
                insert.setString(3, place.groupId());
                insert.setString(4, place.townCode());
                insert.setString(5, place.handlingLevel());
                insert.setString(6, number);
                insert.setString(7, "调解 " + number);
                insert.setTimestamp(8, new Timestamp(created));
                insert.setTimestamp(9, new Timestamp(due));
                insert.setLong(10, due);
                insert.setLong(11, green ? 1 : 0);
                insert.setInt(12, green ? 80 : 50);
                insert.setString(13, assignee);
                insert.addBatch();
                if (x % 5_000 == 0 || x == copies) {
                    insert.executeBatch();
                }
            }
        }
        c.commit();
    }

    private static List<Rows> load(Connection c, Template template) throws SQLException {
        String pid = template.processInstanceId();
        Rows executions = Rows.query(c, "ACT_RU_EXECUTION", "select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", pid);
        Rows tasks = Rows.query(c, "ACT_RU_TASK", "select * from ACT_RU_TASK where PROC_INST_ID_ = ?", pid);
        if (tasks.values.size() != 1) {
            throw new IllegalStateException("the template case should wait at one task, not " + tasks.values.size());
        }
        String taskId = (String) tasks.get(tasks.values.get(0), "ID_");
        Rows links = Rows.query(c, "ACT_RU_IDENTITYLINK", "select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?", taskId);
        Rows variables = Rows.query(c, "ACT_RU_VARIABLE", "select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", pid);
        for (Object[] v : variables.values) {
            if (variables.get(v, "BYTEARRAY_ID_") != null) {
                throw new IllegalStateException("variable " + variables.get(v, "NAME_") + " has a byte array: not copied");
            }
        }
        Rows authorizations = Rows.query(c, "ACT_RU_AUTHORIZATION", "select * from ACT_RU_AUTHORIZATION where RESOURCE_ID_ in"
                + " (?, ?)", taskId, pid);
        List<Rows> tables = List.of(executions, tasks, links, variables, authorizations);
        List<String> ids = new ArrayList<>();
        ids.add(pid);
        for (Rows rows : tables) {
            rows.ids(ids);
        }
        for (Rows rows : tables) {
            rows.ids = ids;
        }
        return tables;
    }

    /** Rows of one table, with the column names and types as the database reports them. */
    private static final class Rows {

        final String table;
        final List<String> columns;
        final List<Integer> types;
        final List<Object[]> values;
        /** Every id of the template's rows, in a fixed order: the n-th becomes {@code 'p<copy>-<n>'} in copy x. */
        List<String> ids;

        private Rows(String table, List<String> columns, List<Integer> types, List<Object[]> values) {
            this.table = table;
            this.columns = columns;
            this.types = types;
            this.values = values;
        }

        static Rows query(Connection c, String table, String sql, Object... args) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    List<Integer> types = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
                        types.add(meta.getColumnType(i));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        values.add(row);
                    }
                    return new Rows(table, columns, types, values);
                }
            }
        }

        Object get(Object[] row, String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IllegalStateException(table + " has no column " + column);
            }
            return row[i];
        }

        void ids(List<String> ids) {
            int id = columns.indexOf("ID_");
            values.forEach(v -> ids.add((String) v[id]));
        }

        /**
         * {@code insert into T (...) select <expressions> from perf_copy c where c.x between ? and ?} for template row
         * {@code r}; an authorization of the task's group is inserted a second time for the copies with an assignee
         * (the engine's grant to the assignee).
         */
        int insertCopies(Connection c, int r, Template template, int from, int to) throws SQLException {
            Object[] row = values.get(r);
            int done = insert(c, row, template, from, to, false);
            if (table.equals("ACT_RU_AUTHORIZATION") && get(row, "GROUP_ID_") != null) {
                done += insert(c, row, template, from, to, true);
            }
            return done;
        }

        private int insert(Connection c, Object[] row, Template template, int from, int to, boolean assignee)
                throws SQLException {
            List<String> select = new ArrayList<>();
            List<Integer> parameters = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String expression = expression(columns.get(i), row, template, assignee);
                if (expression == null) {
                    select.add("?");
                    parameters.add(i);
                } else {
                    select.add(expression);
                }
            }
            String sql = "insert into " + table.toLowerCase(Locale.ROOT) + " (" + String.join(", ", columns) + ") select "
                    + String.join(", ", select) + " from perf_copy c where c.x between ? and ?"
                    + (assignee ? " and c.assignee is not null" : "");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int p = 1;
                for (int i : parameters) {
                    if (row[i] == null) {
                        s.setNull(p++, types.get(i));
                    } else {
                        s.setObject(p++, row[i], types.get(i));
                    }
                }
                s.setInt(p++, from);
                s.setInt(p, to);
                return s.executeUpdate();
            }
        }

        /** The SQL expression of a column in a copy (alias {@code c} of perf_copy), or null for the template's value. */
        private String expression(String column, Object[] row, Template template, boolean assignee) {
            Object value = row[columns.indexOf(column)];
            if (table.equals("ACT_RU_AUTHORIZATION") && assignee) {
                if (column.equals("ID_")) {
                    return "'a' || c.x";
                }
                if (column.equals("GROUP_ID_")) {
                    return "cast(null as varchar(255))";
                }
                if (column.equals("USER_ID_")) {
                    return "c.assignee";
                }
            }
            switch (table + "." + column) {
                case "ACT_RU_TASK.NAME_":
                    return "c.task_name";
                case "ACT_RU_TASK.CREATE_TIME_", "ACT_RU_TASK.LAST_UPDATED_":
                    return "c.created";
                case "ACT_RU_TASK.DUE_DATE_":
                    return "c.due";
                case "ACT_RU_TASK.ASSIGNEE_":
                    return "c.assignee";
                case "ACT_RU_TASK.PRIORITY_":
                    return "c.priority";
                default:
                    break;
            }
            if (table.equals("ACT_RU_VARIABLE")) {
                String name = (String) get(row, "NAME_");
                if (name.equals("greenChannel") && column.equals("LONG_")) {
                    return "c.green";
                }
                if (name.equals("deadline") && column.equals("LONG_")) {
                    return "c.due_millis";
                }
                if (name.equals("handlingLevel") && column.equals("TEXT_")) {
                    return "c.handling_level";
                }
            }
            if (!(value instanceof String text)) {
                return null;
            }
            int id = ids.indexOf(text);
            if (id >= 0) {
                return "'p' || c.x || '-" + id + "'";
            }
            if (text.equals(template.groupId())) {
                return "c.group_id";
            }
            if (text.equals(template.committeeCode())) {
                return "c.committee_code";
            }
            if (text.equals(template.townCode())) {
                return "c.town_code";
            }
            if (text.equals(template.caseNumber())) {
                return "c.case_number";
            }
            return null;
        }
    }
}
