package org.cloudspend.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page of the assembly in a real Chromium (Debian's chromium and chromedriver, headless), as a person uses
 * it: logging in, the explorer against the shell to the cent, the errors view's row actions, the wizard's External
 * ID and template, a customer user's own view. Screenshots of every view go to target/screenshots/.
 */
class WebPageIT {

    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();
    private static final String COPY_PAYER = "530000000001";

    private static RunningAssembly karaf;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String page;
    private static String lastMonthFrom;
    private static String lastMonthTo;

    @BeforeAll
    static void start() throws Exception {
        karaf = RunningAssembly.get();
        karaf.awaitDemoLoaded();
        page = "http://127.0.0.1:" + karaf.httpPort + "/cloudspend/";
        LocalDate firstOfThisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        lastMonthFrom = firstOfThisMonth.minusMonths(1).toString();
        lastMonthTo = firstOfThisMonth.toString();
        Files.createDirectories(SCREENSHOTS);
        RunningAssembly.deleteRecursively(DOWNLOADS);
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath("chromium").toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Debian's chromium and chromedriver, which .ci/run installs; Selenium must never download a browser. */
    private static Path onPath(String program) {
        for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not on the PATH: apt-get install -y chromium chromium-driver"
                + " (.ci/run does)");
    }

    @Test
    void theExplorerShowsTheShellsTotalToTheCentAndRedrawsForAnotherGroupBy() throws Exception {
        logIn("admin", Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim());
        browser.get(page + "#/explorer?range=custom&from=" + lastMonthFrom + "&toExclusive=" + lastMonthTo
                + "&granularity=day&groupBy=service&top=8");
        browser.navigate().refresh();
        String total = waitForText(By.id("total-amount"));
        JsonNode shell = ApiClient.JSON.readTree(karaf.client("cloudspend:cost -f " + lastMonthFrom + " -t "
                + LocalDate.parse(lastMonthTo).minusDays(1) + " -g total --format json").output());
        assertEquals(String.format(java.util.Locale.US, "%,.2f",
                shell.get("total").decimalValue().setScale(2, RoundingMode.HALF_EVEN)), total);
        assertTrue(browser.findElement(By.cssSelector("#chart canvas")).isDisplayed(), "the chart is drawn");
        assertTrue(headings().contains("Service"), headings().toString());
        screenshot("explorer");

        new Select(browser.findElement(By.id("group-by"))).selectByValue("region");
        wait.until(driver -> headings().contains("Region"));
        assertFalse(headings().contains("Service"));
        wait.until(driver -> driver.findElement(By.cssSelector("#chart .u-legend")).getText().contains("us-east-1"));
        assertEquals(total, waitForText(By.id("total-amount")), "another grouping, the same total");
        assertTrue(browser.getCurrentUrl().contains("groupBy=region"), "the address holds the question: "
                + browser.getCurrentUrl());
        screenshot("explorer-by-region");
        // readable from a phone's width: the controls wrap, the table scrolls inside its own box
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        waitForText(By.id("total-amount"));
        screenshot("explorer-phone");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

        browser.findElement(By.id("nav")).findElement(By.linkText("Month to date")).click();
        waitForText(By.id("mtd-amount"));
        screenshot("month-to-date");
        browser.findElement(By.id("nav")).findElement(By.linkText("Loads")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "History"));
        screenshot("loads");
        assertTrue(column("Loads, newest first", "Seconds").stream().allMatch(cell -> cell.matches("[0-9.,]+")),
                "a load's seconds read as seconds: " + column("Loads, newest first", "Seconds"));
        String accounts = browser.findElement(By.xpath("//h2[text()='Each account']/following-sibling::ul"))
                .getText();
        assertTrue(accounts.matches("(?s).*last check \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC.*")
                && !accounts.matches("(?s).*\\d\\dT\\d\\d.*"), "checks at a time people read: " + accounts);
        browser.findElement(By.id("nav")).findElement(By.linkText("MSP")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Unassigned cost"));
        screenshot("msp");
    }

    @Test
    void aBrokenAccountIsFixedAndAnotherDeletedFromTheErrorsView() throws Exception {
        ApiClient admin = karaf.admin();
        // two copies of an export, of a payer of their own and a month long gone (no other test's totals change),
        // added before their folders exist
        Path missing = karaf.home.resolve("not-yet-copied");
        for (String id : List.of("broken-copy", "stale-copy")) {
            var added = admin.change("POST", "/cloudspend/api/v1/accounts", "{\"id\": \"" + id + "\", \"name\": \""
                    + id + "\", \"localFolder\": \"" + missing + "-" + id + "\", \"accountNumber\": \"" + COPY_PAYER
                    + "\", \"exportName\": \"fixed\", \"prefix\": \"exports\", \"format\": \"csv\"}");
            assertEquals(201, added.statusCode(), added.body());
        }
        logIn("admin", Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim());
        browser.get(page + "#/errors");
        WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-action='edit'][data-account='broken-copy']")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("BUCKET_NOT_FOUND"));
        screenshot("errors");

        edit.click();
        WebElement folder = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-localFolder")));
        Path copy = karaf.home.resolve("the-copy");
        org.cloudspend.generator.ExportGenerator.generate(org.cloudspend.generator.ExportSpec.of(
                org.cloudspend.generator.ExportSpec.Family.CUR2, false, java.time.YearMonth.of(2023, 2), 300, 7)
                .withName("fixed").withPayer(COPY_PAYER), copy);
        folder.clear();
        folder.sendKeys(copy.toString());
        screenshot("errors-edit");
        browser.findElement(By.cssSelector("#error-panel button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "Account broken-copy saved: every check passed."));
        wait.until(driver -> driver.findElements(By.cssSelector("button[data-account='broken-copy']")).isEmpty());

        WebElement delete = browser.findElement(By.cssSelector("button[data-action='delete'][data-account='stale-copy']"));
        delete.click();
        assertEquals("Confirm: delete stale-copy", delete.getText(), "deleting asks once more");
        delete.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Account stale-copy deleted"));
        assertEquals(404, admin.get("/cloudspend/api/v1/accounts/stale-copy").statusCode());
        screenshot("errors-after");
        admin.change("DELETE", "/cloudspend/api/v1/accounts/broken-copy", null);
    }

    @Test
    void anAdministratorAddsACustomerAndARuleAndRemovesThemFromTheirRows() throws Exception {
        logIn("admin", Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim());
        browser.get(page + "#/msp");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-id"))).sendKeys("hooli");
        browser.findElement(By.id("customer-name")).sendKeys("Hooli");
        WebElement markup = browser.findElement(By.id("customer-markup"));
        markup.clear();
        markup.sendKeys("7.5");
        browser.findElement(By.cssSelector("form[aria-label='Add a customer'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Customer hooli added."));
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rule-customer"))))
                .selectByValue("hooli");
        new Select(browser.findElement(By.id("rule-kind"))).selectByValue("tag");
        browser.findElement(By.id("rule-value")).sendKeys("team=research");
        browser.findElement(By.cssSelector("form[aria-label='Map cost to a customer'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Rule added."));
        JsonNode hooli = ApiClient.json(karaf.admin().get("/cloudspend/api/v1/customers/hooli"));
        assertEquals(0, new BigDecimal("7.5").compareTo(hooli.get("markupPercent").decimalValue()));
        changeFromItsRow("hooli", "Change customer hooli", "customer-markup", "-5", "Customer hooli changed.");
        assertEquals(0, new BigDecimal("-5").compareTo(ApiClient.json(karaf.admin()
                .get("/cloudspend/api/v1/customers/hooli")).get("markupPercent").decimalValue()));
        String rule = hooli.get("rules").get(0).get("id").asText();
        screenshot("msp-admin");

        browser.findElement(By.xpath("//button[text()='Remove " + rule + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Rule " + rule + " removed."));
        browser.findElement(By.xpath("//button[text()='Remove hooli']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Customer hooli removed."));
        assertEquals(404, karaf.admin().get("/cloudspend/api/v1/customers/hooli").statusCode());
    }

    /**
     * A budget added in the form, far below the demo's spend, raises an alert at once; it is acknowledged from its row,
     * and deleting the budget from its row resolves it. An anomaly monitor is added and deleted the same way.
     */
    @Test
    void budgetsMonitorsAndAlertsAreManagedFromTheirView() throws Exception {
        ApiClient admin = karaf.admin();
        try {
            logIn("admin", Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim());
            browser.get(page + "#/alerts");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("budget-name"))).sendKeys("tiny");
            browser.findElement(By.id("budget-amount")).sendKeys("1");
            browser.findElement(By.cssSelector("form[aria-label='Add a budget'] button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Budget tiny added."));
            WebElement acknowledge = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[starts-with(text(), 'Acknowledge ')]")));
            String id = acknowledge.getText().substring("Acknowledge ".length());
            changeFromItsRow("tiny", "Change budget tiny", "budget-amount", "2", "Budget tiny changed.");
            assertEquals(0, new BigDecimal("2").compareTo(ApiClient.json(admin.get("/cloudspend/api/v1/budgets"))
                    .get("rows").get(0).get("amount").decimalValue()));
            browser.findElement(By.id("monitor-name")).sendKeys("services");
            browser.findElement(By.cssSelector("form[aria-label='Add an anomaly monitor'] button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Anomaly monitor services added."));
            screenshot("alerts");
            assertTrue(column("Budget status", "Spent %").stream()
                    .allMatch(cell -> cell.matches("[0-9.,]+")), "a share spent reads as a number, no change: "
                    + column("Budget status", "Spent %"));
            browser.findElement(By.xpath("//button[text()='Acknowledge " + id + "']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Alert " + id + " acknowledged."));
            assertEquals("acknowledged", ApiClient.json(admin.get("/cloudspend/api/v1/alerts")).get("rows")
                    .findValuesAsText("state").stream().filter(state -> !state.equals("open")).findFirst()
                    .orElse("none"));
            browser.findElement(By.xpath("//button[text()='Delete tiny']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Budget tiny deleted"));
            browser.findElement(By.xpath("//button[text()='Delete services']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                    "Anomaly monitor services deleted."));
            assertEquals(0, ApiClient.json(admin.get("/cloudspend/api/v1/alerts")).get("page").get("total").asInt(),
                    "the budget's alerts are resolved with it");
        } finally {
            admin.change("DELETE", "/cloudspend/api/v1/budgets/tiny", null);
            admin.change("DELETE", "/cloudspend/api/v1/anomaly-monitors/services", null);
        }
    }

    /** Without a mouse: logging in, the skip link, and every view reached from the navigation with Tab and Enter. */
    @Test
    void theViewsAreReachedWithTheKeyboardAlone() throws Exception {
        browser.get(page);
        browser.findElements(By.id("logout")).stream().filter(WebElement::isDisplayed).findFirst()
                .ifPresent(WebElement::click);
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
        assertEquals(user, browser.switchTo().activeElement(), "the login form takes the focus");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("admin").sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim())
                .sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        for (String view : List.of("Month to date", "Configuration errors", "Accounts", "Loads", "MSP",
                "Budgets and alerts", "Cost explorer")) {
            // a fresh page: the keyboard starts from the top
            browser.get(page + "#/explorer");
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view h1"), "Cost"));
            WebElement focused = null;
            for (int tab = 0; tab < 15; tab++) {
                new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB)
                        .perform();
                focused = browser.switchTo().activeElement();
                if (tab == 0) {
                    assertEquals("Skip to the content", focused.getText(), "the first stop skips the navigation");
                }
                if (focused.getText().equals(view)) {
                    break;
                }
            }
            assertEquals(view, focused.getText(), "Tab reaches " + view);
            focused.sendKeys(org.openqa.selenium.Keys.ENTER);
            String heading = view.equals("MSP") ? "MSP customers" : view;
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view h1"), heading));
        }
    }

    @Test
    void theWizardIssuesAnExternalIdAndATemplateThatDownloads() throws Exception {
        logIn("admin", Files.readString(karaf.home.resolve("etc/cloudspend-admin.password")).trim());
        browser.get(page + "#/accounts");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("issue-external-id"))).click();
        String externalId = waitForText(By.id("external-id"));
        assertTrue(externalId.matches("[A-Za-z0-9]{32}"), externalId);
        assertEquals(RunningAssembly.OWN_ACCOUNT, browser.findElement(By.id("trusted-account")).getText());
        browser.findElement(By.id("download-template")).click();
        Path template = DOWNLOADS.resolve("cloudspend-role.json");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Files.isRegularFile(template));
        String content = Files.readString(template);
        assertTrue(content.contains("AWS::IAM::Role") && content.contains(externalId), content);
        screenshot("accounts-wizard");
    }

    @Test
    void aCustomerUserLandsOnItsOwnCostsOnly() throws Exception {
        ApiClient admin = karaf.admin();
        JsonNode byAccount = ApiClient.json(admin.get("/cloudspend/api/v1/costs?from=" + lastMonthFrom
                + "&toExclusive=" + lastMonthTo + "&granularity=total&groupBy=account"));
        String account = byAccount.get("rows").get(1).get("account").asText();
        BigDecimal own = byAccount.get("rows").get(1).get("cost").decimalValue();
        assertEquals(0, karaf.client("cloudspend:customer-add -n Initech initech").status());
        assertEquals(0, karaf.client("cloudspend:customer-map --account " + account + " initech").status());
        karaf.addUser("ines", "initech-password-1", "cloudspend-customer", "cloudspend-customer:initech");

        logIn("ines", "initech-password-1");
        browser.get(page + "#/explorer?range=custom&from=" + lastMonthFrom + "&toExclusive=" + lastMonthTo
                + "&granularity=month&groupBy=account");
        browser.navigate().refresh();
        String total = waitForText(By.id("total-amount"));
        assertEquals(String.format(java.util.Locale.US, "%,.2f", own.setScale(2, RoundingMode.HALF_EVEN)), total);
        assertEquals("Costs of initech", browser.findElement(By.cssSelector("#view h1")).getText());
        for (WebElement cell : browser.findElements(By.cssSelector("#result tbody td:nth-child(2)"))) {
            assertEquals(account, cell.getText());
        }
        List<String> views = browser.findElements(By.cssSelector("#nav a")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
        assertEquals(List.of("Cost explorer"), views, "a customer user sees no other view");
        screenshot("customer");
        browser.get(page + "#/errors");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#view h1"), "Costs of initech"));
    }

    private static void logIn(String user, String password) {
        browser.get(page);
        Optional<WebElement> logout = browser.findElements(By.id("logout")).stream().filter(WebElement::isDisplayed)
                .findFirst();
        logout.ifPresent(WebElement::click);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
        screenshotOnce("login");
        name.sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.cssSelector("#login button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    }

    /** The table's column headings, read at once (the table is redrawn while the test looks). */
    @SuppressWarnings("unchecked")
    private static List<String> headings() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#result thead th')].map(th => th.textContent)");
    }

    private static String waitForText(By where) {
        return wait.until(driver -> {
            List<WebElement> found = driver.findElements(where);
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
        });
    }

    /**
     * Opens the change form from the row's "Change" button, gives one field a new value, saves, and waits for the page
     * to say it was done.
     */
    private static void changeFromItsRow(String name, String form, String field, String value, String said) {
        browser.findElement(By.xpath("//button[text()='Change " + name + "']")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[aria-label='" + form + "'] #" + field)));
        input.clear();
        input.sendKeys(value);
        browser.findElement(By.xpath("//button[text()='Save " + name + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), said));
    }

    /** The cells under that heading of the table with that caption, top to bottom. */
    private static List<String> column(String caption, String heading) {
        WebElement table = browser.findElement(By.xpath("//table[caption[text()='" + caption + "']]"));
        List<String> headings = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
                .toList();
        int index = headings.indexOf(heading);
        assertTrue(index >= 0, heading + " among " + headings);
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void screenshotOnce(String name) {
        try {
            if (!Files.exists(SCREENSHOTS.resolve(name + ".png"))) {
                screenshot(name);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
