package cn.jiyuan.mediation.platform.database;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An answered write is on disk only if the PostgreSQL server flushes its log at commit (README "可靠性"): with
 * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, the server's defaults, which the
 * platform never changes. A server configured otherwise can lose answered cases in a crash of the server or the
 * machine; the platform says so in its log at every start, naming the setting, instead of refusing to run.
 */
@Component
public class PostgresDurabilityCheck {

    private static final Logger log = LoggerFactory.getLogger(PostgresDurabilityCheck.class);
    static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final JdbcTemplate jdbc;

    public PostgresDurabilityCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void onStartup(ApplicationReadyEvent event) {
        List<String> unsafe = unsafeSettings();
        if (!unsafe.isEmpty()) {
            log.warn("PostgreSQL does not flush commits to disk ({}): answered cases can be lost if the database"
                    + " server or its machine crashes. Set them to on (the default) in postgresql.conf.", unsafe);
        }
    }

    /** The durability settings that are off, as "name=value"; empty on H2 and on a safe server. */
    public List<String> unsafeSettings() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        List<String> unsafe = new ArrayList<>();
        if (!"PostgreSQL".equals(product)) {
            return unsafe;
        }
        for (String setting : SETTINGS) {
            String value = jdbc.queryForObject("select current_setting(?)", String.class, setting);
            if ("off".equalsIgnoreCase(value)) {
                unsafe.add(setting + "=" + value);
            }
        }
        return unsafe;
    }
}
