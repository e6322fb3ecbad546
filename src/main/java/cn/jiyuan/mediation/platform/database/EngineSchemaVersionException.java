package cn.jiyuan.mediation.platform.database;

/** The engine schema in the database is not the version of the engine on the classpath. */
public class EngineSchemaVersionException extends IllegalStateException {

    public EngineSchemaVersionException(String engineVersion, String databaseVersion) {
        super("流程引擎的数据库表版本为 " + databaseVersion + "，而引擎版本为 " + engineVersion
                + "：请先用 Flyway 迁移执行引擎的升级脚本（见 README）。 The engine schema in the database is version "
                + databaseVersion + " but the engine is " + engineVersion
                + ": add a Flyway migration that runs the engine jar's upgrade scripts (see README) before starting.");
    }
}
