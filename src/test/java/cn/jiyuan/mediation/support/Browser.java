package cn.jiyuan.mediation.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, in Chinese ({@code --lang=zh-CN}), driven through chromedriver for the Tasklist
 * browser tests. One browser serves every test of the JVM (starting one takes seconds); it quits when the JVM
 * ends. Without {@code chromium} and {@code chromium-driver} (apt-get install chromium chromium-driver
 * fonts-noto-cjk) it fails: it never skips.
 *
 * <p>Form fields are found by the label a user reads, never by generated ids, so that a form may change its
 * components (a text field becoming a picker) without breaking the tests that only fill it in.
 */
public final class Browser {

    /** Where the screenshots go (kept by CI as test artifacts). */
    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A run of Latin letters: a word left in English (or an engine code) on a page meant to be Chinese. */
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]{2,}");

    private static Browser shared;

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** The JVM's browser, started on first use. */
    public static synchronized Browser shared() {
        if (shared == null) {
            shared = new Browser(start());
            Runtime.getRuntime().addShutdownHook(new Thread(shared.driver::quit));
        }
        return shared;
    }

    private static WebDriver start() {
        File chromium = executable("CHROMIUM", "chromium", "chromium-browser");
        File chromedriver = executable("CHROMEDRIVER", "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=1366,768", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // a desktop in Jiyuan: the pages' default locale (Intl, from which form-js takes the order of a date's
        // day, month and year) and time zone; headless chromium keeps en-US and the machine's zone otherwise
        chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
        return chrome;
    }

    /** The program named by the environment variable, or the first of the names found on the PATH. */
    private static File executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return new File(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                File candidate = new File(dir, name);
                if (candidate.canExecute()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("The browser tests need " + String.join(" or ", names)
                + " on the PATH (Debian: apt-get install -y chromium chromium-driver fonts-noto-cjk), or its path in "
                + variable);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The window's outer size (the page gets what the headless window leaves of it). */
    public Browser size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Logs out of every webapp: a fresh login for the next test. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Opens Tasklist and logs in on its login form. */
    public void loginToTasklist(String baseUrl, String user, String password) {
        login(baseUrl, "tasklist", user, password);
        until(d -> visible(By.cssSelector(".tasks-list, [cam-tasks]")));
    }

    /** Opens Cockpit and logs in on its login form (the same form as Tasklist's). */
    public void loginToCockpit(String baseUrl, String user, String password) {
        login(baseUrl, "cockpit", user, password);
        until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    private void login(String baseUrl, String app, String user, String password) {
        forgetSession();
        open(baseUrl + "/camunda/app/" + app + "/default/#/login");
        WebElement name = until(d -> visible(By.cssSelector("input[ng-model='username']")));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("input[ng-model='password']"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    // ------------------------------------------------------------------ waiting and finding

    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page showed when the wait gave up: the screenshot tells why
            screenshot("timeout-" + System.currentTimeMillis());
            List<String> errors = driver.findElements(By.cssSelector(".fjs-form-field")).stream()
                    .filter(f -> !f.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty())
                    .map(f -> f.getText().replace('\n', ' ')).toList();
            throw errors.isEmpty() ? e : new org.openqa.selenium.TimeoutException("fields in error: " + errors, e);
        }
    }

    /** The first displayed element matching, or null. */
    public WebElement visible(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** A displayed element with exactly this text (after trimming), among those matching the selector. */
    public WebElement withText(String css, String text) {
        return until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
    }

    /** A displayed element whose text contains this, among those matching the selector. */
    public WebElement containing(String css, String text) {
        return until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
    }

    /**
     * Clicks the element once nothing lies over it: a page still moving (a form turning editable after the claim,
     * a notification sliding in) is waited for.
     */
    public void click(WebElement element) {
        String[] coveredBy = {null};
        try {
            until(d -> {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                try {
                    element.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                    coveredBy[0] = covered.getRawMessage();
                    return null;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // what lay over the element says why the click never happened
            throw new org.openqa.selenium.TimeoutException("click never reached the element: " + coveredBy[0], e);
        }
    }

    /**
     * Clicks what {@code find} finds, finding it anew at every attempt: Tasklist renders its task list again while
     * it polls (and the task-card script then adds the case line), so an element found once may be gone — stale —
     * by the time it is clicked, and clicking it again would never succeed.
     */
    public void clickFound(java.util.function.Function<WebDriver, WebElement> find) {
        String[] coveredBy = {null};
        try {
            until(d -> {
                WebElement element = find.apply(d);
                if (element == null) {
                    return null;
                }
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                try {
                    element.click();
                    return true;
                } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                    coveredBy[0] = covered.getRawMessage();
                    return null;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new org.openqa.selenium.TimeoutException("click never reached the element: " + coveredBy[0], e);
        }
    }

    /** Scrolls the element into the middle of the window (for the screenshot). */
    public void show(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Closes the notifications shown (they lie over the form's buttons at the bottom right). */
    public void dismissNotifications() {
        driver.findElements(By.cssSelector(".page-notifications .close")).stream().filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
        until(d -> d.findElements(By.cssSelector(".page-notifications .alert")).stream()
                .noneMatch(WebElement::isDisplayed) ? true : null);
    }

    /** Clicks the displayed button with this text. */
    public void press(String buttonText) {
        click(withText("button, a.btn, input[type=submit]", buttonText));
    }

    // ------------------------------------------------------------------ Camunda Forms (form-js) fields

    /**
     * The displayed form field with this label (a form-js field: its {@code .fjs-form-field} element). The label is
     * matched without the required-field mark. Of several fields with the same label (the applicant's and the
     * respondent's 姓名) the {@code index}-th, counting from 0 in the order of the page.
     */
    public WebElement field(String label, int index) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".fjs-form-field")).stream()
                    .filter(WebElement::isDisplayed).filter(f -> labelled(f, label)).toList();
            return found.size() > index ? found.get(index) : null;
        });
    }

    public WebElement field(String label) {
        return field(label, 0);
    }

    /** A field whose label starts with this text (for a label that may gain a hint, e.g. "村(社区)"). */
    public WebElement fieldStartingWith(String labelStart) {
        return until(d -> d.findElements(By.cssSelector(".fjs-form-field")).stream().filter(WebElement::isDisplayed)
                .filter(f -> labels(f).stream().anyMatch(l -> l.startsWith(labelStart))).findFirst().orElse(null));
    }

    private static boolean labelled(WebElement field, String label) {
        return labels(field).contains(label);
    }

    private static List<String> labels(WebElement field) {
        return field.findElements(By.cssSelector("label")).stream().limit(1)
                .map(l -> l.getText().replace("*", "").strip()).toList();
    }

    /** Types into a text field, text area, number or date field with this label. */
    public void type(String label, String text) {
        type(field(label), text);
    }

    /** Types into the (first) text input or text area of this field, replacing what it held. */
    public void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input:not([type=hidden]), textarea"));
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /**
     * Picks an option of the field with this label, whatever kind of picker it is: a select (form-js dropdown,
     * searchable or not), radio buttons or a checklist.
     */
    public void choose(String label, String option) {
        choose(field(label), option);
    }

    /** Picks the option whose text is or (failing that) contains {@code option}. */
    public void choose(WebElement field, String option) {
        List<WebElement> boxes = field.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
        if (!boxes.isEmpty()) {
            click(field.findElements(By.cssSelector("label")).stream()
                    .filter(l -> l.getText().strip().equals(option)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no option " + option)));
            return;
        }
        WebElement search = field.findElements(By.cssSelector("input.fjs-input")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null);
        if (search != null) {
            click(search);
            search.sendKeys(option);
        } else {
            click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
        }
        pick(until(d -> {
            List<WebElement> items = field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return items.stream().filter(i -> i.getText().strip().equals(option)).findFirst()
                    .orElse(items.stream().filter(i -> i.getText().contains(option)).findFirst().orElse(null));
        }));
    }

    /**
     * Picks a dropdown item as form-js listens for it (mouse down): an item of a list opened at the bottom of the
     * form may lie under the page's footer, where a real click would land on the footer.
     */
    private void pick(WebElement item) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});"
                + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
    }

    /**
     * Sets the date of the date field with this label through its date picker (flatpickr, as when a day is
     * clicked in the calendar), whatever order of day, month and year the field displays.
     */
    public void date(String label, java.time.LocalDate date) {
        date(field(label), date);
    }

    /** Sets the date of this date field (see {@link #date(String, java.time.LocalDate)}). */
    public void date(WebElement field, java.time.LocalDate date) {
        WebElement input = field.findElement(By.cssSelector("input.flatpickr-input, input"));
        click(input);
        ((JavascriptExecutor) driver).executeScript("arguments[0]._flatpickr.setDate(new Date(arguments[1], "
                + "arguments[2] - 1, arguments[3]), true); arguments[0]._flatpickr.close();", input, date.getYear(),
                date.getMonthValue(), date.getDayOfMonth());
    }

    /** Ticks the single checkbox with this label (the {@code index}-th of several with the same label). */
    public void tick(String label, int index) {
        WebElement box = field(label, index).findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            click(box);
        }
    }

    /** The messages shown under the field with this label (form-js's and the platform's). */
    public String errorsOf(String label) {
        return until(d -> {
            String text = field(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .map(WebElement::getText).reduce("", String::concat).strip();
            return text.isEmpty() ? null : text;
        });
    }

    // ------------------------------------------------------------------ what the page shows

    /** The text a user reads on the page, with the placeholders and titles shown in its fields. */
    public String text() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const shown = [document.body.innerText];
                document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(
                    e => e.offsetParent && shown.push(e.placeholder));
                return shown.join('\\n');
                """);
    }

    /** The words in Latin letters on the page (engine codes, English left over), without those allowed. */
    public TreeSet<String> asciiWords(java.util.Set<String> allowed) {
        TreeSet<String> words = new TreeSet<>();
        Matcher m = ASCII_WORD.matcher(text());
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** Saves what the window shows as target/browser-screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the browser's console (errors of the page's scripts). */
    public List<String> consoleErrors() {
        List<String> lines = new ArrayList<>();
        driver.manage().logs().get("browser").forEach(entry -> {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                lines.add(entry.getMessage());
            }
        });
        return lines;
    }
}
