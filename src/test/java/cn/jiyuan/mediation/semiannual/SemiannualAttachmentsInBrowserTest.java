package cn.jiyuan.mediation.semiannual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jiyuan.mediation.support.Browser;
import cn.jiyuan.mediation.support.DemoPlatformTest;
import cn.jiyuan.mediation.support.Http;
import cn.jiyuan.mediation.support.OnH2;

/**
 * The attachments of the semi-annual summary in its Tasklist task form, in a real browser (headless chromium in
 * Chinese, 1366×768): 陈思远 of 克井司法所 opens 半年工作总结 and finds the file uploaded before (name as a download
 * link, size), uploads a second one through the form, is refused a text file in Chinese under the list, removes the
 * first file (two clicks), and downloads the second with the Tasklist login. The files are in the platform's table,
 * never in the process. Screenshots: target/browser-screenshots/semiannual-attachments-*.png.
 */
@DemoPlatformTest
@OnH2
class SemiannualAttachmentsInBrowserTest {

    /** Product and unit names the panel shows in Latin letters (the file kinds, sizes, file name extensions). */
    private static final Set<String> ALLOWED = Set.of("Camunda", "Platform", "PDF", "Word", "Excel", "JPG", "PNG", "MB",
            "KB", "pdf", "jpg", "txt", "doc", "docx", "xls", "xlsx");
    private static final byte[] PDF = "%PDF-1.4\n% 会议纪要扫描件\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    SemiannualRepository repository;

    private final Browser browser = Browser.shared();

    @Test
    void theOfficeSeesUploadsAndRemovesAttachmentsInItsTaskForm() throws IOException {
        Http http = new Http(port);
        // the grassroots section issues the half-year due next (once: 200 when a test before issued it)
        HttpResponse<String> issued = http.post("/api/semiannual/rounds", "zhaojiceng", "demo", "");
        assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
        String period = new ObjectMapper().readTree(issued.body()).path("periodCode").asText();
        SemiannualRepository.Round round = repository.findRound(period).orElseThrow();
        SemiannualRepository.Summary kejing = repository.findSummaries(round.id()).stream()
                .filter(s -> s.unitCode().equals("JO419001100")).findFirst().orElseThrow();
        assertThat(kejing.submitted()).isFalse();
        Task task = tasks.createTaskQuery().processInstanceId(kejing.processInstanceId()).singleResult();
        String list = "/api/semiannual/summaries/" + kejing.id() + "/attachments";
        // a photo uploaded before (as any client of the API may)
        assertThat(upload(http, list, "调解现场照片.jpg", JPG).statusCode()).isEqualTo(201);

        String base = "http://localhost:" + port;
        browser.size(1366, 768);
        browser.loginToTasklist(base, "chensiyuan", "demo");
        browser.open(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.press("认领");
        WebElement panel = browser.until(d -> {
            WebElement p = browser.visible(By.cssSelector(".semiannual-attachments"));
            return p != null && p.getText().contains("调解现场照片.jpg") ? p : null;
        });
        assertThat(panel.getText()).contains("附件", "调解现场照片.jpg", "10 字节", "上传附件", "删除");
        WebElement photoLink = panel.findElement(By.linkText("调解现场照片.jpg"));
        assertThat(photoLink.getAttribute("href")).matches(".*" + list + "/[0-9]+$");
        browser.show(panel);
        chineseOnly("semiannual-attachments-01-listed");

        // a second file through the form's upload button (the browser's file chooser: the input it opens)
        Path minutes = Files.createTempDirectory("semiannual").resolve("会议纪要扫描件.pdf");
        Files.write(minutes, PDF);
        chooseFile(panel, minutes);
        panel = browser.until(d -> {
            WebElement p = browser.visible(By.cssSelector(".semiannual-attachments"));
            return p != null && p.getText().contains("已上传附件“会议纪要扫描件.pdf”。") ? p : null;
        });
        assertThat(panel.findElements(By.cssSelector("li"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("调解现场照片.jpg"))
                .anySatisfy(t -> assertThat(t).contains("会议纪要扫描件.pdf", "字节"));
        browser.show(panel);
        chineseOnly("semiannual-attachments-02-uploaded");

        // a file the platform does not take: refused in Chinese under the list, nothing stored
        Path text = minutes.resolveSibling("说明.txt");
        Files.writeString(text, "说明");
        chooseFile(panel, text);
        panel = browser.until(d -> {
            WebElement p = browser.visible(By.cssSelector(".semiannual-attachments"));
            return p != null && p.getText().contains("只能上传 PDF") ? p : null;
        });
        assertThat(panel.findElement(By.cssSelector(".status.error")).getText())
                .isEqualTo("“说明.txt”未能上传：只能上传 PDF、Word（doc、docx）、Excel（xls、xlsx）、JPG 或 PNG 文件");
        browser.show(panel);
        chineseOnly("semiannual-attachments-03-refused");
        assertThat(repository.findAttachments(kejing.id())).hasSize(2);

        // the photo removed: 删除, then 确认删除
        WebElement photoRow = browser.containing(".semiannual-attachments li", "调解现场照片.jpg");
        WebElement remove = photoRow.findElement(By.cssSelector("button"));
        browser.click(remove);
        browser.until(d -> remove.getText().equals("确认删除") ? true : null);
        browser.click(remove);
        panel = browser.until(d -> {
            WebElement p = browser.visible(By.cssSelector(".semiannual-attachments"));
            return p != null && p.getText().contains("已删除附件“调解现场照片.jpg”。") ? p : null;
        });
        assertThat(panel.findElements(By.cssSelector("li"))).singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("会议纪要扫描件.pdf"));
        browser.show(panel);
        chineseOnly("semiannual-attachments-04-removed");

        // in the platform's table, not in the process; downloaded with the Tasklist login
        assertThat(repository.findAttachments(kejing.id())).extracting(SemiannualRepository.Attachment::fileName)
                .containsExactly("会议纪要扫描件.pdf");
        assertThat(tasks.getVariables(task.getId()).values()).noneMatch(v -> v instanceof byte[]
                || String.valueOf(v).contains("会议纪要扫描件"));
        String href = panel.findElement(By.linkText("会议纪要扫描件.pdf")).getAttribute("href");
        Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done("
                + "r.status + ' ' + r.headers.get('Content-Disposition').split(';')[0] + ' '"
                + " + new TextDecoder().decode(b.slice(0, 5))))).catch(e => done(String(e)));", href);
        assertThat(String.valueOf(download)).isEqualTo("200 attachment %PDF-");
        assertThat(browser.consoleErrors()).as("the page's scripts").noneMatch(e -> e.contains("attachments.js"));
    }

    /** Chooses a file in the panel's file input, as the file chooser the upload button opens does. */
    private void chooseFile(WebElement panel, Path file) {
        WebElement input = panel.findElement(By.cssSelector("input[type=file]"));
        // chromedriver types a path only into a file input it can see
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].style.display = 'block';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void chineseOnly(String step) {
        browser.screenshot(step);
        assertThat(browser.asciiWords(ALLOWED)).as("words in Latin letters on %s", step).isEmpty();
        assertThat(browser.text()).as("unfilled placeholders on %s", step).doesNotContain("${", "{{");
    }

    private static HttpResponse<String> upload(Http http, String path, String fileName, byte[] content) {
        String boundary = "browser-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", Http.basic("chensiyuan", "demo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }
}
