package org.cloudspend.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer's first load in Debian's chromium (headless, a fresh profile and the cache off each run): bytes
 * transferred (the page, its scripts and styles, and the API's answers) and the time from navigation until the
 * explorer shows its total. Usage: {@code PageBenchmark <page URL> <user> <password> <explorer question>}.
 */
public final class PageBenchmark {

    private static final int RUNS = 7;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String page = args[0];
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < RUNS; run++) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(onPath("chromium").toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,1000");
            ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(onPath("chromedriver").toFile()).usingAnyFreePort().build(), options);
            try {
                // logged in first (the login is kept for the tab), then the explorer loaded afresh
                browser.get(page);
                ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('cloudspend-login', arguments[0])",
                        java.util.Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                browser.get("about:blank");
                // the first visit above filled the cache: a first load is measured without it
                browser.executeCdpCommand("Network.enable", java.util.Map.of());
                browser.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
                long start = System.nanoTime();
                browser.get(page + "#/explorer?" + args[3]);
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                        !driver.findElements(By.id("total-amount")).isEmpty());
                millis.add((System.nanoTime() - start) / 1_000_000);
                Number transferred = (Number) ((JavascriptExecutor) browser).executeScript(
                        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType("
                                + "'resource')).reduce((sum, e) => sum + e.transferSize, 0)");
                bytes = transferred.longValue();
            } finally {
                browser.quit();
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "explorer's first load: %,d bytes transferred; total shown %d ms after"
                + " navigation (median of %d fresh browsers; %d-%d ms)%n", bytes, millis.get(RUNS / 2), RUNS,
                millis.get(0), millis.get(RUNS - 1));
    }

    private static Path onPath(String program) {
        for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(program + " is not on the PATH: apt-get install -y chromium chromium-driver");
    }
}
