package cn.jiyuan.mediation.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;

import org.h2.engine.Constants;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 file-system prefix {@code durable:} (as in {@code jdbc:h2:file:durable:./data/mediation}): the database file
 * ({@code .mv.db}) is opened with {@code DSYNC}, so every write H2 makes to it returns only once the data is on the
 * storage device (Linux: {@code O_DSYNC}, the same as an {@code fdatasync} after each write).
 *
 * <p>Why: with {@code WRITE_DELAY=0} H2's MVStore writes a commit's chunk to the file before the commit returns,
 * which survives {@code kill -9} (the operating system holds the written pages), but H2 never forces the file
 * to the device on commit; after a power cut the pages still in the operating system's cache would be lost. H2
 * itself offers only {@code CHECKPOINT SYNC}, a command, not a per-commit setting. Other files of the database
 * (trace file, temporary result files) are left as H2 opens them: losing them loses no committed data.
 *
 * <p>The prefix changes only how the file is opened, not where it is: tools outside the platform (H2 Console,
 * {@code org.h2.tools.Script}) open the same file with the plain URL {@code jdbc:h2:file:./data/mediation}.
 * Registered at every start by {@link DurableH2Registration} before any connection is made.
 */
public class DurableH2FileSystem extends FilePathWrapper {

    public static final String SCHEME = "durable";

    private static final DurableH2FileSystem PROVIDER = new DurableH2FileSystem();

    /** Makes the {@code durable:} prefix known to H2 in this JVM (idempotent). */
    public static void register() {
        FilePath.register(PROVIDER);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return getBase().open(isDatabaseFile() && "rw".equals(mode) ? "rwd" : mode);
    }

    private boolean isDatabaseFile() {
        return name.endsWith(Constants.SUFFIX_MV_FILE);
    }
}
