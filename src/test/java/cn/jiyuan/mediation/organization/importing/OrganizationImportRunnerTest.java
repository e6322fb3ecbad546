package cn.jiyuan.mediation.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line names its files: single files, folders of CSV/XLSX files, comma-separated. */
class OrganizationImportRunnerTest {

    @Test
    void readsFilesAndFoldersInNameOrder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("org"));
        Files.writeString(folder.resolve("units.csv"), "code,name,level,parent_code\n");
        Files.writeString(folder.resolve("contacts.csv"), "code,name,organization,unit_code,title,email,phone\n");
        Files.writeString(folder.resolve("notes.txt"), "not an import file");
        Path workbook = Files.write(dir.resolve("org.xlsx"), new byte[]{1});

        var sources = OrganizationImportRunner.readSources(folder + " , " + workbook);

        assertThat(sources).extracting(ImportSource::fileName).containsExactly("contacts.csv", "units.csv", "org.xlsx");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> OrganizationImportRunner.readSources(dir.resolve("missing.csv").toString()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.csv");
    }
}
