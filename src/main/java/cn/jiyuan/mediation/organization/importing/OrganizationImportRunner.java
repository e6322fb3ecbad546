package cn.jiyuan.mediation.organization.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command-line import: files (or folders of CSV files) named by {@code mediation.organization.import-files}
 * are imported at startup; with {@code mediation.organization.exit-after-import=true} the platform exits
 * afterwards with status 0, or 2 when the import was rejected (the problems are logged).
 */
@Component
public class OrganizationImportRunner implements ApplicationRunner {

    private final OrganizationImportService importService;
    private final ApplicationContext context;
    private final String files;
    private final boolean exitAfterImport;

    public OrganizationImportRunner(OrganizationImportService importService, ApplicationContext context,
                                    @Value("${mediation.organization.import-files:}") String files,
                                    @Value("${mediation.organization.exit-after-import:false}") boolean exit) {
        this.importService = importService;
        this.context = context;
        this.files = files;
        this.exitAfterImport = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (files == null || files.isBlank()) {
            return;
        }
        int status = 0;
        try {
            ImportResult result = importService.importFiles(readSources(files));
            System.out.println("组织机构导入完成：" + result.tables());
        } catch (OrganizationImportException e) {
            if (!exitAfterImport) {
                throw e;
            }
            System.err.println(e.getMessage());
            status = 2;
        }
        if (exitAfterImport) {
            int code = status;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        }
    }

    static List<ImportSource> readSources(String files) {
        List<ImportSource> sources = new ArrayList<>();
        for (String name : Arrays.stream(files.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            Path path = Path.of(name);
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> list = Files.list(path)) {
                        for (Path p : list.filter(p -> p.toString().toLowerCase().matches(".*\\.(csv|xlsx)$"))
                                .sorted().toList()) {
                            sources.add(new ImportSource(p.getFileName().toString(), Files.readAllBytes(p)));
                        }
                    }
                } else {
                    sources.add(new ImportSource(path.getFileName().toString(), Files.readAllBytes(path)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read import file " + path, e);
            }
        }
        return sources;
    }
}
