package cn.jiyuan.mediation.platform.database;

import java.util.List;

/** Thrown at startup when the postgres profile has no usable PostgreSQL connection settings. */
public class ProductionDatabaseMissingException extends IllegalStateException {

    private final List<String> problems;

    public ProductionDatabaseMissingException(List<String> problems) {
        super("The postgres profile needs a PostgreSQL database; missing or not PostgreSQL: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The variables that are missing or wrong, e.g. "DB_URL", "DB_PASSWORD". */
    public List<String> problems() {
        return problems;
    }
}
