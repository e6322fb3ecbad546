package cn.jiyuan.mediation.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * 100,000 open mediation tasks in seconds rather than hours: the runtime rows of ONE real dispute case waiting at its
 * mediation task (registered through intake, so exactly what the engine writes: the executions, the task, its
 * candidate-group link, the process variables and the engine's per-task authorization) are copied with new ids,
 * each copy moved to another committee of the full-size organization (its group, committee code, town and tenant),
 * with its own case number, creation time (the last 40 days), due date (30 days after creation, so about a quarter
 * are overdue), green channel (one in twenty) and, for three in ten, an assignee of the committee (with the user
 * authorization the engine adds on assignment). The timer jobs are not copied (nothing fires during the
 * measurement), nor the case tables and history (the Tasklist and Cockpit queries read neither).
 *
 * <p>Rows are inserted with multi-row INSERTs in batches, one transaction per 1,000 copies; the same code serves H2 and
 * PostgreSQL, whose column names come from the template rows themselves.
 */
final class OpenTaskCloner {

    /** Where one copy goes. */
    record Place(String committeeCode, String groupId, String townCode, String handlingLevel, List<String> logins) {
    }

    /** The template's values that identify its place, replaced in every copy. */
    record Template(String processInstanceId, String groupId, String committeeCode, String townCode, String caseNumber) {
    }

    private static final String[] TABLES = {"ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
        "ACT_RU_AUTHORIZATION"};
    private static final long DAY = 24L * 3600 * 1000;
    private static final int COPIES_PER_TRANSACTION = 1_000;

    private final DataSource dataSource;

    OpenTaskCloner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return rows inserted per table */
    Map<String, Long> copy(Template template, List<Place> places, int copies, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> inserted = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Rows> rows = load(c, template);
            Set<String> ids = new HashSet<>();
            rows.values().forEach(r -> r.ids(ids));
            ids.add(template.processInstanceId());
            long now = System.currentTimeMillis();
            Map<String, Rows> batch = emptyLike(rows);
            for (int n = 0; n < copies; n++) {
                Place place = places.get(random.nextInt(places.size()));
                Map<String, String> replaced = new HashMap<>();
                ids.forEach(id -> replaced.put(id, UUID.randomUUID().toString()));
                replaced.put(template.groupId(), place.groupId());
                replaced.put(template.committeeCode(), place.committeeCode());
                replaced.put(template.townCode(), place.townCode());
                String caseNumber = "（2026）" + place.committeeCode() + "调字第" + (n + 1) + "号";
                replaced.put(template.caseNumber(), caseNumber);
                long created = now - (long) (random.nextDouble() * 40 * DAY);
                long due = created + 30 * DAY;
                boolean green = random.nextInt(20) == 0;
                String assignee = random.nextInt(10) < 3 ? place.logins().get(random.nextInt(place.logins().size())) : null;
                for (Map.Entry<String, Rows> table : rows.entrySet()) {
                    Rows target = batch.get(table.getKey());
                    for (Object[] row : table.getValue().values) {
                        Object[] copy = table.getValue().copy(row, replaced);
                        adjust(table.getKey(), table.getValue(), copy, place, caseNumber, created, due, green, assignee);
                        target.values.add(copy);
                        if (assignee != null && table.getKey().equals("ACT_RU_AUTHORIZATION")
                                && table.getValue().get(copy, "GROUP_ID_") != null) {
                            Object[] user = copy.clone();
                            table.getValue().set(user, "ID_", UUID.randomUUID().toString());
                            table.getValue().set(user, "GROUP_ID_", null);
                            table.getValue().set(user, "USER_ID_", assignee);
                            target.values.add(user);
                        }
                    }
                }
                if ((n + 1) % COPIES_PER_TRANSACTION == 0 || n == copies - 1) {
                    for (Map.Entry<String, Rows> table : batch.entrySet()) {
                        inserted.merge(table.getKey(), (long) table.getValue().insert(c), Long::sum);
                        table.getValue().values.clear();
                    }
                    c.commit();
                }
            }
        }
        return inserted;
    }

    private static void adjust(String table, Rows rows, Object[] row, Place place, String caseNumber, long created,
                               long due, boolean green, String assignee) {
        switch (table) {
            case "ACT_RU_EXECUTION" -> {
                if (rows.get(row, "BUSINESS_KEY_") != null) {
                    rows.set(row, "BUSINESS_KEY_", caseNumber);
                }
            }
            case "ACT_RU_TASK" -> {
                rows.set(row, "NAME_", "调解 " + caseNumber);
                rows.set(row, "CREATE_TIME_", new Timestamp(created));
                rows.setIfPresent(row, "LAST_UPDATED_", new Timestamp(created));
                rows.set(row, "DUE_DATE_", new Timestamp(due));
                rows.set(row, "ASSIGNEE_", assignee);
                rows.set(row, "PRIORITY_", green ? 80 : 50);
            }
            case "ACT_RU_VARIABLE" -> {
                String name = (String) rows.get(row, "NAME_");
                switch (name) {
                    case "greenChannel" -> rows.set(row, "LONG_", green ? 1L : 0L);
                    case "deadline" -> rows.set(row, "LONG_", due);
                    case "handlingLevel" -> rows.set(row, "TEXT_", place.handlingLevel());
                    default -> {
                        // the generic replacement (ids, group, committee, town, case number) is all it needs
                    }
                }
            }
            default -> {
                // identity links and authorizations: ids and the group are replaced generically
            }
        }
    }

    private static Map<String, Rows> load(Connection c, Template template) throws SQLException {
        Map<String, Rows> rows = new LinkedHashMap<>();
        String pid = template.processInstanceId();
        rows.put("ACT_RU_EXECUTION", Rows.query(c, "ACT_RU_EXECUTION", "select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", pid));
        Rows tasks = Rows.query(c, "ACT_RU_TASK", "select * from ACT_RU_TASK where PROC_INST_ID_ = ?", pid);
        if (tasks.values.size() != 1) {
            throw new IllegalStateException("the template case should wait at one task, not " + tasks.values.size());
        }
        rows.put("ACT_RU_TASK", tasks);
        String taskId = (String) tasks.get(tasks.values.get(0), "ID_");
        rows.put("ACT_RU_IDENTITYLINK", Rows.query(c, "ACT_RU_IDENTITYLINK", "select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?",
                taskId));
        Rows variables = Rows.query(c, "ACT_RU_VARIABLE", "select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", pid);
        for (Object[] v : variables.values) {
            if (variables.get(v, "BYTEARRAY_ID_") != null) {
                throw new IllegalStateException("variable " + variables.get(v, "NAME_") + " has a byte array: not copied");
            }
        }
        rows.put("ACT_RU_VARIABLE", variables);
        rows.put("ACT_RU_AUTHORIZATION", Rows.query(c, "ACT_RU_AUTHORIZATION",
                "select * from ACT_RU_AUTHORIZATION where RESOURCE_ID_ in (?, ?)", taskId, pid));
        for (String table : TABLES) {
            if (!rows.containsKey(table)) {
                throw new IllegalStateException(table);
            }
        }
        return rows;
    }

    private static Map<String, Rows> emptyLike(Map<String, Rows> rows) {
        Map<String, Rows> empty = new LinkedHashMap<>();
        rows.forEach((table, r) -> empty.put(table, new Rows(table, r.columns, new ArrayList<>())));
        return empty;
    }

    /** Rows of one table, with the column names as the database spells them. */
    private record Rows(String table, List<String> columns, List<Object[]> values) {

        static Rows query(Connection c, String table, String sql, Object... args) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        values.add(row);
                    }
                    return new Rows(table, columns, values);
                }
            }
        }

        int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equalsIgnoreCase(column)) {
                    return i;
                }
            }
            return -1;
        }

        Object get(Object[] row, String column) {
            int i = index(column);
            if (i < 0) {
                throw new IllegalStateException(table + " has no column " + column);
            }
            return row[i];
        }

        void set(Object[] row, String column, Object value) {
            int i = index(column);
            if (i < 0) {
                throw new IllegalStateException(table + " has no column " + column);
            }
            row[i] = value;
        }

        void setIfPresent(Object[] row, String column, Object value) {
            int i = index(column);
            if (i >= 0) {
                row[i] = value;
            }
        }

        /** Adds every id this table's rows have ({@code ID_}). */
        void ids(Set<String> ids) {
            int id = index("ID_");
            if (id >= 0) {
                values.forEach(v -> ids.add((String) v[id]));
            }
        }

        Object[] copy(Object[] row, Map<String, String> replaced) {
            Object[] copy = row.clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] instanceof String s && replaced.containsKey(s)) {
                    copy[i] = replaced.get(s);
                }
            }
            return copy;
        }

        /** Inserts the rows in multi-row statements. @return rows inserted */
        int insert(Connection c) throws SQLException {
            if (values.isEmpty()) {
                return 0;
            }
            int perStatement = Math.max(1, Math.min(200, 20_000 / columns.size()));
            String marks = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            String head = "insert into " + table.toLowerCase(Locale.ROOT) + " (" + String.join(", ", columns) + ") values ";
            int done = 0;
            while (done < values.size()) {
                int n = Math.min(perStatement, values.size() - done);
                String sql = head + String.join(", ", java.util.Collections.nCopies(n, marks));
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int p = 1;
                    for (int r = done; r < done + n; r++) {
                        for (Object value : values.get(r)) {
                            s.setObject(p++, value);
                        }
                    }
                    s.executeUpdate();
                }
                done += n;
            }
            return values.size();
        }
    }
}
