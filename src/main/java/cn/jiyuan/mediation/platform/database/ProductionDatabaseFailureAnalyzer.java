package cn.jiyuan.mediation.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why the production profile did not start, instead of a stack trace. */
public class ProductionDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<ProductionDatabaseMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionDatabaseMissingException cause) {
        String variables = String.join(", ", cause.problems());
        return new FailureAnalysis(
                "生产配置（postgres）缺少 PostgreSQL 数据库设置，平台拒绝启动（不会改用内置数据库）：" + variables + "。\n"
                        + "The production profile (postgres) refuses to start without a PostgreSQL database "
                        + "(it never falls back to an embedded database): " + variables + ".",
                "请设置 DB_URL（形如 jdbc:postgresql://主机:5432/mediation）、DB_USER 和 DB_PASSWORD。\n"
                        + "Set DB_URL (jdbc:postgresql://host:5432/mediation), DB_USER and DB_PASSWORD.",
                cause);
    }
}
